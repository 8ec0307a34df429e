// Two instances on one PostgreSQL database, every call's webhooks spread over both, and one of them
// killed with SIGKILL while it is answering some of them: every call carries on on the other and
// completes, each booked once. A request in flight on the dead instance fails (refused or reset)
// and is posted again to the live one, as a load balancer's next upstream or Twilio's retry on a
// failed connection would; a turn the dead instance committed before dying is answered from the
// database there, not applied twice; one it had not committed died with its connection.

import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkOverbooking, storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL, startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { openStore } from '../../src/storage/database.ts';
import { WEBHOOK_TIMEOUTS } from '../../src/storage/postgres.ts';
import { relay } from '../reliability/helpers.ts';
import { START_TIMEOUT_MS, createDatabase } from '../helpers/postgres-server.ts';

const CALLS = 24;

describe('an instance killed with SIGKILL while it answers webhooks', () => {
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
  });

  it('leaves every call to the other instance, which completes each booking once', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const start = () => startServer({ databasePath: '/nonexistent/unused.db', env: { DATABASE_URL: url }, readiness: 'healthz', startTimeoutMs: START_TIMEOUT_MS });
    const [victim, survivor] = await Promise.all([start(), start()]);
    servers.push(victim!, survivor!);

    // The balancer: each webhook to the next live instance in turn, whatever call it belongs to.
    let dead = false;
    let next = 0;
    let inFlightOnVictim = 0;
    const counted: typeof fetch = async (input, init) => {
      const onVictim = String(input).startsWith(victim!.baseUrl);
      if (onVictim) inFlightOnVictim++;
      try {
        return await fetch(input, init);
      } finally {
        if (onVictim) inFlightOnVictim--;
      }
    };
    const link = relay(() => (dead || next++ % 2 === 0 ? survivor! : victim!).baseUrl, counted);

    // Each caller books a Standard room on its own date, by keys, pausing a little between keys so
    // that at the moment of the kill the calls are spread over every step.
    const keys = ['1', 'date', '4', '1', '2#', 'name', '2', '1', '1'] as const;
    const progress = new Array<number>(CALLS).fill(0);
    const calls = Array.from({ length: CALLS }, (_, i) =>
      new CallSession({
        baseUrl: survivor!.baseUrl,
        publicBaseUrl: BENCH_PUBLIC_URL,
        authToken: BENCH_AUTH_TOKEN,
        from: `+1415555${String(4000 + i)}`,
        to: BENCH_HOTEL_NUMBER,
        fetch: link.fetch,
      }),
    );
    let atKill: { inFlight: number; midCall: number } | null = null;
    // The kill happens there and then, while the victim has webhooks in hand.
    const killNow = () => {
      if (atKill) return;
      atKill = { inFlight: inFlightOnVictim, midCall: progress.filter((p) => p > 0 && p < keys.length).length };
      dead = true;
      victim!.child.kill('SIGKILL');
    };
    const play = async (call: CallSession, i: number): Promise<Turn> => {
      const arrival = new Date(Date.UTC(2027, 1, 1 + i)).toISOString();
      let turn = await call.start();
      for (const [n, key] of keys.entries()) {
        await new Promise((r) => setTimeout(r, 3 + ((i * 11 + n * 7) % 30)));
        if (key === 'date') turn = await call.press(arrival.slice(5, 7) + arrival.slice(8, 10));
        else if (key === 'name') turn = await call.say('Lucia Romero', 0.95);
        else turn = await call.press(key);
        progress[i] = n + 1;
        if (progress.filter((p) => p >= 2).length >= CALLS / 2 && inFlightOnVictim > 0) killNow();
      }
      return turn;
    };
    const last = await Promise.all(calls.map(play));
    await victim!.exited;
    if (!atKill) throw new Error('the calls ended before the kill');
    const { inFlight, midCall } = atKill;

    console.log(
      `SIGKILL of one of two instances: ${inFlight} webhooks in flight on it, ${midCall} of ${CALLS} calls mid-flow; ` +
        `${link.reposted()} requests posted again to the other instance`,
    );
    expect(inFlight).toBeGreaterThan(0);
    expect(midCall).toBeGreaterThanOrEqual(CALLS / 2);
    for (const [i, turn] of last.entries()) {
      // Booked: the call asks "Another booking?" once (flows/after-booking.ts).
      expect(turn.said.at(-1)?.text, `call ${i}`).toBe('Another booking? Press 1.');
      expect(turn.said.some((s) => /confirmation number/.test(s.text)), `call ${i}: ${turn.said.map((s) => s.text).join(' ')}`).toBe(true);
    }

    const db = await openStore({ databaseUrl: url, databasePath: '' });
    try {
      const sids = calls.map((c) => c.callSid);
      const booked = await db.all<{ call_sid: string; n: number }>('SELECT call_sid, count(*) AS n FROM reservations GROUP BY call_sid');
      expect(booked.filter((r) => sids.includes(r.call_sid)).map((r) => r.n)).toEqual(sids.map(() => 1));
      // Each caller step was applied once: the timeline's steps run 1, 2, 3, … with no repeat.
      for (const sid of sids) {
        const steps = (await db.all<{ step: number }>("SELECT step FROM call_events WHERE call_sid = ? AND kind LIKE 'caller.%' ORDER BY id", [sid])).map((r) => r.step);
        expect(steps, sid).toEqual(keys.map((_, n) => n + 1));
      }
      expect((await checkOverbooking(db)).overbooked).toEqual([]);
      expect(await storedInvariantViolations(db, { now: new Date() })).toEqual([]);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('frees the call a frozen instance was in the middle of: its session ends and the other instance goes on', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = { databaseUrl: url, databasePath: '' };
    const frozen = await openStore(config, { timeouts: WEBHOOK_TIMEOUTS });
    const live = await openStore(config, { timeouts: WEBHOOK_TIMEOUTS });
    try {
      // The frozen instance took a call's key and then stopped (SIGSTOP, a VM paused, a network
      // cut): its transaction sits idle, holding the key.
      let heldFor = 0;
      const stuck = frozen
        .transaction(async (tx) => {
          await tx.lock('call:CAfrozen');
          const took = performance.now();
          await new Promise((r) => setTimeout(r, WEBHOOK_TIMEOUTS.idleInTransactionMs * 3));
          heldFor = performance.now() - took;
          await tx.get('SELECT 1');
        })
        .then(
          () => 'committed',
          (err: Error) => err.message,
        );
      await new Promise((r) => setTimeout(r, 200));
      // The next webhook of that call, on the live instance, waits for the key, and gets it when
      // the server ends the frozen session; each of its attempts is bounded by the statement timeout.
      const started = performance.now();
      let attempts = 0;
      for (;;) {
        attempts++;
        try {
          await live.transaction((tx) => tx.lock('call:CAfrozen'));
          break;
        } catch (err) {
          expect((err as Error).message).toMatch(/statement timeout/);
        }
      }
      const waited = performance.now() - started;
      console.log(`a frozen instance's call lock: the other instance had it after ${waited.toFixed(0)} ms (${attempts} attempts); the frozen transaction ended with "${await stuck}"`);
      expect(waited).toBeLessThan(WEBHOOK_TIMEOUTS.idleInTransactionMs + WEBHOOK_TIMEOUTS.statementMs);
      expect(heldFor).toBeGreaterThan(0);
      expect(await stuck).not.toBe('committed');
    } finally {
      await frozen.close();
      await live.close();
    }
  }, 60_000);
});
