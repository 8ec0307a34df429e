// How long what callers said is kept (RETENTION_DAYS). Past it, the server erases, by itself and in
// small batches: what was said and pressed on a call or texted (the timeline's input, how it was read
// and what was said back, the call's saved state and last answer), the bodies of the texts sent,
// voicemail and recorded-name URLs, and the number of a caller whose call booked nothing. It keeps
// what the business and the statistics need: reservations (a business record, with their guest's
// name and number), and each call's row, outcome, times, states and events (so counts, lengths and
// the flow's figures for past months stay right). A callback request still open is left whole, and
// so is its call, until the desk marks it done. See docs/operations.md ("How long data is kept").
//
// Each batch is one short write transaction (a few dozen calls): on SQLite the write lock a caller's
// turn waits for is held for milliseconds, and a pause between batches lets the turns through.

import type { Logger } from '../logger.ts';
import { placeholders } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';
import { eraseCallEvents } from './erase-call-events.ts';
import { finishPendingForgets } from './forget-guest.ts';

/** The default: about half a year (see docs/operations.md for why). */
export const DEFAULT_RETENTION_DAYS = 180;

/** Calls erased per transaction; texts likewise. Measured by scripts/retention-batches.ts (docs/operations.md). */
export const CALLS_PER_BATCH = 10;
export const TEXTS_PER_BATCH = 50;

/** The pause between two batches, for callers' turns to take the write lock. */
const PAUSE_MS = 20;

/** How often the server looks for data past its time. */
const EVERY_MS = 60 * 60_000;

