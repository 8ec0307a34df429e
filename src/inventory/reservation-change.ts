// A booked reservation changed at the front desk ("move me to the 20th", "make it 3 nights", "a king
// instead"): the same reservation and confirmation number, its new stay checked against the
// inventory as a booking is (Inventory.book) except that its own rooms count as free — moving a
// 3-night stay one night later works in a hotel full but for it. Runs on the staff action's
// transaction: the reservation row is locked first (two changes of it go one after the other),
// then the new stay's room type (as a booking locks it), so neither a second change nor a phone
// booking of the last room can overbook, on either engine.

import type { IsoDate, Locale, PaymentMethod } from '../../flows/types.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { foldText } from '../storage/fold.ts';
import type { Sql } from '../storage/sql.ts';
import { deskHoldDeadline } from './desk-booking.ts';
import { nightly } from './inventory.ts';
import { plusDays } from '../../flows/hotel-time.ts';
import { departureOf, stayNights } from './stay.ts';

/** What a reservation is, as a change reads and writes it. */
export interface ChangeableStay {
  roomType: string;
  arrival: IsoDate;
  nights: number;
  rooms: number;
  guestName: string | null;
  paymentMethod: PaymentMethod;
  /** E.164. */
  callbackNumber: string;
  /** Special requests' codes (flows/special-requests.ts), in their order. */
  specialRequests: readonly string[];
  /**
   * When the guest expects to arrive ("HH:mm" hotel time; null: not said; staff/expected-arrival.ts).
   * Left out (a change by phone): stays as it is.
   */
  expectedArrival?: string | null;
  /** The language of the guest's texts. Left out: stays as it is. */
  locale?: Locale;
}

export interface StayChange extends ChangeableStay {
  reservationId: number;
  hotel: LoadedHotel;
  /** The hotel's date and wall-clock time ("HH:mm") at `now`: the new hold deadline is worked out from them. */
  today: IsoDate;
  timeOfDay: string;
  now: Date;
  /**
   * An undo's: the hold and the rate the reservation had (its audit entry), kept as they were
   * instead of worked out afresh; a hold already past is worked out afresh.
   */
  restore?: { holdUntil?: string; rate?: number };
  /**
   * The guest is in house (marked arrived): only the nights change — one more night, or leaving
   * early — the arrival, room type, rooms and every other detail as they are (the guest is in the
   * room). Never a night already begun is given back (earliestDeparture). Left out: a booked stay.
   */
  inHouse?: true;
}

/** The reservation before and after, with its hold, rate and total (and its arrival time and language, always). */
export type ChangedStay = Required<ChangeableStay> & { holdUntil: string; rate: number; total: number };

export type StayChangeResult =
  | { ok: true; before: ChangedStay; after: ChangedStay }
  /** Not booked any more (arrived, cancelled, or past its hold: released), or not at this hotel. */
  | { ok: false; why: 'not_booked' }
  /** Nothing differs from what it is. */
  | { ok: false; why: 'nothing' }
  /** In house: not an arrived stay still running, or more than its nights would change. */
  | { ok: false; why: 'not_in_house' | 'nights_only' }
  /** In house: the stay would end before `earliest`, giving back a night already begun (or slept). */
  | { ok: false; why: 'night_begun'; earliest: IsoDate }
  /** Too few rooms of the type for the new stay, its own counted as free; what every active type has free so. */
  | { ok: false; why: 'no_rooms'; free: number; freeByType: { code: string; free: number }[] };

interface Row {
  hotel_id: number;
  room_type_id: number;
  arrival: string;
  nights: number;
  rooms: number;
  rate: number;
  guest_name: string | null;
  payment_method: PaymentMethod;
  callback_number: string;
  special_requests: string | null;
  expected_arrival: string | null;
  locale: string;
  hold_until: string;
  status: string;
}

/**
 * Changes the reservation on `tx` (the staff action's transaction, so its audit entry and text are
 * written with it, or nothing is). The hold deadline is worked out afresh, as a booking's, when the
 * arrival or the payment method changes (the hold may depend on it); otherwise it stays as it is
 * (a Keep room stands). The rate is the booked one for the same room type, the type's own for another.
 */
