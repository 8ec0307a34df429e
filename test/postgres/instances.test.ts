// Two server processes (as npm start runs them) on one PostgreSQL database, behind a "load
// balancer" that sends each webhook wherever the test says: a call goes on whichever instance
// answers, a booking race across instances never overbooks, a retried webhook is applied once,
// an instance killed mid-call leaves its calls to the other, and the hand-off works split.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkOverbooking, storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL, startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { callParams, signRequest } from '../../src/softphone/twilio-params.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

describe('two instances on one PostgreSQL database', () => {
  let url: string;
  let db: Db;
  const servers: ServerProcess[] = [];
  let a: ServerProcess;
  let b: ServerProcess;

  const start = async () => {
    const s = await startServer({ databasePath: '/nonexistent/unused.db', env: { DATABASE_URL: url }, readiness: 'healthz' });
    servers.push(s);
    return s;
  };

  beforeAll(async () => {
    url = await createDatabase(inject('postgresUrl'));
    // Both start at once: the migration runs once (advisory lock), the demo hotel is loaded once.
    [a, b] = await Promise.all([start(), start()]);
    db = await openStore({ databaseUrl: url, databasePath: '' });
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) await s.kill();
    await db?.close();
  });

  /** A caller whose every webhook goes where `route(n)` says (n: the webhook's number in the call). */
  function caller(route: (n: number) => ServerProcess, from = '+12125550123') {
    let n = 0;
    return new CallSession({
      baseUrl: a.baseUrl,
      publicBaseUrl: BENCH_PUBLIC_URL,
      authToken: BENCH_AUTH_TOKEN,
      from,
      to: BENCH_HOTEL_NUMBER,
      fetch: (input, init) => fetch(String(input).replace(/^https?:\/\/[^/]+/, route(n++).baseUrl), init),
    });
  }

  it('migrated once and loaded one hotel, however many instances started together', async () => {
    expect(await db.get('SELECT count(*) AS n FROM schema_version')).toEqual({ n: 6 });
    expect(await db.get('SELECT count(*) AS n FROM hotels')).toEqual({ n: 1 });
  });

  it('books a call whose webhooks land on alternate instances', async () => {
    const call = caller((n) => (n % 2 === 0 ? a : b));
    const done = await bookByKeys(call);
    expect(done.hungUp).toBe(true);
    expect(done.said.some((s) => /confirmation number/.test(s.text))).toBe(true);
    expect(await db.get('SELECT outcome, state FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({ outcome: 'booked', state: 'confirmed' });
    const steps = (await db.all<{ step: number }>("SELECT step FROM call_events WHERE call_sid = ? AND kind LIKE 'caller.%' ORDER BY id", [call.callSid])).map((r) => r.step);
    expect(steps).toEqual(steps.map((_, i) => i + 1));
  });

  it('never overbooks when callers on both instances race for the last rooms', async () => {
    // The Ocean Suite: 2 rooms. Twelve callers, half on each instance, all for the same nights.
    const calls = Array.from({ length: 12 }, (_, i) => caller(() => (i % 2 === 0 ? a : b), `+1305555${String(1000 + i)}`));
    for (const c of calls) {
      await c.start();
      await c.press('1');
      await c.press('0110');
      await c.press('1'); // Ocean Suite
      await c.press('1'); // one room
    }
    // Everyone presses the number of nights at once: the availability check and hold race.
    await Promise.all(calls.map((c) => c.press('2#')));
    const states = await Promise.all(calls.map((c) => db.get<{ state: string }>('SELECT state FROM calls WHERE call_sid = ?', [c.callSid])));
    const holding = calls.filter((_, i) => states[i]!.state === 'askingName');
    const finishes = await Promise.all(
      holding.map(async (c) => {
        await c.say('Race Guest', 0.95);
        await c.press('1');
        await c.press('1');
        return c.press('1');
      }),
    );
    const booked = finishes.filter((t) => t.hungUp && t.said.some((s) => /confirmation number/.test(s.text))).length;
    const ocean = (await db.get<{ id: number }>("SELECT id FROM room_types WHERE code = 'OCEAN'"))!.id;
    const rooms = (await db.get<{ n: number }>('SELECT coalesce(sum(rooms), 0) AS n FROM reservations WHERE room_type_id = ? AND arrival = ?', [ocean, '2027-01-10']))!.n;
    console.log(`race across instances: ${holding.length} of ${calls.length} callers held an Ocean Suite, ${booked} booked, ${rooms} rooms taken of 2`);
    expect(rooms).toBeLessThanOrEqual(2);
    expect(booked).toBe(2);
    expect((await checkOverbooking(db)).overbooked).toEqual([]);
  }, 60_000);

  it('applies a webhook Twilio delivers twice, to both instances at once, only once', async () => {
    const call = caller(() => a);
    await call.start();
    await call.press('1');
    const row = (await db.get<{ step: number }>('SELECT step FROM calls WHERE call_sid = ?', [call.callSid]))!;
    const path = `/voice/gather?step=${row.step}`;
    const params = { ...callParams({ callSid: call.callSid, accountSid: `AC${'0'.repeat(32)}`, from: '+12125550123', to: BENCH_HOTEL_NUMBER, callStatus: 'in-progress' }), Digits: '1204' };
    const post = (s: ServerProcess) =>
      fetch(s.baseUrl + path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signRequest(BENCH_AUTH_TOKEN, BENCH_PUBLIC_URL + path, params) },
        body: new URLSearchParams(params).toString(),
      }).then((r) => r.text());
    const [one, two] = await Promise.all([post(a), post(b)]);
    expect(one).toBe(two);
    expect(await db.get('SELECT step, state FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({ step: row.step + 1, state: 'askingRoomType' });
    expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM call_events WHERE call_sid = ? AND kind = 'caller.digits'", [call.callSid]))!.n).toBe(2);
  });

  it('carries on a call on the other instance when one is killed mid-call', async () => {
    const victim = await start();
    let live = victim;
    const call = caller(() => live);
    await call.start();
    await call.press('1');
    await call.press('1205');
    await victim.kill();
    live = b;
    const turn = await call.press('3');
    expect(turn.said.map((s) => s.text).join(' ')).toMatch(/how many rooms/i);
    expect(await db.get('SELECT state FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({ state: 'askingRooms' });
  });

  it('hands a call to the front desk with the whisper on one instance and the screening and result on the other', async () => {
    let target = a;
    const call = caller(() => target, '+14155550111');
    await call.start();
    const transfer = await call.press('0');
    expect(transfer.waitingFor).toBe('dial');
    const whisper = await call.whisper();
    expect(whisper.said.map((s) => s.text).join(' ')).toContain('Press 1 to take the call');
    target = b;
    const exchange = whisper.responses.at(-1)!;
    const gather = exchange.verbs.find((v) => v.verb === 'gather') as { action?: string } | undefined;
    const screenPath = gather!.action!;
    const screenParams = { ...exchange.params!, Digits: '1' };
    const screened = await fetch(b.baseUrl + screenPath, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signRequest(BENCH_AUTH_TOKEN, BENCH_PUBLIC_URL + screenPath, screenParams) },
      body: new URLSearchParams(screenParams).toString(),
    });
    expect(screened.status).toBe(200);
    target = a;
    const end = await call.dialResult('completed', 30);
    expect(end.hungUp).toBe(true);
    expect(await db.get('SELECT state, outcome FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({ state: 'ended', outcome: 'transferred' });
  });

  it('leaves the database consistent', async () => {
    expect(await storedInvariantViolations(db, { now: new Date() })).toEqual([]);
  });
});
