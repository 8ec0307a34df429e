// "New reservation": the form (GET /staff/reservations/new, opened blank or from a call or its
// callback request) and its action (POST), and the API's POST /api/reservations. Both check every
// field (new-reservation.ts) and book through bookReservation (actions.ts).

import { Router } from 'express';
import type { Response } from 'express';
import type { LoadedHotel } from '../../hotel/hotel-store.ts';
import { bookReservation } from '../actions.ts';
import { bookWalkInOnce } from '../repeated-walk-in.ts';
import type { ActionResult, Actor, NoRooms } from '../actions.ts';
import { actorOf, authOf } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { withQuery } from '../html/format.ts';
import { deskWords } from '../desk-language.ts';
import { newReservationPage } from '../html/new-reservation-page.ts';
import type { NewReservationPageData } from '../html/new-reservation-page.ts';
import { bookingWindow, callRequest, checkNewReservation, prefillFrom, typedFields } from '../new-reservation.ts';
import type { CheckedReservation, NewReservationErrors, NewReservationInput } from '../new-reservation.ts';
import { newReservationQuery, parse } from '../params.ts';
import { scopeNow } from '../property-scope.ts';
import { namesHeard } from '../queries/names-heard.ts';
import type { ReservationView } from '../queries/reservations.ts';
import { collectedWords, roomTypeWords } from '../words.ts';
import { sendPage } from './common.ts';

/** The properties the request may book at: those in view (the account's, narrowed by the switcher or `hotel=`). */
export function bookableHotels(ctx: StaffContext): LoadedHotel[] {
  const ids = scopeNow()?.ids ?? ctx.hotels.all.map((h) => h.id);
  return ids.map((id) => ctx.hotels.byId(id)).filter((h): h is LoadedHotel => h !== undefined);
}

/** Checks and books: a failure says which fields, or that the rooms are not free. */
async function checkAndBook(
  ctx: StaffContext,
  typed: { input: NewReservationInput; errors: NewReservationErrors },
  actor: Actor,
): Promise<{ errors: NewReservationErrors } | { checked: CheckedReservation; result: ActionResult<ReservationView> | NoRooms; repeated?: true }> {
  const checked = await checkNewReservation(ctx, typed.input, bookableHotels(ctx), ctx.clock());
  // What was wrong with a field as sent (a list, an object) is its reason, not the "is needed" the
  // check gave it once it was set aside; and it comes first (the API names the first).
  const errors = { ...typed.errors, ...(checked.ok ? {} : checked.errors), ...typed.errors };
  if (!checked.ok || Object.keys(errors).length > 0) return { errors };
  const once = await bookWalkInOnce(ctx, checked.value, actor, () => bookReservation(ctx, checked.value, actor));
  return 'repeated' in once ? { checked: checked.value, result: { ok: true, value: once.repeated }, repeated: true } : { checked: checked.value, result: once.booked };
}

