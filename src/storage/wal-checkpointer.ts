// The server's WAL checkpoints, moved off the thread that answers webhooks.
//
// In WAL mode a commit appends the pages it changed to the -wal file; a checkpoint copies them
// back into the database file, with an fsync before and after. SQLite runs one inside the COMMIT
// that takes the WAL past 1,000 pages: about every 180 turns, and measured here at 6–9 ms per
// checkpoint during which the event loop answers nobody (issue 14: the largest part of the p99
// gap to a bare Twilio app; the same bench without those checkpoints had p99 6.8 ms against 11.5).
//
// Here a worker thread with its own connection runs a PASSIVE checkpoint every few hundred
// milliseconds: it never takes the write lock, so the server's turns go on while it copies and
// syncs. Durability is SQLite's own: the same checkpoint with the same syncs, on another thread.
// The server's connection keeps an automatic checkpoint as a backstop, at a WAL ten times larger:
// it copies what the worker has not (little, or all of it should the worker be gone) and lets the
// WAL start again from its beginning when load never leaves the worker a quiet moment.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Logger } from '../logger.ts';

/** How often the worker checkpoints: about 1,400 pages between two at 1,000 turns a second (5.6 pages a turn). */
export const CHECKPOINT_INTERVAL_MS = 250;
/** The server connection's own automatic checkpoint (pages), while the worker runs. */
export const BACKSTOP_PAGES = 10_000;
/** SQLite's default, put back when the worker stops. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;

// Plain CommonJS run with `eval`, so it works the same from the sources (tsx) and from the bundle
// (which has no file of its own for it). It is given better-sqlite3's resolved path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
// PASSIVE never waits for a lock, so a busy timeout would only ever delay closing.
db.pragma('busy_timeout = 0');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    // Busy (another process checkpointing) is harmless; anything else is reported once and ends the worker.
    if (!String(err && err.code).startsWith('SQLITE_BUSY')) throw err;
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops the worker (after one last checkpoint) and gives the server connection SQLite's default back. */
  stop(): Promise<void>;
}

/**
 * Starts checkpointing the WAL of `raw`'s database file (at `path`) on a worker thread. The
 * connection must be in WAL mode. A worker that fails is logged and the connection checkpoints
 * as SQLite does by default again: the server goes on either way.
 */
export function startWalCheckpointer(raw: Database.Database, path: string, logger: Logger, intervalMs = CHECKPOINT_INTERVAL_MS): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  raw.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs } });
  // The server's life decides when the process ends, not this thread.
  worker.unref();
  let running = true;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const fallBack = () => {
    if (!running) return;
    running = false;
    if (raw.open) raw.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('error', (err) => {
    logger.error({ err }, 'WAL checkpoints on a worker thread stopped; the server connection checkpoints itself again');
    fallBack();
  });
  worker.once('exit', fallBack);
  return {
    async stop() {
      if (running) worker.postMessage('stop');
      // A last checkpoint is quick; should the worker hang, it is ended rather than waited for.
      const timeout = setTimeout(() => void worker.terminate(), 2_000);
      // The worker's exit has put SQLite's default back (fallBack, above).
      await exited;
      clearTimeout(timeout);
    },
  };
}
