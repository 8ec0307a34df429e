// "Change" on a booked reservation (the form on its page and POST /api/reservations/:id/change):
// the guest on the phone moves the dates, adds a night or a room, takes another type, or corrects
// the name, payment, requests or number. The fields are checked by the new-reservation form's own
// checks (checkNewReservation: the property's limits, its today, its horizon) on the reservation as
// it would be; the stay is changed in one transaction (inventory/reservation-change.ts: its own
// rooms count as free, never overbooked), its confirmation number kept, audited before/after, and
// the guest is sent one text with the new details (not a cancellation and a confirmation).

import type { Locale, PaymentMethod } from '../../flows/types.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { changeRecord, changeStay } from '../inventory/reservation-change.ts';
import type { ChangedStay, StayChangeResult } from '../inventory/reservation-change.ts';
import type { ActionResult, Actor, NoRooms } from './actions.ts';
import { within } from './actions.ts';
import type { StaffContext } from './context.ts';
import { checkNewReservation, typedFields } from './new-reservation.ts';
import type { NewReservationErrors, NewReservationField, NewReservationInput } from './new-reservation.ts';
import type { ReservationView } from './queries/reservations.ts';
import type { DeskWords } from './words-en.ts';
import { dayDate, roomTypeWords } from './words.ts';

/** What a change may name; anything else (the property, the call, the callback request) stays as booked. */
export const CHANGE_FIELDS = ['arrival', 'nights', 'roomType', 'rooms', 'guestName', 'payment', 'phone', 'requests', 'arrivalTime', 'language'] as const satisfies readonly NewReservationField[];
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** The reservation as it would be: every field checked; the name null when it had none and none was typed. */
export interface WantedChange {
  hotel: LoadedHotel;
  roomType: string;
  arrival: string;
  nights: number;
  rooms: number;
  guestName: string | null;
  payment: PaymentMethod;
  phone: string;
  requests: string[];
  /** When the guest expects to arrive ("HH:mm" hotel time), or null: not said. */
  arrivalTime: string | null;
  /** The language of the guest's texts. */
  locale: Locale;
}

export type CheckedChange = { ok: true; value: WantedChange } | { ok: false; errors: NewReservationErrors };

/** Stands in, for the checks only, for a name never heard that the change does not give. */
const NO_NAME = 'Guest';

/** The form's fields as the reservation is now: the change form starts from them. */
export function changeFormOf(r: ReservationView): NewReservationInput {
  return {
    arrival: r.arrival,
    nights: String(r.nights),
    roomType: r.roomTypeCode,
    rooms: String(r.rooms),
    guestName: r.guestName ?? '',
    payment: r.paymentMethod,
    phone: r.callbackNumber,
    requests: r.specialRequests.join(','),
    arrivalTime: r.expectedArrival ?? '',
    language: r.locale,
  };
}

/**
 * The change as typed (JSON, or the form's fields), each field checked as the new-reservation form
 * checks it, on the reservation as it would be. A field left out stays as it is.
 */
export async function checkChange(ctx: StaffContext, r: ReservationView, body: unknown, now: Date): Promise<CheckedChange> {
  const hotel = ctx.hotels.byId(r.hotelId);
  if (!hotel) return { ok: false, errors: { form: 'belongs to a property no longer served' } };
  const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body).filter((k) => k !== '_csrf') : [];
  const unknown = fields.find((k) => !(CHANGE_FIELDS as readonly string[]).includes(k));
  if (unknown !== undefined) return { ok: false, errors: { form: `unknown field "${unknown.slice(0, 40)}": a change takes ${CHANGE_FIELDS.join(', ')}` } };
  const typed = typedFields(body, ['_csrf']);
  // A time taken back ("the guest no longer knows"): null in JSON, as the form's empty field.
  if ((body as Record<string, unknown>).arrivalTime === null) typed.input.arrivalTime = '';
  // No language chosen keeps the reservation's (a new reservation's would fall to the property's).
  if (typed.input.language === '') delete typed.input.language;
  if (Object.keys(typed.errors).length > 0) return { ok: false, errors: typed.errors };
  const now_ = changeFormOf(r);
  const keepsNoName = r.guestName === null && typed.input.guestName === undefined;
  const merged: NewReservationInput = { ...now_, ...(keepsNoName ? { guestName: NO_NAME } : {}), ...typed.input, hotel: hotel.code ?? '' };
  const checked = await checkNewReservation(ctx, merged, [hotel], now);
  if (!checked.ok) return checked;
  const v = checked.value;
  return {
    ok: true,
    value: { hotel, roomType: v.roomType, arrival: v.arrival, nights: v.nights, rooms: v.rooms, guestName: keepsNoName ? null : v.guestName, payment: v.payment, phone: v.phone, requests: v.specialRequests, arrivalTime: v.arrivalTime, locale: v.locale },
  };
}

/** Nothing differs from the reservation as it is: 400, as a bad field. */
export interface NothingToChange {
  ok: false;
  status: 400;
  error: 'nothing_to_change';
  message: string;
  said: (w: DeskWords) => string;
}

/** What a change answers: the reservation changed, or why not. */
export type ChangeResult = ActionResult<ReservationView> | NoRooms | NothingToChange;

/**
 * What the guest's text says (the stay, its total and hold, the requests, the number it goes to) or
 * how (its language: the guest asked for the text in theirs). The arrival time is the desk's, not in the text.
 */
const TEXTED: readonly (keyof ChangedStay)[] = ['roomType', 'arrival', 'nights', 'rooms', 'callbackNumber', 'specialRequests', 'holdUntil', 'total', 'locale'];

