// Cross-site requests against the staff console, round 4: every state-changing page form and API
// route (found by walking the app's router, so the newest and any added later are covered), sent
// with a logged-in session's cookie but without that session's CSRF token — none, another
// session's, the right one in the wrong place — is refused (403) and writes nothing, though each
// carries what it would need to succeed (its own property's ids, a note, a whole reservation).
// Held in round 4: no fix was needed.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, STAFF, bearer, fillWithCalls, leaveVoicemail, login, startStaffApp, staffRoutes } from '../staff/staff-helpers.ts';
import type { Agent, FilledCalls } from '../staff/staff-helpers.ts';

describe('a state-changing staff request without its session’s CSRF token', () => {
  let t: TestApp;
  let calls: FilledCalls;
  const ids = { reservation: 0, callback: 0, token: 0 };
  let victim: { agent: Agent; csrf: string };
  let other: { agent: Agent; csrf: string };

  beforeAll(async () => {
    t = await startStaffApp();
    calls = await fillWithCalls(t);
    const voicemail = await leaveVoicemail(t, { from: '+13055550111', transcript: 'Call me back.' });
    ids.reservation = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [calls.booked]))!.id;
    ids.callback = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [voicemail.callSid]))!.id;
    victim = await login(t, ADMIN);
    other = await login(t, STAFF);
    const made = await request(t.baseUrl).post('/api/tokens').set('Authorization', `Bearer ${await bearer(t)}`).send({ username: STAFF.username }).expect(201);
    ids.token = made.body.id as number;
  });
  afterAll(() => t.close());

  /** Everything an action could change. */
  const state = async () => ({
    reservations: await t.db.all('SELECT id, status, updated_at FROM reservations ORDER BY id'),
    callbacks: await t.db.all('SELECT id, status, attempts FROM callback_requests ORDER BY id'),
    tokens: await t.db.all('SELECT id, revoked_at FROM staff_tokens ORDER BY id'),
    outbox: await t.db.all('SELECT id, status FROM outbox ORDER BY id'),
    audit: await t.db.all("SELECT id FROM audit_log WHERE action NOT LIKE 'login%' ORDER BY id"),
    sessions: (await t.db.get<{ n: number }>('SELECT count(*) AS n FROM staff_sessions'))!.n,
  });

  /** What each action needs to succeed, so that only the missing token stands in its way. */
  const bodyFor = (path: string): Record<string, string> => {
    if (path.endsWith('/cancel')) return { confirm: 'yes' };
    if (path.endsWith('/arrived')) return { released: 'yes' };
    if (path.endsWith('/done')) return { note: 'Called back: booked for the 10th' };
    if (path.endsWith('/tokens')) return { username: STAFF.username, label: 'forged' };
    if (path.endsWith('/reservations') || path.endsWith('/reservations/new')) {
      return { arrival: '2026-12-10', nights: '1', roomType: 'STD', rooms: '1', guestName: 'Forged Guest', payment: 'cash', phone: '+12125550100' };
    }
    return {};
  };
  const fill = (path: string) =>
    path.replace(':id', String(path.includes('callbacks') ? ids.callback : path.includes('tokens') ? ids.token : ids.reservation));

  it('is refused (403) on every form and API route, and changes nothing', async () => {
    const routes = staffRoutes(t.app).filter((r) => r.method !== 'GET' && !r.path.endsWith('/login'));
    expect(routes.length).toBeGreaterThan(10);
    const before = await state();
    const tried: string[] = [];
    for (const route of routes) {
      const path = fill(route.path);
      const body = bodyFor(path);
      const send = (headers: Record<string, string>, payload: Record<string, string>) => {
        const r = (victim.agent as unknown as Record<string, (u: string) => request.Test>)[route.method.toLowerCase()]!(path).set(headers);
        return path.startsWith('/api') ? r.send(payload) : r.type('form').send(payload);
      };
      const attempts: [string, request.Test][] = path.startsWith('/api')
        ? [
            ['no token', send({}, body)],
            ["another session's token", send({ 'X-CSRF-Token': other.csrf }, body)],
            ['the token in the body, not the header', send({}, { ...body, _csrf: victim.csrf })],
            ['an empty token', send({ 'X-CSRF-Token': '' }, body)],
          ]
        : [
            ['no token', send({}, body)],
            ["another session's token", send({}, { ...body, _csrf: other.csrf })],
            ['the token in a header, not the form', send({ 'X-CSRF-Token': victim.csrf }, body)],
            ['the token twice', send({}, { ...body, _csrf: [victim.csrf, victim.csrf] as unknown as string })],
          ];
      for (const [how, pending] of attempts) {
        const res = await pending;
        expect(res.status, `${route.method} ${path} with ${how}`).toBe(403);
        tried.push(`${route.method} ${path}`);
      }
    }
    expect(new Set(tried).size).toBe(routes.length);
    expect(await state()).toEqual(before);
    // The session itself is untouched: logout was refused too.
    await victim.agent.get('/api/me').expect(200);
  });

  it('goes through with the token, as the session’s own page sends it', async () => {
    const res = await victim.agent.post(`/staff/callbacks/${ids.callback}/tried`).type('form').send({ _csrf: victim.csrf });
    expect(res.status).toBe(303);
    expect((await t.db.get<{ attempts: number }>('SELECT attempts FROM callback_requests WHERE id = ?', [ids.callback]))!.attempts).toBe(1);
  });
});
