// The Miramar evening clerk with a guest on the phone asking about their booking, in headless
// Chromium: the search in the header of whatever page is open (here the callbacks worklist) finds
// the reservation by name, number or confirmation in one step, its actions at hand; on a 390 px
// phone the header keeps short (Reservations has the same search). Saturday 28 November 2026.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { STAFF, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('finding a booking from the header while the guest is on the phone', () => {
  let t: TestApp;
  let browser: Browser;
  let confirmation = '';

  beforeAll(async () => {
    t = await startStaffApp();
    t.clock.set('2026-11-28T17:00:00Z');
    const booking = t.call({ from: '+12125550144' });
    await bookByKeys(booking, { date: '1128', roomType: '1', rooms: '2', nights: '1#', name: 'Carlos Méndez' });
    await booking.hangup();
    const other = t.call({ from: '+12125550123' });
    await bookByKeys(other, { date: '1128', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    await other.hangup();
    confirmation = (await t.db.get<{ confirmation: string }>("SELECT confirmation FROM reservations WHERE guest_name = 'Carlos Méndez'"))!.confirmation;
    // 17:30 in New York: the guests are due, their rooms held until 18:00.
    t.clock.set('2026-11-28T22:30:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it.each([
    ['a name without its accent', 'mendez'],
    ['the number as the guest says it', '(212) 555-0144'],
    ['the confirmation number', () => confirmation],
  ])('finds the reservation by %s from the callbacks page, with Arrived and Keep room at hand', async (_by, typed) => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const find = page.getByRole('search', { name: 'Find a reservation' }).getByRole('searchbox');
    await find.fill(typeof typed === 'function' ? typed() : typed);
    await Promise.all([page.waitForURL(/\/staff\/reservations\?q=/), find.press('Enter')]);
    const rows = page.locator('main tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Carlos Méndez');
    expect(await rows.first().locator('button', { hasText: 'Arrived' }).isVisible()).toBe(true);
    expect(await rows.first().locator('button', { hasText: 'Keep room' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('leaves the search out of the header on a phone, where Reservations has its own', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 390 });
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.getByRole('search', { name: 'Find a reservation' }).isVisible()).toBe(false);
    await page.context().close();
  });
});
