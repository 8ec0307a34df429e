// Room inventory: availability per night, provisional holds and bookings, synchronous on SQLite.
//
// What counts against a room type on a night (SPEC §5):
// - reservation nights whose reservation is 'arrived', or 'booked' with hold_until still ahead
//   (reservation_nights.counts_until, kept in sync by triggers: see migration 2);
// - unreleased holds not yet expired whose stay covers the night, except the asking call's.
// free = room_types.rooms − booked − held, never below 0 in what is returned.
//
// Every write that depends on a read runs in one IMMEDIATE transaction (a SAVEPOINT when the
// caller is already inside one), so the read and the write see the same inventory and two
// connections, or two processes, can never both take the last room.
import Database from 'better-sqlite3';
import type { IsoDate, PaymentMethod } from '../../flows/types.ts';
import type { Db } from '../storage/database.ts';
import { departureOf, epochDay, stayNights } from './stay.ts';

/** Longest span one call may ask about (a stay, or a staff grid), to bound the work per call. */
export const MAX_SPAN_NIGHTS = 1000;
const CONFIRMATION_TRIES = 10;
/** counts_until of an arrived reservation: later than any instant we compare it with. */
const FOREVER = '9999-12-31T23:59:59.999Z';

/**
 * Rooms booked per night: (room_type_id, night_from, night_to_exclusive, now). One range scan of
 * the reservation_nights primary key (room_type_id, night, …); the table is WITHOUT ROWID, so
 * every column, counts_until included, is in that b-tree and no other lookup is needed. Rows come
 * out in night order, so GROUP BY needs no sort.
 */
export const BOOKED_BY_NIGHT_SQL = `
  SELECT night, SUM(rooms) AS rooms
    FROM reservation_nights
   WHERE room_type_id = ? AND night >= ? AND night < ? AND counts_until > ?
   GROUP BY night`;

/**
 * Live holds overlapping a stay: (room_type_id, now, departure, arrival, excluded call or null).
 * holds_live reaches the few unexpired holds directly; INDEXED BY so the planner never prefers
 * holds_active, whose arrival range would take in every expired hold never released.
 * `call_sid IS NOT NULL` (no call to exclude) is true of every row.
 */
export const HELD_OVERLAPPING_SQL = `
  SELECT arrival, departure, rooms
    FROM holds INDEXED BY holds_live
   WHERE room_type_id = ? AND released_at IS NULL AND expires_at > ?
     AND arrival < ? AND departure > ? AND call_sid IS NOT ?`;

export interface NightFree {
  night: IsoDate;
  free: number;
}

export interface HoldRequest {
  callSid: string;
  roomTypeId: number;
  arrival: IsoDate;
  nights: number;
  rooms: number;
  now: Date;
  holdMinutes: number;
}

export type HoldResult = { held: true; holdId: number; expiresAt: string } | { held: false; free: number };

export interface AlternativesRequest {
  /** The hotel's active types, in the order they are offered. */
  roomTypeIds: number[];
  arrival: IsoDate;
  nights: number;
  now: Date;
  excludeCallSid?: string;
}

export interface ActiveHold {
  id: number;
  roomTypeId: number;
  arrival: IsoDate;
  departure: IsoDate;
  rooms: number;
  expiresAt: string;
}

export interface BookRequest {
  callSid: string;
  hotelId: number;
  roomTypeId: number;
  arrival: IsoDate;
  nights: number;
  rooms: number;
  rate: number;
  currency: string;
  guestName: string | null;
  nameRecordingUrl: string | null;
  paymentMethod: PaymentMethod;
  callbackNumber: string;
  locale: string;
  /** ISO instant: unarrived past this, the rooms are free again. Must be after `now`. */
  holdUntil: string;
  now: Date;
  newConfirmation: () => string;
}

export type BookResult =
  | { ok: true; reservationId: number; confirmation: string; total: number }
  | { ok: false; free: number };

export interface GridRow {
  roomTypeId: number;
  nights: { night: IsoDate; free: number; total: number }[];
}

interface HoldOverlap {
  arrival: string;
  departure: string;
  rooms: number;
}

interface ReservationState {
  room_type_id: number;
  arrival: string;
  nights: number;
  rooms: number;
  hold_until: string;
  status: 'booked' | 'arrived' | 'cancelled';
}

