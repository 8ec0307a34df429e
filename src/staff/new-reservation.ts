// A reservation the front desk makes (SPEC §6–7): what the form and POST /api/reservations take,
// checked field by field against the property's own limits (the phone line's: rooms per booking,
// nights, the booking horizon, not before the hotel's today), each field with its own reason, so
// the form comes back with every mistake marked at once and nothing is written. A form opened
// from a call (or its callback request) starts with what the call collected.

import { deskWords } from './desk-language.ts';
import type { Locale, PaymentMethod } from '../../flows/types.ts';
import { LOCALES, PAYMENT_METHODS } from '../../flows/types.ts';
import { SPECIAL_REQUESTS, requestsOf } from '../../flows/special-requests.ts';
import type { SpecialRequest } from '../../flows/special-requests.ts';
import { isHotelsOwnNumber } from '../../flows/reading/guest-questions.ts';
import { phoneFromCallerId, phoneFromDigits } from '../../flows/understanding/phone.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { addDaysIso, isIsoDate } from '../inventory/stay.ts';
import type { StaffContext } from './context.ts';
import { callSidParam } from './params.ts';
import { inScope } from './property-scope.ts';
import { contextOf } from './queries/calls.ts';
import { maskCardNumbers } from './redact.ts';
import { dayDate } from './words.ts';
import { expectedArrivalOf } from './expected-arrival.ts';

export const NEW_RESERVATION_FIELDS = ['hotel', 'arrival', 'nights', 'roomType', 'rooms', 'guestName', 'payment', 'phone', 'language', 'call', 'callback', 'arrivalTime', 'requests', 'walkIn'] as const;
export type NewReservationField = (typeof NEW_RESERVATION_FIELDS)[number];

/** The fields as typed (a form's strings; numbers from JSON written as text). */
export type NewReservationInput = Partial<Record<NewReservationField, string>>;

/** What to fix, per field; `form` for what belongs to no field (an unknown one). */
export type NewReservationErrors = Partial<Record<NewReservationField | 'form', string>>;

export interface CheckedReservation {
  hotel: LoadedHotel;
  roomType: string;
  arrival: string;
  nights: number;
  rooms: number;
  guestName: string;
  payment: PaymentMethod;
  /** E.164. */
  phone: string;
  locale: Locale;
  /** The call it is for, in the scope of the request and at the same property. */
  callSid: string | null;
  /** The open callback request it answers (closed by the booking). */
  callbackId: number | null;
  /** When the guest expects to arrive, hotel time "HH:mm" (expected-arrival.ts), or null. */
  arrivalTime: string | null;
  /** What the guest asked for (a crib, an accessible room…), in SPECIAL_REQUESTS' order; the desk confirms them. */
  specialRequests: SpecialRequest[];
  /** A walk-in: the guest is at the desk, booked for today and marked arrived at once. */
  walkIn: boolean;
}

export type Checked = { ok: true; value: CheckedReservation } | { ok: false; errors: NewReservationErrors };

const NAME_MAX = 80;

/** The body's fields as text; anything else (an unknown field, a list, an object) is named in `form`. */
export function typedFields(body: unknown, ignore: readonly string[] = []): { input: NewReservationInput; errors: NewReservationErrors } {
  const input: NewReservationInput = {};
  const errors: NewReservationErrors = {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { input, errors: { form: 'send the reservation as an object of fields' } };
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (ignore.includes(key)) continue;
    if (!(NEW_RESERVATION_FIELDS as readonly string[]).includes(key)) {
      errors.form ??= `unknown field "${key.slice(0, 40)}": the fields are ${NEW_RESERVATION_FIELDS.join(', ')}`;
      continue;
    }
    const field = key as NewReservationField;
    if (typeof value === 'string') input[field] = value.slice(0, 200);
    // The form's checkboxes send one value each ("requests=crib&requests=quiet"), JSON a list.
    else if (field === 'requests' && Array.isArray(value) && value.every((v) => typeof v === 'string')) input[field] = value.join(',').slice(0, 200);
    else if (typeof value === 'number' && Number.isFinite(value)) input[field] = String(value);
    else if (typeof value === 'boolean') input[field] = String(value);
    else if (value !== null && value !== undefined) errors[field] = 'must be text or a number';
  }
  return { input, errors };
}

