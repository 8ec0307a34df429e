// Paging keeps every filter and the page size: the Calls and Texts pagers dropped `perPage` (a
// clerk reading 100 a page was back to 25 on "Older →"), and the filter forms and presets dropped
// it too. The callbacks worklist's waiting requests are whole however many: they were cut at 500.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { rowsOf } from './callbacks-seed.ts';
import { bearer, fillWithCalls, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';

const hrefs = (page: string, rel: 'next' | 'prev') => [...page.matchAll(new RegExp(`href="([^"]+)" rel="${rel}"`, 'g'))].map((m) => m[1]!.replaceAll('&amp;', '&'));
const callRows = (page: string): string[] => [...page.matchAll(/<a href="\/staff\/calls\/(CA[0-9a-f]+|TX[0-9a-f]+)"/g)].map((m) => m[1]!);

describe('paging keeps the filters and the page size', () => {
  let t: TestApp;
  let agent: Agent;
  beforeAll(async () => {
    t = await startStaffApp();
    await fillWithCalls(t);
    // Three more texts to guests, copies of the booking's confirmation.
    const columns = (await t.db.all<{ name: string }>("SELECT name FROM pragma_table_info('outbox')")).map((c) => c.name).filter((c) => c !== 'id');
    for (let i = 0; i < 3; i++) await t.db.run(`INSERT INTO outbox (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM outbox ORDER BY id LIMIT 1`);
    ({ agent } = await login(t));
  });
  afterAll(() => t?.close());

  it('walks the calls one a page with its filters, every call once, each link keeping perPage', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/staff/calls?channel=voice&perPage=1&from=2026-11-28&to=2026-11-28';
    while (url) {
      const page: string = (await agent.get(url).expect(200)).text;
      const rows = callRows(page);
      expect(rows).toHaveLength(1);
      seen.push(...rows);
      const next: string | undefined = hrefs(page, 'next')[0];
      if (next) {
        const q = new URL(next, 'http://x').searchParams;
        expect(Object.fromEntries(q)).toMatchObject({ channel: 'voice', perPage: '1', from: '2026-11-28', to: '2026-11-28' });
      }
      url = next;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    // Back from the last page: the same size.
    const last = (await agent.get('/staff/calls?channel=voice&perPage=1&page=4').expect(200)).text;
    expect(hrefs(last, 'prev')[0]).toContain('perPage=1');
  });

  it('keeps the page size in the calls filter form and presets', async () => {
    const page = (await agent.get('/staff/calls?perPage=2&lang=en-US').expect(200)).text;
    expect(page).toContain('<input type="hidden" name="perPage" value="2">');
    const today = [...page.matchAll(/<a href="(\/staff\/calls\?[^"]*)"[^>]*>Today</g)].map((m) => m[1]!.replaceAll('&amp;', '&'))[0];
    expect(today).toBeDefined();
    expect(new URL(today!, 'http://x').searchParams.get('perPage')).toBe('2');
    expect(new URL(today!, 'http://x').searchParams.get('lang')).toBe('en-US');
    // The default size adds nothing to the addresses.
    expect((await agent.get('/staff/calls').expect(200)).text).not.toContain('name="perPage"');
  });

  it('walks the texts to guests one a page, with the status filter and page size kept', async () => {
    const seen = new Set<string>();
    let url: string | undefined = '/staff/outbox?status=unsent&perPage=1';
    let pages = 0;
    while (url) {
      const page: string = (await agent.get(url).expect(200)).text;
      pages++;
      expect(page).toContain('<input type="hidden" name="perPage" value="1">');
      const next: string | undefined = hrefs(page, 'next')[0];
      if (next) expect(Object.fromEntries(new URL(next, 'http://x').searchParams)).toMatchObject({ status: 'unsent', perPage: '1' });
      seen.add(url);
      url = next;
    }
    expect(pages).toBe(4);
  });

  it('keeps the page size across the callbacks tabs', async () => {
    const page = (await agent.get('/staff/callbacks?status=done&perPage=50').expect(200)).text;
    expect(page).toContain('href="/staff/callbacks?status=open&amp;perPage=50"');
    expect(page).toContain('href="/staff/callbacks?status=all&amp;perPage=50"');
  });
});

describe('the callbacks worklist with more than 500 waiting', () => {
  const WAITING = 520;
  let t: TestApp;
  let agent: Agent;
  let ids: number[];
  beforeAll(async () => {
    t = await startStaffApp();
    const hotel = (await t.db.get<{ id: number }>('SELECT id FROM hotels ORDER BY id LIMIT 1'))!.id;
    await t.db.run(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO callback_requests (created_at, caller_number, locale, reason, hotel_id, status)
       SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-20T12:00:00Z', '+' || n.i || ' minutes'), '+1305' || (5550000 + n.i), 'en-US', 'caller_asked', ?, 'open' FROM n`,
      [WAITING, hotel],
    );
    ids = (await t.db.all<{ id: number }>('SELECT id FROM callback_requests ORDER BY created_at, id')).map((r) => r.id);
    ({ agent } = await login(t));
  });
  afterAll(() => t?.close());

  it('lists every waiting request, oldest first, and counts them all overdue', async () => {
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    expect(rowsOf(page)).toEqual(ids);
    expect(page).toContain(`${WAITING} guests wait`);
    expect(page).toContain(`${WAITING} overdue`);
  });

  it('answers every waiting request in the API', async () => {
    const token = await bearer(t);
    const res = await agent.get('/api/callbacks').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body.callbacks.map((c: { id: number }) => c.id)).toEqual(ids);
  });
});
