// The desk's new parts in headless Chromium, at 375 px and by keyboard: the arrival time typed on
// the New reservation form, shown on the Not arrived list (a guest expected after the hold first,
// marked), the overview's "Not arrived yet" tile leading there, Keep room taken back with Undo keep
// room (the page back on that row), and the booked value's CSV from the overview's figures.
// The clock: Saturday 28 November 2026 in New York; the demo hotel holds until 18:00.

import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { STAFF, bearer, startStaffApp } from '../staff/staff-helpers.ts';

const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
const wide = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Tabs until `test` holds for the focused element (at most `max` presses); whether it did. */
async function tabTo(page: Page, test: (f: { id: string; tag: string; text: string }) => boolean, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    if (test(await focused(page))) return true;
    await page.keyboard.press('Tab');
  }
  return test(await focused(page));
}

describe.skipIf(!hasChromium)('a guest’s arrival time, Keep room undone and the month’s CSV, on a phone and by keyboard', () => {
  let t: TestApp;
  let browser: Browser;
  let onTime = 0;

  beforeAll(async () => {
    t = await startStaffApp();
    const token = await bearer(t, STAFF.username);
    onTime = (
      await request(t.baseUrl)
        .post('/api/reservations')
        .set('Authorization', `Bearer ${token}`)
        .send({ arrival: '2026-11-28', nights: 1, roomType: 'DLX', rooms: 1, guestName: 'Olga Ontime', payment: 'cash', phone: '+12125550147', arrivalTime: '16:00' })
        .expect(201)
    ).body.id;
    // 15:00 in New York.
    t.clock.set('2026-11-28T20:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('books with the arrival time typed from the keyboard; Not arrived puts that guest first, marked, at 375 px', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 375 });
    await page.goto(`${t.baseUrl}/staff/reservations/new`);
    await page.fill('#arrival', '2026-11-28');
    await page.fill('#nights', '1');
    await page.selectOption('#roomType', 'OCEAN');
    await page.fill('#guestName', 'Larry Late');
    await page.check('input[name="payment"][value="cash"]');
    await page.fill('#phone', '212 555 0148');
    // The arrival time from the keyboard: reached by Tab, labelled, typed as the clerk types it.
    await page.focus('#phone');
    expect(await tabTo(page, (f) => f.id === 'arrivalTime', 3)).toBe(true);
    expect(await page.getByLabel('Arrival time').count()).toBe(1);
    await page.keyboard.type('1100P');
    expect(await page.inputValue('#arrivalTime')).toBe('23:00');
    expect(await wide(page)).toBeLessThanOrEqual(375);
    expect(await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Book', 12)).toBe(true);
    await Promise.all([page.waitForURL(/notice=booked/), page.keyboard.press('Enter')]);

    await page.goto(`${t.baseUrl}/staff`);
    await Promise.all([page.waitForURL(/list=not-arrived/), page.locator('#arrivals-waiting a').click()]);
    expect(await page.locator('h2', { hasText: 'Not arrived' }).first().innerText()).toBe('Not arrived, today');
    const guests = await page.locator('#reservations tbody td[data-label="Guest"] strong').allInnerTexts();
    expect(guests).toEqual(['Larry Late', 'Olga Ontime']);
    expect(await page.locator('#reservations tbody tr').first().locator('td[data-label="Held until"]').innerText()).toBe('today 18:00\nexpects ~11:00 PM after its hold: keep room');
    expect(await page.locator(`#reservation-${onTime} td[data-label="Held until"]`).innerText()).toBe('today 18:00\nexpects ~4:00 PM');
    expect(await wide(page)).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('takes Keep room back from the keyboard, the page back on that row', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 375 });
    await page.goto(`${t.baseUrl}/staff/reservations?list=not-arrived`);
    const row = page.locator('#reservations tbody tr').first();
    const id = (await row.getAttribute('id'))!;
    await row.locator('input[name="until"]').fill('23:30');
    await Promise.all([page.waitForURL(/notice=held/), row.getByRole('button', { name: /rooms until the time typed/ }).click()]);
    expect(await page.locator(`#${id} td[data-label="Held until"]`).innerText()).toMatch(/^today 23:30\nexpects ~11:00 PM$/);
    // From the top of the page, Tab to Undo keep room; Enter.
    await page.focus('body');
    expect(await tabTo(page, (f) => f.text === 'Undo keep room')).toBe(true);
    await Promise.all([page.waitForURL(/notice=undone-hold/), page.keyboard.press('Enter')]);
    expect(await page.locator('.notice').first().innerText()).toContain('Keep room taken back');
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    expect(await page.locator(`#${id} td[data-label="Held until"]`).innerText()).toBe('today 18:00\nexpects ~11:00 PM after its hold: keep room');
    expect(await wide(page)).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('downloads the booked value as CSV from the overview’s figures', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 375 });
    await page.goto(`${t.baseUrl}/staff?preset=this-month`);
    const link = page.getByRole('link', { name: 'Download the booked value as CSV' });
    expect(await link.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('booked-value-2026-11-01-to-2026-11-28.csv');
    const csv = await (await page.request.get(`${t.baseUrl}${(await link.getAttribute('href'))!.replace(/&amp;/g, '&')}`)).text();
    // The two desk bookings of the first test; a single hotel loaded without a code.
    expect(csv.split('\r\n').slice(1)).toEqual([expect.stringMatching(/^,Hotel Miramar,2026-11-01,2026-11-28,America\/New_York,2,2,\d+\.\d\d,USD$/), '']);
    expect(await wide(page)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