/** The call a form is for: its property, caller and what it collected, when it is in view. */
export interface CallRequest {
  callSid: string;
  hotelId: number;
  from: string;
  locale: Locale;
  /** What the call had collected, null where it had not. */
  arrival: string | null;
  roomType: string | null;
  rooms: number | null;
  nights: number | null;
  guestName: string | null;
  payment: PaymentMethod | null;
  /** The number the caller gave to be called back on, else the number calling (when it is one). */
  phone: string | null;
  /** The late arrival the caller said ("HH:mm"), if any. */
  arrivalTime: string | null;
  /** What the caller asked for along the way (a crib…), for the desk to confirm. */
  requests: SpecialRequest[];
}

export async function callRequest(ctx: StaffContext, callSid: string): Promise<CallRequest | null> {
  const row = await ctx.db.get<{ call_sid: string; hotel_id: number; from_number: string; locale: string; snapshot_json: string }>(
    `SELECT call_sid, hotel_id, from_number, locale, snapshot_json FROM calls c WHERE call_sid = ?${inScope('c.hotel_id')}`,
    [callSid],
  );
  if (!row) return null;
  const c = contextOf(row.snapshot_json);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
  const payment = text(c.payment);
  const name = text(c.guestName);
  return {
    callSid: row.call_sid,
    hotelId: Number(row.hotel_id),
    from: row.from_number,
    locale: (LOCALES as readonly string[]).includes(row.locale) ? (row.locale as Locale) : 'en-US',
    arrival: text(c.arrival),
    roomType: text(c.roomType),
    rooms: count(c.rooms),
    nights: count(c.nights),
    guestName: name === null ? null : maskCardNumbers(name),
    payment: payment && (PAYMENT_METHODS as readonly string[]).includes(payment) ? (payment as PaymentMethod) : null,
    phone: phoneFromCallerId(text(c.callback) ?? '') ?? phoneFromCallerId(row.from_number),
    arrivalTime: expectedArrivalOf(c.lateArrival),
    requests: requestsOf(c.requests),
  };
}

/** Whether the call got far enough to say what it wanted (a date, a type, rooms or nights). */
export function collectedSomething(r: Pick<CallRequest, 'arrival' | 'roomType' | 'rooms' | 'nights'>): boolean {
  return r.arrival !== null || r.roomType !== null || r.rooms !== null || r.nights !== null;
}

