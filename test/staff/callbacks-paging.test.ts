// The callbacks worklist's called-back requests paged like the calls and texts (25 a page, the
// latest first), over HTTP, for a group with all its properties in view: the waiting requests, the
// desk's work queue, stay whole on the first page (more than a page of them), oldest first, each
// with its dial link and Done form. They were listed up to 500 on one page.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { CALLED_BACK, WAITING, rowsOf, seedCallbacks } from './callbacks-seed.ts';
import { bearer, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

describe('the callbacks worklist, paged past its waiting requests', () => {
  let t: TestApp;
  let agent: Agent;
  let seeded: { waiting: number[]; calledBack: number[] };

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    seeded = await seedCallbacks(t);
    ({ agent } = await login(t));
  });
  afterAll(() => t?.close());

  it('lists every waiting request on one page, oldest first, with its dial link and Done form, unpaged', async () => {
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    expect(rowsOf(page)).toEqual(seeded.waiting);
    expect(page).toContain(`${WAITING} guests wait`);
    expect(page.match(/<form method="post" action="\/staff\/callbacks\/\d+\/done"/g)).toHaveLength(WAITING);
    expect(page.match(/href="tel:\+1305555\d{4}"/g)?.length).toBeGreaterThanOrEqual(WAITING);
    // All properties in view: each row says which.
    expect(page.match(/class="badge property"/g)?.length).toBeGreaterThanOrEqual(WAITING);
    expect(page).not.toContain('class="pager"');
  });

  it('pages those called back 25 at a time, the latest first, each once', async () => {
    const pages = [1, 2, 3].map(async (n) => (await agent.get(`/staff/callbacks?status=done&page=${n}`).expect(200)).text);
    const [first, second, third] = await Promise.all(pages);
    expect(rowsOf(first!)).toEqual(seeded.calledBack.slice(0, 25));
    expect(rowsOf(second!)).toEqual(seeded.calledBack.slice(25, 50));
    expect(rowsOf(third!)).toEqual(seeded.calledBack.slice(50));
    expect(first).toContain('60 requests called back, the latest first.');
    expect(first).toContain('Page 1 of 3');
    expect(first).toContain('href="/staff/callbacks?status=done&amp;page=2" rel="next"');
    expect(first).not.toContain('rel="prev"');
    expect(second).toContain('href="/staff/callbacks?status=done&amp;page=1" rel="prev"');
    expect(third).toContain('Page 3 of 3');
    expect(third).not.toContain('rel="next"');
    // Called back: the note, no form.
    expect(first).toContain('Called back by bob');
    expect(first).not.toMatch(/action="\/staff\/callbacks\/\d+\/done"/);
  });

  it('shows all: every waiting request then a page of those called back on the first page; only the called back after', async () => {
    const first = (await agent.get('/staff/callbacks?status=all').expect(200)).text;
    expect(rowsOf(first)).toEqual([...seeded.waiting, ...seeded.calledBack.slice(0, 25)]);
    expect(first).toContain(`${WAITING} guests wait`);
    expect(first).toContain('href="/staff/callbacks?status=all&amp;page=2" rel="next"');
    const second = (await agent.get('/staff/callbacks?status=all&page=2').expect(200)).text;
    expect(rowsOf(second)).toEqual(seeded.calledBack.slice(25, 50));
    expect(second).toContain('Those waiting are on <a href="/staff/callbacks?status=all&amp;page=1">the first page</a>.');
  });

  it('keeps a chosen number a page in its links', async () => {
    const first = (await agent.get('/staff/callbacks?status=done&perPage=50').expect(200)).text;
    expect(rowsOf(first)).toEqual(seeded.calledBack.slice(0, 50));
    expect(first).toContain('href="/staff/callbacks?status=done&amp;page=2&amp;perPage=50" rel="next"');
  });

  it('refuses a page that is not a number, saying why', async () => {
    const refused = await agent.get('/staff/callbacks?status=done&page=zero').expect(400);
    expect(refused.text).toMatch(/page/i);
    await agent.get('/staff/callbacks?status=done&perPage=1000').expect(400);
  });

  it('pages the API the same way, the waiting whole', async () => {
    const token = await bearer(t);
    const api = (q: string) => agent.get(`/api/callbacks${q}`).set('Authorization', `Bearer ${token}`).expect(200);
    const open = (await api('')).body;
    expect(open.callbacks.map((c: { id: number }) => c.id)).toEqual(seeded.waiting);
    expect(open.pages).toBeUndefined();
    const done = (await api('?status=done&page=3')).body;
    expect(done).toMatchObject({ page: 3, perPage: 25, total: CALLED_BACK, pages: 3 });
    expect(done.callbacks.map((c: { id: number }) => c.id)).toEqual(seeded.calledBack.slice(50));
    const all = (await api('?status=all')).body;
    expect(all.callbacks).toHaveLength(WAITING + 25);
  });
});
