// Room inventory: availability per night, provisional holds and bookings.
//
// What counts against a room type on a night (SPEC §5):
// - reservation nights whose reservation is 'arrived', or 'booked' with hold_until still ahead
//   (reservation_nights.counts_until, kept in sync by triggers: see migration 2);
// - unreleased holds not yet expired whose stay covers the night, except the asking call's.
// free = room_types.rooms − booked − held, never below 0 in what is returned.
//
// Every write that depends on a read runs in one write transaction (the caller's, when it is
// already inside one) with the room type locked (PostgreSQL row lock; SQLite BEGIN IMMEDIATE),
// so the read and the write see the same inventory and two connections, or two processes, can
// never both take the last room.
import type { IsoDate, PaymentMethod } from '../../flows/types.ts';
import { phoneFromCallerId } from '../../flows/understanding/phone.ts';
import { foldText } from '../storage/fold.ts';
import { atomically } from '../storage/sql.ts';
import type { Dialect, Sql } from '../storage/sql.ts';
import { departureOf, epochDay, stayNights } from './stay.ts';

/** Longest span one call may ask about (a stay, or a staff grid), to bound the work per call. */
export const MAX_SPAN_NIGHTS = 1000;
/**
 * A call (or text conversation) holds rooms at most this many times `holdMinutes` after it began
 * (30 minutes with the default 10): a change of detail holds the new rooms afresh, but never past
 * that. Past it, rooms are still found and offered, only not held (booking re-checks anyway).
 * For a caller ID, "began" is its first call or conversation at the property within
 * NUMBER_HOLD_WINDOW_HOURS that held rooms: calling again and again does not start the time
 * afresh, while a guest who called earlier only to ask something holds as anyone does.
 */
export const HOLD_LIMIT_FACTOR = 3;
/**
 * A call with its caller ID withheld (or not a phone number) holds rooms only while other calls
 * hold less than this share of the type's rooms on every night of the stay. A withheld number is
 * nobody's, so the per-number limits cannot apply to it: any number of calls dialled with the
 * caller ID withheld could otherwise hold every room of a night between them, each for its 30
 * minutes, dialled again every half hour. Past the share they are found and offered without a
 * hold, as past the other limits, and the booking's re-check decides. Callers whose number is
 * shown are not limited by it: two guests calling at once for a three-room type both hold.
 * Withheld calls are also limited together across the deployment (WITHHELD_HELD_SQL below).
 */
export const WITHHELD_HELD_SHARE = 0.5;
/**
 * Rooms held now by withheld calls at every property of the deployment (holds_withheld_live, the
 * few live ones). A withheld call holds only while these are fewer than WITHHELD_HELD_SHARE of the
 * asked type (or WITHHELD_ROOMS_ANYWHERE): the share was per type, so one caller dialling with the
 * caller ID withheld held half of every type at every property of a group.
 */
const WITHHELD_HELD_SQL = `SELECT COALESCE(SUM(rooms), 0) AS rooms FROM holds WHERE withheld = 1 AND released_at IS NULL AND expires_at > ?`;
/** Rooms withheld calls may hold across the deployment whatever the share: two withheld guests calling two properties at once both hold. */
export const WITHHELD_ROOMS_ANYWHERE = 2;
export const NUMBER_HOLD_WINDOW_HOURS = 24;
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
 * holds_live reaches the few unexpired holds directly; on SQLite INDEXED BY, so the planner never
 * prefers holds_active, whose arrival range would take in every expired hold never released.
 * `call_sid IS DISTINCT FROM NULL` (no call to exclude) is true of every row.
 */
export function heldOverlappingSql(dialect: Dialect): string {
  return heldOverlappingText(dialect);
}

/**
 * Both of the above in one round trip: booked nights (held = 0, departure null), then live holds
 * (held = 1). Params: the booked-nights query's, then the holds query's. Each branch of a
 * UNION ALL is planned on its own, so each keeps its index.
 */