/**
 * Changes a booked reservation in one transaction: the stay re-checked with its own rooms counted
 * as free, the hold worked out from the new arrival as a booking's (when the arrival or payment
 * changes), the audit entry with what it was and what it is, and one text to the guest with the
 * new details when anything the text says changed (a name spelled right texts nobody).
 */
export function changeReservation(ctx: StaffContext, id: number, wanted: WantedChange, actor: Actor, opts: { inHouse?: true } = {}): Promise<ChangeResult> {
  const now = ctx.clock();
  const clock = ctx.propertyView(wanted.hotel.id).hotelClock;
  return ctx.db.transaction(async (tx): Promise<ChangeResult> => {
    const its = within(ctx, tx);
    const before = await its.reservations.get(id, now);
    if (!before) return { ok: false, status: 404, error: 'not_found', message: 'no such reservation', said: (w) => w.reservation.refused.notFound };
    const changed = await changeStay(tx, {
      reservationId: id,
      hotel: wanted.hotel,
      roomType: wanted.roomType,
      arrival: wanted.arrival,
      nights: wanted.nights,
      rooms: wanted.rooms,
      guestName: wanted.guestName,
      paymentMethod: wanted.payment,
      callbackNumber: wanted.phone,
      specialRequests: wanted.requests,
      expectedArrival: wanted.arrivalTime,
      locale: wanted.locale,
      today: clock.today(now),
      timeOfDay: clock.hourMinute(now.toISOString()),
      now,
      ...opts,
    });
    if (!changed.ok && changed.why === 'not_booked') return notChangeable(before);
    if (!changed.ok && changed.why !== 'nothing' && changed.why !== 'no_rooms') return inHouseRefusal(before, changed);
    if (!changed.ok && changed.why === 'nothing') {
      return { ok: false, status: 400, error: 'nothing_to_change', message: `nothing to change: reservation ${before.confirmation} is already so`, said: (w) => w.change.nothing(before.confirmation) };
    }
    if (!changed.ok) {
      const info = wanted.hotel.info;
      const typeName = (code: string) => info.roomTypes.find((t) => t.code === code)?.name.en ?? code;
      return {
        ok: false,
        status: 409,
        error: 'no_rooms',
        message: `not changed: ${changed.free === 0 ? 'no' : `only ${changed.free}`} ${typeName(wanted.roomType)} free for the whole stay (${wanted.rooms} asked)`,
        said: (w) => w.newReservation.noRooms(changed.free, roomTypeWords(info, wanted.roomType), wanted.rooms),
        free: changed.freeByType.map((f) => ({ roomType: f.code, name: typeName(f.code), free: f.free })),
      };
    }
    const { before: was, after: is } = changed;
    const record = changeRecord(was, is);
    const textId = TEXTED.some((k) => record.changed.includes(k)) ? await its.outbox.enqueueReservationChange(id, wanted.hotel.info, now) : null;
    // What changed, and before/after but for the guest's name and number (changeRecord).
    await its.audit(actor, 'reservation.change', `reservation:${id}`, { confirmation: before.confirmation, ...record, outboxId: textId }, now);
    return { ok: true, value: (await its.reservations.get(id, now))! };
  });
}

/**
 * A guest in house (arrived) keeps the room: only the nights change, one more night or leaving
 * early (changeStay's `inHouse`), from its row under In house, its page or the API with `nights` alone.
 */
export function changeNightsInHouse(ctx: StaffContext, r: ReservationView, nights: number, actor: Actor): Promise<ChangeResult> {
  const hotel = ctx.hotels.byId(r.hotelId);
  if (!hotel) return Promise.resolve(notChangeable(r));
  const asItIs: WantedChange = {
    hotel,
    roomType: r.roomTypeCode,
    arrival: r.arrival,
    nights,
    rooms: r.rooms,
    guestName: r.guestName,
    payment: r.paymentMethod as PaymentMethod,
    phone: r.callbackNumber,
    requests: r.specialRequests,
    arrivalTime: r.expectedArrival,
    locale: r.locale === 'es-MX' ? 'es-MX' : 'en-US',
  };
  return changeReservation(ctx, r.id, asItIs, actor, { inHouse: true });
}

type InHouseRefused = Extract<StayChangeResult, { why: 'not_in_house' | 'nights_only' | 'night_begun' }>;

/** Why a guest in house's stay was not changed (or changed back), 409 with the reason. */
export function inHouseRefusal(r: Pick<ReservationView, 'confirmation'>, refused: InHouseRefused, error = 'not_changeable'): Extract<ActionResult<never>, { ok: false }> {
  const c = r.confirmation;
  if (refused.why === 'night_begun') {
    const day = refused.earliest;
    return { ok: false, status: 409, error, message: `reservation ${c} cannot end before ${day}: that would give back a night already begun`, said: (w) => w.change.nightBegun(c, dayDate(day)) };
  }
  if (refused.why === 'nights_only') {
    return { ok: false, status: 409, error: 'in_house', message: `the guest of reservation ${c} is in house: only the nights change (nights alone: one more night, or leaving early)`, said: (w) => w.change.nightsOnly(c) };
  }
  return { ok: false, status: 409, error, message: `reservation ${c}'s guest is not in house now: only an arrived guest's stay, not yet over, changes its nights`, said: (w) => w.change.notInHouse(c) };
}

/** Only a booked reservation, not arrived, cancelled or released, is changed (an arrived one: its nights alone). */
export function notChangeable(r: ReservationView): Extract<ActionResult<never>, { ok: false }> {
  if (r.status === 'arrived') return inHouseRefusal(r, { ok: false, why: 'nights_only' });
  return {
    ok: false,
    status: 409,
    error: 'not_changeable',
    message: `reservation ${r.confirmation} is ${r.status}: only a booked reservation not yet arrived can be changed`,
    said: (w) => w.change.notChangeable(r.confirmation, r.status),
  };
}