export function newReservationPages(ctx: StaffContext): Router {
  const router = Router();

  const show = async (
    res: Response,
    input: NewReservationInput,
    errors: NewReservationErrors,
    noRooms: NewReservationPageData['noRooms'],
    status: number,
    nameHeard: string | null = null,
  ) => {
    const now = ctx.clock();
    const hotels = bookableHotels(ctx);
    const call = input.call ? await callRequest(ctx, input.call).catch(() => null) : null;
    const callHotel = call ? ctx.hotels.byId(call.hotelId) : undefined;
    const properties = hotels.map((h) => {
      const view = ctx.propertyView(h.id);
      return {
        code: h.code,
        name: h.info.name,
        ...bookingWindow(ctx, h, now),
        maxRooms: h.info.maxRoomsPerBooking,
        maxNights: h.info.maxNights,
        types: h.info.roomTypes.filter((t) => h.roomTypeIds.has(t.code)).map((t) => ({ code: t.code, name: roomTypeWords(h.info, t.code), rate: view.money.format(t.rate) })),
      };
    });
    const from =
      call && callHotel
        ? {
            callSid: call.callSid,
            who: call.guestName ?? (call.phone ? ctx.propertyView(call.hotelId).phones.display(call.phone) : deskWords().call.withheldCaller),
            wanted: collectedWords(callHotel.info, { arrival: call.arrival, roomType: call.roomType, rooms: call.rooms, nights: call.nights }),
            callbackId: input.callback ?? null,
          }
        : null;
    await sendPage(
      ctx,
      res,
      authOf(res),
      { title: deskWords().newReservation.title, section: 'reservations', body: newReservationPage({ input, errors, properties, from, noRooms, nameHeard, csrf: authOf(res).session!.csrfToken }) },
      status,
    );
  };

  router.get('/reservations/new', async (req, res) => {
    const q = parse(newReservationQuery, req.query, 'query');
    const hotels = bookableHotels(ctx);
    const callback = q.callback ? await ctx.callbacks.get(q.callback) : null;
    const callSid = q.call ?? callback?.callSid ?? null;
    const call = callSid ? await callRequest(ctx, callSid) : null;
    const one = hotels.length === 1 ? hotels[0] : undefined;
    const language = (one ?? hotels[0])?.info.guestLocale ?? 'en-US';
    // A call or request out of view opens a blank form (with what is wrong said), never another property's details.
    const errors: NewReservationErrors = {};
    if (callSid && !call) errors.call = 'is not a call you can see: this form is blank';
    if (q.callback && !callback) errors.callback = 'is not a callback request you can see';
    // A call that settled no name: the name heard on it (at the name question though unconfirmed,
    // said in passing, or in its voicemail), as the callbacks worklist shows it; the clerk checks it.
    const nameHeard = call && !call.guestName ? ((await namesHeard(ctx.db, [call.callSid])).get(call.callSid) ?? null) : null;
    // The caller's number as the console writes it ("(305) 555-0101"), which the form reads back.
    const input = call
      ? prefillFrom(
          { ...call, guestName: call.guestName ?? nameHeard, phone: call.phone && ctx.propertyView(call.hotelId).phones.display(call.phone) },
          ctx.hotels.byId(call.hotelId),
          callback && callback.asked.some((a) => a.callSid === call.callSid) && callback.status === 'open' ? callback.id : null,
        )
      : { hotel: one?.code ?? undefined, language };
    await show(res, input, errors, null, Object.keys(errors).length ? 404 : 200, nameHeard);
  });

  router.post('/reservations/new', async (req, res) => {
    const typed = typedFields(req.body, ['_csrf']);
    const done = await checkAndBook(ctx, typed, actorOf(req, res, 'web'));
    if ('errors' in done) return await show(res, typed.input, done.errors, null, 400);
    const { checked, result } = done;
    if (!result.ok) {
      // The refusal in the page's words (actions.ts's `said`), never the API's English message reworded.
      const said = result.said?.(deskWords()) ?? result.message;
      const noRooms = {
        message: said,
        free: 'free' in result ? result.free.map((f) => ({ ...f, name: roomTypeWords(checked.hotel.info, f.roomType) })) : [],
        availability: withQuery('/staff/availability', { from: checked.arrival, days: Math.min(checked.nights, 90) }),
      };
      return await show(res, typed.input, result.error === 'no_rooms' ? {} : { callback: said }, result.error === 'no_rooms' ? noRooms : null, 409);
    }
    res.redirect(303, `${withQuery('/staff/reservations', { q: result.value.confirmation, notice: result.value.status === 'arrived' ? 'booked-arrived' : 'booked' })}#reservation-${result.value.id}`);
  });

  return router;
}

/** POST /api/reservations: 201 and the reservation; 400 naming every field to fix; 409 when the rooms are not free (with what is). */
export function newReservationApi(ctx: StaffContext, json: (r: ReservationView) => unknown): Router {
  const router = Router();
  router.post('/reservations', async (req, res) => {
    const typed = typedFields(req.body ?? {});
    const done = await checkAndBook(ctx, typed, actorOf(req, res, 'api'));
    if ('errors' in done) {
      const [parameter, reason] = Object.entries(done.errors)[0]!;
      res.status(400).json({ error: 'bad_parameter', parameter, message: `${parameter} ${reason}`, errors: done.errors });
      return;
    }
    const { result } = done;
    // A walk-in posted again (repeated-walk-in.ts): 200 and the booking already made, nothing booked.
    if (result.ok) res.status(done.repeated ? 200 : 201).json(json(result.value));
    else res.status(result.status).json({ error: result.error, message: result.message, ...('free' in result ? { free: result.free } : {}) });
  });
  return router;
}
