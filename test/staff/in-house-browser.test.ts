// "In house" as a clerk reads it — checked in — and rooms counted as a clerk writes them, in
// headless Chromium, in English (a group's clerk: Miramar in New York, Sierra Alta in Mexico City,
// each on its own today) and in Spanish (Sierra's own clerk). A guest booked for tonight who has not
// arrived is not in house: listed apart, after the arrived guests, under their own heading.
// Saturday 28 November 2026, 10:00 in Mexico City, 11:00 in New York.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { SIERRA_CLERK, STAFF, addSierraClerk, login, startStaffApp } from './staff-helpers.ts';

/** The rows of the reservations table as the clerk reads them, one string each, in order. */
const rowsOf = async (page: Page): Promise<string[]> => (await page.locator('#reservations tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());

/** The index of the one row that contains `text` (-1 when none). */
const at = (rows: string[], text: string): number => {
  const found = rows.flatMap((r, i) => (r.includes(text) ? [i] : []));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0] ?? -1;
};

describe.skipIf(!hasChromium)('In house: the arrived guests, and apart those booked for tonight not in yet; rooms counted in words', () => {
  let t: TestApp;
  let browser: Browser;

  const markArrived = async (q: string) => {
    const { agent, csrf } = await login(t, STAFF);
    const [found] = (await agent.get('/api/reservations').query({ q }).expect(200)).body.reservations as { id: number }[];
    await agent.post(`/api/reservations/${found!.id}/arrived`).set('X-CSRF-Token', csrf).expect(200);
  };

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await addSierraClerk(t);
    // Friday: Ana (New York) and Mario (Mexico City) arrive for two nights, and are checked in.
    t.clock.set('2026-11-27T17:00:00Z');
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550123' }), { date: '1127', nights: '2#', name: 'Ana Torres' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525533334444' }), { date: '1127', nights: '2#', name: 'Mario Ruiz', spanish: true });
    await markArrived('Torres');
    await markArrived('Ruiz');
    // Saturday morning: a group of 3 rooms at each, due tonight, not in yet.
    t.clock.set('2026-11-28T15:00:00Z');
    await bookByKeys(t.call({ to: MIRAMAR, from: '+13125550144' }), { date: '1128', roomType: '3', rooms: '3', nights: '1#', name: 'Ben Cole' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525511112222' }), { date: '1128', roomType: '2', rooms: '3', nights: '1#', name: 'Lucía Pérez', spanish: true });
    // And Carl, for Sunday.
    await bookByKeys(t.call({ to: MIRAMAR, from: '+13125550166' }), { date: '1129', nights: '1#', name: 'Carl Diaz' });
    t.clock.set('2026-11-28T16:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists each property’s arrived guests as in house and its guests due tonight apart, after them, counted (English)', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff/reservations?list=in-house`);
    const rows = await rowsOf(page);
    // Miramar's part: Ana in house; Ben's group booked, not in, after her under its own heading.
    const mir = at(rows, 'MIR, Sat, Nov 28');
    expect(rows[mir + 1]).toBe('In house (arrived): 1');
    expect(rows[mir + 2]).toContain('Ana Torres');
    expect(rows[mir + 3]).toBe('Booked for tonight, not arrived yet: 1');
    expect(rows[mir + 4]).toContain('Ben Cole');
    expect(rows[mir + 4]).toContain('3 Double Queen rooms');
    expect(rows[mir + 2]).toContain('1 Deluxe King room');
    // Sierra's part, on its own: Mario in, Lucía's group not.
    const sie = at(rows, 'SIE, Sat, Nov 28');
    expect(sie).toBeGreaterThan(mir + 4);
    expect(rows.slice(sie + 1, sie + 5).map((r) => (r.startsWith('In house') || r.startsWith('Booked') ? r : r.includes('Mario') ? 'Mario' : r.includes('Lucía') ? 'Lucía' : r))).toEqual([
      'In house (arrived): 1',
      'Mario',
      'Booked for tonight, not arrived yet: 1',
      'Lucía',
    ]);
    expect(rows[sie + 4]).toContain('3 Double Rooms');
    // The parts' headings are the table's own headings (read as such, printed as such).
    expect(await page.locator('tr.list-part th[scope="colgroup"]').count()).toBe(4);

    // Ben's own page counts his rooms as the list does.
    await page.goto(`${t.baseUrl}/staff/reservations?q=Cole`);
    await Promise.all([page.waitForURL(/\/staff\/reservations\/\d+$/), page.locator('#reservations').getByRole('link', { name: /whole story/ }).first().click()]);
    expect(await page.locator('#summary').innerText()).toContain('Ben Cole: 3 Double Queen rooms,');
    await page.context().close();
  });

  it('on another date says which night, and a night everyone is in is one list again', async () => {
    const { agent } = await login(t, STAFF);
    // Friday: Ana and Mario, both checked in: In house as it always read, no parts.
    const friday = await agent.get('/staff/reservations?list=in-house&date=2026-11-27').expect(200);
    expect(friday.text).not.toContain('class="list-part"');
    expect(friday.text).toMatch(/Ana Torres[\s\S]*Mario Ruiz|Mario Ruiz[\s\S]*Ana Torres/);
    // Sunday: Carl is booked, not in (it is Saturday): nobody in house, and his night named.
    const sunday = await agent.get('/staff/reservations?list=in-house&date=2026-11-29').expect(200);
    expect(sunday.text).toContain('In house (arrived): 0');
    expect(sunday.text).toContain('Booked for the night of Sun, Nov 29, not arrived: 1');
    expect(sunday.text.indexOf('not arrived: 1')).toBeLessThan(sunday.text.indexOf('Carl Diaz'));
  });

  it('says the same in Spanish to Sierra’s clerk: hospedados, apart those due tonight, the rooms as she writes them, her clock unnamed', async () => {
    const page = await staffPageAs(browser, t.baseUrl, SIERRA_CLERK, { width: 420 });
    await page.goto(`${t.baseUrl}/staff/reservations?list=in-house`);
    const rows = await rowsOf(page);
    expect(rows[0]).toBe('Hospedados (ya llegaron): 1');
    expect(rows[1]).toContain('Mario Ruiz');
    expect(rows[1]).toContain('1 habitación doble');
    expect(rows[2]).toBe('Con reservación para esta noche, aún no llegan: 1');
    expect(rows[3]).toContain('Lucía Pérez');
    expect(rows[3]).toContain('3 habitaciones dobles');
    expect(rows.join(' ')).not.toMatch(/Habitación Doble|MIR|Ana Torres/);

    await page.goto(`${t.baseUrl}/staff`);
    const updated = await page.locator('p', { hasText: 'Actualizado a las' }).innerText();
    expect(updated).toMatch(/^Actualizado a las 10:00 \(cada pocos segundos/);
    expect(updated).not.toContain('Ciudad de México');
    await page.context().close();
  });
});
