// Today's arrivals (and departures, in house) on paper, for a group's desk at 00:30 on Sunday in New
// York (Hotel Miramar), still 23:30 on Saturday in Mexico City (Hotel Sierra Alta): each property's
// list under its own heading with its own date, and printed without the header, the forms and the
// buttons, saying what it is and when it was printed in each property's clock. Printed, the page
// was the console's header, the search form and every row's buttons.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe("a group's arrivals, printed", () => {
  let t: TestApp;
  let browser: Browser | undefined;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await bookByKeys(t.call({ to: SIERRA, from: '+525512345699' }), { date: '1128', roomType: '1', rooms: '1', nights: '1#', name: 'Sofía Sierra' });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550199' }), { date: '1129', roomType: '1', rooms: '1', nights: '1#', name: 'Mia Miramar' });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550198' }), { date: '1129', roomType: '2', rooms: '1', nights: '2#', name: 'Max Miramar' });
    t.clock.set('2026-11-29T05:30:00Z');
    if (hasChromium) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("lists each property's arrivals under its own heading and date", async () => {
    const { agent } = await login(t, ADMIN);
    const page = (await agent.get('/staff/reservations').expect(200)).text;
    const body = /<tbody>(.*?)<\/tbody>/s.exec(page)![1]!;
    const rows = [...body.matchAll(/<tr( class="property-group"| id="reservation-\d+")[^>]*>(.*?)<\/tr>/gs)].map((m) =>
      m[1]!.includes('property-group') ? `# ${text(m[2]!)}` : text(m[2]!).split(' ').slice(0, 2).join(' '),
    );
    expect(rows).toEqual(['# MIR, Sun, Nov 29', 'Mia Miramar', 'Max Miramar', '# SIE, Sat, Nov 28', 'Sofía Sierra']);
    expect(text(/<p class="print-only" id="printed">(.*?)<\/p>/s.exec(page)![1]!)).toBe(
      'All properties · Arrivals: MIR Sun, Nov 29, SIE Sat, Nov 28 · printed MIR Sun, Nov 29 00:30 (New York time), SIE Sat, Nov 28 23:30 (Mexico City time)',
    );
  });

  it.skipIf(!hasChromium)('prints the list and what it is, without the header, the forms and the buttons', async () => {
    const page = await staffPageAs(browser!, t.baseUrl, STAFF, { width: 1024 });
    await page.goto(`${t.baseUrl}/staff/reservations`);
    // On screen: the header, the search and the buttons; the printed line is not shown.
    expect(await page.locator('header.top').isVisible()).toBe(true);
    expect(await page.locator('#printed').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.getByLabel('Confirmation number, name or phone').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Arrived|Cancel/ }).first().isVisible()).toBe(false);
    expect(await page.locator('#reservations th', { hasText: 'Actions' }).isVisible()).toBe(false);
    expect(await page.locator('#printed').isVisible()).toBe(true);
    expect(await page.locator('tr.property-group').allInnerTexts()).toEqual(['MIR, Sun, Nov 29', 'SIE, Sat, Nov 28']);
    expect(await page.locator('#reservations tbody tr[id]').count()).toBe(3);
    await page.context().close();
  });
});
