// What must hold in the database whatever happened to the server: read after a benchmark and
// after every reliability test. Each check returns the rows that break it (none when all is well).

import { addDaysIso } from '../../src/inventory/stay.ts';
import { isSqlite } from '../../src/storage/database.ts';
import type { Db, Sql } from '../../src/storage/sql.ts';
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
export async function checkOverbooking(db: Sql): Promise<OverbookingReport> {
  const rows = await db.all<{ code: string; night: string; booked: number; rooms: number }>(
    `SELECT rt.code, rn.night, SUM(rn.rooms) AS booked, rt.rooms
       FROM reservation_nights rn
       JOIN reservations r ON r.id = rn.reservation_id
       JOIN room_types rt ON rt.id = rn.room_type_id
      WHERE r.status IN ('booked', 'arrived')
      GROUP BY rn.room_type_id, rt.code, rn.night, rt.rooms`,
  );
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
export async function storedInvariantViolations(db: Sql, { now }: InvariantOptions): Promise<string[]> {
  const problems: string[] = [];
  const nowIso = now.toISOString();

  for (const o of (await checkOverbooking(db)).overbooked) {
    problems.push(`overbooked: ${o.code} on ${o.night}: ${o.booked} booked of ${o.rooms}`);
  }
  // Booked (still counting) + live holds per night, against the type's rooms. Holds are spread
  // over their nights here rather than in SQL, where date arithmetic differs between engines.
  const types = new Map(
    (await db.all<{ id: number; code: string; rooms: number }>('SELECT id, code, rooms FROM room_types')).map((t) => [t.id, t]),
  );
  const used = new Map<string, number>();
  const add = (roomTypeId: number, night: string, rooms: number) => {
    const key = `${roomTypeId} ${night}`;
    used.set(key, (used.get(key) ?? 0) + rooms);
  };
  for (const n of await db.all<{ room_type_id: number; night: string; rooms: number }>(
    'SELECT room_type_id, night, SUM(rooms) AS rooms FROM reservation_nights WHERE counts_until > ? GROUP BY room_type_id, night',
    [nowIso],
  )) {
    add(n.room_type_id, n.night, n.rooms);
  }
  for (const h of await db.all<{ room_type_id: number; arrival: string; departure: string; rooms: number }>(
    'SELECT room_type_id, arrival, departure, rooms FROM holds WHERE released_at IS NULL AND expires_at > ?',
    [nowIso],
  )) {
    for (let night = h.arrival; night < h.departure; night = addDaysIso(night, 1)) add(h.room_type_id, night, h.rooms);
  }
  for (const [key, taken] of used) {
    const [id, night] = key.split(' ') as [string, string];
    const type = types.get(Number(id));
    if (type && taken > type.rooms) problems.push(`negative availability: ${type.code} on ${night}: ${taken} booked or held of ${type.rooms}`);
  }

  const orphanReservations = await db.all<{ id: number; call_sid: string | null }>(
    `SELECT r.id, r.call_sid FROM reservations r LEFT JOIN calls c ON c.call_sid = r.call_sid WHERE c.call_sid IS NULL`,
  );
  for (const r of orphanReservations) problems.push(`reservation ${r.id} has no call (call_sid ${r.call_sid})`);

  const badNights = await db.all<{ id: number; nights: number; stored: number }>(
    `SELECT r.id, r.nights, COUNT(rn.night) AS stored FROM reservations r
       LEFT JOIN reservation_nights rn ON rn.reservation_id = r.id AND rn.night >= r.arrival AND rn.night < r.departure
      GROUP BY r.id, r.nights HAVING COUNT(rn.night) <> r.nights`,
  );
  for (const r of badNights) problems.push(`reservation ${r.id}: ${r.stored} nights stored for a stay of ${r.nights}`);

  const twoBookings = await db.all<{ call_sid: string; n: number }>(
    `SELECT call_sid, COUNT(*) AS n FROM reservations WHERE call_sid IS NOT NULL GROUP BY call_sid HAVING COUNT(*) > 1`,
  );
  for (const c of twoBookings) problems.push(`call ${c.call_sid} booked ${c.n} reservations`);

  const calls = await db.all<{ call_sid: string; step: number; snapshot_json: string; last_twiml: string; reservation_id: number | null }>(
    'SELECT call_sid, step, snapshot_json, last_twiml, reservation_id FROM calls',
  );
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
    const first = await db.get<{ kind: string }>('SELECT kind FROM call_events WHERE call_sid = ? ORDER BY id LIMIT 1', [c.call_sid]);
    if (!first || (first.kind !== 'call.started' && first.kind !== 'call.recovered')) {
      problems.push(`call ${c.call_sid}: timeline does not begin with its start (${first?.kind ?? 'no events'})`);
    }
    // A turn that moves the call on records its event at the step it answered (the call's step less
    // one after it; see CallService.advance); side events (status callback, whisper, error) are
    // recorded at the call's current step. So: an event at step − 1, and none beyond the step.
    const recorded = await db.get<{ max: number | null; turn: number | null }>(
      'SELECT MAX(step) AS max, SUM(CASE WHEN step = @step - 1 THEN 1 ELSE 0 END) AS turn FROM call_events WHERE call_sid = @sid',
      { sid: c.call_sid, step: c.step },
    );
    if (!recorded?.turn) problems.push(`call ${c.call_sid}: at step ${c.step}, but no turn was recorded at step ${c.step - 1}`);
    if ((recorded?.max ?? 0) > c.step) problems.push(`call ${c.call_sid}: at step ${c.step}, but an event was recorded at step ${recorded?.max}`);
    if (c.reservation_id !== null) {
      const own = await db.get<{ call_sid: string | null }>('SELECT call_sid FROM reservations WHERE id = ?', [c.reservation_id]);
      if (own?.call_sid !== c.call_sid) problems.push(`call ${c.call_sid}: points at reservation ${c.reservation_id}, which is not its own`);
    }
  }
  return problems;
}

/** SQLite's own check of the file; PostgreSQL has no equivalent to run here. */
export function integrityCheck(db: Db): string {
  if (!isSqlite(db)) return 'ok (not applicable to PostgreSQL)';
  return (db.connection.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
}
