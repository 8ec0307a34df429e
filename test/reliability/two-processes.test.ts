// Two server processes on one database file (two instances behind a load balancer, or an old and
// a new one during a deploy), with callers on both trying for the last rooms of the same nights
// at the same moment. Each availability check and booking is one IMMEDIATE transaction, so the
// hotel is never overbooked, whichever process answers.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, dateKeys, hotelToday } from '../../bench/lib/callers.ts';
import { checkOverbooking, integrityCheck, storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL, startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import type { Turn } from '../../src/softphone/call-session.ts';

/** The demo hotel has 19 rooms: 2 Ocean Suites, 3 Deluxe King, 6 Double Queen, 8 Standard. */
const HOTEL_ROOMS = 19;
const CALLERS = 32;

describe('two server processes booking the last rooms of one database at once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-two-'));
  const databasePath = join(dir, 'conserje.db');
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never books more rooms than the hotel has, whichever process answers', async () => {
    const a = await startServer({ databasePath, readiness: 'healthz' });
    servers.push(a);
    const b = await startServer({ databasePath, readiness: 'healthz' });
    servers.push(b);

    const calls = Array.from({ length: CALLERS }, (_, i) =>
      new CallSession({
        baseUrl: (i % 2 === 0 ? a : b).baseUrl,
        publicBaseUrl: BENCH_PUBLIC_URL,
        authToken: BENCH_AUTH_TOKEN,
        from: `+1212555${String(3000 + i)}`,
        to: BENCH_HOTEL_NUMBER,
        fetch: globalThis.fetch,
      }),
    );
    // Everyone asks for one Deluxe King (3 rooms), 3 nights from 60 days after the hotel's today (the
    // servers run on the wall clock: a fixed day would one day be today or past), and gets as far as
    // the number of nights; then all press it at the same moment.
    const arrival = dateKeys(addDays(hotelToday('America/New_York'), 60));
    await Promise.all(
      calls.map(async (c) => {
        await c.start();
        await c.press('1');
        await c.press(arrival);
        await c.press('2');
        await c.press('1');
      }),
    );
    const afterCheck = await Promise.all(calls.map((c) => c.press('3#')));
    const heldFirst = afterCheck.filter((turn) => turn.said.some((s) => /on hold for you/.test(s.text))).length;

    // Then each caller books what it holds, or takes the first alternative offered, until it books
    // or nothing is left; all of them at once, on both processes.
    const outcome = await Promise.all(calls.map((c, i) => bookOrGiveUp(c, afterCheck[i]!)));
    const booked = outcome.filter((o) => o === 'booked').length;
    await a.stop();
    await b.stop();

    const db = new SqliteDb(new Database(databasePath, { readonly: true }));
    try {
      const overbooking = (await checkOverbooking(db));
      const perNight = (await db.all<{ night: string; rooms: number }>(`SELECT night, SUM(rooms) AS rooms FROM reservation_nights GROUP BY night ORDER BY night`));
      console.log(
        `two processes: ${heldFirst} of ${CALLERS} callers held a Deluxe King at the first check (3 exist); ` +
          `${booked} bookings in all; rooms booked per night: ${perNight.map((n) => `${n.night} ${n.rooms}`).join(', ')}`,
      );
      expect(heldFirst).toBe(3);
      expect(overbooking.overbooked).toEqual([]);
      for (const n of perNight) expect(n.rooms).toBeLessThanOrEqual(HOTEL_ROOMS);
      expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n).toBe(booked);
      // Everyone kept trying while anything was offered, so the hotel is full on those nights.
      expect(perNight.map((n) => n.rooms)).toEqual([HOTEL_ROOMS, HOTEL_ROOMS, HOTEL_ROOMS]);
      expect(integrityCheck(db)).toBe('ok');
      expect(await storedInvariantViolations(db, { now: new Date() })).toEqual([]);
    } finally {
      await db.close();
    }
  }, 120_000);
});

async function bookOrGiveUp(call: CallSession, turn: Turn): Promise<'booked' | 'gave up'> {
  for (let i = 0; i < 40 && !call.ended; i++) {
    // Booked: the call asks "Another booking?" (flows/after-booking.ts); this caller hangs up.
    if (turn.said.some((s) => /confirmation number/.test(s.text))) {
      await call.hangup();
      return 'booked';
    }
    const hints = turn.gather?.hints ?? '';
    if (hints.startsWith('other dates')) {
      // The alternatives: take the first, if any is offered.
      if (!turn.said.some((s) => /press 1\b/.test(s.text))) {
        await call.hangup();
        return 'gave up';
      }
      turn = await call.press('1');
    } else if (hints.startsWith('my name is')) turn = await call.say('Ana Torres', 0.95);
    else if (hints.startsWith('credit card')) turn = await call.press('1');
    else if (hints.startsWith('this number')) turn = await call.press('1');
    else if (hints.startsWith('yes')) turn = await call.press('1');
    else {
      await call.hangup();
      return 'gave up';
    }
  }
  return turn.said.some((s) => /confirmation number/.test(s.text)) ? 'booked' : 'gave up';
}