export async function changeStay(tx: Sql, c: StayChange): Promise<StayChangeResult> {
  const nowIso = c.now.toISOString();
  const row = await tx.get<Row>(
    `SELECT hotel_id, room_type_id, arrival, nights, rooms, rate, guest_name, payment_method, callback_number, special_requests, expected_arrival, locale, hold_until, status
       FROM reservations WHERE id = ?${tx.dialect.forUpdate}`,
    [c.reservationId],
  );
  if (!row || Number(row.hotel_id) !== c.hotel.id) return { ok: false, why: c.inHouse ? 'not_in_house' : 'not_booked' };
  if (c.inHouse) {
    // In house while the stay runs: its last night not over before today (the hotel's date).
    if (row.status !== 'arrived' || departureOf(row.arrival, Number(row.nights)) < c.today) return { ok: false, why: 'not_in_house' };
  } else if (row.status !== 'booked' || new Date(row.hold_until).toISOString() <= nowIso) return { ok: false, why: 'not_booked' };
  const codeOf = (id: number) => [...c.hotel.roomTypeIds].find(([, typeId]) => typeId === Number(id))?.[0] ?? '';
  const before: ChangedStay = {
    roomType: codeOf(row.room_type_id),
    arrival: row.arrival,
    nights: Number(row.nights),
    rooms: Number(row.rooms),
    guestName: row.guest_name,
    paymentMethod: row.payment_method,
    callbackNumber: row.callback_number,
    specialRequests: row.special_requests ? row.special_requests.split(',') : [],
    expectedArrival: row.expected_arrival ?? null,
    locale: row.locale === 'es-MX' ? 'es-MX' : 'en-US',
    holdUntil: row.hold_until,
    rate: Number(row.rate),
    total: 0,
  };
  before.total = totalOf(before.rate, before);
  const sameStay = c.roomType === before.roomType && c.arrival === before.arrival && c.nights === before.nights && c.rooms === before.rooms;
  const expectedArrival = c.expectedArrival === undefined ? before.expectedArrival : c.expectedArrival;
  const locale = c.locale ?? before.locale;
  // Everything as it is but the nights: all an in-house change may differ in.
  const allButNights =
    c.roomType === before.roomType &&
    c.arrival === before.arrival &&
    c.rooms === before.rooms &&
    expectedArrival === before.expectedArrival &&
    locale === before.locale &&
    c.guestName === before.guestName &&
    c.paymentMethod === before.paymentMethod &&
    c.callbackNumber === before.callbackNumber &&
    c.specialRequests.join(',') === before.specialRequests.join(',');
  if (allButNights && c.nights === before.nights) return { ok: false, why: 'nothing' };
  if (c.inHouse) {
    if (!allButNights) return { ok: false, why: 'nights_only' };
    const earliest = earliestDeparture(c.hotel, c.today, c.timeOfDay, before.arrival);
    if (departureOf(c.arrival, c.nights) < earliest) return { ok: false, why: 'night_begun', earliest };
  }

  const roomTypeId = c.hotel.roomTypeIds.get(c.roomType);
  const type = c.hotel.info.roomTypes.find((t) => t.code === c.roomType);
  if (roomTypeId === undefined || !type) throw new RangeError(`no active room type ${c.roomType} at hotel ${c.hotel.id}`);
  // The nights to check: the whole new stay; in house, only the nights added (those slept are the guest's).
  const checked = c.inHouse ? { arrival: departureOf(before.arrival, before.nights), nights: c.nights - before.nights, now: c.now } : c;
  if (!sameStay && checked.nights > 0) {
    // Locked by nightly (forWrite): a phone booking of the type waits for this transaction.
    const free = await freeForChange(tx, c.reservationId, roomTypeId, checked, nowIso, true);
    if (free < c.rooms) return { ok: false, why: 'no_rooms', free, freeByType: await freeByTypeForChange(tx, c, checked, nowIso) };
  }

  const rate = c.restore?.rate ?? (c.roomType === before.roomType ? before.rate : type.rate);
  const rehold = c.arrival !== before.arrival || c.paymentMethod !== before.paymentMethod;
  const kept = c.restore?.holdUntil !== undefined && c.restore.holdUntil > nowIso ? c.restore.holdUntil : undefined;
  const holdUntil = kept ?? (rehold ? deskHoldDeadline({ hotel: c.hotel, paymentMethod: c.paymentMethod, arrival: c.arrival, today: c.today, timeOfDay: c.timeOfDay, now: c.now }) : before.holdUntil);
  const after: ChangedStay = {
    roomType: c.roomType,
    arrival: c.arrival,
    nights: c.nights,
    rooms: c.rooms,
    guestName: c.guestName,
    paymentMethod: c.paymentMethod,
    callbackNumber: c.callbackNumber,
    specialRequests: [...c.specialRequests],
    expectedArrival,
    locale,
    holdUntil,
    rate,
    total: totalOf(rate, c),
  };
  // The row first: its new nights take their counts_until from it (reservation_nights_counts_until).
  await tx.run(
    `UPDATE reservations SET room_type_id = ?, arrival = ?, departure = ?, nights = ?, rooms = ?, rate = ?, total = ?,
            guest_name = ?, guest_name_folded = ?, payment_method = ?, callback_number = ?, special_requests = ?, expected_arrival = ?, locale = ?,
            hold_until = ?, updated_at = ?
      WHERE id = ? AND status = ?`,
    [
      roomTypeId,
      c.arrival,
      departureOf(c.arrival, c.nights),
      c.nights,
      c.rooms,
      rate,
      after.total,
      c.guestName,
      c.guestName === null ? null : foldText(c.guestName),
      c.paymentMethod,
      c.callbackNumber,
      c.specialRequests.length ? c.specialRequests.join(',') : null,
      expectedArrival,
      locale,
      holdUntil,
      nowIso,
      c.reservationId,
      c.inHouse ? 'arrived' : 'booked',
    ],
  );
  if (!sameStay) {
    await tx.run('DELETE FROM reservation_nights WHERE reservation_id = ?', [c.reservationId]);
    const nights = stayNights(c.arrival, c.nights);
    await tx.run(
      `INSERT INTO reservation_nights (reservation_id, room_type_id, night, rooms) VALUES ${nights.map(() => '(?, ?, ?, ?)').join(', ')}`,
      nights.flatMap((night) => [c.reservationId, roomTypeId, night, c.rooms]),
    );
  }
  return { ok: true, before, after };
}