function takenSql(dialect: Dialect): string {
  let sql = takenTexts.get(dialect);
  if (sql === undefined) {
    sql = `SELECT 0 AS held, night AS arrival, NULL AS departure, rooms FROM (${BOOKED_BY_NIGHT_SQL}) booked
      UNION ALL
      SELECT 1 AS held, arrival, departure, rooms FROM (${heldOverlappingText(dialect)}) live`;
    takenTexts.set(dialect, sql);
  }
  return sql;
}
const takenTexts = new WeakMap<Dialect, string>();

function heldOverlappingText(dialect: Dialect): string {
  return `
  SELECT arrival, departure, rooms
    FROM ${dialect.indexed('holds', 'holds_live')}
   WHERE room_type_id = ? AND released_at IS NULL AND expires_at > ?
     AND arrival < ? AND departure > ? AND call_sid IS DISTINCT FROM ?`;
}

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

/**
 * `held: true`: the rooms are free for this call. Held for it until `expiresAt` — or not held at
 * all (`holdId` and `expiresAt` null) when the call is past its hold limit (HOLD_LIMIT_FACTOR), or
 * another call from the same number holds rooms at the property now: then the booking's own
 * re-check is what decides, and the caller is not told the rooms are on hold.
 */
export type HoldResult =
  | { held: true; holdId: number; expiresAt: string }
  | { held: true; holdId: null; expiresAt: null; notHeldBecause: NotHeldBecause }
  | { held: false; free: number };

export type NotHeldBecause = 'call_hold_limit' | 'number_hold_limit' | 'number_holds_elsewhere' | 'withheld_share';

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
  /** Hotel time "HH:mm" the guest expects to arrive (said on the call, typed at the desk); absent or null: not said. */
  expectedArrival?: string | null;
  /** Special requests' codes said on the call ("crib", "together"; flows/special-requests.ts), for the desk to confirm; absent or empty: none. */
  specialRequests?: readonly string[];
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

/** A booked night (held 0: arrival is the night) or a live hold (held 1), from takenSql. */
interface TakenRow {
  held: number;
  arrival: string;
  departure: string | null;
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

/** The inventory, on the database or inside the transaction of the work it is part of (whichever `sql` is). */
export class Inventory {
  constructor(private readonly sql: Sql) {}

  /** Free rooms of one type on each night of the stay. */
  async freeByNight(roomTypeId: number, arrival: IsoDate, nights: number, now: Date, excludeCallSid?: string): Promise<NightFree[]> {
    const { total, booked } = await atomically(this.sql, (tx) => nightly(tx, { roomTypeId, arrival, nights, now, excludeCallSid }), READ);
    return stayNights(arrival, nights).map((night, i) => ({ night, free: Math.max(0, total - booked[i]!) }));
  }

  /** Free rooms of one type for the whole stay: the least over its nights. */
  async freeRooms(roomTypeId: number, arrival: IsoDate, nights: number, now: Date, excludeCallSid?: string): Promise<number> {
    return atomically(this.sql, (tx) => freeRooms(tx, { roomTypeId, arrival, nights, now, excludeCallSid }), READ);
  }

  /**
   * Releases this call's holds, then holds `rooms` rooms for `holdMinutes` if that many are free.
   * When they are not, the call is left with no hold and told how many are free. A hold ends no
   * later than HOLD_LIMIT_FACTOR × `holdMinutes` after the call began (its number's first call of
   * the day at the property), and a number holds rooms for one call or conversation at a time
   * there (its others' holds still count).
   */
  async checkAndHold(req: HoldRequest): Promise<HoldResult> {
    checkCallSid(req.callSid);
    checkCount('rooms', req.rooms);
    if (!(Number.isFinite(req.holdMinutes) && req.holdMinutes > 0)) {
      throw new RangeError(`holdMinutes must be a positive number: ${req.holdMinutes}`);
    }
    return atomically(this.sql, (tx) => checkAndHold(tx, req));
  }

