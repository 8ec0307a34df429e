// One guest's data erased on request, by their phone number (`npm run forget-guest -- NUMBER`):
// what RETENTION_DAYS erases for everyone (src/privacy/retention.ts), now, for this number, booked
// or not — and on their past reservations, the name and the number too. Kept: each call's outcome
// and times (the statistics), a reservation's stay, rate and status (the hotel's business record,
// now nameless), an upcoming reservation whole (the guest cancels it first, or the desk does: the
// script says which are left), and the number in the STOP list if it is there (so it is never
// texted again).
//
// A call or text conversation still going on from the number is left whole, with its callback
// request and the texts still waiting to go: erasing its saved state mid-call sent the guest's next
// answer to the front desk. The number waits in forget_pending (migration 26) until it has none;
// the server's hourly retention run then finishes the erasure (or the script run again does).

import { callerKey } from '../calls/caller-number.ts';
import { placeholders } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';
import { eraseCallEvents } from './erase-call-events.ts';

export interface Forgotten {
  number: string;
  calls: number;
  callbackRequests: number;
  texts: number;
  reservations: number;
  /** Confirmation numbers of reservations not yet over, left whole. */
  upcoming: string[];
  /** Calls and text conversations still going on, left whole until they end (then finished by retention). */
  inProgress: number;
}

/** The name a forgotten reservation keeps. */
export const FORGOTTEN_NAME = 'Erased on request';

/** Pending erasures finished per retention run: each is one short transaction. */
const PENDING_PER_RUN = 20;

export async function forgetGuest(db: Sql, given: string, now: Date): Promise<Forgotten> {
  const number = callerKey(given.trim());
  return db.transaction((tx) => forgetNumber(tx, number, now));
}

/**
 * The erasures left for calls then in progress whose number has none going on now: finished, oldest
 * asked first (retention.ts's hourly run, under its lock). Returns how many were finished.
 */
export async function finishPendingForgets(tx: Sql, now: Date, limit = PENDING_PER_RUN): Promise<number> {
  const due = await tx.all<{ number: string }>(
    `SELECT number FROM forget_pending p
      WHERE NOT EXISTS (SELECT 1 FROM calls c WHERE c.from_number = p.number AND c.ended_at IS NULL)
      ORDER BY asked_at LIMIT ?`,
    [limit],
  );
  for (const { number } of due) await forgetNumber(tx, number, now);
  return due.length;
}

async function forgetNumber(tx: Sql, number: string, now: Date): Promise<Forgotten> {
  const at = now.toISOString();
  const today = at.slice(0, 10);
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
  const all = await tx.all<{ call_sid: string; ended_at: string | null }>(
    `SELECT call_sid, ended_at FROM calls WHERE from_number = ?${pastIds.length ? ` OR reservation_id IN (${placeholders(pastIds)})` : ''}`,
    [number, ...pastIds],
  );
  const going = all.filter((c) => c.ended_at === null).map((c) => c.call_sid);
  const calls = all.filter((c) => c.ended_at !== null).map((c) => c.call_sid);
  // A call that made an upcoming reservation keeps its number (the reservation has it anyway).
  for (let i = 0; i < calls.length; i += 200) {
    const sids = calls.slice(i, i + 200);
    await eraseCallEvents(tx, sids);
    await tx.run(
      `UPDATE calls SET snapshot_json = '{}', last_twiml = '<Response/>', erased_at = ?,
         from_number = CASE WHEN reservation_id IS NOT NULL AND reservation_id IN (SELECT id FROM reservations WHERE status <> 'cancelled' AND departure >= ?) THEN from_number ELSE '' END
       WHERE call_sid IN (${placeholders(sids)})`,
      [at, today, ...sids],
    );
  }
  // The desk's note goes too: written about this guest ("Crisanta, wedding block, call after 6").
  // A request one of whose asks is a call going on is left whole, its other asks too: the call's
  // voicemail and transcript are still to come, and the desk must see them with the number.
  const requests = await tx.run(
    `UPDATE callback_requests SET recording_url = NULL, transcript = NULL, partial_json = NULL, caller_number = '', note = NULL, status = 'done', done_at = COALESCE(done_at, ?)
     WHERE caller_number = ?${
       going.length
         ? ` AND COALESCE(merged_into, id) NOT IN (SELECT COALESCE(merged_into, id) FROM callback_requests WHERE call_sid IN (${placeholders(going)}))`
         : ''
     }`,
    [at, number, ...going],
  );
  // While a call goes on, a text still to go (its booking's confirmation, a conversation's answer) is left.
  const texts = await tx.run(
    `UPDATE outbox SET body = '', last_error = NULL, next_attempt_at = NULL, to_number = '',
       status = CASE WHEN status IN ('unsent','queued') THEN 'failed' ELSE status END
     WHERE to_number = ? AND status <> 'sending'${going.length ? ` AND status NOT IN ('unsent','queued')` : ''}`,
    [number],
  );
  await tx.run('DELETE FROM reservation_lookup_misses WHERE number = ?', [number]);
  await tx.run('DELETE FROM keyword_replies WHERE sender = ?', [number]);
  if (pastIds.length) {
    await tx.run(
      `UPDATE reservations SET guest_name = ?, name_recording_url = NULL, callback_number = '', updated_at = ?
       WHERE id IN (${placeholders(pastIds)})`,
      [FORGOTTEN_NAME, at, ...pastIds],
    );
  }
  if (going.length) {
    await tx.run('INSERT INTO forget_pending (number, asked_at) VALUES (?, ?) ON CONFLICT (number) DO NOTHING', [number, at]);
  } else {
    await tx.run('DELETE FROM forget_pending WHERE number = ?', [number]);
  }
  return { number, calls: calls.length, callbackRequests: requests.changes, texts: texts.changes, reservations: pastIds.length, upcoming, inProgress: going.length };
}
