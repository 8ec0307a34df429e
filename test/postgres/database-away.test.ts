// What a caller and a load balancer see when PostgreSQL goes away under a running instance (a real
// child process), as docs/hotel-group.md says: /healthz answers 503; a webhook still answers 200
// with TwiML that apologises and puts the caller through to the front desk, well inside Twilio's
// 15 s; when the database is back, the same instance (not restarted) answers and books again.
// Two ways to go away: stopped (connections refused) and frozen (connections hang: a machine or a
// network gone silent), where only timeouts stand between the caller and Twilio's own error.

import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateKeys, hotelToday } from '../../bench/lib/callers.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL, startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { START_TIMEOUT_MS, createDatabase, startPostgres } from '../helpers/postgres-server.ts';
import type { PostgresServer } from '../helpers/postgres-server.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

/** Twilio waits this long for a webhook's answer, then gives the caller its own error. */
const TWILIO_WAIT_MS = 15_000;
/** The server runs on the wall clock: arrivals are keyed days ahead of the hotel's today, never a fixed day that passes. */
const keyedAhead = (days: number) => dateKeys(addDays(hotelToday('America/New_York'), days));

describe('an instance whose PostgreSQL goes away', () => {
  let pg: PostgresServer;
  let instance: ServerProcess;
  let n = 0;
  beforeAll(async () => {
    // Every commit on disk before it returns: what the server said it had, it has after the crash.
    pg = await startPostgres({ durability: 'full' });
    const url = await createDatabase(pg.url);
    instance = await startServer({ databasePath: '/nonexistent/unused.db', env: { DATABASE_URL: url }, readiness: 'healthz', startTimeoutMs: START_TIMEOUT_MS });
  }, 120_000);
  afterAll(async () => {
    await instance?.kill();
    await pg?.stop();
  });

  const caller = () =>
    new CallSession({ baseUrl: instance.baseUrl, publicBaseUrl: BENCH_PUBLIC_URL, authToken: BENCH_AUTH_TOKEN, from: `+1212555${String(7000 + n++)}`, to: BENCH_HOTEL_NUMBER });
  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  };
  const health = () => timed(async () => (await fetch(`${instance.baseUrl}/healthz`)).status);
  const putThrough = (turn: Turn) => {
    expect(turn.said.map((s) => s.text).join(' ')).toMatch(/sorry/i);
    expect(turn.waitingFor).toBe('dial');
  };

  /** Until `/healthz` answers 200 again, within `ms`. */
  async function healthyWithin(ms: number): Promise<number> {
    const started = performance.now();
    while (performance.now() - started < ms) {
      if ((await health()).value === 200) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`/healthz did not answer 200 within ${ms} ms`);
  }

  it('stopped: answers 503 on /healthz, apologises and transfers callers, and books again once it is back', async () => {
    const during = caller();
    await during.start();
    await during.press('1');
    pg.halt();
    const h = await health();
    const step = await timed(() => during.press(keyedAhead(10)));
    const fresh = await timed(() => caller().start());
    console.log(`database stopped: /healthz ${h.value} in ${h.ms.toFixed(0)} ms; a call's next webhook answered in ${step.ms.toFixed(0)} ms, a new call in ${fresh.ms.toFixed(0)} ms`);
    expect(h.value).toBe(503);
    putThrough(step.value);
    putThrough(fresh.value);
    expect(Math.max(step.ms, fresh.ms)).toBeLessThan(TWILIO_WAIT_MS);

    pg.start();
    const back = await healthyWithin(10_000);
    const booked = await bookByKeys(caller(), { date: keyedAhead(12) });
    console.log(`database started again: /healthz 200 after ${back.toFixed(0)} ms; a new call booked`);
    expect(booked.said.some((s) => /confirmation number/.test(s.text))).toBe(true);
  }, 60_000);

  it('frozen: every answer still comes back inside Twilio\'s wait, and it books again once the database wakes', async () => {
    const during = caller();
    await during.start();
    await during.press('1');
    const pids = postgresProcesses(pg.pid());
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    let h: { value: number; ms: number };
    let step: { value: Turn; ms: number };
    let fresh: { value: Turn; ms: number };
    try {
      [h, step, fresh] = await Promise.all([health(), timed(() => during.press(keyedAhead(10))), timed(() => caller().start())]);
    } finally {
      for (const pid of pids) process.kill(pid, 'SIGCONT');
    }
    console.log(`database frozen: /healthz ${h.value} in ${h.ms.toFixed(0)} ms; a call's next webhook answered in ${step.ms.toFixed(0)} ms, a new call in ${fresh.ms.toFixed(0)} ms`);
    expect(h.value).toBe(503);
    putThrough(step.value);
    putThrough(fresh.value);
    expect(Math.max(h.ms, step.ms, fresh.ms)).toBeLessThan(TWILIO_WAIT_MS);

    await healthyWithin(10_000);
    const booked = await bookByKeys(caller(), { date: keyedAhead(13) });
    expect(booked.said.some((s) => /confirmation number/.test(s.text))).toBe(true);
  }, 90_000);
});

/** The postmaster and its children (backends, background workers). */
function postgresProcesses(postmaster: number): number[] {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}
