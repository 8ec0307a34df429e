// The server process killed with SIGKILL in the middle of calls (a crash, an OOM kill, a pulled
// plug as far as SQLite can tell), then started again on the same database: every call goes on
// from where it was and completes, and no turn is applied twice.
//
// The callers are the same CallSession objects throughout. Twilio keeps calling the same public
// URL; here the restarted server listens on a new port, so their fetch goes through a small relay
// that always points at the live process. A request in flight when the process died fails to
// connect or is reset: the relay posts it again, as Twilio does with its retry on a failed
// connection (https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides), so a
// turn that was committed before the crash is answered from the database, not applied again.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOverbooking, integrityCheck, storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL, startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { relay } from './helpers.ts';

const CALLS = 24;

describe('a server killed in the middle of calls and started again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-crash-'));
  const databasePath = join(dir, 'conserje.db');
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets every call continue after the restart and complete its booking, each booked once', async () => {
    let live = await startServer({ databasePath, readiness: 'healthz' });
    servers.push(live);
    const link = relay(() => live.baseUrl);

    // Each caller books a Standard room on its own date, pausing a little between keys, so that
    // at the moment of the kill the calls are spread over every step (and some are in flight).
    const steps = ['1', null, '4', '1', '2#', 'say', '2', '1', '1'] as const;
    const progress = new Array<number>(CALLS).fill(0);
    const calls = Array.from({ length: CALLS }, (_, i) =>
      new CallSession({
        baseUrl: live.baseUrl,
        publicBaseUrl: BENCH_PUBLIC_URL,
        authToken: BENCH_AUTH_TOKEN,
        from: `+1212555${String(2000 + i)}`,
        to: BENCH_HOTEL_NUMBER,
        fetch: link.fetch,
      }),
    );
    let killAt = () => {};
    const killed = new Promise<void>((resolve) => (killAt = resolve));
    const play = async (call: CallSession, i: number): Promise<Turn> => {
      const date = new Date(Date.UTC(2027, 0, 10 + i)).toISOString();
      let turn = await call.start();
      for (const [n, step] of steps.entries()) {
        await new Promise((r) => setTimeout(r, 5 + ((i * 7 + n * 13) % 40)));
        if (step === null) turn = await call.press(date.slice(5, 7) + date.slice(8, 10));
        else if (step === 'say') turn = await call.say('Maria Garcia', 0.95);
        else turn = await call.press(step);
        progress[i] = n + 1;
        // Kill once most calls are under way and none has finished.
        if (progress.filter((p) => p >= 2).length >= CALLS / 2) killAt();
      }
      return turn;
    };
    const playing = calls.map(play);

    await killed;
    const atKill = progress.join(',');
    const midCall = progress.filter((p) => p > 0 && p < steps.length).length;
    await live.kill();
    live = await startServer({ databasePath, readiness: 'healthz' });
    servers.push(live);

    const last = await Promise.all(playing);
    console.log(`crash: killed with ${midCall} of ${CALLS} calls mid-flow (steps done per call: ${atKill}); ${link.reposted()} requests re-posted to the restarted server`);
    expect(midCall).toBeGreaterThanOrEqual(CALLS / 2);
    for (const [i, turn] of last.entries()) {
      // Booked: the call asks "Another booking?" once (flows/after-booking.ts); the caller hangs up.
      expect(turn.said.at(-1)?.text, `call ${i}`).toBe('Another booking? Press 1.');
      expect(turn.said.some((s) => /confirmation number/.test(s.text)), `call ${i}: ${turn.said.map((s) => s.text).join(' ')}`).toBe(true);
      await calls[i]!.hangup();
    }
    await live.stop();

    const db = new SqliteDb(new Database(databasePath, { readonly: true }));
    try {
      expect(integrityCheck(db)).toBe('ok');
      expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n).toBe(CALLS);
      expect((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM calls WHERE outcome = 'booked' AND ended_at IS NOT NULL"))?.n).toBe(CALLS);
      expect((await checkOverbooking(db)).overbooked).toEqual([]);
      expect(await storedInvariantViolations(db, { now: new Date() })).toEqual([]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