  /** Free rooms per type over the stay, in the order given (types with none free included, as 0). */
  async alternatives(req: AlternativesRequest): Promise<{ roomTypeId: number; free: number }[]> {
    return atomically(
      this.sql,
      async (tx) => {
        const out: { roomTypeId: number; free: number }[] = [];
        for (const roomTypeId of req.roomTypeIds) {
          out.push({ roomTypeId, free: await freeRooms(tx, { roomTypeId, arrival: req.arrival, nights: req.nights, now: req.now, excludeCallSid: req.excludeCallSid }) });
        }
        return out;
      },
      READ,
    );
  }

  /** Releases every hold of this call; returns how many of them were still live. */
  async releaseHolds(callSid: string, now: Date): Promise<number> {
    const nowIso = isoInstant(now);
    const released = await this.sql.all<{ expires_at: string }>(RELEASE_CALL_SQL, [nowIso, callSid]);
    return released.filter((h) => h.expires_at > nowIso).length;
  }

  /**
   * Keeps the call's live hold until `until` (the desk's callback, issue 10): the rooms stay out of
   * everyone else's reach after the call ends. Returns the new expiry, or null when nothing was held.
   */
  async keepHold(callSid: string, now: Date, until: Date): Promise<string | null> {
    const kept = await this.sql.all<{ expires_at: string }>(
      'UPDATE holds SET expires_at = ? WHERE call_sid = ? AND released_at IS NULL AND expires_at > ? RETURNING expires_at',
      [isoInstant(until), callSid, isoInstant(now)],
    );
    return kept[0]?.expires_at ?? null;
  }

  /** The call's live hold (the latest, should there ever be more than one), or null. */
  async activeHold(callSid: string, now: Date): Promise<ActiveHold | null> {
    const hold = await this.sql.get<ActiveHold>(
      `SELECT id, room_type_id AS "roomTypeId", arrival, departure, rooms, expires_at AS "expiresAt"
         FROM holds
        WHERE call_sid = ? AND released_at IS NULL AND expires_at > ?
        ORDER BY id DESC LIMIT 1`,
      [callSid, isoInstant(now)],
    );
    return hold ?? null;
  }

  /**
   * Books in one transaction: re-checks availability counting this call's own live hold as its
   * own (an expired hold protects nothing), and only if enough rooms are free writes the
   * reservation and its nights and releases the call's holds.
   */
  async book(req: BookRequest): Promise<BookResult> {
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
    if (req.expectedArrival != null && !HOTEL_TIME.test(req.expectedArrival)) {
      throw new RangeError(`expectedArrival is a hotel time "HH:mm": ${JSON.stringify(req.expectedArrival)}`);
    }
    return atomically(this.sql, (tx) => book(tx, req, holdUntil));
  }

  /** Cancels a booked (not yet arrived) reservation; its rooms are free at once. */
  async cancel(reservationId: number, now: Date): Promise<boolean> {
    const { changes } = await this.sql.run(SET_STATUS_SQL, ['cancelled', isoInstant(now), reservationId, 'booked']);
    return changes === 1;
  }

  /**
   * Marks a booked reservation arrived. Past its hold_until its rooms were released and may
   * have gone to someone else: then it is marked only if they are still free (false otherwise).
   */
  markArrived(reservationId: number, now: Date): Promise<boolean> {
    return atomically(this.sql, (tx) => markArrived(tx, reservationId, now));
  }

  /**
   * Keeps a booked, unarrived reservation's rooms until `until` (a late guest who called ahead),
   * later than its hold now and than `now`. Past its hold its rooms were released and may have
   * gone to someone else: then it is kept only if they are still free, as markArrived does.
   */
  extendHold(reservationId: number, until: Date, now: Date): Promise<boolean> {
    const untilIso = isoInstant(until, 'until');
    const nowIso = isoInstant(now);
    return atomically(this.sql, async (tx) => {
      const r = await tx.get<ReservationState>(
        'SELECT room_type_id, arrival, nights, rooms, hold_until, status FROM reservations WHERE id = ?',
        [reservationId],
      );
      if (!r || r.status !== 'booked' || untilIso <= nowIso) return false;
      const held = isoInstant(new Date(r.hold_until), 'hold_until');
      if (untilIso <= held) return false;
      if (held <= nowIso && (await freeRooms(tx, { roomTypeId: r.room_type_id, arrival: r.arrival, nights: r.nights, now }, true)) < r.rooms) return false;
      // counts_until follows through the reservations_counts_until trigger.
      const { changes } = await tx.run("UPDATE reservations SET hold_until = ?, updated_at = ? WHERE id = ? AND status = 'booked'", [untilIso, nowIso, reservationId]);
      return changes === 1;
    });
  }

