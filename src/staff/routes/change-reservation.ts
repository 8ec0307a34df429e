// "Change" on a booked reservation: the form (GET /staff/reservations/:id/change, prefilled with the
// reservation as it is; it works without JavaScript), its action (POST), and the API's
// POST /api/reservations/:id/change (JSON, any of the fields). Both answer as the other actions do:
// 404 for a reservation out of view, 409 when it cannot be changed or the rooms are not free (what
// is free said), 400 for a field to fix or nothing to change.

import { Router } from 'express';
import type { Request, Response } from 'express';
import { actorOf, authOf } from '../auth.ts';
import { changeFormOf, changeNightsInHouse, changeReservation, checkChange, inHouseRefusal, notChangeable } from '../change-reservation.ts';
import type { ChangeResult } from '../change-reservation.ts';
import type { StaffContext } from '../context.ts';
import { deskWords } from '../desk-language.ts';
import { errorBody } from '../html/error-page.ts';
import { withQuery } from '../html/format.ts';
import { newReservationPage } from '../html/new-reservation-page.ts';
import type { NewReservationPageData } from '../html/new-reservation-page.ts';
import { bookingWindow } from '../new-reservation.ts';
import type { NewReservationErrors, NewReservationInput } from '../new-reservation.ts';
import { BadParameter, idParam, parse } from '../params.ts';
import type { Refusal } from '../params.ts';
import { fixWords } from '../html/fix-words.ts';
import type { ReservationView } from '../queries/reservations.ts';
import { roomTypeWords } from '../words.ts';
import { formField, localPath, sendPage, withNotice } from './common.ts';

type Refused = Extract<ChangeResult, { ok: false }>;

export function changeReservationApi(ctx: StaffContext, json: (r: ReservationView) => unknown): Router {
  const router = Router();
  router.post('/reservations/:id/change', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const now = ctx.clock();
    // Another property's reservation (or none) is not found, whatever the body: never a 400 that says it exists.
    const r = await ctx.reservations.get(id, now);
    if (!r) return void res.status(404).json({ error: 'not_found', message: 'no such reservation' });
    if (r.status === 'arrived') {
      // A guest in house: `nights` alone (one more night, or leaving early); anything else is 409.
      const nights = nightsAlone(ctx, r, req.body);
      if (nights === 'more') return void refuse(res, notChangeable(r));
      if (!nights.ok) return void res.status(400).json({ error: 'bad_parameter', parameter: 'nights', message: `nights ${nights.reason}`, errors: { nights: nights.reason } });
      const result = await changeNightsInHouse(ctx, r, nights.value, actorOf(req, res, 'api'));
      return void (result.ok ? res.json(json(result.value)) : refuse(res, result));
    }
    if (r.status !== 'booked') return void refuse(res, notChangeable(r));
    const checked = await checkChange(ctx, r, req.body ?? {}, now);
    if (!checked.ok) {
      const [parameter, reason] = Object.entries(checked.errors)[0]!;
      return void res.status(400).json({ error: 'bad_parameter', parameter, message: `${parameter} ${reason}`, errors: checked.errors });
    }
    const result = await changeReservation(ctx, id, checked.value, actorOf(req, res, 'api'));
    if (result.ok) res.json(json(result.value));
    else refuse(res, result);
  });
  return router;
}

/**
 * An in-house change's one field: `nights`, a whole number from 1 to the property's most nights;
 * 'more' when the body names anything else (the guest is in the room: only the nights change).
 */
function nightsAlone(ctx: StaffContext, r: ReservationView, body: unknown): 'more' | { ok: true; value: number } | { ok: false; reason: string; refusal: Refusal } {
  const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (Object.keys(fields).some((k) => k !== 'nights' && k !== '_csrf' && k !== 'back')) return 'more';
  const raw = fields.nights;
  const most = ctx.hotels.byId(r.hotelId)?.info.maxNights ?? 1;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (raw === undefined) return { ok: false, reason: 'is required: the nights the guest now stays in all', refusal: { key: 'required', values: {} } };
  if (Number.isInteger(value) && value >= 1 && value <= most) return { ok: true, value };
  return { ok: false, reason: `must be a whole number from 1 to ${most}`, refusal: { key: 'wholeNumber', values: { min: 1, max: most } } };
}

function refuse(res: Response, result: Refused): void {
  res.status(result.status).json({ error: result.error, message: result.message, ...('free' in result ? { free: result.free } : {}) });
}

