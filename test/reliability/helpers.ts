// Helpers for the reliability suite: raw webhooks shaped by hand (any body, any signature), the
// parameters as the server will parse them, and calls taken to each question of the flow.

import type { CallSession, Turn } from '../../src/softphone/call-session.ts';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import type { Verb } from '../../src/softphone/twiml.ts';
import { signRequest } from '../../src/softphone/twilio-params.ts';
import type { SqliteDb } from '../../src/storage/sqlite.ts';

export type ServerParams = Record<string, string | string[]>;

/**
 * The form as the server's body parser (body-parser 2 → qs, depth 0) reads it: repeated keys
 * become arrays in order, brackets stay part of the key, and an empty key or `__proto__` is
 * dropped. Values go through the same percent-decoding URLSearchParams applies.
 */
export function serverParams(pairs: readonly (readonly [string, string])[]): ServerParams {
  const decoded = new URLSearchParams(formBody(pairs));
  const out: ServerParams = {};
  for (const [key, value] of decoded) {
    if (key === '' || key === '__proto__') continue;
    const prior = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
    if (prior === undefined) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}

export function formBody(pairs: readonly (readonly [string, string])[]): string {
  const form = new URLSearchParams();
  for (const [key, value] of pairs) form.append(key, value);
  return form.toString();
}

/** Twilio's signature over the public URL (with its query) and the parsed parameters. */
export function signatureFor(authToken: string, publicUrl: string, params: ServerParams): string {
  // signRequest takes strings; arrays are signed as Twilio's validator reads them (deduplicated, sorted).
  return signRequest(authToken, publicUrl, params as Record<string, string>);
}

export interface RawAnswer {
  status: number;
  body: string;
  contentType: string;
}

export async function rawPost(
  url: string,
  options: { body?: string | Uint8Array; contentType?: string | null; signature?: string | null; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/x-www-form-urlencoded';
  if (options.signature) headers['x-twilio-signature'] = options.signature;
  // Bytes rather than a string when no Content-Type is to be sent (fetch labels strings text/plain).
  const body =
    options.body === undefined ? undefined
    : typeof options.body === 'string' ? (options.contentType === null ? Uint8Array.from(Buffer.from(options.body)) : options.body)
    : Uint8Array.from(options.body);
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type') ?? '' };
}

/** Parses an answer as TwiML, with the body in the message when it does not parse. */
export function twimlOf(answer: RawAnswer): Verb[] {
  try {
    return parseTwiml(answer.body);
  } catch (err) {
    throw new Error(`not TwiML (${(err as Error).message}): ${answer.body.slice(0, 300)}`);
  }
}

/**
 * Calls taken to each question of the flow (and to the other places a call can wait), by keys and
 * speech as a guest would, for a stay arriving on `date` (MMDD keys; default December 4th) in a
 * Standard room. Each returns the turn that left it there.
 */
export const TO_QUESTION: Record<string, (call: CallSession, date?: string) => Promise<Turn>> = {
  greeting: (c) => c.start(),
  mainMenu: async (c) => (await c.start(), c.press('9')),
  existingReservation: async (c) => (await c.start(), c.press('2')),
  arrivalDate: async (c) => (await c.start(), c.press('1')),
  roomType: async (c, date = '1204') => (await TO_QUESTION.arrivalDate!(c), c.press(date)),
  rooms: async (c, date) => (await TO_QUESTION.roomType!(c, date), c.press('4')),
  nights: async (c, date) => (await TO_QUESTION.rooms!(c, date), c.press('1')),
  // Three Ocean Suites: the hotel has two.
  offer: async (c, date) => (await TO_QUESTION.roomType!(c, date), await c.press('1'), await c.press('3'), c.press('2#')),
  name: async (c, date) => (await TO_QUESTION.nights!(c, date), c.press('2#')),
  confirmHeard: async (c, date) => (await TO_QUESTION.name!(c, date), c.say('John Smith', 0.3)),
  recordingName: async (c, date) => (await TO_QUESTION.name!(c, date), await c.silence(), c.silence()),
  payment: async (c, date) => (await TO_QUESTION.name!(c, date), c.say('John Smith', 0.95)),
  callback: async (c, date) => (await TO_QUESTION.payment!(c, date), c.press('1')),
  readBack: async (c, date) => (await TO_QUESTION.callback!(c, date), c.press('1')),
  changeDetail: async (c, date) => (await TO_QUESTION.readBack!(c, date), c.press('2')),
  transferring: async (c) => (await c.start(), c.press('0')),
  callbackOffer: async (c) => (await TO_QUESTION.transferring!(c), c.dialResult('no-answer')),
  confirmed: async (c, date) => (await TO_QUESTION.readBack!(c, date), c.press('1')),
};

/**
 * Arrival dates as MMDD keys, a different one each time: December 1st 2026 to September 30th 2027.
 * Keys of the weeks before the test clock's day (November 28th 2026) name a day just past, which the
 * flow rightly asks about ("…has passed. For … 2027, press 1") instead of taking as next year's.
 */
const DAYS_KEYS_READ_AHEAD = 304;

export function dateCycle(): () => string {
  let i = 0;
  return () => {
    const d = new Date(Date.UTC(2026, 11, 1 + (i++ % DAYS_KEYS_READ_AHEAD)));
    return `${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  };
}

/**
 * A fetch that always reaches the server `target()` names now, and re-posts what a dead one
 * dropped (a refused or reset connection), as Twilio does with its retry on a failed connection
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides) or a load balancer
 * with the next upstream: a turn committed before the crash is answered from the database, not
 * applied again.
 */
export function relay(target: () => string, send: typeof fetch = (input, init) => fetch(input, init)) {
  let reposted = 0;
  const impl: typeof fetch = async (input, init) => {
    const path = String(input).replace(/^https?:\/\/[^/]+/, '');
    for (let attempt = 0; ; attempt++) {
      try {
        return await send(target() + path, init);
      } catch (err) {
        if (attempt >= 400 || init?.signal?.aborted) throw err;
        if (attempt === 0) reposted++;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
  };
  return { fetch: impl, reposted: () => reposted };
}

/** Caps the SQLite file at its current size and fills what free space is left inside it: a full disk, as SQLite sees one. */
export function fillDatabase(db: SqliteDb): void {
  // SQLite's own limits, so on the connection itself.
  const raw = db.connection;
  raw.exec('CREATE TABLE IF NOT EXISTS test_filler (junk BLOB)');
  const pages = raw.pragma('page_count', { simple: true }) as number;
  raw.pragma(`max_page_count = ${pages}`);
  const insert = raw.prepare('INSERT INTO test_filler VALUES (randomblob(?))');
  for (const size of [4096, 1024, 256, 64, 16]) {
    for (;;) {
      try {
        insert.run(size);
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_FULL') throw err;
        break;
      }
    }
  }
}
