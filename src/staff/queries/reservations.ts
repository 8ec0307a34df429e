// Reservations for staff: arrivals on a date, and search by confirmation number, name or phone.
// The status staff see adds "released": booked, not arrived, and past its hold_until — its rooms
// already count as free again (SPEC §5, enforced by the inventory's counts_until).

import { shownStatus } from '../../inventory/reservation-status.ts';
import { addDaysIso } from '../../inventory/stay.ts';
import type { LoadedHotel } from '../../hotel/hotel-store.ts';
import type { Sql, SqlValue } from '../../storage/sql.ts';
import { maskCardNumbers } from '../redact.ts';
import { containsPattern, foldText } from '../../storage/fold.ts';
import { eachPropertyInOrder, scopeCondition } from '../property-scope.ts';
import { expectedAfterHold } from '../expected-arrival.ts';
import { arrivalDayCome } from '../arrival-day.ts';
import { daysBetween, hotelToday, hotelWallClock } from '../../../flows/hotel-time.ts';
import { earliestDeparture } from '../../inventory/reservation-change.ts';
import { nameWordsCondition } from './name-words.ts';

export type ReservationStatus = 'booked' | 'arrived' | 'cancelled' | 'released';

/**
 * The front desk's lists for a date: arriving, not arrived yet (the night shift's: held or released,
 * the soonest hold first; the morning after, the night's no-shows), staying that night, leaving,
 * and made that day.
 */
export const RESERVATION_LISTS = ['arrivals', 'not-arrived', 'in-house', 'departures', 'made'] as const;
export type ReservationList = (typeof RESERVATION_LISTS)[number];

export interface ReservationView {
  id: number;
  /** The property it belongs to. */
  hotelId: number;
  confirmation: string;
  status: ReservationStatus;
  arrival: string;
  departure: string;
  nights: number;
  rooms: number;
  roomTypeCode: string;
  roomTypeName: string;
  rate: number;
  total: number;
  currency: string;
  guestName: string | null;
  nameRecordingUrl: string | null;
  paymentMethod: string;
  callbackNumber: string;
  locale: string;
  holdUntil: string;
  /** Hotel time "HH:mm" the guest expects to arrive (said on the call, or typed at the desk), or null. */
  expectedArrival: string | null;
  /** Special requests said on the call, their codes in the order said ("crib", "together"; flows/special-requests.ts): the desk confirms them. */
  specialRequests: string[];
  /** Expected after its hold ends (booked, not arrived): the desk keeps the room, or it is released first. */
  expectedAfterHold: boolean;
  callSid: string | null;
  createdAt: string;
  updatedAt: string;
  /** What staff may do now. */
  canCancel: boolean;
  canMarkArrived: boolean;
  /** Booked and not arrived: its rooms can be kept later (any day, tomorrow's guest too). */
  canKeepRoom: boolean;
  /**
   * A guest in house (arrived, the stay not over): the nights it may have now — one more (`longer`,
   * null at the property's most nights), and leaving early (`shorter`: the fewest nights, leaving
   * `today` or `tomorrow`, null when that is the stay as it is). Null: not in house.
   */
  inHouseNights: { longer: number | null; shorter: { nights: number; leaves: 'today' | 'tomorrow' } | null } | null;
}

interface ReservationRow {
  id: number;
  hotel_id: number;
  confirmation: string;
  status: 'booked' | 'arrived' | 'cancelled';
  arrival: string;
  departure: string;
  nights: number;
  rooms: number;
  room_type_code: string;
  rate: number;
  total: number;
  currency: string;
  guest_name: string | null;
  name_recording_url: string | null;
  payment_method: string;
  callback_number: string;
  locale: string;
  hold_until: string;
  expected_arrival: string | null;
  special_requests?: string | null;
  call_sid: string | null;
  created_at: string;
  updated_at: string;
}