export function changeReservationPages(ctx: StaffContext): Router {
  const router = Router();

  /** The reservation in view and booked, or the page that says why not (and null). */
  const changeable = async (req: Request, res: Response): Promise<ReservationView | null> => {
    const id = parse(idParam, req.params.id, 'id');
    const r = await ctx.reservations.get(id, ctx.clock());
    const refused = deskWords().reservation.refused;
    if (!r) {
      await sendPage(ctx, res, authOf(res), { title: deskWords().errors.reservationNotFound, section: 'reservations', body: errorBody(refused.notFound, { href: '/staff/reservations', label: refused.backTo }) }, 404);
      return null;
    }
    if (r.status !== 'booked') {
      await failed(res, r, notChangeable(r));
      return null;
    }
    return r;
  };

  const failed = (res: Response, r: ReservationView, result: Refused) =>
    sendPage(ctx, res, authOf(res), { title: deskWords().errors.notDone, section: 'reservations', body: errorBody(result.said?.(deskWords()) ?? result.message, { href: `/staff/reservations/${r.id}`, label: deskWords().reservation.title(r.confirmation) }) }, result.status);

  /**
   * Where the clerk came from (the list they were on: Arrivals, Not arrived, Find's results, a
   * callback's row), a console path only; null when they came from the reservation's own page.
   */
  const cameFrom = (value: unknown): string | null => localPath(value, '/staff', '') || null;

  /** Back where the clerk was, the change said there (the notice) and its row in view. */
  const afterChange = (r: ReservationView, back: string | null): string => {
    if (!back) return withNotice(`/staff/reservations/${r.id}`, 'changed');
    const [path, fragment] = back.split('#', 2) as [string, string | undefined];
    return `${withNotice(path, 'changed')}#${fragment || `reservation-${r.id}`}`;
  };

  const show = async (res: Response, r: ReservationView, input: NewReservationInput, errors: NewReservationErrors, noRooms: NewReservationPageData['noRooms'], status: number, back: string | null) => {
    const { hotel, money } = ctx.propertyView(r.hotelId);
    const property = {
      code: hotel.code,
      name: hotel.info.name,
      ...bookingWindow(ctx, hotel, ctx.clock()),
      maxRooms: hotel.info.maxRoomsPerBooking,
      maxNights: hotel.info.maxNights,
      types: hotel.info.roomTypes.filter((t) => hotel.roomTypeIds.has(t.code)).map((t) => ({ code: t.code, name: roomTypeWords(hotel.info, t.code), rate: money.format(t.rate) })),
    };
    const body = newReservationPage({ input, errors, properties: [property], from: null, noRooms, csrf: authOf(res).session!.csrfToken, change: { id: r.id, confirmation: r.confirmation, back } });
    await sendPage(ctx, res, authOf(res), { title: deskWords().change.title(r.confirmation), section: 'reservations', body }, status);
  };

  // One more night, or leaving early, for a guest in house: the buttons on its row under In house
  // and on its page post the nights the stay now has; back where the clerk was, the change said.
  router.post('/reservations/:id/stay', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const r = await ctx.reservations.get(id, ctx.clock());
    if (!r) return void (await sendPage(ctx, res, authOf(res), { title: deskWords().errors.reservationNotFound, section: 'reservations', body: errorBody(deskWords().reservation.refused.notFound, { href: '/staff/reservations', label: deskWords().reservation.refused.backTo }) }, 404));
    const nights = nightsAlone(ctx, r, { nights: formField(req, 'nights') });
    if (nights === 'more') return void (await failed(res, r, inHouseRefusal(r, { ok: false, why: 'nights_only' })));
    // A nights the buttons never send (typed into a crafted form): a 400 saying what nights may be, as the API's.
    if (!nights.ok) {
      const body = errorBody(fixWords(new BadParameter('nights', nights.refusal)), { href: `/staff/reservations/${r.id}`, label: deskWords().reservation.title(r.confirmation) });
      return void (await sendPage(ctx, res, authOf(res), { title: deskWords().errors.notDone, section: 'reservations', body }, 400));
    }
    const result = await changeNightsInHouse(ctx, r, nights.value, actorOf(req, res, 'web'));
    if (result.ok) return void res.redirect(303, afterChange(r, cameFrom(formField(req, 'back'))));
    await failed(res, r, result);
  });

  router.get('/reservations/:id/change', async (req, res) => {
    const r = await changeable(req, res);
    if (!r) return;
    // The number as the console writes it ("(305) 555-0101"), which the form reads back.
    const input = changeFormOf(r);
    await show(res, r, { ...input, phone: ctx.propertyView(r.hotelId).phones.display(r.callbackNumber) }, {}, null, 200, cameFrom(req.query.back));
  });

  router.post('/reservations/:id/change', async (req, res) => {
    const r = await changeable(req, res);
    if (!r) return;
    const back = cameFrom(formField(req, 'back'));
    const { _csrf: _, back: __, ...fields } = (req.body ?? {}) as Record<string, unknown>;
    // The form sends every field: no box ticked is no requests; a name left blank on a reservation
    // that never had one leaves it without.
    if (fields.requests === undefined) fields.requests = '';
    if (r.guestName === null && typeof fields.guestName === 'string' && fields.guestName.trim() === '') delete fields.guestName;
    const typed = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v])) as NewReservationInput;
    const now = ctx.clock();
    const checked = await checkChange(ctx, r, fields, now);
    if (!checked.ok) return await show(res, r, typed, checked.errors, null, 400, back);
    const result = await changeReservation(ctx, r.id, checked.value, actorOf(req, res, 'web'));
    if (result.ok) return void res.redirect(303, afterChange(r, back));
    if (result.error === 'no_rooms' && 'free' in result) {
      const said = result.said(deskWords());
      const info = checked.value.hotel.info;
      const noRooms = {
        message: said,
        free: result.free.map((f) => ({ ...f, name: roomTypeWords(info, f.roomType) })),
        availability: withQuery('/staff/availability', { from: checked.value.arrival, days: Math.min(checked.value.nights, 90) }),
      };
      return await show(res, r, typed, {}, noRooms, 409, back);
    }
    await failed(res, r, result);
  });

  return router;
}