/** The guest's name and number: never written to the audit log (retention erases them from the reservation, never from there). */
const PERSONAL: readonly (keyof ChangedStay)[] = ['guestName', 'callbackNumber'];

/**
 * What a change made, for its audit entry: every detail it changed (`changed`), and what each was
 * and is but for the personal ones (lists as written in the row: "crib,quiet").
 */
export function changeRecord(was: ChangedStay, is: ChangedStay): { changed: (keyof ChangedStay)[]; before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = (Object.keys(is) as (keyof ChangedStay)[]).filter((k) => JSON.stringify(was[k]) !== JSON.stringify(is[k]));
  const told = changed.filter((k) => !PERSONAL.includes(k));
  const pick = (s: ChangedStay) => Object.fromEntries(told.map((k) => [k, Array.isArray(s[k]) ? (s[k] as string[]).join(',') : s[k]]));
  return { changed, before: pick(was), after: pick(is) };
}

/** In cents, as a booking works it out (Inventory.book). */
function totalOf(rate: number, s: Pick<ChangeableStay, 'rooms' | 'nights'>): number {
  return Math.round(rate * s.rooms * s.nights * 100) / 100;
}

/** Free rooms of a type for the whole new stay, the reservation's own nights of that type counted as free. */
async function freeForChange(
  tx: Sql,
  reservationId: number,
  roomTypeId: number,
  stay: Pick<StayChange, 'arrival' | 'nights' | 'now'>,
  nowIso: string,
  forWrite: boolean,
): Promise<number> {
  const { total, booked } = await nightly(tx, { roomTypeId, arrival: stay.arrival, nights: stay.nights, now: stay.now }, forWrite);
  const own = await tx.all<{ night: string; rooms: number }>(
    'SELECT night, rooms FROM reservation_nights WHERE reservation_id = ? AND room_type_id = ? AND counts_until > ?',
    [reservationId, roomTypeId, nowIso],
  );
  const ownByNight = new Map(own.map((o) => [o.night, Number(o.rooms)]));
  const taken = stayNights(stay.arrival, stay.nights).map((night, i) => booked[i]! - (ownByNight.get(night) ?? 0));
  return Math.max(0, total - Math.max(...taken));
}

/** What each active type has free for the nights checked, the reservation's own rooms counted as free: what the desk can offer instead. */
async function freeByTypeForChange(tx: Sql, c: StayChange, nights: Pick<StayChange, 'arrival' | 'nights' | 'now'>, nowIso: string): Promise<{ code: string; free: number }[]> {
  const out: { code: string; free: number }[] = [];
  for (const t of c.hotel.info.roomTypes) {
    const id = c.hotel.roomTypeIds.get(t.code);
    if (id !== undefined) out.push({ code: t.code, free: await freeForChange(tx, c.reservationId, id, nights, nowIso, false) });
  }
  return out;
}

/**
 * The first day a guest in house may leave, in the hotel's clock (flows/hotel-time.ts: `today`,
 * `timeOfDay`): today, until tonight's night begins — at the hotel's hold time (`holdUntil`, the
 * evening hour from which its rooms go to the night's guests and unclaimed ones are released) —
 * then tomorrow: tonight is the guest's, never sold again. Never before the first night is over.
 */
export function earliestDeparture(hotel: Pick<LoadedHotel, 'info'>, today: IsoDate, timeOfDay: string, arrival: IsoDate): IsoDate {
  const tonightBegun = timeOfDay >= hotel.info.holdUntil;
  const earliest = tonightBegun ? plusDays(today, 1) : today;
  const firstNightOver = departureOf(arrival, 1);
  return earliest < firstNightOver ? firstNightOver : earliest;
}