/** Reservations `r` (read from `from`, `reservations r` or the same through a chosen index) with their room type's code. */
const selectFrom = (from: string) => `SELECT r.*, rt.code AS room_type_code FROM ${from} JOIN room_types rt ON rt.id = r.room_type_id`;
const SELECT = selectFrom('reservations r');
const SEARCH_LIMIT = 200;

export class ReservationQueries {
  readonly #hotels: () => readonly LoadedHotel[];

  /**
   * `hotels`: the properties of the deployment (or how to read them now: a hotel file applied while
   * the server runs changes them); a request sees those of its scope (property-scope.ts), and
   * without one the first (a single hotel's console, as before).
   */
  constructor(
    private readonly sql: Sql,
    hotels: readonly LoadedHotel[] | (() => readonly LoadedHotel[]),
    /** A number written any way, as the digits to search for (PhoneFormat.searchDigits). */
    private readonly phoneDigits?: (typed: string) => string,
  ) {
    this.#hotels = typeof hotels === 'function' ? hotels : () => hotels;
  }

  /** A room type's name at a property (two properties may use the same code), as the hotel file says now. */
  #typeName(hotelId: number, code: string): string {
    return this.#hotels().find((h) => h.id === hotelId)?.file.roomTypes.find((t) => t.code === code)?.name.en ?? code;
  }

  /**
   * Which properties' reservations: the request's, else the first property's. `+r.hotel_id` names
   * the property so that SQLite does not take the property's index (hotel_id, arrival): a list by
   * another date reads that date's index instead of every reservation the property ever had.
   */
  #inView(column: 'r.hotel_id' | '+r.hotel_id' = 'r.hotel_id'): string {
    return scopeCondition(column) ?? `${column} = ${Number(this.#hotels()[0]!.id)}`;
  }

  async arrivals(date: string, now: Date): Promise<ReservationView[]> {
    const rows = await this.sql.all<ReservationRow>(
      `${SELECT} WHERE ${this.#inView()} AND r.arrival = ? ORDER BY r.status = 'cancelled', r.hold_until, r.id`,
      [date],
    );
    return rows.map((r) => this.view(r, now));
  }

  /**
   * A front-desk list for a hotel date. `made` needs that day's UTC bounds (hotel midnight to
   * midnight), since created_at is an instant.
   */
  async list(list: ReservationList, date: string, now: Date, day: { startIso: string; endIso: string }): Promise<ReservationView[]> {
    // Each list through the index of its own date: arrivals (hotel_id, arrival); departures and
    // those made that day by their date alone; the stays in house on a date by departure, since
    // those leaving after a date (the bookings ahead, for today) are far fewer than those that
    // arrived before it (every stay the property ever had). SQLite has no statistics to know it.
    const where: Record<ReservationList, { from: string; property: 'r.hotel_id' | '+r.hotel_id'; sql: string }> = {
      arrivals: { from: 'reservations r', property: 'r.hotel_id', sql: 'r.arrival = ?' },
      // Booked and not arrived: those due that day (held, or released at their hold time), and the
      // day before's still held past now (a late guest's room kept past midnight).
      'not-arrived': { from: 'reservations r', property: 'r.hotel_id', sql: "r.status = 'booked' AND (r.arrival = ? OR (r.arrival = ? AND r.hold_until > ?))" },
      'in-house': {
        from: this.sql.dialect.indexed('reservations r', 'reservations_departure'),
        property: '+r.hotel_id',
        sql: "r.arrival <= ? AND r.departure > ? AND r.status <> 'cancelled'",
      },
      departures: { from: 'reservations r', property: '+r.hotel_id', sql: "r.departure = ? AND r.status <> 'cancelled'" },
      made: { from: 'reservations r', property: '+r.hotel_id', sql: 'r.created_at >= ? AND r.created_at < ?' },
    };
    const params: SqlValue[] =
      list === 'in-house' ? [date, date] : list === 'made' ? [day.startIso, day.endIso] : list === 'not-arrived' ? [date, addDaysIso(date, -1), now.toISOString()] : [date];
    const order = list === 'made' ? 'r.created_at DESC, r.id DESC' : "CASE WHEN r.status = 'cancelled' THEN 1 ELSE 0 END, r.hold_until, r.id";
    const { from, property, sql } = where[list];
    const rows = await this.sql.all<ReservationRow>(`${selectFrom(from)} WHERE ${this.#inView(property)} AND ${sql} ORDER BY ${order} LIMIT ?`, [...params, SEARCH_LIMIT]);
    const views = rows.map((r) => this.view(r, now));
    // The night shift's list: a guest expected after their hold ends comes first, still held, the
    // soonest hold first: Keep room is for them, before the hold runs out.
    return list === 'not-arrived' ? [...views.filter((r) => r.expectedAfterHold), ...views.filter((r) => !r.expectedAfterHold)] : views;
  }

  /** The Departures list of a day (its guests leaving, and stays due to end whose guest never came). */
  departures(date: string, now: Date): Promise<ReservationView[]> {
    return this.list('departures', date, now, { startIso: '', endIso: '' });
  }

  async get(id: number, now: Date): Promise<ReservationView | null> {
    const row = await this.sql.get<ReservationRow>(`${SELECT} WHERE ${this.#inView()} AND r.id = ?`, [id]);
    return row ? this.view(row, now) : null;
  }

  /** By confirmation number (prefix), phone number (digits anywhere) or guest name (part of it). */
  async search(q: string, now: Date): Promise<ReservationView[]> {
    const text = q.trim();
    const digits = text.replace(/[\s+().-]/g, '');
    const isNumber = /^\d{2,}$/.test(digits);
    const confirmation = isNumber ? digits : null;
    const phoneDigits = isNumber && digits.length >= 4 ? digits : null;
    // Each alternative only when it applies: the SQL says what is searched, with no NULL tests of parameters.
    // The name as stored folded (migration 12); a number (digits, spaces, + ( ) . -) is found in it
    // as in the name as written, since folding changes letters only, into letters.
    const alternatives = ["r.guest_name_folded LIKE ? ESCAPE '\\'"];
    const params: SqlValue[] = [containsPattern(foldText(text))];
    // A name typed in another order, with a comma, or without its apostrophe or hyphen ("Pérez José",
    // "PEREZ, JOSE", "obrien", "Mary Smith" for "Mary O'Brien-Smith"): each word of it somewhere in
    // the name, the name's apostrophes left out.
    const words = isNumber ? null : nameWordsCondition('r.guest_name_folded', text);
    if (words) {
      alternatives.push(words.sql);
      params.push(...words.params);
    }
    if (confirmation !== null) {
      // Its start, or (4 digits or more) its end: "the number ending 0043".
      alternatives.push(confirmation.length >= 4 ? '(r.confirmation LIKE ? OR r.confirmation LIKE ?)' : 'r.confirmation LIKE ?');
      params.push(`${confirmation}%`, ...(confirmation.length >= 4 ? [`%${confirmation}`] : []));
    }
    if (phoneDigits !== null) {
      alternatives.push("replace(r.callback_number, '+', '') LIKE ?");
      params.push(`%${this.phoneDigits ? this.phoneDigits(text) : phoneDigits}%`);
    }
    // Newest stays first, each property's through its index (hotel_id, arrival), stopping at the limit.
    const found = eachPropertyInOrder(
      'r.hotel_id',
      (property) => `${SELECT} WHERE ${property ?? this.#inView()} AND (${alternatives.join(' OR ')}) ORDER BY r.arrival DESC, r.id DESC`,
      'w.arrival DESC, w.id DESC',
    );
    const rows = await this.sql.all<ReservationRow>(`${found.sql} LIMIT ?`, [...found.params(params, SEARCH_LIMIT), SEARCH_LIMIT]);
    return rows.map((r) => this.view(r, now));
  }

  private view(r: ReservationRow, now: Date): ReservationView {
    const status: ReservationStatus = shownStatus(r.status, r.hold_until, now);
    const expectedArrival = r.expected_arrival ?? null;
    const hotel = this.#hotels().find((h) => h.id === Number(r.hotel_id));
    const timezone = hotel?.info.timezone;
    return {
      id: r.id,
      hotelId: r.hotel_id,
      confirmation: r.confirmation,
      status,
      arrival: r.arrival,
      departure: r.departure,
      nights: r.nights,
      rooms: r.rooms,
      roomTypeCode: r.room_type_code,
      roomTypeName: this.#typeName(Number(r.hotel_id), r.room_type_code),
      rate: r.rate,
      total: r.total,
      currency: r.currency,
      guestName: r.guest_name === null ? null : maskCardNumbers(r.guest_name),
      nameRecordingUrl: r.name_recording_url,
      paymentMethod: r.payment_method,
      callbackNumber: r.callback_number,
      locale: r.locale,
      holdUntil: r.hold_until,
      expectedArrival,
      specialRequests: r.special_requests ? r.special_requests.split(',') : [],
      expectedAfterHold: status === 'booked' && timezone !== undefined && expectedAfterHold({ arrival: r.arrival, expectedArrival, holdUntil: r.hold_until }, timezone),
      callSid: r.call_sid,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      canCancel: r.status === 'booked',
      // Arrived only on or after the arrival day (arrival-day.ts); Keep room on any booked one.
      canMarkArrived: status === 'booked' && timezone !== undefined && arrivalDayCome(r.arrival, hotelToday(now.toISOString(), timezone)),
      canKeepRoom: status === 'booked',
      inHouseNights: status === 'arrived' && hotel ? inHouseNights(hotel, r, now) : null,
    };
  }
}

