// A manager's morning (/staff/morning, /api/morning): since yesterday began, per property and for
// all of a group's properties, with every call figure linking to the Calls page that lists exactly
// those calls (the two always agree). Real calls to the demo group (Miramar, New York; Sierra Alta,
// Mexico City) on Friday and Saturday, read on Sunday morning.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import type { Agent } from './staff-helpers.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

/** The morning table's figures, by row (property code, or 'all') and figure, with each figure's link. */
function figuresOf(page: string): Map<string, Map<string, { n: number; href: string | null }>> {
  const rows = new Map<string, Map<string, { n: number; href: string | null }>>();
  for (const row of page.matchAll(/<tr data-property="(\w+)">(.*?)<\/tr>/gs)) {
    const cells = new Map<string, { n: number; href: string | null }>();
    for (const cell of row[2]!.matchAll(/<td class="num" data-label="[^"]*" data-figure="(\w+)">(.*?)<\/td>/gs)) {
      const href = /href="([^"]+)"/.exec(cell[2]!)?.[1]?.replaceAll('&amp;', '&') ?? null;
      cells.set(cell[1]!, { n: Number(/(\d+)/.exec(cell[2]!.replace(/<[^>]+>/g, ' '))![1]), href });
    }
    rows.set(row[1]!, cells);
  }
  return rows;
}

/** How many calls the Calls page lists at a link. */
async function listedAt(agent: Agent, href: string): Promise<number> {
  const page = (await agent.get(href).expect(200)).text;
  return Number(/<p class="muted">(\d+) (?:call|calls) /.exec(page)![1]);
}

describe("the manager's morning, for a group", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    // Friday: before the report's window.
    t.clock.set('2026-11-27T15:00:00Z');
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550101' }), { date: '1204', roomType: '3', rooms: '1', nights: '1#', name: 'Fred Friday' });
    // Saturday evening at Miramar: both ocean rooms booked, then a caller who cannot have one, and one who hangs up.
    t.clock.set('2026-11-28T23:00:00Z');
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550102' }), { date: '1204', roomType: '1', rooms: '2', nights: '1#', name: 'Olivia Ocean' });
    const denied = t.call({ to: MIRAMAR, from: '+12125550103' });
    await askForStay(denied, { date: '1204', roomType: '1', rooms: '1', nights: '1#' });
    await denied.hangup();
    const gone = t.call({ to: MIRAMAR, from: '+12125550104' });
    await gone.start();
    await gone.press('1');
    await gone.hangup();
    // At Sierra Alta: a booking, and a caller the desk does not answer who leaves a voicemail.
    await bookByKeys(t.call({ to: SIERRA, from: '+525512345601' }), { date: '1205', roomType: '1', rooms: '1', nights: '1#', name: 'Sofía Sierra' });
    const voicemail = t.call({ to: SIERRA, from: '+525512345602' });
    await voicemail.start();
    await voicemail.press('0');
    await voicemail.dialResult('no-answer');
    await voicemail.press('1');
    await voicemail.record({ transcript: 'Llámenme por favor.' });
    // Olivia's confirmation text was refused.
    await t.db.run("UPDATE outbox SET status = 'failed' WHERE to_number = '+12125550102'");
    // Sunday, 08:00 in New York (07:00 in Mexico City).
    t.clock.set('2026-11-29T13:00:00Z');
  });
  afterAll(() => t?.close());

  it('counts each property and all of them, each figure as many as the Calls page lists behind it', async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff/morning').expect(200)).text;
    const figures = figuresOf(page);
    const n = (row: string) => Object.fromEntries([...figures.get(row)!].map(([k, v]) => [k, v.n]));
    expect(n('MIR')).toEqual({ calls: 3, booked: 1, desk: 0, voicemail: 0, turnaways: 1, abandoned: 1, callbacks: 0, texts: 1 });
    expect(n('SIE')).toEqual({ calls: 2, booked: 1, desk: 0, voicemail: 1, turnaways: 0, abandoned: 0, callbacks: 1, texts: 0 });
    expect(n('all')).toEqual({ calls: 5, booked: 2, desk: 0, voicemail: 1, turnaways: 1, abandoned: 1, callbacks: 1, texts: 1 });
    // All properties in view: the totals link to the Calls page, which lists as many.
    for (const [key, { n: count, href }] of figures.get('all')!) {
      if (!href?.startsWith('/staff/calls')) continue;
      expect(await listedAt(agent, href), key).toBe(count);
    }
    // The turnaway says why and what was asked.
    expect(page.replace(/<[^>]+>/g, '')).toMatch(/Turnaways at Hotel Miramar: 1\s*yesterday 18:0\d denial could not be offered what they asked: 1 Ocean/);

    // One property in view: its own figures link to its calls.
    await agent.post('/staff/property').type('form').send({ _csrf: (await agent.get('/api/me')).body.csrfToken, code: 'SIE', next: '/staff/morning' }).expect(303);
    const sierra = figuresOf((await agent.get('/staff/morning').expect(200)).text);
    expect([...sierra.keys()]).toEqual(['SIE']);
    for (const [key, { n: count, href }] of sierra.get('SIE')!) {
      if (!href?.startsWith('/staff/calls')) continue;
      expect(await listedAt(agent, href), key).toBe(count);
    }
  });

  it('answers the same as JSON', async () => {
    const { agent } = await login(t);
    const body = (await agent.get('/api/morning').expect(200)).body;
    expect(body.properties.map((p: { hotel: string; from: string; to: string }) => [p.hotel, p.from, p.to])).toEqual([
      ['MIR', '2026-11-28', '2026-11-29'],
      ['SIE', '2026-11-28', '2026-11-29'],
    ]);
    expect(body.all.figures).toEqual({ calls: 5, booked: 2, desk: 0, voicemail: 1, turnaways: 1, abandoned: 1 });
    expect(body.properties[0].turnaways[0]).toMatchObject({ kind: 'denial' });
  });
});
