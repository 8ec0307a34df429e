// What must hold in the database whatever happened to the server: read after a benchmark and
// after every reliability test. Each check returns the rows that break it (none when all is well).

import type { Db } from '../../src/storage/database.ts';
import { parseTwiml } from '../../src/softphone/twiml.ts';

export interface OverbookingReport {
  /** (room type, night) pairs with at least one booked room. */
  nightsChecked: number;
  /** The pairs where more rooms are booked than the type has. */
  overbooked: { code: string; night: string; booked: number; rooms: number }[];
  /** The fullest pair, as booked/rooms. */
  fullest: { code: string; night: string; booked: number; rooms: number } | null;
}

/**
 * Sum of rooms over every reservation that is not cancelled, per room type and night, against the
 * type's rooms. Stricter than availability itself: a booked reservation past its hold time still
 * counts here.
 */
export function checkOverbooking(db: Db): OverbookingReport {
  const rows = db
    .prepare<[], { code: string; night: string; booked: number; rooms: number }>(
      `SELECT rt.code, rn.night, SUM(rn.rooms) AS booked, rt.rooms
         FROM reservation_nights rn
         JOIN reservations r ON r.id = rn.reservation_id
         JOIN room_types rt ON rt.id = rn.room_type_id
        WHERE r.status IN ('booked', 'arrived')
        GROUP BY rn.room_type_id, rn.night`,
    )
    .all();
  let fullest: OverbookingReport['fullest'] = null;
  for (const row of rows) {
    if (!fullest || row.booked / row.rooms > fullest.booked / fullest.rooms) fullest = row;
  }
  return { nightsChecked: rows.length, overbooked: rows.filter((r) => r.booked > r.rooms), fullest };
}

export interface InvariantOptions {
  /** Live holds are those unreleased and unexpired at this instant. */
  now: Date;
}

/**
 * Every stored invariant the reliability suite relies on; returns one line per violation.
 * - no room type has more rooms booked + held on a night than it has (no negative availability);
 * - every reservation has a call, and its nights match its stay;
 * - every call row has a snapshot that parses, a last answer that is TwiML, a timeline that
 *   begins with its start, and a step counter that matches its timeline (nothing half-written).
 */
export function storedInvariantViolations(db: Db, { now }: InvariantOptions): string[] {
  const problems: string[] = [];
  const nowIso = now.toISOString();

  for (const o of checkOverbooking(db).overbooked) {
    problems.push(`overbooked: ${o.code} on ${o.night}: ${o.booked} booked of ${o.rooms}`);
  }
  // Booked (still counting) + live holds per night, against the type's rooms.
  const taken = db
    .prepare<[string, string], { code: string; night: string; taken: number; rooms: number }>(
      `WITH RECURSIVE held(room_type_id, night, departure, rooms) AS (
         SELECT room_type_id, arrival, departure, rooms FROM holds WHERE released_at IS NULL AND expires_at > ?
         UNION ALL
         SELECT room_type_id, date(night, '+1 day'), departure, rooms FROM held WHERE date(night, '+1 day') < departure),
       used(room_type_id, night, rooms) AS (
         SELECT room_type_id, night, rooms FROM reservation_nights WHERE counts_until > ?
         UNION ALL SELECT room_type_id, night, rooms FROM held)
       SELECT rt.code, u.night, SUM(u.rooms) AS taken, rt.rooms
         FROM used u JOIN room_types rt ON rt.id = u.room_type_id
        GROUP BY u.room_type_id, u.night HAVING SUM(u.rooms) > rt.rooms`,
    )
    .all(nowIso, nowIso);
  for (const t of taken) problems.push(`negative availability: ${t.code} on ${t.night}: ${t.taken} booked or held of ${t.rooms}`);

  const orphanReservations = db
    .prepare<[], { id: number; call_sid: string | null }>(
      `SELECT r.id, r.call_sid FROM reservations r LEFT JOIN calls c ON c.call_sid = r.call_sid WHERE c.call_sid IS NULL`,
    )
    .all();
  for (const r of orphanReservations) problems.push(`reservation ${r.id} has no call (call_sid ${r.call_sid})`);

  const badNights = db
    .prepare<[], { id: number; nights: number; stored: number }>(
      `SELECT r.id, r.nights, COUNT(rn.night) AS stored FROM reservations r
         LEFT JOIN reservation_nights rn ON rn.reservation_id = r.id AND rn.night >= r.arrival AND rn.night < r.departure
        GROUP BY r.id HAVING COUNT(rn.night) <> r.nights`,
    )
    .all();
  for (const r of badNights) problems.push(`reservation ${r.id}: ${r.stored} nights stored for a stay of ${r.nights}`);

  const twoBookings = db
    .prepare<[], { call_sid: string; n: number }>(
      `SELECT call_sid, COUNT(*) AS n FROM reservations WHERE call_sid IS NOT NULL GROUP BY call_sid HAVING COUNT(*) > 1`,
    )
    .all();
  for (const c of twoBookings) problems.push(`call ${c.call_sid} booked ${c.n} reservations`);

  const calls = db
    .prepare<[], { call_sid: string; step: number; snapshot_json: string; last_twiml: string; reservation_id: number | null }>(
      'SELECT call_sid, step, snapshot_json, last_twiml, reservation_id FROM calls',
    )
    .iterate();
  const firstEvent = db.prepare<[string], { kind: string }>('SELECT kind FROM call_events WHERE call_sid = ? ORDER BY id LIMIT 1');
  // A turn that moves the call on records its event at the step it answered (the call's step less
  // one after it; see CallService.advance); side events (status callback, whisper, error) are
  // recorded at the call's current step. So: an event at step − 1, and none beyond the step.
  const steps = db.prepare<[{ sid: string; step: number }], { max: number | null; turn: number | null }>(
    'SELECT MAX(step) AS max, SUM(step = @step - 1) AS turn FROM call_events WHERE call_sid = @sid',
  );
  const reservationOf = db.prepare<[number], { call_sid: string | null }>('SELECT call_sid FROM reservations WHERE id = ?');
  for (const c of calls) {
    try {
      const snapshot = JSON.parse(c.snapshot_json) as { value?: unknown; context?: unknown };
      if (snapshot.value === undefined || typeof snapshot.context !== 'object') throw new Error('no value or context');
    } catch (err) {
      problems.push(`call ${c.call_sid}: snapshot does not parse (${(err as Error).message})`);
    }
    try {
      parseTwiml(c.last_twiml);
    } catch (err) {
      problems.push(`call ${c.call_sid}: last answer is not TwiML (${(err as Error).message})`);
    }
    const first = firstEvent.get(c.call_sid);
    if (!first || (first.kind !== 'call.started' && first.kind !== 'call.recovered')) {
      problems.push(`call ${c.call_sid}: timeline does not begin with its start (${first?.kind ?? 'no events'})`);
    }
    const recorded = steps.get({ sid: c.call_sid, step: c.step });
    if (!recorded?.turn) problems.push(`call ${c.call_sid}: at step ${c.step}, but no turn was recorded at step ${c.step - 1}`);
    if ((recorded?.max ?? 0) > c.step) problems.push(`call ${c.call_sid}: at step ${c.step}, but an event was recorded at step ${recorded?.max}`);
    if (c.reservation_id !== null && reservationOf.get(c.reservation_id)?.call_sid !== c.call_sid) {
      problems.push(`call ${c.call_sid}: points at reservation ${c.reservation_id}, which is not its own`);
    }
  }
  return problems;
}

export function integrityCheck(db: Db): string {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
}