/** What One more night and Leaving early would make of an arrived stay now (changeStay's `inHouse` rules). */
function inHouseNights(hotel: Pick<LoadedHotel, 'info'>, r: Pick<ReservationRow, 'arrival' | 'departure' | 'nights'>, now: Date): ReservationView['inHouseNights'] {
  const clock = hotelWallClock(now, hotel.info.timezone);
  // Its last night over before today: no longer in house (the clerk never marked them gone).
  if (r.departure < clock.date) return null;
  const earliest = earliestDeparture(hotel, clock.date, clock.time, r.arrival);
  const fewest = daysBetween(r.arrival, earliest);
  return {
    longer: r.nights < hotel.info.maxNights ? r.nights + 1 : null,
    shorter: fewest < r.nights ? { nights: fewest, leaves: earliest === clock.date ? 'today' : 'tomorrow' } : null,
  };
}

/** Today's arrivals as the front desk counts them at the start of a shift. */
export interface ArrivalsToday {
  /** Reservations arriving today, cancelled ones left out. */
  expected: number;
  arrived: number;
  /** Booked, not arrived, and still held. */
  waiting: number;
  /** Booked, not arrived, and past their hold time: their rooms are free again. */
  released: number;
  /** When the first hold still running ends, as `timeOf` writes it ("18:00"), if any. */
  firstHoldEndsAt: string | null;
  /** Guests in house due to leave today (arrived, departing that day): the morning's departures. */
  leaving: number;
}

/** `timeOf`: an instant as the hotel's wall-clock time. */
export function arrivalsToday(list: readonly ReservationView[], timeOf: (iso: string) => string, departures: readonly ReservationView[]): ArrivalsToday {
  const live = list.filter((r) => r.status !== 'cancelled');
  const waiting = live.filter((r) => r.status === 'booked');
  const firstHoldEnds = waiting.map((r) => r.holdUntil).sort()[0];
  return {
    expected: live.length,
    arrived: live.filter((r) => r.status === 'arrived').length,
    waiting: waiting.length,
    released: live.filter((r) => r.status === 'released').length,
    firstHoldEndsAt: firstHoldEnds === undefined ? null : timeOf(firstHoldEnds),
    // A stay due to end today whose guest never came is a no-show, not a departure.
    leaving: departures.filter((r) => r.status === 'arrived').length,
  };
}