export class Inventory {
  readonly #roomType: Database.Statement<[number], { rooms: number; hotel_id: number }>;
  readonly #bookedByNight: Database.Statement<[number, string, string, string], { night: string; rooms: number }>;
  readonly #heldOverlapping: Database.Statement<[number, string, string, string, string | null], HoldOverlap>;
  readonly #releaseCall: Database.Statement<[string, string], { expires_at: string }>;
  readonly #insertHold: Database.Statement<[string, number, string, string, number, string]>;
  readonly #activeHold: Database.Statement<[string, string], ActiveHold>;
  readonly #insertReservation: Database.Statement<[Record<string, unknown>]>;
  readonly #insertNight: Database.Statement<[number, number, string, number]>;
  readonly #reservation: Database.Statement<[number], ReservationState>;
  readonly #setStatus: Database.Statement<[string, string, number, string]>;

  readonly #readTx: <T>(fn: () => T) => T;
  readonly #checkAndHoldTx: (req: HoldRequest) => HoldResult;
  readonly #bookTx: (req: BookRequest, holdUntil: string) => BookResult;
  readonly #markArrivedTx: (reservationId: number, now: Date) => boolean;

  constructor(db: Db) {
    this.#roomType = db.prepare('SELECT rooms, hotel_id FROM room_types WHERE id = ?');
    this.#bookedByNight = db.prepare(BOOKED_BY_NIGHT_SQL);
    this.#heldOverlapping = db.prepare(HELD_OVERLAPPING_SQL);
    // Releases expired ones too (they protect nothing, and this keeps the partial indexes small);
    // RETURNING lets the caller count only those that were still live.
    this.#releaseCall = db.prepare(`
      UPDATE holds SET released_at = ? WHERE call_sid = ? AND released_at IS NULL RETURNING expires_at`);
    this.#insertHold = db.prepare(`
      INSERT INTO holds (call_sid, room_type_id, arrival, departure, rooms, expires_at)
      VALUES (?, ?, ?, ?, ?, ?)`);
    this.#activeHold = db.prepare(`
      SELECT id, room_type_id AS roomTypeId, arrival, departure, rooms, expires_at AS expiresAt
        FROM holds
       WHERE call_sid = ? AND released_at IS NULL AND expires_at > ?
       ORDER BY id DESC LIMIT 1`);
    this.#insertReservation = db.prepare(`
      INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms,
        rate, total, currency, guest_name, name_recording_url, payment_method, callback_number, locale,
        hold_until, status, call_sid, created_at, updated_at)
      VALUES (@confirmation, @hotelId, @roomTypeId, @arrival, @departure, @nights, @rooms,
        @rate, @total, @currency, @guestName, @nameRecordingUrl, @paymentMethod, @callbackNumber, @locale,
        @holdUntil, 'booked', @callSid, @now, @now)`);
    // counts_until is filled in by the reservation_nights_counts_until trigger.
    this.#insertNight = db.prepare(
      'INSERT INTO reservation_nights (reservation_id, room_type_id, night, rooms) VALUES (?, ?, ?, ?)',
    );
    this.#reservation = db.prepare(
      'SELECT room_type_id, arrival, nights, rooms, hold_until, status FROM reservations WHERE id = ?',
    );
    // counts_until follows through the reservations_counts_until trigger.
    this.#setStatus = db.prepare('UPDATE reservations SET status = ?, updated_at = ? WHERE id = ? AND status = ?');

    // A deferred transaction for reads, so the nights and the holds come from one snapshot.
    const read = db.transaction((fn: () => unknown) => fn());
    this.#readTx = <T>(fn: () => T): T => read.deferred(fn) as T;
    // .immediate() takes the write lock before the first read; inside a caller's transaction
    // better-sqlite3 runs it as a SAVEPOINT instead (it checks db.inTransaction).
    const checkAndHold = db.transaction((req: HoldRequest) => this.#checkAndHold(req));
    this.#checkAndHoldTx = (req) => checkAndHold.immediate(req);
    const book = db.transaction((req: BookRequest, holdUntil: string) => this.#book(req, holdUntil));
    this.#bookTx = (req, holdUntil) => book.immediate(req, holdUntil);
    const markArrived = db.transaction((id: number, now: Date) => this.#markArrived(id, now));
    this.#markArrivedTx = (id, now) => markArrived.immediate(id, now);
  }

  /** Free rooms of one type on each night of the stay. */
  freeByNight(roomTypeId: number, arrival: IsoDate, nights: number, now: Date, excludeCallSid?: string): NightFree[] {
    const { total, booked } = this.#readTx(() => this.#nightly(roomTypeId, arrival, nights, now, excludeCallSid));
    return stayNights(arrival, nights).map((night, i) => ({ night, free: Math.max(0, total - booked[i]!) }));
  }

  /** Free rooms of one type for the whole stay: the least over its nights. */
  freeRooms(roomTypeId: number, arrival: IsoDate, nights: number, now: Date, excludeCallSid?: string): number {
    const { total, booked } = this.#readTx(() => this.#nightly(roomTypeId, arrival, nights, now, excludeCallSid));
    return Math.max(0, total - Math.max(...booked));
  }

  /**
   * Releases this call's holds, then holds `rooms` rooms for `holdMinutes` if that many are free.
   * When they are not, the call is left with no hold and told how many are free.
   */
  checkAndHold(req: HoldRequest): HoldResult {
    checkCallSid(req.callSid);
    checkCount('rooms', req.rooms);
    if (!(Number.isFinite(req.holdMinutes) && req.holdMinutes > 0)) {
      throw new RangeError(`holdMinutes must be a positive number: ${req.holdMinutes}`);
    }
    return this.#checkAndHoldTx(req);
  }

  /** Free rooms per type over the stay, in the order given (types with none free included, as 0). */
  alternatives(req: AlternativesRequest): { roomTypeId: number; free: number }[] {
    return this.#readTx(() =>
      req.roomTypeIds.map((roomTypeId) => ({
        roomTypeId,
        free: this.freeRooms(roomTypeId, req.arrival, req.nights, req.now, req.excludeCallSid),
      })),
    );
  }

  /** Releases every hold of this call; returns how many of them were still live. */
  releaseHolds(callSid: string, now: Date): number {
    const nowIso = isoInstant(now);
    return this.#releaseCall.all(nowIso, callSid).filter((h) => h.expires_at > nowIso).length;
  }

  /** The call's live hold (the latest, should there ever be more than one), or null. */
  activeHold(callSid: string, now: Date): ActiveHold | null {
    return this.#activeHold.get(callSid, isoInstant(now)) ?? null;
  }

  /**
   * Books in one transaction: re-checks availability counting this call's own live hold as its
   * own (an expired hold protects nothing), and only if enough rooms are free writes the
   * reservation and its nights and releases the call's holds.
   */
  book(req: BookRequest): BookResult {
    checkCallSid(req.callSid);
    checkCount('rooms', req.rooms);
    if (!(Number.isFinite(req.rate) && req.rate >= 0)) throw new RangeError(`rate must be ≥ 0: ${req.rate}`);
    const nowIso = isoInstant(req.now);
    const holdUntil = isoInstant(new Date(req.holdUntil), 'holdUntil');
    // A reservation released the moment it is written would hold nothing while the guest has a
    // confirmation number: the caller must pick a deadline still ahead.
    if (holdUntil <= nowIso) {
      throw new RangeError(`holdUntil ${req.holdUntil} is not after now (${nowIso}): the rooms would be released at once`);
    }
    return this.#bookTx(req, holdUntil);
  }

  /** Cancels a booked (not yet arrived) reservation; its rooms are free at once. */
  cancel(reservationId: number, now: Date): boolean {
    return this.#setStatus.run('cancelled', isoInstant(now), reservationId, 'booked').changes === 1;
  }

  /**
   * Marks a booked reservation arrived. Past its hold_until its rooms were released and may
   * have gone to someone else: then it is marked only if they are still free (false otherwise).
   */
  markArrived(reservationId: number, now: Date): boolean {
    return this.#markArrivedTx(reservationId, now);
  }

  /** Free and total rooms per night for each type, `days` nights from `from`: for staff pages. */
  availabilityGrid(roomTypeIds: number[], from: IsoDate, days: number, now: Date): GridRow[] {
    const nights = stayNights(from, days);
    return this.#readTx(() =>
      roomTypeIds.map((roomTypeId) => {
        const { total, booked } = this.#nightly(roomTypeId, from, days, now, undefined);
        return {
          roomTypeId,
          nights: nights.map((night, i) => ({ night, free: Math.max(0, total - booked[i]!), total })),
        };
      }),
    );
  }

  /** Rooms of the type, and rooms taken (booked + held) per night of the stay. */
  #nightly(
    roomTypeId: number,
    arrival: IsoDate,
    nights: number,
    now: Date,
    excludeCallSid: string | undefined,
  ): { total: number; booked: number[] } {
    if (!Number.isInteger(nights) || nights < 1 || nights > MAX_SPAN_NIGHTS) {
      throw new RangeError(`nights must be an integer from 1 to ${MAX_SPAN_NIGHTS}: ${nights}`);
    }
    const nowIso = isoInstant(now);
    const first = epochDay(arrival);
    const departure = departureOf(arrival, nights);
    const type = this.#roomType.get(roomTypeId);
    if (!type) throw new RangeError(`unknown room type: ${roomTypeId}`);

    const taken = new Array<number>(nights).fill(0);
    for (const row of this.#bookedByNight.all(roomTypeId, arrival, departure, nowIso)) {
      taken[epochDay(row.night) - first]! += row.rooms;
    }
    for (const hold of this.#heldOverlapping.all(roomTypeId, nowIso, departure, arrival, excludeCallSid ?? null)) {
      const from = Math.max(0, epochDay(hold.arrival) - first);
      const to = Math.min(nights, epochDay(hold.departure) - first);
      for (let i = from; i < to; i++) taken[i]! += hold.rooms;
    }
    return { total: type.rooms, booked: taken };
  }

  #checkAndHold(req: HoldRequest): HoldResult {
    const nowIso = isoInstant(req.now);
    this.#releaseCall.run(nowIso, req.callSid);
    const free = this.freeRooms(req.roomTypeId, req.arrival, req.nights, req.now);
    if (free < req.rooms) return { held: false, free };
    const expiresAt = new Date(req.now.getTime() + req.holdMinutes * 60_000).toISOString();
    const departure = departureOf(req.arrival, req.nights);
    const { lastInsertRowid } = this.#insertHold.run(
      req.callSid,
      req.roomTypeId,
      req.arrival,
      departure,
      req.rooms,
      expiresAt,
    );
    return { held: true, holdId: Number(lastInsertRowid), expiresAt };
  }

  #book(req: BookRequest, holdUntil: string): BookResult {
    const type = this.#roomType.get(req.roomTypeId);
    if (!type || type.hotel_id !== req.hotelId) {
      throw new RangeError(`room type ${req.roomTypeId} does not belong to hotel ${req.hotelId}`);
    }
    const free = this.freeRooms(req.roomTypeId, req.arrival, req.nights, req.now, req.callSid);
    if (free < req.rooms) return { ok: false, free };

    const nowIso = isoInstant(req.now);
    // In cents, so 3 nights at 99.9 is 299.7 and not 299.70000000000005.
    const total = Math.round(req.rate * req.rooms * req.nights * 100) / 100;
    const row = {
      hotelId: req.hotelId,
      roomTypeId: req.roomTypeId,
      arrival: req.arrival,
      departure: departureOf(req.arrival, req.nights),
      nights: req.nights,
      rooms: req.rooms,
      rate: req.rate,
      total,
      currency: req.currency,
      guestName: req.guestName,
      nameRecordingUrl: req.nameRecordingUrl,
      paymentMethod: req.paymentMethod,
      callbackNumber: req.callbackNumber,
      locale: req.locale,
      holdUntil,
      callSid: req.callSid,
      now: nowIso,
    };
    let reservationId = 0;
    let confirmation = '';
    for (let attempt = 1; reservationId === 0; attempt++) {
      confirmation = req.newConfirmation();
      if (!/^[0-9]{1,20}$/.test(confirmation)) {
        throw new RangeError(`a confirmation number is digits only: ${JSON.stringify(confirmation)}`);
      }
      try {
        reservationId = Number(this.#insertReservation.run({ ...row, confirmation }).lastInsertRowid);
      } catch (err) {
        // A failed INSERT undoes only itself (ON CONFLICT ABORT): the transaction goes on.
        if (!isConfirmationCollision(err)) throw err;
        if (attempt >= CONFIRMATION_TRIES) {
          throw new Error(`no unused confirmation number after ${CONFIRMATION_TRIES} tries`, { cause: err });
        }
      }
    }
    for (const night of stayNights(req.arrival, req.nights)) {
      this.#insertNight.run(reservationId, req.roomTypeId, night, req.rooms);
    }
    this.#releaseCall.run(nowIso, req.callSid);
    return { ok: true, reservationId, confirmation, total };
  }

  #markArrived(reservationId: number, now: Date): boolean {
    const nowIso = isoInstant(now);
    const r = this.#reservation.get(reservationId);
    if (!r || r.status !== 'booked') return false;
    if (isoInstant(new Date(r.hold_until), 'hold_until') <= nowIso) {
      // Released: its nights no longer count, so this is the same question as a new booking.
      if (this.freeRooms(r.room_type_id, r.arrival, r.nights, now) < r.rooms) return false;
    }
    return this.#setStatus.run('arrived', nowIso, reservationId, 'booked').changes === 1;
  }
}

function isoInstant(date: Date, what = 'now'): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${what} is not a valid instant`);
  const iso = date.toISOString();
  // Years past 9999 (or before 0) come out as '+010000-…', which would not compare as text.
  if (iso.length !== FOREVER.length) throw new RangeError(`${what} is out of range: ${iso}`);
  return iso;
}

function checkCallSid(callSid: string): void {
  if (typeof callSid !== 'string' || callSid === '') throw new RangeError('callSid is required');
}

function checkCount(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer: ${n}`);
}

function isConfirmationCollision(err: unknown): boolean {
  return (
    err instanceof Database.SqliteError &&
    err.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    err.message.includes('reservations.confirmation')
  );
}
