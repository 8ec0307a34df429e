// "New reservation" on a phone: headless Chromium (Debian's package, playwright-core) 390 px wide,
// a clerk books through the form as a browser sends it, sees a mistake beside its field, and the
// form never scrolls sideways.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { STAFF, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('the New reservation form on a 390 px phone, in headless Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let arrival = '';

  beforeAll(async () => {
    t = await startStaffApp();
    arrival = addDaysIso(new HotelClock('America/New_York').today(t.clock.now()), 4);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  async function fill(page: Page, name: string) {
    await page.getByLabel('Arrival date').fill(arrival);
    await page.getByLabel('Nights').fill('2');
    await page.getByLabel('Room type').selectOption('DLX');
    await page.getByLabel('Rooms', { exact: true }).fill('1');
    await page.getByLabel('Guest name').fill(name);
    await page.getByLabel('cash').check();
    await page.getByLabel('Contact number').fill('(212) 555-0161');
  }

  it('books from the reservations page, shows a mistake beside its field, and fits the phone', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 390 });
    await page.goto(`${t.baseUrl}/staff/reservations`);
    await Promise.all([page.waitForURL('**/staff/reservations/new'), page.getByRole('link', { name: 'New reservation' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('New reservation');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // One column on a phone: each field as wide as the form.
    const widths = await page.locator('#new-reservation > div').evaluateAll((divs) => divs.map((d) => Math.round(d.getBoundingClientRect().width)));
    expect(new Set(widths).size).toBe(1);

    // A card number where the name goes: the server sends the form back with the reason beside the field.
    await fill(page, '4111 1111 1111 1111');
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Book' }).click()]);
    expect(refused.status()).toBe(400);
    await page.waitForLoadState();
    expect(await page.locator('#guestName-error').textContent()).toBe('Guest name must be a name only: never write a card number.');
    expect(await page.getByLabel('Guest name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Guest name').inputValue()).toBe('');
    expect(await page.getByLabel('Room type').inputValue()).toBe('DLX');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByLabel('Guest name').fill('Inés Castro');
    await Promise.all([page.waitForURL(/notice=booked/), page.getByRole('button', { name: 'Book' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Reservation booked');
    const row = page.locator('#reservations tbody tr', { hasText: 'Inés Castro' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Deluxe King');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const stored = await t.db.get<{ arrival: string; callback_number: string; payment_method: string }>('SELECT arrival, callback_number, payment_method FROM reservations WHERE guest_name = ?', ['Inés Castro']);
    expect(stored).toEqual({ arrival, callback_number: '+12125550161', payment_method: 'cash' });
    await page.context().close();
  });
});