/** The form's fields as the call left them, for the clerk to complete. */
export function prefillFrom(call: CallRequest, hotel: LoadedHotel | undefined, callbackId: number | null): NewReservationInput {
  const known = (code: string | null) => (code !== null && hotel?.roomTypeIds.has(code) ? code : undefined);
  const input: NewReservationInput = {
    hotel: hotel?.code ?? undefined,
    arrival: call.arrival ?? undefined,
    nights: call.nights?.toString(),
    roomType: known(call.roomType),
    rooms: call.rooms?.toString(),
    guestName: call.guestName ?? undefined,
    payment: call.payment ?? undefined,
    phone: call.phone ?? undefined,
    language: call.locale,
    call: call.callSid,
    callback: callbackId?.toString(),
    arrivalTime: call.arrivalTime ?? undefined,
    requests: call.requests.length ? call.requests.join(',') : undefined,
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as NewReservationInput;
}

/** The property's today and the last day it takes reservations for. */
export function bookingWindow(ctx: StaffContext, hotel: LoadedHotel, now: Date): { today: string; lastDay: string } {
  const today = ctx.propertyView(hotel.id).hotelClock.today(now);
  return { today, lastDay: addDaysIso(today, hotel.info.bookingHorizonDays) };
}

/**
 * Every field checked, each with its own reason. `inView`: the properties the request may book
 * at (the account's, narrowed by the switcher or `hotel=`).
 */
export async function checkNewReservation(ctx: StaffContext, typed: NewReservationInput, inView: readonly LoadedHotel[], now: Date): Promise<Checked> {
  const errors: NewReservationErrors = {};
  const value = (field: NewReservationField) => typed[field]?.trim() ?? '';

  // The call first: a form opened from a call is at the call's property.
  let call: CallRequest | null = null;
  if (value('call')) {
    const sid = callSidParam.safeParse(value('call'));
    call = sid.success ? await callRequest(ctx, sid.data) : null;
    if (!call) errors.call = 'is not a call you can see: open the form again from the call';
  }

  let hotel: LoadedHotel | undefined;
  const code = value('hotel').toUpperCase();
  if (code) {
    hotel = inView.find((h) => h.code !== null && h.code === code);
    if (!hotel) errors.hotel = `must be one of your properties${codes(inView)}`;
  } else if (call) {
    hotel = inView.find((h) => h.id === call.hotelId);
  } else if (inView.length === 1) {
    hotel = inView[0];
  } else {
    errors.hotel = `is needed: pick the property${codes(inView)}`;
  }
  if (!hotel) errors.hotel ??= 'is needed: pick the property';
  if (hotel && call && call.hotelId !== hotel.id) errors.call = `was to ${ctx.hotels.byId(call.hotelId)?.info.name ?? 'another property'}: book it there, or leave the call out`;

  let callbackId: number | null = null;
  if (value('callback')) {
    const id = /^\d{1,9}$/.test(value('callback')) ? Number(value('callback')) : 0;
    const request = id > 0 ? await ctx.callbacks.get(id) : null;
    if (!request) errors.callback = 'is not a callback request you can see';
    else if (request.status === 'done') errors.callback = 'was already marked called back';
    else if (!call || !request.asked.some((a) => a.callSid === call.callSid)) errors.callback = 'is not the request of this call';
    else callbackId = request.id;
  }

  // The reasons in the page's language (desk-language.ts); the API's are the English table's.
  const why = deskWords().newReservation.why;
  const window = hotel ? bookingWindow(ctx, hotel, now) : null;
  // A walk-in ("the guest is here"): today, unless another day was typed, which is refused.
  const walkIn = ['yes', 'true'].includes(value('walkIn'));
  if (value('walkIn') && !walkIn && value('walkIn') !== 'false') errors.walkIn = 'must be yes or true (the guest is at the desk), or left out';
  const arrival = value('arrival') || (walkIn && window ? window.today : '');
  if (!arrival) errors.arrival = why.needed;
  else if (walkIn && window && arrival !== window.today) errors.arrival = why.walkInToday(dayDate(window.today));
  else if (!isIsoDate(arrival)) errors.arrival = why.notADate;
  else if (window && arrival < window.today) errors.arrival = why.past(dayDate(window.today), hotel!.info.name);
  else if (window && arrival > window.lastDay) errors.arrival = why.tooFar(hotel!.info.name, hotel!.info.bookingHorizonDays, dayDate(window.lastDay));

  const nights = wholeNumber(value('nights'), 1, hotel?.info.maxNights ?? 99);
  if (typeof nights === 'string') errors.nights = nights;

  const rooms = wholeNumber(value('rooms'), 1, hotel?.info.maxRoomsPerBooking ?? 99);
  if (typeof rooms === 'string') errors.rooms = hotel && /^\d+$/.test(value('rooms')) && Number(value('rooms')) > hotel.info.maxRoomsPerBooking
    ? why.maxRooms(hotel.info.maxRoomsPerBooking, Boolean(hotel.info.groupDesk))
    : rooms;

  const roomType = value('roomType');
  if (!roomType) errors.roomType = why.needed;
  else if (hotel && !hotel.roomTypeIds.has(roomType)) errors.roomType = `must be one of ${hotel.info.name}'s room types (${hotel.info.roomTypes.filter((t) => hotel!.roomTypeIds.has(t.code)).map((t) => t.code).join(', ')})`;

  const guestName = value('guestName').replace(/\s+/g, ' ');
  if (!guestName) errors.guestName = why.needed;
  else if (guestName.length > NAME_MAX) errors.guestName = `must be at most ${NAME_MAX} characters`;
  // Control characters first: the card check reads through redact, which takes them out.
  else if (/[\p{Cc}\p{Cf}]/u.test(guestName)) errors.guestName = 'must be plain text: no control characters';
  else if (maskCardNumbers(guestName) !== guestName) errors.guestName = why.nameOnly;
  else if (!/\p{L}/u.test(guestName)) errors.guestName = why.aName;

  const payment = value('payment');
  if (!payment) errors.payment = why.paymentNeeded;
  else if (!(PAYMENT_METHODS as readonly string[]).includes(payment)) errors.payment = 'must be credit_card, cash or debit_card (the method only, never a card number)';

  const phone = value('phone');
  const e164 = phone ? phoneOf(phone, hotel?.info.country ?? inView[0]?.info.country ?? 'US') : null;
  if (!phone) errors.phone = why.needed;
  else if (!e164) errors.phone = why.notAPhone;
  // (The phone line refuses the desk's own numbers as a guest's too: the guest's texts would go to the desk.)
  else if (hotel && isHotelsOwnNumber(hotel.info, e164)) errors.phone = why.hotelsOwnNumber;

  const language = value('language');
  if (language && !(LOCALES as readonly string[]).includes(language)) errors.language = 'must be en-US or es-MX';

  // Optional: when the guest expects to arrive, as the form's time field sends it ("23:00"; "9:30" too).
  const typedTime = value('arrivalTime');
  const arrivalTime = expectedArrivalOf(/^\d:\d\d$/.test(typedTime) ? `0${typedTime}` : typedTime);
  if (typedTime && arrivalTime === null) errors.arrivalTime = why.notATime;

  // Optional: only the requests the phone line knows, so the desk reads them as a call's (never free text).
  const asked = value('requests').split(',').map((r) => r.trim()).filter(Boolean);
  const specialRequests = SPECIAL_REQUESTS.filter((r) => asked.includes(r));
  if (asked.some((r) => !(SPECIAL_REQUESTS as readonly string[]).includes(r))) errors.requests = why.notARequest(SPECIAL_REQUESTS.join(', '));

  if (Object.keys(errors).length > 0 || !hotel) return { ok: false, errors };
  return {
    ok: true,
    value: {
      hotel,
      roomType,
      arrival,
      nights: nights as number,
      rooms: rooms as number,
      guestName,
      payment: payment as PaymentMethod,
      phone: e164!,
      locale: (language as Locale) || call?.locale || hotel.info.guestLocale || 'en-US',
      callSid: call?.callSid ?? null,
      callbackId,
      arrivalTime,
      specialRequests,
      walkIn,
    },
  };
}

/** A number written any way: "+52 55 1234 5678", "(212) 555-0123", "001 212 555 0123". */
function phoneOf(typed: string, country: string): string | null {
  if (!/^[\d\s+().-]{3,40}$/.test(typed)) return null;
  const digits = typed.replace(/\D/g, '');
  return typed.startsWith('+') ? phoneFromCallerId(`+${digits}`) : phoneFromDigits(digits, country);
}

function wholeNumber(typed: string, min: number, max: number): number | string {
  if (!typed) return deskWords().newReservation.why.needed;
  const n = /^\d{1,4}$/.test(typed) ? Number(typed) : NaN;
  return n >= min && n <= max ? n : deskWords().newReservation.why.wholeNumber(min, max);
}

function codes(hotels: readonly LoadedHotel[]): string {
  const list = hotels.map((h) => h.code).filter((c): c is string => c !== null);
  return list.length ? ` (${list.join(', ')})` : '';
}
