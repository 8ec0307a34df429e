// The night shift in headless Chromium, on a phone at the desk (375 px) and by keyboard: the Not
// arrived list with the holds ending within the hour marked, a late guest's room kept until a time
// typed (reached and sent from the keyboard, the page coming back to that row), and the morning
// after's no-shows on Since yesterday. The clock: Saturday 28 November 2026 in New York.

import request from 'supertest';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { STAFF, bearer, startStaffApp } from '../staff/staff-helpers.ts';

describe.skipIf(!hasChromium)('the night shift on a phone at the desk', () => {
  let t: TestApp;
  let browser: Browser;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await startStaffApp();
    const token = await bearer(t, STAFF.username);
    for (const [guestName, roomType] of [['Larry Late', 'OCEAN'], ['Gina Gone', 'DLX']] as const) {
      const res = await request(t.baseUrl)
        .post('/api/reservations')
        .set('Authorization', `Bearer ${token}`)
        .send({ arrival: '2026-11-28', nights: 2, roomType, rooms: 1, guestName, payment: 'cash', phone: '+12125550147' })
        .expect(201);
      ids.push(res.body.id);
    }
    // 17:20 in New York: both holds end at 18:00.
    t.clock.set('2026-11-28T22:20:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('keeps a late guest’s room from the keyboard at 375 px, the page back on that row', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 375 });
    await page.goto(`${t.baseUrl}/staff/reservations`);
    await page.getByRole('link', { name: 'Not arrived', exact: true }).click();
    await page.waitForURL(/list=not-arrived/);
    expect(await page.locator('td[data-label="Held until"]').allInnerTexts()).toEqual(['today 18:00 ends in 40 min', 'today 18:00 ends in 40 min']);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // From the keyboard: Tab to the first row's time, type it, Tab to Keep room, Enter.
    const time = page.getByLabel(`Keep reservation`, { exact: false }).first();
    for (let i = 0; i < 80 && !(await time.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await time.evaluate((el) => el === document.activeElement)).toBe(true);
    await time.fill('23:30');
    // Tab goes through the time's own fields (hour, minute, AM/PM) first.
    for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'BUTTON'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Keep room');
    await Promise.all([page.waitForURL(/notice=held/), page.keyboard.press('Enter')]);
    expect(await page.locator('.notice').first().innerText()).toContain('Room kept for the late guest');
    expect(await page.evaluate(() => location.hash)).toBe(`#reservation-${ids[0]}`);
    const row = page.locator(`#reservation-${ids[0]}`);
    expect(await row.locator('td[data-label="Held until"]').innerText()).toBe('today 23:30');
    expect(await page.locator(`#reservation-${ids[1]} td[data-label="Held until"]`).innerText()).toBe('today 18:00 ends in 40 min');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('shows the morning clerk last night’s no-shows, each linked to its story', async () => {
    t.clock.set('2026-11-29T13:00:00Z');
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 375 });
    await page.goto(`${t.baseUrl}/staff/morning`);
    const section = page.locator('section.morning-no-shows');
    expect(await section.locator('h3').innerText()).toBe('Not arrived yesterday: 2');
    expect(await section.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/Gina Gone, 1 Deluxe King room: released at yesterday 18:00$/),
      expect.stringMatching(/Larry Late, 1 .+: released at yesterday 23:30$/),
    ]);
    await section.getByRole('link', { name: 'On the Not arrived list' }).click();
    await page.waitForURL(/list=not-arrived&date=2026-11-28/);
    expect(await page.locator('tr[id^="reservation-"]').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
