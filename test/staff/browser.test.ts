// The staff pages in a real browser: headless Chromium (Debian's package) driven by playwright-core.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/browser.ts';
import { ADMIN, STAFF, fillWithCalls, startStaffApp } from './staff-helpers.ts';
import type { FilledCalls } from './staff-helpers.ts';

if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

describe.skipIf(!hasChromium)('staff pages in headless Chromium', () => {
  let t: TestApp;
  let calls: FilledCalls;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp();
    calls = await fillWithCalls(t);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function logIn(page: Page, who: { username: string; password: string }, path: string) {
    await page.goto(t.baseUrl + path);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await page.getByLabel('Username').fill(who.username);
    await page.getByLabel('Password').fill(who.password);
    await Promise.all([page.waitForURL((url) => url.pathname !== '/staff/login'), page.getByLabel('Password').press('Enter')]);
  }

  it('logs in and opens a call made by the test to see its timeline', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, STAFF, '/staff/calls');
    expect(new URL(page.url()).pathname).toBe('/staff/calls');
    expect(await page.locator('h1').textContent()).toBe('Calls');

    await page.locator(`a[href="/staff/calls/${calls.booked}"]`).click();
    await page.waitForURL(`**/staff/calls/${calls.booked}`);
    const timeline = page.locator('ol.timeline');
    expect(await timeline.locator('> li').count()).toBeGreaterThan(8);
    const text = (await timeline.textContent()) ?? '';
    expect(text).toContain('Hello, this is Hotel Miramar.');
    expect(text).toContain('“Ana Torres” (confidence 95%)');
    expect(text).toContain('Understood: arriving Fri, Dec 4');
    expect(await page.locator('main').textContent()).toContain(`Reservation ${calls.confirmation}`);
    await context.close();
  });

  it('cancels a reservation and sees the room free again in availability', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, ADMIN, '/staff/availability?from=2026-12-04&days=2');
    const cell = page.locator('td[data-code="DLX"][data-night="2026-12-04"]');
    expect((await cell.textContent())?.trim()).toBe('2 / 3');

    await page.goto(`${t.baseUrl}/staff/reservations?date=2026-12-04`);
    const row = page.locator('tr', { hasText: calls.confirmation });
    await row.getByLabel('sure').check();
    await Promise.all([page.waitForURL(/notice=cancelled/), row.getByRole('button', { name: `Cancel reservation ${calls.confirmation}` }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Reservation cancelled');
    expect(await page.locator('tr', { hasText: calls.confirmation }).locator('.badge').textContent()).toBe('cancelled');

    await page.goto(`${t.baseUrl}/staff/availability?from=2026-12-04&days=2`);
    expect((await page.locator('td[data-code="DLX"][data-night="2026-12-04"]').textContent())?.trim()).toBe('3 / 3');
    await context.close();
  });

  it('shows the text a phone booking queued on the Texts page, and that texting is off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, STAFF, '/staff');
    await Promise.all([page.waitForURL('**/staff/outbox'), page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Texts' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Texts to guests');
    // The test app has no TWILIO_ACCOUNT_SID: nothing is sent, and the page says so.
    expect(await page.getByRole('alert').textContent()).toContain('Texting is off');

    const row = page.locator('tr', { hasText: calls.confirmation }).filter({ hasText: 'booking confirmation' });
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Ana Torres');
    expect(text).toContain('(212) 555-0123');
    expect(text).toContain(`Confirmation number ${calls.confirmation}`);
    expect((await row.locator('.badge').textContent())?.trim()).toBe('unsent');
    await Promise.all([page.waitForURL(/\/staff\/reservations\?q=/), row.getByRole('link', { name: calls.confirmation }).click()]);
    expect(await page.locator('main').textContent()).toContain(calls.confirmation);

    // The status filter.
    await page.goto(`${t.baseUrl}/staff/outbox`);
    await page.getByLabel('Status').selectOption('delivered');
    await Promise.all([page.waitForURL(/status=delivered/), page.getByRole('button', { name: 'Filter' }).click()]);
    expect(await page.locator('main').textContent()).toContain('No texts match.');
    await context.close();
  });

  it('refuses a visitor without a session: the pages send to the login, the API answers 401', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/staff/reservations`);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    expect(await page.locator('h1').textContent()).toBe('Staff login');
    const api = await page.goto(`${t.baseUrl}/api/calls`);
    expect(api?.status()).toBe(401);
    expect(await api?.json()).toMatchObject({ error: 'unauthorized' });
    await context.close();
  });

  it('refuses a form sent without its CSRF token (403) and changes nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, STAFF, '/staff/callbacks');
    await t.db.run("INSERT INTO callback_requests (call_sid, created_at, caller_number, locale, reason, hotel_id) SELECT ?, ?, '+13055550188', 'en-US', 'caller_asked', (SELECT hotel_id FROM calls LIMIT 1)", [calls.desk, t.clock.now().toISOString()]);
    await page.reload();
    const form = page.locator('form[action$="/done"]').first();
    await form.getByPlaceholder('What was agreed').fill('Called back');
    // A forged form: the same fields, without the token.
    await form.locator('input[name="_csrf"]').evaluate((input) => input.remove());
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.getByRole('button', { name: 'Done' }).click()]);
    expect(response.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain('CSRF');
    expect(await t.db.get("SELECT count(*) AS n FROM callback_requests WHERE status = 'open'")).toEqual({ n: 1 });

    // The API, with the session cookie but no X-CSRF-Token header, is refused as well.
    const api = await page.request.post(`${t.baseUrl}/api/callbacks/1/done`, { data: { note: 'x' } });
    expect(api.status()).toBe(403);
    await context.close();
  });

  it('is usable with the keyboard and fits a phone screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await logIn(page, STAFF, '/staff/calls');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    for (const path of ['/staff', '/staff/calls', `/staff/calls/${calls.booked}`, '/staff/reservations?date=2026-12-04', '/staff/outbox', '/staff/availability', '/staff/flow']) {
      await page.goto(t.baseUrl + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
    await context.close();
  });
});
