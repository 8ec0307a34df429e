// The calls, guest, texts and accounts pages say times as the desk says them, in the hotel's time
// zone ("today 10:00", "yesterday 17:30"), as the overview and reservations do; the sortable form
// stays only in the <time> element's datetime and title (and in the API).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, fillWithCalls, login, startStaffApp } from './staff-helpers.ts';
import type { Agent, FilledCalls } from './staff-helpers.ts';

/** The page's text as read: tags (and so their attributes) left out. */
const visible = (page: string) => page.replace(/<[^>]*>/g, ' ');
const SORTABLE = /\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d|T)/;

describe('times on the desk pages (clock: Saturday 28 November 2026, 10:00 in New York)', () => {
  let t: TestApp;
  let calls: FilledCalls;
  let agent: Agent;

  beforeAll(async () => {
    t = await startStaffApp();
    calls = await fillWithCalls(t);
    // The next morning: the calls were yesterday.
    t.clock.set('2026-11-29T14:00:00Z');
    ({ agent } = await login(t, ADMIN));
  });
  afterAll(() => t.close());

  it('calls: "yesterday 10:00" in hotel time, the exact instant kept for machines', async () => {
    const page = (await agent.get('/staff/calls').expect(200)).text;
    expect(page).toContain(`<a href="/staff/calls/${calls.booked}"><time datetime="2026-11-28T15:00:00.000Z" title="2026-11-28 10:00 (New York time)">yesterday 10:00</time></a>`);
    expect(visible(page)).not.toMatch(SORTABLE);
  });

  it('a guest’s page: their calls in words', async () => {
    const page = (await agent.get('/staff/guest?phone=%2B12125550123').expect(200)).text;
    expect(visible(page)).toContain('yesterday 10:00');
    expect(visible(page)).not.toMatch(SORTABLE);
  });

  it('texts: created and since in words', async () => {
    const page = (await agent.get('/staff/outbox').expect(200)).text;
    expect(visible(page)).toMatch(/yesterday 10:0\d/);
    expect(visible(page)).not.toMatch(SORTABLE);
  });

  it('accounts: last login, tokens and the audit log in words', async () => {
    await agent.post('/staff/admin/tokens').type('form').send({ _csrf: (await agent.get('/api/me')).body.csrfToken, username: 'bob', label: 'night audit' }).expect(200);
    const page = (await agent.get('/staff/admin').expect(200)).text;
    const text = visible(page);
    expect(text).toContain('today 09:00'); // alice's login, the token, the audit entries
    expect(text).toMatch(/\w{3}, Feb 27, 2027 09:00/); // the token works 90 days: next year, said so
    expect(text).not.toMatch(SORTABLE);
  });
});