/** A run's figures, as logged. */
export interface RetentionRun {
  calls: number;
  texts: number;
  batches: number;
  /** The longest batch's transaction, in milliseconds. */
  longestBatchMs: number;
  /** Guests' erasures on request left for a call then in progress, finished now (forget-guest.ts). */
  forgotten: number;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The calls started before `before` whose words are still kept, oldest first (never one with an open callback request). */
const CALLS_DUE = `SELECT c.call_sid FROM calls c
  WHERE c.erased_at IS NULL AND c.started_at < ?
    AND NOT EXISTS (SELECT 1 FROM callback_requests r WHERE r.call_sid = c.call_sid AND r.status = 'open')
  ORDER BY c.started_at LIMIT ?`;

/** One batch of calls: their words erased, their stats kept. Returns how many calls it erased. */
export async function eraseCallBatch(tx: Sql, before: string, now: string, limit = CALLS_PER_BATCH): Promise<number> {
  const due = await tx.all<{ call_sid: string }>(CALLS_DUE, [before, limit]);
  if (due.length === 0) return 0;
  const sids = due.map((r) => r.call_sid);
  await eraseCallEvents(tx, sids);
  // A callback request the desk has done with: the voicemail's URL, its transcript, what the call
  // had collected; the number too, unless the call booked.
  await tx.run(
    `UPDATE callback_requests SET recording_url = NULL, transcript = NULL, partial_json = NULL,
       caller_number = CASE WHEN EXISTS (SELECT 1 FROM calls c WHERE c.call_sid = callback_requests.call_sid AND c.reservation_id IS NOT NULL)
                            THEN caller_number ELSE '' END
     WHERE call_sid IN (${placeholders(sids)})`,
    sids,
  );
  // The call's saved state held everything said (names, dates, the recording of a name); its row
  // keeps the outcome, times, counts and state. An unbooked caller's number goes.
  await tx.run(
    `UPDATE calls SET snapshot_json = '{}', last_twiml = '<Response/>', erased_at = ?,
       from_number = CASE WHEN reservation_id IS NULL THEN '' ELSE from_number END
     WHERE call_sid IN (${placeholders(sids)})`,
    [now, ...sids],
  );
  return sids.length;
}

/**
 * One batch of texts written before `before`: their words erased, the number too unless the text
 * was about a reservation (which keeps its number anyway). One never sent by then (texting off, or
 * out of tries) is failed for good, so it cannot go out later, empty. One being sent is left.
 */
export async function eraseTextBatch(tx: Sql, before: string, limit = TEXTS_PER_BATCH): Promise<number> {
  const { changes } = await tx.run(
    `UPDATE outbox SET body = '', next_attempt_at = NULL,
       last_error = CASE WHEN status IN ('unsent','queued') THEN 'not sent before RETENTION_DAYS' ELSE NULL END,
       status = CASE WHEN status IN ('unsent','queued') THEN 'failed' ELSE status END,
       to_number = CASE WHEN reservation_id IS NULL THEN '' ELSE to_number END
     WHERE id IN (SELECT id FROM outbox WHERE body <> '' AND created_at < ? AND status <> 'sending' ORDER BY created_at LIMIT ?)`,
    [before, limit],
  );
  return changes;
}

export interface RetentionDeps {
  db: Sql;
  logger: Logger;
  clock: () => Date;
  days: number;
  /** The pause between batches (tests: 0). */
  pauseMs?: number;
  /** Batch sizes (default CALLS_PER_BATCH, TEXTS_PER_BATCH). */
  callsPerBatch?: number;
  textsPerBatch?: number;
}

/**
 * Erases everything past its time, batch by batch, until nothing is left; once across instances
 * (a batch another instance is running is left to it). Never rejects: a failure is logged.
 */
export async function eraseOldData(deps: RetentionDeps): Promise<RetentionRun> {
  const run: RetentionRun = { calls: 0, texts: 0, batches: 0, longestBatchMs: 0, forgotten: 0 };
  const now = deps.clock();
  const before = new Date(now.getTime() - deps.days * 86_400_000).toISOString();
  const pause = deps.pauseMs ?? PAUSE_MS;
  const callsPerBatch = deps.callsPerBatch ?? CALLS_PER_BATCH;
  const textsPerBatch = deps.textsPerBatch ?? TEXTS_PER_BATCH;
  try {
    for (let more = true; more; ) {
      const started = performance.now();
      const done = await deps.db.transaction(async (tx) => {
        if (!(await tx.tryLock('retention'))) return null;
        return { calls: await eraseCallBatch(tx, before, now.toISOString(), callsPerBatch), texts: await eraseTextBatch(tx, before, textsPerBatch) };
      });
      if (done === null) break;
      const ms = performance.now() - started;
      run.batches++;
      run.longestBatchMs = Math.max(run.longestBatchMs, ms);
      run.calls += done.calls;
      run.texts += done.texts;
      more = done.calls === callsPerBatch || done.texts === textsPerBatch;
      if (more && pause > 0) await sleep(pause);
    }
    // A guest's erasure on request that had to wait for their call to end: one short batch.
    run.forgotten = (await deps.db.transaction(async (tx) => ((await tx.tryLock('retention')) ? finishPendingForgets(tx, now) : 0)));
    if (run.calls > 0 || run.texts > 0 || run.forgotten > 0) {
      deps.logger.info({ ...run, longestBatchMs: Math.round(run.longestBatchMs * 10) / 10, olderThan: before, retentionDays: deps.days }, 'old calls and texts erased (RETENTION_DAYS)');
    }
  } catch (err) {
    deps.logger.error({ err, ...run }, 'could not erase old calls and texts');
  }
  return run;
}

export interface Retention {
  runOnce(): Promise<RetentionRun>;
  stop(): void;
}

/** Runs `eraseOldData` a minute after start and every hour, one run at a time. */
export function startRetention(deps: RetentionDeps, firstAfterMs = 60_000, everyMs = EVERY_MS): Retention {
  let running: Promise<RetentionRun> | null = null;
  const runOnce = () => {
    running ??= eraseOldData(deps).finally(() => {
      running = null;
    });
    return running;
  };
  const first = setTimeout(() => void runOnce(), firstAfterMs);
  const timer = setInterval(() => void runOnce(), everyMs);
  first.unref();
  timer.unref();
  return {
    runOnce,
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
