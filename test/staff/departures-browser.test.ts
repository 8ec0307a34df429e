// Who leaves today, where a clerk looks in the morning: the overview's today panel has "Leaving
// today" beside the arrivals (each property's, on its own today, for a group's clerk), linked to
// the Departures list with each guest's name and rooms — in headless Chromium, in English (a
// group's clerk) and in Spanish (Sierra Alta's clerk). A guest due to leave who never came is a
// no-show, not a departure. Saturday 28 November 2026, 10:00 in Mexico City, 11:00 in New York.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { SIERRA_CLERK, STAFF, addSierraClerk, login, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('Leaving today on the overview, and the Departures list it leads to (browser, en + es)', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await addSierraClerk(t);
    // Friday: Ana (New York) and Mario (Mexico City) arrive for one night and are checked in;
    // Carl, due the same night at Miramar, never comes.
    t.clock.set('2026-11-27T17:00:00Z');
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550123' }), { date: '1127', nights: '1#', name: 'Ana Torres' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525533334444' }), { date: '1127', nights: '1#', name: 'Mario Ruiz', spanish: true });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+13125550166' }), { date: '1127', nights: '1#', name: 'Carl Diaz' });
    const { agent, csrf } = await login(t, STAFF);
    for (const q of ['Torres', 'Ruiz']) {
      const [found] = (await agent.get('/api/reservations').query({ q }).expect(200)).body.reservations as { id: number }[];
      await agent.post(`/api/reservations/${found!.id}/arrived`).set('X-CSRF-Token', csrf).expect(200);
    }
    t.clock.set('2026-11-28T16:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('English: each property’s guests leaving today, the no-show left out, one click to the list with names and rooms', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.locator('#departures-today-MIR dt').innerText()).toBe('Leaving today');
    expect(await page.locator('#departures-today-MIR dd').innerText()).toBe('1');
    expect(await page.locator('#departures-today-SIE dd').innerText()).toBe('1');
    await Promise.all([page.waitForURL(/list=departures/), page.locator('#departures-today-MIR a').click()]);
    const rows = (await page.locator('#reservations tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    const ana = rows.find((r) => r.includes('Ana Torres'));
    expect(ana).toContain('1 Deluxe King room');
    expect(rows.some((r) => r.includes('Mario Ruiz'))).toBe(true);
    await page.context().close();
  });

  it('Spanish: Se van hoy at Sierra, and the list in the desk’s words', async () => {
    const page = await staffPageAs(browser, t.baseUrl, SIERRA_CLERK, { width: 390 });
    await page.goto(`${t.baseUrl}/staff`);
    const tile = page.locator('[id^="departures-today"]');
    expect(await tile.locator('dt').innerText()).toBe('Se van hoy');
    expect(await tile.locator('dd').innerText()).toBe('1');
    await Promise.all([page.waitForURL(/list=departures/), tile.locator('a').click()]);
    const rows = (await page.locator('#reservations tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ')).join(' | ');
    expect(rows).toContain('Mario Ruiz');
    expect(rows).toContain('1 habitación doble');
    expect(rows).not.toContain('Ana Torres');
    await page.context().close();
  });
});
