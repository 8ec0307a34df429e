// A full disk is the failure a rolled-back write cannot show on SQLite: /healthz checks the room
// left as well (the file system's free space, SQLite's own size limit) and answers 503, and a staff
// login that cannot be written shows a page saying so, never a 500.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_FREE_BYTES, sqliteRoomProblem } from '../../src/storage/storage-full.ts';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, startStaffApp } from '../staff/staff-helpers.ts';
import { fillDatabase } from './helpers.ts';

describe('a full disk', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    t?.db.connection.pragma('max_page_count = 1073741823');
    await t?.close();
    t = undefined;
  });

  it('/healthz answers 503 once the database cannot grow, and 200 again when it can', async () => {
    t = await startStaffApp();
    expect((await request(t.baseUrl).get('/healthz')).body).toEqual({ ok: true, database: 'writable' });
    fillDatabase(t.db);
    const full = await request(t.baseUrl).get('/healthz');
    expect(full.status).toBe(503);
    expect(full.body.error).toContain('size limit');
    t.db.connection.pragma('max_page_count = 1073741823');
    expect((await request(t.baseUrl).get('/healthz')).status).toBe(200);
  });

  it('counts a file system with too little free space as full', async () => {
    t = await startStaffApp();
    expect(await sqliteRoomProblem(t.db, async () => ({ available: MIN_FREE_BYTES }))).toBeNull();
    expect(await sqliteRoomProblem(t.db, async () => ({ available: MIN_FREE_BYTES - 1 }))).toMatch(/disk is full/);
  });

  it('shows staff a page when a login cannot be written, not a 500; calls are still answered', async () => {
    t = await startStaffApp();
    fillDatabase(t.db);
    // Each login writes (the attempt, the session, the audit): the room left inside the last pages
    // runs out after a few. Every answer is the way in, or the page saying the disk is full.
    const statuses = new Set<number>();
    let page = '';
    for (let i = 0; i < 200 && !statuses.has(503); i++) {
      const agent = request.agent(t.baseUrl);
      const form = await agent.get('/staff/login');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
      const res = await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: ADMIN.username, password: ADMIN.password, next: '/staff' });
      statuses.add(res.status);
      if (res.status === 503) page = res.text;
    }
    expect([...statuses].filter((s) => s !== 303 && s !== 503)).toEqual([]);
    expect(statuses.has(503), 'the disk never filled up').toBe(true);
    expect(page).toContain('disk is full');
    expect(page).toContain('Calls are still answered');
    // (What callers hear then — the apology and the front desk — is database-faults.test.ts.)
  });
});