  /**
   * Takes back an extendHold: a booked reservation held until `kept` is held until `from` again
   * (false if it is no longer booked or held until `kept`: a later hold is the one to take back).
   * An earlier hold frees the rooms sooner, never later, so nothing is checked against the rest;
   * one already past releases them now.
   */
  async shortenHold(reservationId: number, kept: Date, from: Date, now: Date): Promise<boolean> {
    const keptIso = isoInstant(kept, 'kept');
    const fromIso = isoInstant(from, 'from');
    if (fromIso >= keptIso) return false;
    // counts_until follows through the reservations_counts_until trigger.
    const { changes } = await this.sql.run(
      "UPDATE reservations SET hold_until = ?, updated_at = ? WHERE id = ? AND status = 'booked' AND hold_until = ?",
      [fromIso, isoInstant(now), reservationId, keptIso],
    );
    return changes === 1;
  }

  /**
   * Takes back a staff action: an arrived reservation is booked again (its rooms count until its
   * hold, as before), a cancelled one is booked again only if its rooms are still free.
   */
  reinstate(reservationId: number, from: 'arrived' | 'cancelled', now: Date): Promise<boolean> {
    return atomically(this.sql, async (tx) => {
      if (from === 'cancelled') {
        const r = await tx.get<ReservationState>(
          'SELECT room_type_id, arrival, nights, rooms, hold_until, status FROM reservations WHERE id = ?',
          [reservationId],
        );
        if (!r || r.status !== 'cancelled') return false;
        if ((await freeRooms(tx, { roomTypeId: r.room_type_id, arrival: r.arrival, nights: r.nights, now }, true)) < r.rooms) return false;
      }
      const { changes } = await tx.run(SET_STATUS_SQL, ['booked', isoInstant(now), reservationId, from]);
      return changes === 1;
    });
  }

