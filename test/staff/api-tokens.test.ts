// API tokens (issue 11): they expire (API_TOKEN_DAYS after they are made), an admin revokes them
// one by one — on the Accounts page, by the API or in the terminal — and a new password or a
// disabled account revokes all of that account's. Through real HTTP, with the app's own clock.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { applyDataFixes } from '../../src/storage/data-fixes.ts';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

const DAY = 86_400_000;
const run = promisify(execFile);

describe('API tokens', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  const calls = (token: string) => request(t!.baseUrl).get('/api/calls').set('Authorization', `Bearer ${token}`);

  it('stop working API_TOKEN_DAYS after they are made', async () => {
    t = await startStaffApp({ env: { API_TOKEN_DAYS: '30' } });
    const admin = await bearer(t);
    const created = await request(t.baseUrl).post('/api/tokens').set('Authorization', `Bearer ${admin}`).send({ username: STAFF.username, label: 'desk PC' });
    expect(created.status).toBe(201);
    expect(created.body.expiresAt).toBe(new Date(t.clock.now().getTime() + 30 * DAY).toISOString());
    expect((await calls(created.body.token)).status).toBe(200);
    t.clock.advance(30 * DAY - 60_000);
    expect((await calls(created.body.token)).status).toBe(200);
    t.clock.advance(60_000);
    expect((await calls(created.body.token)).status).toBe(401);
    expect((await new Accounts(t.db).list(t.clock.now())).find((a) => a.username === STAFF.username)?.activeTokens).toBe(0);
  });

  it('are revoked one by one through the API, the others still working', async () => {
    t = await startStaffApp();
    const admin = await bearer(t);
    const accounts = new Accounts(t.db);
    const first = await accounts.createToken(STAFF.username, 'laptop', t.clock.now());
    const second = await accounts.createToken(STAFF.username, 'phone', t.clock.now());
    const listed = await request(t.baseUrl).get('/api/tokens').set('Authorization', `Bearer ${admin}`);
    expect(listed.status).toBe(200);
    expect(listed.body.tokens.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(JSON.stringify(listed.body)).not.toContain(first.token);

    expect((await request(t.baseUrl).delete(`/api/tokens/${first.id}`).set('Authorization', `Bearer ${admin}`)).status).toBe(204);
    expect((await calls(first.token)).status).toBe(401);
    expect((await calls(second.token)).status).toBe(200);
    // Again, or a token that never was: 404 with a reason; a staff account may not revoke at all.
    const again = await request(t.baseUrl).delete(`/api/tokens/${first.id}`).set('Authorization', `Bearer ${admin}`);
    expect(again.status).toBe(404);
    expect(again.body.message).toContain('API token');
    expect((await request(t.baseUrl).delete('/api/tokens/abc').set('Authorization', `Bearer ${admin}`)).status).toBe(400);
    expect((await request(t.baseUrl).delete(`/api/tokens/${second.id}`).set('Authorization', `Bearer ${second.token}`)).status).toBe(403);
    expect((await calls(second.token)).status).toBe(200);
    const audit = await t.db.all<{ action: string }>("SELECT action FROM audit_log WHERE action = 'token.revoke'");
    expect(audit).toHaveLength(1);
  });

  it('are revoked one by one from the Accounts page, behind its CSRF token', async () => {
    t = await startStaffApp();
    const token = await new Accounts(t.db).createToken(STAFF.username, 'kiosk', t.clock.now());
    const { agent, csrf } = await login(t, ADMIN);
    const page = await agent.get('/staff/admin').expect(200);
    expect(page.text).toContain(`id="token-${token.id}"`);
    expect(page.text).toContain('kiosk');
    expect(page.text).not.toContain(token.token);
    expect((await agent.post(`/staff/admin/tokens/${token.id}/revoke`).type('form').send({ _csrf: 'wrong' })).status).toBe(403);
    expect((await calls(token.token)).status).toBe(200);
    const done = await agent.post(`/staff/admin/tokens/${token.id}/revoke`).type('form').send({ _csrf: csrf });
    expect(done.status).toBe(303);
    expect((await calls(token.token)).status).toBe(401);
    const after = await agent.get('/staff/admin?notice=token-revoked').expect(200);
    expect(after.text).toContain('no longer works');
    expect(after.text).not.toContain(`id="token-${token.id}"`);
  });

  it('are all revoked when the password changes or the account is disabled', async () => {
    t = await startStaffApp();
    const accounts = new Accounts(t.db);
    const a = await accounts.createToken(STAFF.username, null, t.clock.now());
    const b = await accounts.createToken(STAFF.username, null, t.clock.now());
    const other = await accounts.createToken(ADMIN.username, null, t.clock.now());
    await accounts.setPassword(STAFF.username, 'a-new-password-9', t.clock.now());
    expect((await calls(a.token)).status).toBe(401);
    expect((await calls(b.token)).status).toBe(401);
    expect((await calls(other.token)).status).toBe(200);
    const c = await accounts.createToken(STAFF.username, null, t.clock.now());
    expect((await calls(c.token)).status).toBe(200);
    await accounts.disable(STAFF.username, t.clock.now());
    expect((await calls(c.token)).status).toBe(401);
  });

  it('made before tokens expired get the default 90 days from when they were made', async () => {
    t = await startStaffApp();
    const accounts = new Accounts(t.db);
    const old = await accounts.createToken(STAFF.username, null, t.clock.now());
    const recent = await accounts.createToken(STAFF.username, null, t.clock.now());
    const made = (days: number) => new Date(t!.clock.now().getTime() - days * DAY).toISOString();
    await t.db.run('UPDATE staff_tokens SET expires_at = NULL, created_at = ? WHERE id = ?', [made(100), old.id]);
    await t.db.run('UPDATE staff_tokens SET expires_at = NULL, created_at = ? WHERE id = ?', [made(10), recent.id]);
    await t.db.run("DELETE FROM data_fixes WHERE name = 'token-expiry-1'");
    expect(await applyDataFixes(t.db)).toContain('token-expiry-1');
    expect((await calls(old.token)).status).toBe(401);
    expect((await calls(recent.token)).status).toBe(200);
  });

  it('are listed and revoked from the terminal', async () => {
    t = await startStaffApp();
    // Made now on the wall clock, which the script runs on: made at the test's fixed day, the token
    // would have expired (90 days) once that day was long enough ago.
    const token = await new Accounts(t.db).createToken(STAFF.username, 'script', new Date());
    const env = { ...process.env, DATABASE_PATH: t.dbPath, DATABASE_URL: '' };
    const listed = await run('npx', ['tsx', 'scripts/staff.ts', 'tokens', STAFF.username], { env });
    expect(listed.stdout).toContain('script');
    expect(listed.stdout).not.toContain(token.token);
    const revoked = await run('npx', ['tsx', 'scripts/staff.ts', 'revoke-token', String(token.id)], { env });
    expect(revoked.stdout).toContain(`API token ${token.id} of ${STAFF.username} revoked`);
    expect((await calls(token.token)).status).toBe(401);
    await expect(run('npx', ['tsx', 'scripts/staff.ts', 'revoke-token', String(token.id)], { env })).rejects.toMatchObject({ code: 1 });
  });
});
