// A data fix (data-fixes.ts): the open callback requests a guest made before migration 17 — one
// per call or text asking for a person — gathered into one request per number and property, as an
// ask now joins the open one (src/calls/callback-requests.ts). Without it the desk would still see
// a guest three times, and call three times, for what they asked before the upgrade.
//
// The oldest open request stays the request: its created_at is when the call back was first
// promised, so the overdue clock keeps counting from there. The others become its asks
// (merged_into), each keeping its own call, voicemail and transcript; the request counts every ask
// and keeps the latest ask's time, and the desk's attempts at any of them. A withheld or malformed
// number is never merged, as an ask's is not.

import { guestLockKey, mergeableNumber } from '../calls/callback-requests.ts';
import { atomically, placeholders } from './sql.ts';
import type { Sql } from './sql.ts';

interface OpenRequest {
  id: number;
  asks: number;
  created_at: string;
  last_asked_at: string | null;
  attempts: number;
  last_attempt_at: string | null;
  last_attempt_by: string | null;
}

/** How many requests became asks of another. Safe to run again: a number left with one open request is not touched. */
export async function mergeOpenCallbackRequests(db: Sql): Promise<number> {
  const guests = await db.all<{ hotel_id: number; caller_number: string }>(
    `SELECT hotel_id, caller_number FROM callback_requests
      WHERE status = 'open' AND merged_into IS NULL AND hotel_id IS NOT NULL
      GROUP BY hotel_id, caller_number HAVING count(*) > 1`,
  );
  let merged = 0;
  for (const guest of guests) {
    if (mergeableNumber(guest.caller_number) === null) continue;
    merged += await atomically(db, (tx) => mergeGuest(tx, guest.hotel_id, guest.caller_number));
  }
  return merged;
}

/** One number's open requests at one property, read again under the lock an ask takes (another instance may be answering calls). */
async function mergeGuest(tx: Sql, hotelId: number, number: string): Promise<number> {
  await tx.lock(guestLockKey(hotelId, number));
  const open = await tx.all<OpenRequest>(
    `SELECT id, asks, created_at, last_asked_at, attempts, last_attempt_at, last_attempt_by FROM callback_requests
      WHERE hotel_id = ? AND caller_number = ? AND status = 'open' AND merged_into IS NULL ORDER BY created_at, id`,
    [hotelId, number],
  );
  const [request, ...later] = open;
  if (!request || later.length === 0) return 0;
  const ids = later.map((r) => r.id);
  const marks = placeholders(ids);
  // Their own asks (made after migration 17, before this fix ran) follow them into the request.
  await tx.run(`UPDATE callback_requests SET merged_into = ? WHERE merged_into IN (${marks})`, [request.id, ...ids]);
  await tx.run(`UPDATE callback_requests SET merged_into = ?, asks = 1 WHERE id IN (${marks})`, [request.id, ...ids]);
  const askedAt = (r: OpenRequest) => r.last_asked_at ?? r.created_at;
  const lastTried = latestBy(open, (r) => r.last_attempt_at);
  await tx.run(
    'UPDATE callback_requests SET asks = ?, last_asked_at = ?, attempts = ?, last_attempt_at = ?, last_attempt_by = ? WHERE id = ?',
    [
      open.reduce((n, r) => n + Number(r.asks), 0),
      askedAt(latestBy(open, askedAt)!),
      open.reduce((n, r) => n + Number(r.attempts), 0),
      lastTried?.last_attempt_at ?? null,
      lastTried?.last_attempt_by ?? null,
      request.id,
    ],
  );
  return later.length;
}

/** The row whose time is the latest (ISO times order as text); undefined when no row has one. */
function latestBy<T>(rows: readonly T[], at: (row: T) => string | null): T | undefined {
  let latest: T | undefined;
  for (const row of rows) {
    const time = at(row);
    if (time !== null && (latest === undefined || time >= at(latest)!)) latest = row;
  }
  return latest;
}
