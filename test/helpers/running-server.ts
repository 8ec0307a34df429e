// What the tests of real server processes (bench/lib/server-process.ts) read of them: the JSON log
// a server wrote, and the room types a new call hears offered.

import { readFileSync } from 'node:fs';
import { addDays, dateKeys, hotelToday } from '../../bench/lib/callers.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { heard } from './scripted-calls.ts';

export interface LogLine {
  level: number;
  msg: string;
}

/** The JSON lines of a server's log file. */
export const logOf = (path: string): LogLine[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);

let offeredCalls = 0;

/** The room type question of a new call to `server`, as heard (it runs on the wall clock: an arrival ten days after the hotel's today). */
export async function roomsOffered(server: ServerProcess): Promise<string> {
  // Each from a number of its own: one that hung up at the room type minutes ago is offered that stay again.
  const from = `+1212555${String(1000 + (offeredCalls++ % 9000)).padStart(4, '0')}`;
  const call = new CallSession({ baseUrl: server.baseUrl, publicBaseUrl: BENCH_PUBLIC_URL, authToken: BENCH_AUTH_TOKEN, from, to: BENCH_HOTEL_NUMBER });
  await call.start();
  await call.press('1');
  const offered = heard(await call.press(dateKeys(addDays(hotelToday('America/New_York'), 10))));
  await call.hangup();
  return offered;
}
