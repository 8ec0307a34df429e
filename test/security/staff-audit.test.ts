// The audit trail against someone who would act unseen or under another name, round 4. What gave:
// an admin may make an API token for another account (for a desk PC, an integration), and whatever
// was done with it was audited as that account's, with nothing to tell it from the account's own
// work. Each entry made with a token now names it, and the token's own token.create entry names the
// admin who made it. What held is kept too: every action, by page or API, writes exactly its entry,
// under the account that did it.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, bearer, leaveVoicemail, login, startStaffApp } from '../staff/staff-helpers.ts';

interface Entry {
  id: number;
  actor: string;
  via: string;
  action: string;
  target: string | null;
  detail_json: string | null;
}

describe('the audit trail', () => {
  let t: TestApp;
  let adminToken = '';

  beforeAll(async () => {
    t = await startStaffApp();
    for (const from of ['+12125550101', '+12125550102', '+12125550103']) await bookByKeys(t.call({ from }), { name: 'Ana Torres', date: '1128' });
    for (const from of ['+13055550111', '+13055550122']) await leaveVoicemail(t, { from, transcript: 'Call me back.' });
    adminToken = await bearer(t, ADMIN.username);
  });
  afterAll(() => t.close());

  const entriesSince = async (id: number) => t.db.all<Entry>('SELECT id, actor, via, action, target, detail_json FROM audit_log WHERE id > ? ORDER BY id', [id]);
  const lastId = async () => (await t.db.get<{ id: number | null }>('SELECT max(id) AS id FROM audit_log'))!.id ?? 0;
  const reservation = async (n: number) => (await t.db.get<{ id: number }>('SELECT id FROM reservations ORDER BY id LIMIT 1 OFFSET ?', [n]))!.id;
  const callback = async (n: number) => (await t.db.get<{ id: number }>('SELECT id FROM callback_requests ORDER BY id LIMIT 1 OFFSET ?', [n]))!.id;

  it('names the API token an action was done with, and the admin who made that token for another account', async () => {
    const made = await request(t.baseUrl).post('/api/tokens').set('Authorization', `Bearer ${adminToken}`).send({ username: STAFF.username, label: 'front desk PC' }).expect(201);
    const as = (path: string, body: object = {}) => request(t.baseUrl).post(path).set('Authorization', `Bearer ${made.body.token as string}`).send(body);
    const since = await lastId();
    await as(`/api/reservations/${await reservation(0)}/cancel`).expect(200);
    await as(`/api/callbacks/${await callback(0)}/tried`).expect(200);
    await as(`/api/callbacks/${await callback(0)}/done`, { note: 'Called back' }).expect(200);
    const entries = await entriesSince(since);
    expect(entries.map((e) => [e.actor, e.via, e.action])).toEqual([
      [STAFF.username, 'api', 'reservation.cancel'],
      [STAFF.username, 'api', 'callback.tried'],
      [STAFF.username, 'api', 'callback.done'],
    ]);
    for (const e of entries) expect(JSON.parse(e.detail_json!).token, e.action).toBe(made.body.id);
    // The token's own entry: made by the admin, for that account, with its id.
    const creation = (await t.db.get<Entry>("SELECT actor, via, action, target, detail_json FROM audit_log WHERE action = 'token.create' AND target = ?", [`user:${STAFF.username}`]))!;
    expect(creation.actor).toBe(ADMIN.username);
    expect(JSON.parse(creation.detail_json!).tokenId).toBe(made.body.id);
    // The accounts page says both.
    const { agent } = await login(t, ADMIN);
    const page = (await agent.get('/staff/admin').expect(200)).text;
    expect(page).toContain(`<td>api, token #${made.body.id as number}</td><td>reservation.cancel</td>`);
    expect(page).toContain(`<td>token.create</td><td>user:${STAFF.username} (token #${made.body.id as number})</td>`);
  });

  it('writes exactly one entry per action, by page or API, under the account that did it, and none for what was refused', async () => {
    const web = await login(t, STAFF);
    const api = (path: string, body: object = {}) => request(t.baseUrl).post(path).set('Authorization', `Bearer ${adminToken}`).send(body);
    const page = (path: string, body: Record<string, string> = {}) => web.agent.post(path).type('form').send({ _csrf: web.csrf, ...body });
    const r1 = await reservation(1);
    const r2 = await reservation(2);
    const cb = await callback(1);
    const steps: [string, () => Promise<request.Response>, [string, string, string][]][] = [
      ['arrived by page', () => page(`/staff/reservations/${r1}/arrived`), [[STAFF.username, 'web', 'reservation.arrived']]],
      ['undo by page', () => page(`/staff/reservations/${r1}/undo`), [[STAFF.username, 'web', 'reservation.undo-arrived']]],
      ['cancel by API', () => api(`/api/reservations/${r2}/cancel`), [[ADMIN.username, 'api', 'reservation.cancel']]],
      ['undo by API', () => api(`/api/reservations/${r2}/undo`), [[ADMIN.username, 'api', 'reservation.undo-cancel']]],
      ['tried by page', () => page(`/staff/callbacks/${cb}/tried`), [[STAFF.username, 'web', 'callback.tried']]],
      ['a refused done (no note)', () => page(`/staff/callbacks/${cb}/done`, { note: '' }), []],
      ['a refused cancel ("sure" not ticked)', () => page(`/staff/reservations/${r1}/cancel`), []],
      ['done by page', () => page(`/staff/callbacks/${cb}/done`, { note: 'Booked for the 10th' }), [[STAFF.username, 'web', 'callback.done']]],
      ['done again by API (409)', () => api(`/api/callbacks/${cb}/done`, { note: 'again' }), []],
    ];
    for (const [what, step, expected] of steps) {
      const since = await lastId();
      const res = await step();
      expect(res.status, what).toBeLessThan(500);
      const entries = await entriesSince(since);
      expect(entries.map((e) => [e.actor, e.via, e.action]), what).toEqual(expected);
      // An action done in a session names no token.
      for (const e of entries.filter((x) => x.via === 'web')) expect(JSON.parse(e.detail_json ?? '{}').token, what).toBeUndefined();
    }
  });
});
