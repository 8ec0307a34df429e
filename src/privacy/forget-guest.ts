// One guest's data erased on request, by their phone number (`npm run forget-guest -- NUMBER`):
// what RETENTION_DAYS erases for everyone (src/privacy/retention.ts), now, for this number, booked
// or not — and on their past reservations, the name and the number too. Kept: each call's outcome
// and times (the statistics), a reservation's stay, rate and status (the hotel's business record,
// now nameless), an upcoming reservation whole (the guest cancels it first, or the desk does: the
// script says which are left), and the number in the STOP list if it is there (so it is never
// texted again).

import { callerKey } from '../calls/caller-number.ts';
import type { Sql } from '../storage/sql.ts';
import { eraseCallEvents } from './retention.ts';

export interface Forgotten {
  number: string;
  calls: number;
  callbackRequests: number;
  texts: number;
  reservations: number;
  /** Confirmation numbers of reservations not yet over, left whole. */
  upcoming: string[];
}

/** The name a forgotten reservation keeps. */
export const FORGOTTEN_NAME = 'Erased on request';

export async function forgetGuest(db: Sql, given: string, now: Date): Promise<Forgotten> {
  const number = callerKey(given.trim());
  const at = now.toISOString();
  const today = at.slice(0, 10);
  return db.transaction(async (tx) => {
    const upcoming = (
      await tx.all<{ confirmation: string }>(
        `SELECT confirmation FROM reservations WHERE callback_number = ? AND status <> 'cancelled' AND departure >= ? ORDER BY arrival`,
        [number, today],
      )
    ).map((r) => r.confirmation);
    const past = await tx.all<{ id: number }>(
      `SELECT id FROM reservations WHERE callback_number = ? AND (status = 'cancelled' OR departure < ?)`,
      [number, today],
    );
    const pastIds = past.map((r) => Number(r.id));
    // Every call or conversation from the number, or that made one of its past reservations.
    const calls = (
      await tx.all<{ call_sid: string }>(
        `SELECT call_sid FROM calls WHERE from_number = ?${pastIds.length ? ` OR reservation_id IN (${pastIds.map(() => '?').join(',')})` : ''}`,
        [number, ...pastIds],
      )
    ).map((r) => r.call_sid);
    // A call that made an upcoming reservation keeps its number (the reservation has it anyway).
    for (let i = 0; i < calls.length; i += 200) {
      const sids = calls.slice(i, i + 200);
      const marks = sids.map(() => '?').join(',');
      await eraseCallEvents(tx, sids);
      await tx.run(
        `UPDATE calls SET snapshot_json = '{}', last_twiml = '<Response/>', erased_at = ?,
           from_number = CASE WHEN reservation_id IS NOT NULL AND reservation_id IN (SELECT id FROM reservations WHERE status <> 'cancelled' AND departure >= ?) THEN from_number ELSE '' END
         WHERE call_sid IN (${marks})`,
        [at, today, ...sids],
      );
    }
    const requests = await tx.run(
      `UPDATE callback_requests SET recording_url = NULL, transcript = NULL, partial_json = NULL, caller_number = '', status = 'done', done_at = COALESCE(done_at, ?)
       WHERE caller_number = ?`,
      [at, number],
    );
    const texts = await tx.run(
      `UPDATE outbox SET body = '', last_error = NULL, next_attempt_at = NULL, to_number = '',
         status = CASE WHEN status IN ('unsent','queued') THEN 'failed' ELSE status END
       WHERE to_number = ? AND status <> 'sending'`,
      [number],
    );
    await tx.run('DELETE FROM reservation_lookup_misses WHERE number = ?', [number]);
    await tx.run('DELETE FROM keyword_replies WHERE sender = ?', [number]);
    if (pastIds.length) {
      await tx.run(
        `UPDATE reservations SET guest_name = ?, name_recording_url = NULL, callback_number = '', updated_at = ?
         WHERE id IN (${pastIds.map(() => '?').join(',')})`,
        [FORGOTTEN_NAME, at, ...pastIds],
      );
    }
    return { number, calls: calls.length, callbackRequests: requests.changes, texts: texts.changes, reservations: pastIds.length, upcoming };
  });
}