  /** Free and total rooms per night for each type, `days` nights from `from`: for staff pages. */
  async availabilityGrid(roomTypeIds: number[], from: IsoDate, days: number, now: Date): Promise<GridRow[]> {
    const nights = stayNights(from, days);
    return atomically(
      this.sql,
      async (tx) => {
        const rows: GridRow[] = [];
        for (const roomTypeId of roomTypeIds) {
          const { total, booked } = await nightly(tx, { roomTypeId, arrival: from, nights: days, now });
          rows.push({ roomTypeId, nights: nights.map((night, i) => ({ night, free: Math.max(0, total - booked[i]!), total })) });
        }
        return rows;
      },
      READ,
    );
  }
}

/** Several reads that must agree with each other: one snapshot, no write lock. */
const READ = { mode: 'read' } as const;

// Releases expired ones too (they protect nothing, and this keeps the partial indexes small);
// RETURNING lets the caller count only those that were still live.
const RELEASE_CALL_SQL = 'UPDATE holds SET released_at = ? WHERE call_sid = ? AND released_at IS NULL RETURNING expires_at';
// counts_until follows through the reservations_counts_until trigger.
const SET_STATUS_SQL = 'UPDATE reservations SET status = ?, updated_at = ? WHERE id = ? AND status = ?';

/**
 * The room type, locked until the transaction ends when a write depends on what is read next
 * (PostgreSQL row lock; SQLite's writers are serialised already): two bookings of one type, in
 * any process, check and write one after the other.
 */
function roomType(tx: Sql, roomTypeId: number, forWrite: boolean): Promise<{ rooms: number; hotel_id: number } | undefined> {
  return tx.get<{ rooms: number; hotel_id: number }>(
    `SELECT rooms, hotel_id FROM room_types WHERE id = ?${forWrite ? tx.dialect.forUpdate : ''}`,
    [roomTypeId],
  );
}

/** A stay asked about: its room type, first night and length, at `now`, not counting `excludeCallSid`'s own holds. */
interface StayQuery {
  roomTypeId: number;
  arrival: IsoDate;
  nights: number;
  now: Date;
  excludeCallSid?: string | undefined;
}

/**
 * Rooms of the type, rooms taken (booked + held) per night of the stay, and the most held on any one night.
 * Exported for a staff change of a reservation (reservation-change.ts), which takes its own nights back out.
 */
export async function nightly(tx: Sql, q: StayQuery, forWrite = false): Promise<{ total: number; booked: number[]; mostHeld: number }> {
  checkSpan(q.nights);
  const type = await roomType(tx, q.roomTypeId, forWrite);
  if (!type) throw new RangeError(`unknown room type: ${q.roomTypeId}`);
  return { total: type.rooms, ...(await takenAndHeld(tx, q)) };
}

/** Rooms taken (booked + held) per night of the stay, and the most rooms held (not booked) on any one of its nights. */
async function takenAndHeld(tx: Sql, { roomTypeId, arrival, nights, now, excludeCallSid }: StayQuery): Promise<{ booked: number[]; mostHeld: number }> {
  checkSpan(nights);
  const nowIso = isoInstant(now);
  const first = epochDay(arrival);
  const departure = departureOf(arrival, nights);
  const taken = new Array<number>(nights).fill(0);
  const rows = await tx.all<TakenRow>(takenSql(tx.dialect), [roomTypeId, arrival, departure, nowIso, roomTypeId, nowIso, departure, arrival, excludeCallSid ?? null]);
  let held: number[] | null = null;
  for (const row of rows) {
    if (!row.held) {
      taken[epochDay(row.arrival) - first]! += row.rooms;
      continue;
    }
    held ??= new Array<number>(nights).fill(0);
    const from = Math.max(0, epochDay(row.arrival) - first);
    const to = Math.min(nights, epochDay(row.departure!) - first);
    for (let i = from; i < to; i++) {
      taken[i]! += row.rooms;
      held[i]! += row.rooms;
    }
  }
  return { booked: taken, mostHeld: held ? Math.max(...held) : 0 };
}

function checkSpan(nights: number): void {
  if (!Number.isInteger(nights) || nights < 1 || nights > MAX_SPAN_NIGHTS) {
    throw new RangeError(`nights must be an integer from 1 to ${MAX_SPAN_NIGHTS}: ${nights}`);
  }
}

/** Free rooms for the whole stay: the least over its nights. */
async function freeRooms(tx: Sql, q: StayQuery, forWrite = false): Promise<number> {
  const { total, booked } = await nightly(tx, q, forWrite);
  return fewestFree(total, booked);
}

/** Of `total` rooms, how many are free on every night, given those taken per night. */
function fewestFree(total: number, takenPerNight: readonly number[]): number {
  return Math.max(0, total - Math.max(...takenPerNight));
}

/**
 * The call's start; its number's first call or conversation at the property since a day ago; and
 * whether another open hold there is that number's (a withheld number is nobody's: both ignored).
 * One read by primary key, only at an availability check that found the rooms (not on ordinary
 * turns): the MIN is the first entry of calls_from_hotel (from_number, hotel_id, started_at) in
 * range, the EXISTS walks the number's calls there to their unreleased holds (holds_call). No row
 * when the call is not recorded (the inventory's own tests): no limits.
 */
const HOLD_ALLOWANCE_SQL = `
  SELECT c.started_at, c.from_number,
         (SELECT MIN(o.started_at) FROM calls o
           WHERE o.from_number = c.from_number AND o.hotel_id = c.hotel_id AND o.started_at >= ?
             AND EXISTS (SELECT 1 FROM holds h WHERE h.call_sid = o.call_sid)) AS number_since,
         EXISTS (SELECT 1 FROM calls o JOIN holds h ON h.call_sid = o.call_sid
                  WHERE o.from_number = c.from_number AND o.hotel_id = c.hotel_id AND o.call_sid <> c.call_sid
                    AND h.released_at IS NULL AND h.expires_at > ?) AS number_holds
    FROM calls c
   WHERE c.call_sid = ?`;

interface HoldAllowanceRow {
  started_at: string;
  from_number: string;
  number_since: string | null;
  number_holds: number | boolean;
}

/**
 * Until when this call may hold rooms taken now (and whether its caller ID is withheld), or why it
 * may hold none.
 */
async function holdAllowance(tx: Sql, req: HoldRequest, nowIso: string): Promise<{ until: string; withheld: boolean } | { not: NotHeldBecause }> {
  const fresh = new Date(req.now.getTime() + req.holdMinutes * 60_000).toISOString();
  const windowStart = new Date(req.now.getTime() - NUMBER_HOLD_WINDOW_HOURS * 3_600_000).toISOString();
  const params = [windowStart, nowIso, req.callSid];
  let call = await tx.get<HoldAllowanceRow>(HOLD_ALLOWANCE_SQL, params);
  if (!call) return { until: fresh, withheld: false };
  const known = phoneFromCallerId(call.from_number) !== null;
  // Two calls from one number at once on PostgreSQL, each for another room type, had no row to wait
  // on in common: both read that the number held nothing and both held (round 33,
  // test/postgres/number-holds-race.test.ts). One number's checks go one at a time, read after the wait.
  if (known && tx.dialect.engine === 'postgres') {
    await tx.lock(`holds:number:${call.from_number}`);
    call = (await tx.get<HoldAllowanceRow>(HOLD_ALLOWANCE_SQL, params))!;
  }
  const byNumber = known && call.number_since !== null && call.number_since < call.started_at;
  const began = Date.parse(byNumber ? call.number_since! : call.started_at);
  const limit = new Date(began + HOLD_LIMIT_FACTOR * req.holdMinutes * 60_000).toISOString();
  if (limit <= nowIso) return { not: byNumber ? 'number_hold_limit' : 'call_hold_limit' };
  if (known && call.number_holds) return { not: 'number_holds_elsewhere' };
  return { until: fresh < limit ? fresh : limit, withheld: !known };
}

/** Rooms withheld calls hold now across the deployment; serialised across instances (two withheld calls at two properties at once). */
async function withheldHeld(tx: Sql, nowIso: string): Promise<number> {
  await tx.lock('holds:withheld');
  return Number((await tx.get<{ rooms: number | string }>(WITHHELD_HELD_SQL, [nowIso]))?.rooms ?? 0);
}

async function checkAndHold(tx: Sql, req: HoldRequest): Promise<HoldResult> {
  const nowIso = isoInstant(req.now);
  await tx.run(RELEASE_CALL_SQL, [nowIso, req.callSid]);
  // This call's own holds are released above: what is held now is other calls'.
  const { total, booked, mostHeld } = await nightly(tx, req, true);
  const free = fewestFree(total, booked);
  if (free < req.rooms) return { held: false, free };
  const allowance = await holdAllowance(tx, req, nowIso);
  if ('not' in allowance) return { held: true, holdId: null, expiresAt: null, notHeldBecause: allowance.not };
  if (allowance.withheld && (mostHeld >= total * WITHHELD_HELD_SHARE || (await withheldHeld(tx, nowIso)) >= Math.max(total * WITHHELD_HELD_SHARE, WITHHELD_ROOMS_ANYWHERE))) {
    return { held: true, holdId: null, expiresAt: null, notHeldBecause: 'withheld_share' };
  }
  const expiresAt = allowance.until;
  const departure = departureOf(req.arrival, req.nights);
  const { id } = (await tx.get<{ id: number }>(
    `INSERT INTO holds (call_sid, room_type_id, arrival, departure, rooms, expires_at, withheld)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [req.callSid, req.roomTypeId, req.arrival, departure, req.rooms, expiresAt, allowance.withheld ? 1 : 0],
  ))!;
  return { held: true, holdId: id, expiresAt };
}

async function book(tx: Sql, req: BookRequest, holdUntil: string): Promise<BookResult> {
  const type = await roomType(tx, req.roomTypeId, true);
  if (!type || type.hotel_id !== req.hotelId) {
    throw new RangeError(`room type ${req.roomTypeId} does not belong to hotel ${req.hotelId}`);
  }
  const free = fewestFree(type.rooms, (await takenAndHeld(tx, { ...req, excludeCallSid: req.callSid })).booked);
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
    // Folded here, for the staff's search by name (src/storage/fold.ts, migration 14).
    guestNameFolded: req.guestName === null ? null : foldText(req.guestName),
    nameRecordingUrl: req.nameRecordingUrl,
    paymentMethod: req.paymentMethod,
    callbackNumber: req.callbackNumber,
    locale: req.locale,
    holdUntil,
    expectedArrival: req.expectedArrival ?? null,
    specialRequests: req.specialRequests?.length ? req.specialRequests.join(',') : null,
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
    // A number already taken inserts nothing (and, unlike a failed INSERT, leaves a PostgreSQL
    // transaction usable): draw another.
    const inserted = await tx.get<{ id: number }>(INSERT_RESERVATION_SQL, { ...row, confirmation });
    if (inserted) reservationId = inserted.id;
    else if (attempt >= CONFIRMATION_TRIES) throw new Error(`no unused confirmation number after ${CONFIRMATION_TRIES} tries`);
  }
  // All the nights in one statement; counts_until is filled in by the reservation_nights_counts_until trigger.
  const nights = stayNights(req.arrival, req.nights);
  await tx.run(
    `INSERT INTO reservation_nights (reservation_id, room_type_id, night, rooms) VALUES ${nights.map(() => '(?, ?, ?, ?)').join(', ')}`,
    nights.flatMap((night) => [reservationId, req.roomTypeId, night, req.rooms]),
  );
  await tx.run(RELEASE_CALL_SQL, [nowIso, req.callSid]);
  return { ok: true, reservationId, confirmation, total };
}

/** A hotel's wall-clock time, "HH:mm" (reservations.expected_arrival, migration 23). */
export const HOTEL_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const INSERT_RESERVATION_SQL = `
  INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms,
    rate, total, currency, guest_name, guest_name_folded, name_recording_url, payment_method, callback_number, locale,
    hold_until, expected_arrival, special_requests, status, call_sid, created_at, updated_at)
  VALUES (@confirmation, @hotelId, @roomTypeId, @arrival, @departure, @nights, @rooms,
    @rate, @total, @currency, @guestName, @guestNameFolded, @nameRecordingUrl, @paymentMethod, @callbackNumber, @locale,
    @holdUntil, @expectedArrival, @specialRequests, 'booked', @callSid, @now, @now)
  ON CONFLICT (confirmation) DO NOTHING
  RETURNING id`;

async function markArrived(tx: Sql, reservationId: number, now: Date): Promise<boolean> {
  const nowIso = isoInstant(now);
  const r = await tx.get<ReservationState>(
    'SELECT room_type_id, arrival, nights, rooms, hold_until, status FROM reservations WHERE id = ?',
    [reservationId],
  );
  if (!r || r.status !== 'booked') return false;
  if (isoInstant(new Date(r.hold_until), 'hold_until') <= nowIso) {
    // Released: its nights no longer count, so this is the same question as a new booking.
    if ((await freeRooms(tx, { roomTypeId: r.room_type_id, arrival: r.arrival, nights: r.nights, now }, true)) < r.rooms) return false;
  }
  const { changes } = await tx.run(SET_STATUS_SQL, ['arrived', nowIso, reservationId, 'booked']);
  return changes === 1;
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
