import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlValue } from '../../src/storage/sql.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, bearer, fillWithCalls, login, startStaffApp } from './staff-helpers.ts';
import type { FilledCalls } from './staff-helpers.ts';

describe('staff API over a database filled by real calls', () => {
  let t: TestApp;
  let calls: FilledCalls;
  let token: string;
  const api = (path: string) => request(t.baseUrl).get(path).set('Authorization', `Bearer ${token}`);
  const post = (path: string, body?: object) => {
    const req = request(t.baseUrl).post(path).set('Authorization', `Bearer ${token}`);
    return body ? req.send(body) : req;
  };

  beforeAll(async () => {
    t = await startStaffApp();
    calls = await fillWithCalls(t);
    token = (await bearer(t));
  });
  afterAll(() => t.close());

  describe('authentication', () => {
    const endpoints = [
      ['GET', '/api/calls'],
      ['GET', '/api/calls.csv'],
      ['GET', '/api/calls/CA00000000000000000000000000000000'],
      ['GET', '/api/reservations'],
      ['POST', '/api/reservations/1/cancel'],
      ['POST', '/api/reservations/1/arrived'],
      ['GET', '/api/callbacks'],
      ['POST', '/api/callbacks/1/done'],
      ['GET', '/api/availability'],
      ['GET', '/api/stats'],
      ['GET', '/api/flow'],
      ['GET', '/api/outbox'],
    ] as const;

    it.each(endpoints)('answers %s %s with 401 and no data without credentials', async (method, path) => {
      const res = method === 'GET' ? await request(t.baseUrl).get(path) : await request(t.baseUrl).post(path);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.body.error).toBe('unauthorized');
      expect(res.text).not.toContain('+1212');
    });

    it('refuses a wrong, malformed or revoked bearer token', async () => {
      expect((await request(t.baseUrl).get('/api/calls').set('Authorization', 'Bearer cnj_nope')).status).toBe(401);
      expect((await request(t.baseUrl).get('/api/calls').set('Authorization', 'Basic abc')).status).toBe(401);
      const accounts = new Accounts(t.db);
      await accounts.add('carol', 'carol-password-1', 'staff', t.clock.now());
      const own = (await accounts.createToken('carol', null, t.clock.now())).token;
      expect((await request(t.baseUrl).get('/api/calls').set('Authorization', `Bearer ${own}`)).status).toBe(200);
      await accounts.disable('carol', t.clock.now());
      expect((await request(t.baseUrl).get('/api/calls').set('Authorization', `Bearer ${own}`)).status).toBe(401);
    });

    it('stores API tokens only as their SHA-256', async () => {
      const rows = (await t.db.all<{ token_hash: string }>('SELECT token_hash FROM staff_tokens'));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
      const dump = JSON.stringify(await t.db.all('SELECT * FROM staff_tokens'));
      expect(dump).not.toContain(token);
    });

    it('needs X-CSRF-Token for a session-authenticated write, but not for a bearer one', async () => {
      const { agent, csrf } = await login(t, STAFF);
      const res = await agent.post('/api/callbacks/999/done').send({ note: 'x' });
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('csrf');
      const wrong = await agent.post('/api/callbacks/999/done').set('X-CSRF-Token', 'wrong').send({ note: 'x' });
      expect(wrong.status).toBe(403);
      const right = await agent.post('/api/callbacks/999/done').set('X-CSRF-Token', csrf).send({ note: 'x' });
      expect(right.status).toBe(404);
      expect((await post('/api/callbacks/999/done', { note: 'x' })).status).toBe(404);
    });

    it('keeps admin-only endpoints from the staff role (403) and lets an admin create tokens', async () => {
      const staffToken = (await bearer(t, STAFF.username));
      const asStaff = await request(t.baseUrl).get('/api/audit').set('Authorization', `Bearer ${staffToken}`);
      expect(asStaff.status).toBe(403);
      expect(asStaff.body.error).toBe('forbidden');
      expect(JSON.stringify(asStaff.body)).not.toContain('login');
      const mint = await request(t.baseUrl).post('/api/tokens').set('Authorization', `Bearer ${staffToken}`).send({ username: STAFF.username });
      expect(mint.status).toBe(403);

      const created = await post('/api/tokens', { username: STAFF.username, label: 'night desk tablet' });
      expect(created.status).toBe(201);
      expect(created.body.token).toMatch(/^cnj_/);
      const use = await request(t.baseUrl).get('/api/stats').set('Authorization', `Bearer ${created.body.token}`);
      expect(use.status).toBe(200);
      const audit = await api('/api/audit');
      expect(audit.status).toBe(200);
      expect(audit.body.entries).toContainEqual(
        expect.objectContaining({ actor: ADMIN.username, via: 'api', action: 'token.create', target: `user:${STAFF.username}` }),
      );
    });
  });

  describe('calls', () => {
    it('lists calls newest first with their outcome in the hotel words', async () => {
      const res = await api('/api/calls').expect(200);
      expect(res.body.total).toBe(4);
      expect(res.body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([calls.spanish, calls.abandoned, calls.desk, calls.booked]);
      const byId = Object.fromEntries(res.body.calls.map((c: { callSid: string }) => [c.callSid, c]));
      expect(byId[calls.booked]).toMatchObject({ outcome: 'booked', outcomeLabel: 'booked', from: '+12125550123', locale: 'en-US', reservation: { confirmation: calls.confirmation } });
      // What became of the desk call is the hand-off's to decide; staff see what it recorded.
      const deskOutcome = (await t.db.get<{ outcome: string }>('SELECT outcome FROM calls WHERE call_sid = ?', [calls.desk]))!.outcome;
      expect(byId[calls.desk].outcome).toBe(deskOutcome === 'voicemail' ? 'callback' : deskOutcome);
      expect(byId[calls.abandoned]).toMatchObject({ outcome: 'abandoned' });
      expect(byId[calls.spanish]).toMatchObject({ locale: 'es-MX', outcome: 'abandoned' });
      expect(byId[calls.booked].startedAtLocal).toBe('2026-11-28 10:00');
    });

    it('filters by outcome, caller number, language and date, and pages', async () => {
      const only = async (query: string) => (await api(`/api/calls?${query}`).expect(200)).body.calls.map((c: { callSid: string }) => c.callSid);
      expect(await only('outcome=booked')).toEqual([calls.booked]);
      const all = (await api('/api/calls').expect(200)).body.calls as { callSid: string; outcome: string }[];
      for (const word of ['booked', 'transferred', 'callback', 'abandoned', 'failed', 'denial', 'regret']) {
        expect(await only(`outcome=${word}`)).toEqual(all.filter((c) => c.outcome === word).map((c) => c.callSid));
      }
      expect(await only('outcome=abandoned')).toEqual(expect.arrayContaining([calls.spanish, calls.abandoned]));
      expect(await only(`outcome=${encodeURIComponent('voicemail/callback')}`)).toEqual(await only('outcome=callback'));
      expect(await only('outcome=turnaway')).toEqual([]);
      expect(await only('outcome=in-progress')).toEqual([]);
      expect(await only(`caller=${encodeURIComponent('(415) 555-0177')}`)).toEqual([calls.abandoned]);
      expect(await only('caller=5550123')).toEqual([calls.booked]);
      expect(await only('lang=es')).toEqual([calls.spanish]);
      const englishAbandoned = await only('lang=en-US&outcome=abandoned');
      expect(englishAbandoned).toContain(calls.abandoned);
      expect(englishAbandoned).not.toContain(calls.spanish);
      expect(await only('from=2026-11-28&to=2026-11-28')).toHaveLength(4);
      expect(await only('from=2026-11-29')).toEqual([]);
      expect(await only('to=2026-11-27')).toEqual([]);
      const page2 = await api('/api/calls?perPage=3&page=2').expect(200);
      expect(page2.body).toMatchObject({ page: 2, perPage: 3, total: 4, pages: 2 });
      expect(page2.body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([calls.booked]);
    });

    it.each([
      ['from=2026-13-01', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-11-28&to=2026-11-01', 'to'],
      ['outcome=happy', 'outcome'],
      ['caller=abc', 'caller'],
      ['lang=fr', 'lang'],
      ['page=0', 'page'],
      ['perPage=1000', 'perPage'],
      ['color=blue', 'color'],
      ['page=1&page=2', 'page'],
    ])('answers 400 naming the parameter for %s', async (query, parameter) => {
      const res = await api(`/api/calls?${query}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'bad_parameter', parameter });
      expect(res.body.message).toContain(parameter);
    });

    it("gives one call's whole timeline: prompts said, keys and speech heard with confidence, transitions, outcome, reservation", async () => {
      const res = await api(`/api/calls/${calls.booked}`).expect(200);
      const call = res.body;
      expect(call).toMatchObject({ callSid: calls.booked, outcome: 'booked', from: '+12125550123' });
      const timeline = call.timeline as { kind: string; fromState: string | null; toState: string | null; heard: Record<string, unknown> | null; understood: string | null; said: { prompt: string; text: string }[] }[];
      expect(timeline[0]).toMatchObject({ kind: 'call.started', toState: 'greeting' });
      expect(timeline[0]!.said.map((s) => s.prompt)).toContain('ask.greeting');
      expect(timeline[0]!.said[0]!.text).toContain('Hotel Miramar');
      const date = timeline.find((e) => e.heard?.digits === '1204')!;
      expect(date).toMatchObject({ kind: 'caller.digits', fromState: 'askingArrivalDate', toState: 'askingRoomType', understood: 'arrival 2026-12-04' });
      const name = timeline.find((e) => e.kind === 'caller.speech')!;
      expect(name.heard).toEqual({ speech: 'Ana Torres', confidence: 0.95 });
      expect(name.understood).toContain('Ana Torres');
      expect(timeline.some((e) => e.toState === 'confirmed' && e.said.some((s) => s.prompt === 'confirmed'))).toBe(true);
      expect(timeline.at(-1)).toMatchObject({ kind: 'call.ended', toState: 'ended' });
      expect(call.reservations).toEqual([expect.objectContaining({ confirmation: calls.confirmation, roomType: 'DLX', nights: 2, rooms: 1, guestName: 'Ana Torres' })]);
      expect(JSON.stringify(call)).not.toContain('snapshot');

      const desk = (await api(`/api/calls/${calls.desk}`).expect(200)).body;
      const dial = desk.timeline.find((e: { kind: string }) => e.kind === 'desk.result');
      expect(dial).toMatchObject({ fromState: 'transferring', heard: { dialStatus: 'no-answer' } });
      expect(desk).toMatchObject({ transferReason: 'caller_asked', dialStatus: 'no-answer' });
    });

    it('answers 404 for an unknown call and 400 for something that is not a call SID', async () => {
      expect((await api('/api/calls/CA0123456789abcdef0123456789abcdef')).status).toBe(404);
      const bad = await api('/api/calls/not-a-sid');
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('callSid');
    });

    it('exports the filtered calls as CSV', async () => {
      const res = await api('/api/calls.csv?outcome=booked').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain('attachment');
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toBe('call_sid,started_at_utc,started_at_local,ended_at_utc,duration_s,from,to,language,outcome,last_state,confirmation,channel,guest_name,property');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(calls.booked);
      expect(lines[1]).toContain('+12125550123');
      expect(lines[1]).toContain(calls.confirmation);
      // The property's code last: empty for a hotel loaded without one.
      expect(lines[1]!.endsWith(',voice,Ana Torres,')).toBe(true);
      const all = await api('/api/calls.csv').expect(200);
      expect(all.text.trim().split('\r\n')).toHaveLength(5);
      expect((await api('/api/calls.csv?page=2')).status).toBe(400);
    });
  });

  describe('reservations and availability', () => {
    it("lists a date's arrivals with the hold in hotel time, and finds by confirmation, name or phone", async () => {
      const res = await api('/api/reservations?date=2026-12-04').expect(200);
      expect(res.body.reservations).toHaveLength(1);
      expect(res.body.reservations[0]).toMatchObject({
        confirmation: calls.confirmation,
        status: 'booked',
        guestName: 'Ana Torres',
        roomTypeName: 'Deluxe King',
        holdUntil: '2026-12-04T23:00:00.000Z',
        holdUntilLocal: '2026-12-04 18:00',
        callbackNumber: '+12125550123',
      });
      expect((await api('/api/reservations').expect(200)).body).toMatchObject({ date: '2026-11-28', reservations: [] });
      for (const q of [calls.confirmation, calls.confirmation.slice(0, 5), 'torres', '212-555-0123']) {
        const found = await api(`/api/reservations?q=${encodeURIComponent(q)}`).expect(200);
        expect(found.body.reservations.map((r: { confirmation: string }) => r.confirmation)).toEqual([calls.confirmation]);
      }
      expect((await api('/api/reservations?q=Nobody%20Here').expect(200)).body.reservations).toEqual([]);
      expect((await api('/api/reservations?date=2026-02-30')).body.parameter).toBe('date');
      expect((await api('/api/reservations?q=x')).body.parameter).toBe('q');
    });

    it('gives free rooms per room type per night, highest rate first', async () => {
      const res = await api('/api/availability?from=2026-12-03&days=4').expect(200);
      expect(res.body.roomTypes.map((r: { code: string }) => r.code)).toEqual(['OCEAN', 'DLX', 'DQ', 'STD']);
      const dlx = res.body.roomTypes[1];
      expect(dlx.nights.map((n: { night: string; free: number }) => [n.night, n.free])).toEqual([
        ['2026-12-03', 3],
        ['2026-12-04', 2],
        ['2026-12-05', 2],
        ['2026-12-06', 3],
      ]);
      const month = await api('/api/availability').expect(200);
      expect(month.body).toMatchObject({ from: '2026-11-28', days: 30 });
      expect(month.body.roomTypes[0].nights).toHaveLength(30);
      expect((await api('/api/availability?days=91')).body.parameter).toBe('days');
      expect((await api('/api/availability?from=12/04/2026')).body.parameter).toBe('from');
    });

    it('cancels a reservation, frees its rooms at once, and writes who did it to the audit log', async () => {
      const booking = t.call({ from: '+16175550142' });
      await bookByKeys(booking, { date: '1210', roomType: '1', rooms: '2', nights: '1#', name: 'Lee Park' });
      const { id } = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [booking.callSid]))!;
      const free = async () => (await api('/api/availability?from=2026-12-10&days=1').expect(200)).body.roomTypes[0].nights[0].free;
      expect(await free()).toBe(0);

      const res = await post(`/api/reservations/${id}/cancel`).expect(200);
      expect(res.body).toMatchObject({ id, status: 'cancelled', canCancel: false });
      expect(await free()).toBe(2);
      const again = await post(`/api/reservations/${id}/cancel`);
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('not_cancellable');
      expect((await post('/api/reservations/99999/cancel')).status).toBe(404);
      expect((await post('/api/reservations/abc/cancel')).body).toMatchObject({ error: 'bad_parameter', parameter: 'id' });

      const entry = (await t.db.get<{ actor: string; via: string; at: string; detail_json: string }>("SELECT actor, via, at, detail_json FROM audit_log WHERE action = 'reservation.cancel' AND target = ?", [`reservation:${id}`]));
      expect(entry).toMatchObject({ actor: ADMIN.username, via: 'api' });
      expect(entry!.at).toBe(t.clock.now().toISOString());
    });

    it('marks a guest arrived, and shows an unarrived reservation as released past its hold, its rooms free', async () => {
      const booking = t.call({ from: '+16175550143' });
      await bookByKeys(booking, { date: '1129', roomType: '1', rooms: '1', nights: '1#', name: 'Kim Moss' });
      const late = t.call({ from: '+16175550144' });
      await bookByKeys(late, { date: '1129', roomType: '1', rooms: '1', nights: '1#', name: 'Sam Lowe' });
      const idOf = async (sid: string) => (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [sid]))!.id;
      const ocean = async () => (await api('/api/availability?from=2026-11-29&days=1').expect(200)).body.roomTypes[0].nights[0].free;
      expect(await ocean()).toBe(0);

      t.clock.set('2026-11-29T20:00:00Z'); // 15:00 in New York: Kim arrives
      const arrived = await post(`/api/reservations/${(await idOf(booking.callSid))}/arrived`).expect(200);
      expect(arrived.body.status).toBe('arrived');

      t.clock.set('2026-11-29T23:30:00Z'); // 18:30: Sam's hold (18:00) has passed
      const list = (await api('/api/reservations?date=2026-11-29').expect(200)).body.reservations;
      const byName = Object.fromEntries(list.map((r: { guestName: string }) => [r.guestName, r]));
      expect(byName['Kim Moss'].status).toBe('arrived');
      expect(byName['Sam Lowe']).toMatchObject({ status: 'released', holdUntilLocal: '2026-11-29 18:00' });
      expect(await ocean()).toBe(1);
      // Sam turns up late and the room is still free: staff can still mark the arrival.
      expect((await post(`/api/reservations/${(await idOf(late.callSid))}/arrived`).expect(200)).body.status).toBe('arrived');
      expect(await ocean()).toBe(0);
      t.clock.set('2026-11-28T15:10:00Z');
    });
  });

  describe('callback queue', () => {
    it('shows open requests in the desk’s order and closes one with a note', async () => {
      // What the hand-off writes when nobody at the desk answers (src/calls/callback-requests.ts).
      const insert = (...row: SqlValue[]) =>
        t.db.run(
          `INSERT INTO callback_requests (call_sid, created_at, caller_number, locale, reason, recording_url, partial_json, hotel_id)
           SELECT ?, ?, ?, ?, ?, ?, ?, (SELECT hotel_id FROM calls LIMIT 1)`,
          row,
        );
      await insert(calls.spanish, '2026-11-28T15:05:00.000Z', '+5215512345678', 'es-MX', 'caller_asked', 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1', JSON.stringify({ arrival: '2026-12-20', rooms: 2, nights: null }));
      await insert(calls.desk, '2026-11-28T15:02:00.000Z', '+13055550188', 'en-US', 'misses', null, null);

      const res = await api('/api/callbacks').expect(200);
      // The older one is a one-shot (a call of seconds that left nothing: callback-order.ts): after the voicemail.
      expect(res.body.callbacks.map((c: { callerNumber: string }) => c.callerNumber)).toEqual(['+5215512345678', '+13055550188']);
      expect(res.body.callbacks[0]).toMatchObject({ locale: 'es-MX', partial: { arrival: '2026-12-20', rooms: 2 }, status: 'open' });
      const id = res.body.callbacks[1].id as number;

      expect((await post(`/api/callbacks/${id}/done`, { note: 'x'.repeat(1001) })).body.parameter).toBe('note');
      expect((await post(`/api/callbacks/${id}/done`, { note: 'ok', extra: 1 })).body.parameter).toBe('extra');
      const bad = await request(t.baseUrl).post(`/api/callbacks/${id}/done`).set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send('{"note":');
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('body');

      const done = await post(`/api/callbacks/${id}/done`, { note: 'Booked 2 nights by phone' }).expect(200);
      expect(done.body).toMatchObject({ status: 'done', doneBy: ADMIN.username, note: 'Booked 2 nights by phone' });
      expect((await post(`/api/callbacks/${id}/done`, { note: 'again' })).status).toBe(409);
      expect((await api('/api/callbacks').expect(200)).body.callbacks).toHaveLength(1);
      expect((await api('/api/callbacks?status=done').expect(200)).body.callbacks).toHaveLength(1);
      expect((await api('/api/callbacks?status=maybe')).body.parameter).toBe('status');
      expect(await t.db.get("SELECT count(*) AS n FROM audit_log WHERE action = 'callback.done'")).toEqual({ n: 1 });
    });
  });

  describe('stats and flow', () => {
    it('gives the headline figures for a period', async () => {
      const res = await api('/api/stats?from=2026-11-28&to=2026-11-28').expect(200);
      const s = res.body;
      expect(s.calls).toBeGreaterThanOrEqual(4);
      expect(s.bookings).toBe(s.outcomes.booked);
      expect(s.conversion).toBeCloseTo(s.bookings / s.calls);
      expect(s.abandonmentRate).toBeCloseTo(s.outcomes.abandoned / s.calls);
      expect(s.handedToStaff).toBeGreaterThanOrEqual(1);
      expect(s.transferRate).toBeCloseTo(s.handedToStaff / s.calls);
      expect(s.containment).toBeCloseTo(s.contained / s.calls);
      expect(s.byDay).toEqual([{ date: '2026-11-28', calls: s.calls, bookings: s.bookings }]);
      expect(s.byHourOfDay[10].calls).toBe(s.calls);
      expect(s.timezone).toBe('America/New_York');
      expect((await api('/api/stats?from=2025-01-01&to=2026-11-28')).body.parameter).toBe('to');
      expect((await api('/api/stats?from=2026-11-01').expect(200)).body).toMatchObject({ from: '2026-11-01', to: '2026-11-07', calls: 0, conversion: null });
    });

    it('counts per state of the statechart where calls went', async () => {
      const res = await api('/api/flow?from=2026-11-28&to=2026-11-28').expect(200);
      const state = (id: string) => res.body.states.find((s: { state: string }) => s.state === id);
      expect(state('greeting').reached).toBe(res.body.calls);
      expect(state('greeting').transferredHere).toBe(1);
      expect(state('askingArrivalDate').hungUpHere).toBeGreaterThanOrEqual(1);
      expect(state('mainMenu').hungUpHere).toBe(1);
      // Booked calls are asked "Another booking?" (flows/after-booking.ts): those that hung up there ended
      // there; a call still on the line, or booking again, has not.
      expect(state('confirmed').endedHere).toBeGreaterThanOrEqual(1);
      expect(state('confirmed').endedHere).toBeLessThanOrEqual(state('confirmed').reached);
      expect(state('afterAnswer').kind).toBe('transient');
      expect(res.body.mermaid).toContain('stateDiagram-v2');
      expect(res.body.mermaid).toMatch(/greeting : reached \d+/);
    });
  });

  describe('methods', () => {
    const ask = (method: 'put' | 'delete' | 'patch' | 'post' | 'get', path: string) => request(t.baseUrl)[method](path).set('Authorization', `Bearer ${token}`);

    it('answers a served path asked with a method it does not take with a JSON 405 and an Allow header, and changes nothing', async () => {
      const before = await t.db.get('SELECT (SELECT count(*) FROM reservations) AS r, (SELECT count(*) FROM callback_requests WHERE status = ?) AS cb', ['done']);
      const cases: [Parameters<typeof ask>[0], string, string][] = [
        ['put', '/api/calls', 'GET, HEAD'],
        ['delete', `/api/calls/${calls.booked}`, 'GET, HEAD'],
        ['patch', '/api/reservations', 'GET, HEAD, POST'],
        ['delete', '/api/reservations/1', 'GET, HEAD'],
        ['get', '/api/reservations/1/cancel', 'POST'],
        ['put', '/api/callbacks/1/done', 'POST'],
        ['get', '/api/tokens/1', 'DELETE'],
        ['post', '/api/today', 'GET, HEAD'],
      ];
      for (const [method, path, allow] of cases) {
        const res = await ask(method, path).send({});
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.headers.allow, `${method} ${path}`).toBe(allow);
        expect(res.body).toEqual({ error: 'method_not_allowed', message: `${path} takes ${allow.replace(/, /g, ' or ')}, not ${method.toUpperCase()}`, allow: allow.split(', ') });
      }
      expect(await t.db.get('SELECT (SELECT count(*) FROM reservations) AS r, (SELECT count(*) FROM callback_requests WHERE status = ?) AS cb', ['done'])).toEqual(before);
    });

    it('still answers 404 for a path nothing serves, whatever the method', async () => {
      for (const method of ['get', 'put', 'post'] as const) {
        const res = await ask(method, '/api/nothing/here');
        expect(res.status).toBe(404);
        expect(res.headers.allow).toBeUndefined();
        expect(res.body.error).toBe('not_found');
      }
    });
  });
});
