// Two server processes (as npm start runs them) on one PostgreSQL database, behind a "load
// balancer" that sends each webhook wherever the test says: a call goes on whichever instance
// answers, a booking race across instances never overbooks, a retried webhook is applied once,
// an instance killed mid-call leaves its calls to the other, and the hand-off works split. A call's
// first webhook, its confirming key and its status callback, each posted to both instances at the
// same moment, are applied once.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, dateKeys, hotelToday } from '../../bench/lib/callers.ts';
import { checkOverbooking, storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL, postSigned, startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { callParams, newCallSid } from '../../src/softphone/twilio-params.ts';
import type { CallStatus } from '../../src/softphone/twilio-params.ts';
import { openStore } from '../../src/storage/database.ts';
import { PG_MIGRATIONS } from '../../src/storage/pg-migrations.ts';
import type { Db } from '../../src/storage/sql.ts';
import { START_TIMEOUT_MS, createDatabase } from '../helpers/postgres-server.ts';
import { askForStay, bookByKeys, keypadToReadBack } from '../helpers/scripted-calls.ts';

// The instances run on the wall clock, in the demo hotel's time zone: arrivals are keyed some days
// ahead of its today (a fixed MMDD becomes a day just past once a year, and is then asked about).
const TODAY = hotelToday('America/New_York');
const arrival = (daysAhead: number) => addDays(TODAY, daysAhead);
const keyed = (daysAhead: number) => dateKeys(arrival(daysAhead));

describe('two instances on one PostgreSQL database', () => {
  let url: string;
  let db: Db;
  const servers: ServerProcess[] = [];
  let a: ServerProcess;
  let b: ServerProcess;

  const start = async () => {
    const s = await startServer({ databasePath: '/nonexistent/unused.db', env: { DATABASE_URL: url }, readiness: 'healthz', startTimeoutMs: START_TIMEOUT_MS });
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
    expect(await db.get('SELECT count(*) AS n FROM schema_version')).toEqual({ n: PG_MIGRATIONS.length });
    expect(await db.get('SELECT count(*) AS n FROM hotels')).toEqual({ n: 1 });
  });

  it('books a call whose webhooks land on alternate instances', async () => {
    const call = caller((n) => (n % 2 === 0 ? a : b));
    const done = await bookByKeys(call, { date: keyed(20) });
    expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect(done.said.some((s) => /confirmation number/.test(s.text))).toBe(true);
    expect(await db.get('SELECT outcome FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({ outcome: 'booked' });
    expect(await db.get('SELECT count(*) AS n FROM reservations WHERE call_sid = ?', [call.callSid])).toEqual({ n: 1 });
    const steps = (await db.all<{ step: number }>("SELECT step FROM call_events WHERE call_sid = ? AND kind LIKE 'caller.%' ORDER BY id", [call.callSid])).map((r) => r.step);
    expect(steps).toEqual(steps.map((_, i) => i + 1));
  });

  it('never overbooks when callers on both instances race for the last rooms', async () => {
    // The Ocean Suite: 2 rooms. Forty callers for the same nights, each one's webhooks alternating
    // between the instances (the last ones on whichever instance their turn falls to).
    const calls = Array.from({ length: 40 }, (_, i) => caller((n) => ((n + i) % 2 === 0 ? a : b), `+1305555${String(1000 + i)}`));
    await Promise.all(
      calls.map(async (c) => {
        await c.start();
        await c.press('1');
        await c.press(keyed(36));
        await c.press('1'); // Ocean Suite
        await c.press('1'); // one room
      }),
    );
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
    const booked = finishes.filter((t) => t.said.some((s) => /confirmation number/.test(s.text))).length;
    const ocean = (await db.get<{ id: number }>("SELECT id FROM room_types WHERE code = 'OCEAN'"))!.id;
    const rooms = (await db.get<{ n: number }>('SELECT coalesce(sum(rooms), 0) AS n FROM reservations WHERE room_type_id = ? AND arrival = ?', [ocean, arrival(36)]))!.n;
    console.log(`race across instances: ${holding.length} of ${calls.length} callers held an Ocean Suite, ${booked} booked, ${rooms} rooms taken of 2`);
    expect(holding.length).toBe(2);
    expect(rooms).toBe(2);
    expect(booked).toBe(2);
    expect((await checkOverbooking(db)).overbooked).toEqual([]);
  }, 60_000);

  /** One webhook, signed as Twilio signs it, posted to both instances at the same moment; both answers. */
  const postToBoth = (path: string, params: Record<string, string>) => {
    const post = (s: ServerProcess) =>
      postSigned(s.baseUrl, BENCH_PUBLIC_URL, BENCH_AUTH_TOKEN, path, params).then(async (r) => ({ status: r.status, body: await r.text() }));
    return Promise.all([post(a), post(b)]);
  };
  const paramsOf = (callSid: string, from: string, callStatus: CallStatus = 'in-progress') =>
    callParams({ callSid, accountSid: `AC${'0'.repeat(32)}`, from, to: BENCH_HOTEL_NUMBER, callStatus });
  const stepOf = async (callSid: string) => (await db.get<{ step: number }>('SELECT step FROM calls WHERE call_sid = ?', [callSid]))!.step;
  const count = async (sql: string, ...args: string[]) => (await db.get<{ n: number }>(sql, args))!.n;

  it('applies a webhook Twilio delivers twice, to both instances at once, only once', async () => {
    const call = caller(() => a);
    await call.start();
    await call.press('1');
    const step = await stepOf(call.callSid);
    const [one, two] = await postToBoth(`/voice/gather?step=${step}`, { ...paramsOf(call.callSid, '+12125550123'), Digits: keyed(20) });
    expect(one).toEqual(two);
    expect(await db.get('SELECT step, state FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({ step: step + 1, state: 'askingRoomType' });
    expect(await count("SELECT count(*) AS n FROM call_events WHERE call_sid = ? AND kind = 'caller.digits'", call.callSid)).toBe(2);
  });

  it('starts a call once when its first webhook reaches both instances at once', async () => {
    const callSid = newCallSid();
    const [one, two] = await postToBoth('/voice', paramsOf(callSid, '+12125550124', 'ringing'));
    expect(one.status).toBe(200);
    expect(one).toEqual(two);
    expect(await count('SELECT count(*) AS n FROM calls WHERE call_sid = ?', callSid)).toBe(1);
    expect(await count("SELECT count(*) AS n FROM call_events WHERE call_sid = ? AND kind = 'call.started'", callSid)).toBe(1);
  });

  it('books once, with one confirmation text, when the confirming key reaches both instances at once', async () => {
    const from = '+12125550125';
    const call = caller((n) => (n % 2 === 0 ? a : b), from);
    await keypadToReadBack(call, { date: keyed(46) });
    const step = await stepOf(call.callSid);
    const [one, two] = await postToBoth(`/voice/gather?step=${step}`, { ...paramsOf(call.callSid, from), Digits: '1' });
    expect(one.body).toMatch(/confirmation number/);
    expect(one).toEqual(two);
    expect(await count('SELECT count(*) AS n FROM reservations WHERE call_sid = ?', call.callSid)).toBe(1);
    expect(await count('SELECT count(*) AS n FROM outbox o JOIN reservations r ON r.id = o.reservation_id WHERE r.call_sid = ?', call.callSid)).toBe(1);
  });

  it('ends a call, frees its hold and settles its outcome once when the status callback reaches both instances at once', async () => {
    const from = '+12125550126';
    const call = caller((n) => (n % 2 === 0 ? b : a), from);
    const asked = await askForStay(call, { date: keyed(47) });
    expect(asked.said.map((s) => s.text).join(' ')).toMatch(/on hold for you/i);
    expect(await count('SELECT count(*) AS n FROM holds WHERE call_sid = ? AND released_at IS NULL', call.callSid)).toBe(1);
    const [one, two] = await postToBoth('/voice/status', { ...paramsOf(call.callSid, from, 'completed'), CallDuration: '40' });
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(await count('SELECT count(*) AS n FROM holds WHERE call_sid = ? AND released_at IS NULL', call.callSid)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM call_events WHERE call_sid = ? AND kind = 'call.ended'", call.callSid)).toBe(1);
    expect(await db.get('SELECT state, outcome, duration_s FROM calls WHERE call_sid = ?', [call.callSid])).toEqual({ state: 'ended', outcome: 'abandoned', duration_s: 40 });
  });

  it('carries on a call on the other instance when one is killed mid-call', async () => {
    const victim = await start();
    let live = victim;
    const call = caller(() => live);
    await call.start();
    await call.press('1');
    await call.press(keyed(21));
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
    const screened = await postSigned(b.baseUrl, BENCH_PUBLIC_URL, BENCH_AUTH_TOKEN, screenPath, screenParams);
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
