// A period's calls read a slice at a time. On SQLite a statement runs synchronously on the event
// loop that also serves Twilio's webhooks: on 100,000 calls of two properties over two years, a
// year read in one statement held every webhook behind it for 0.6 s (one property) to 1.1 s (a
// group of two). Read by consecutive windows on started_at instead, and let the event loop run
// between them: there a day's window takes 0.3–2 ms of SQL (at most 6 ms), and the longest
// stretch without a turn of the loop while reading a year was 2–7 ms (at most 11 ms, with the
// overview's tallying and garbage collection).

import { setImmediate as nextTurnOfTheLoop } from 'node:timers/promises';

/** The length of one slice: a day of calls. */
export const SLICE_MS = 24 * 3_600_000;

/**
 * Calls `read(fromIso, toIso)` for consecutive half-open windows [fromIso, toIso) that together
 * cover [startIso, endIso) exactly, one after the other, yielding to the event loop (setImmediate)
 * before each window, so that requests that arrived meanwhile are served. Every call started in the
 * period falls in exactly one window, so counts added up over the windows are the period's.
 */
export async function bySlices(
  startIso: string,
  endIso: string,
  read: (fromIso: string, toIso: string) => Promise<void>,
  sliceMs: number = SLICE_MS,
): Promise<void> {
  if (!(sliceMs > 0)) throw new RangeError(`slice length ${sliceMs} ms`);
  const end = new Date(endIso).getTime();
  let from = startIso;
  for (let t = new Date(startIso).getTime() + sliceMs; ; t += sliceMs) {
    await nextTurnOfTheLoop();
    const to = t < end ? new Date(t).toISOString() : endIso;
    await read(from, to);
    if (to === endIso) return;
    from = to;
  }
}
