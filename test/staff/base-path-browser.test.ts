// The staff console in a real browser (headless Chromium) behind a real proxy that serves it under
// /conserje/ (prefix-proxy.ts), PUBLIC_BASE_URL = https://hotel.example.com/conserje: the console
// is used by clicking, typing and submitting as staff do, and every request the browser makes —
// pages, the stylesheet, the live figures' script and its polls, forms, redirects — must stay
// under the path (the proxy answers 404 to anything else and keeps it in `missed`).

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startPrefixProxy } from './prefix-proxy.ts';
import type { PrefixProxy } from './prefix-proxy.ts';
import { ADMIN, startStaffApp } from './staff-helpers.ts';

if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const PREFIX = '/conserje';
const PUBLIC = `https://hotel.example.com${PREFIX}`;

/** What the browser asked for and got: every answer of 400 or more, every request that failed. */
function watch(page: Page): string[] {
  const bad: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) bad.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => bad.push(`failed ${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
  return bad;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

async function logIn(page: Page, origin: string, path: string) {
  await page.goto(origin + path);
  expect(pathOf(page)).toBe(`${PREFIX}/staff/login`);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await Promise.all([page.waitForURL((url) => url.pathname !== `${PREFIX}/staff/login`, { timeout: 10_000 }), page.getByLabel('Password').press('Enter')]);
}

describe.skipIf(!hasChromium).each([
  { strip: true, how: 'takes the path off' },
  { strip: false, how: 'passes the path on' },
])('the staff console in Chromium behind a proxy that $how', ({ strip }) => {
  let t: TestApp;
  let proxy: PrefixProxy;
  let browser: Browser;
  let confirmation: string;
  let callSid: string;

  beforeAll(async () => {
    t = await startStaffApp({ env: { PUBLIC_BASE_URL: PUBLIC } });
    proxy = await startPrefixProxy(t.baseUrl, { prefix: PREFIX, strip });
    const call = new CallSession({ baseUrl: proxy.url, publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER });
    await bookByKeys(call, { date: '1204', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    callSid = call.callSid;
    confirmation = (await t.db.get<{ confirmation: string }>('SELECT confirmation FROM reservations WHERE call_sid = ?', [callSid]))!.confirmation;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await t?.close();
  });
  beforeEach(() => {
    proxy.missed.length = 0;
  });

  it('is used by clicking through it: login, styles, every section, a call, a form, live figures, logout', async () => {
    const context: BrowserContext = await browser.newContext();
    const page = await context.newPage();
    const bad = watch(page);

    // The login sends the visitor back to the page asked for, under the path.
    await logIn(page, proxy.origin, `${PREFIX}/staff/calls`);
    expect(pathOf(page)).toBe(`${PREFIX}/staff/calls`);
    expect(await page.locator('h1').textContent()).toBe('Calls');
    // The stylesheet arrived and applies.
    expect(await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0))).toBeGreaterThan(10);

    // The session cookie is the console's alone: under the path, not sent to the rest of the host.
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'conserje_staff')).toMatchObject({ path: PREFIX, httpOnly: true, sameSite: 'Lax' });
    expect((await context.cookies(`${proxy.origin}/another-app/`)).map((c) => c.name)).toEqual([]);

    // A call's timeline, and back.
    await Promise.all([page.waitForURL(`**${PREFIX}/staff/calls/${callSid}`), page.locator(`a[href$="/staff/calls/${callSid}"]`).first().click()]);
    expect(await page.locator('ol.timeline').textContent()).toContain('Hello, this is Hotel Miramar.');
    await Promise.all([page.waitForURL(`**${PREFIX}/staff/calls`), page.getByRole('link', { name: '← All calls' }).click()]);

    // A filter form (GET).
    await page.getByLabel('Outcome').selectOption('booked');
    await Promise.all([page.waitForURL(/outcome=booked/), page.getByRole('button', { name: 'Filter' }).click()]);
    expect(pathOf(page)).toBe(`${PREFIX}/staff/calls`);

    // Every section of the navigation.
    const nav = page.getByRole('navigation', { name: 'Staff pages' });
    for (const [label, path, title] of [
      ['Reservations', '/staff/reservations', 'Reservations'],
      ['Callbacks', '/staff/callbacks', 'Callbacks'],
      ['Texts', '/staff/outbox', 'Texts to guests'],
      ['Availability', '/staff/availability', 'Availability'],
      ['Flow', '/staff/flow', 'Call flow'],
      ['Accounts', '/staff/admin', 'Accounts'],
    ] as const) {
      await Promise.all([page.waitForURL((url) => url.pathname === PREFIX + path), nav.getByRole('link', { name: label }).click()]);
      expect(await page.locator('h1').textContent(), label).toBe(title);
    }

    // The overview's live figures: its script polls /staff/live at once, under the path.
    const poll = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/staff/live'));
    await Promise.all([page.waitForURL((url) => url.pathname === `${PREFIX}/staff`), nav.getByRole('link', { name: 'Overview' }).click()]);
    expect(new URL((await poll).url()).pathname).toBe(`${PREFIX}/staff/live`);
    expect((await poll).status()).toBe(200);

    // A form that changes something (POST, then a redirect): cancel the reservation.
    await page.goto(`${proxy.url}/staff/reservations?date=2026-12-04`);
    const row = page.locator('tr', { hasText: confirmation });
    await row.getByLabel('sure').check();
    await Promise.all([page.waitForURL(/notice=cancelled/), row.getByRole('button', { name: `Cancel reservation ${confirmation}` }).click()]);
    expect(pathOf(page)).toBe(`${PREFIX}/staff/reservations`);
    expect(await page.getByRole('status').textContent()).toContain('Reservation cancelled');

    // Log out, and in again from the link the page gives.
    await Promise.all([page.waitForURL(`**${PREFIX}/staff/logout`), page.getByRole('button', { name: 'Log out' }).click()]);
    await Promise.all([page.waitForURL(`**${PREFIX}/staff/login`), page.getByRole('link', { name: 'Log in again' }).click()]);
    expect((await context.cookies()).some((c) => c.name === 'conserje_staff')).toBe(false);

    expect(bad).toEqual([]);
    expect(proxy.missed).toEqual([]);
    await context.close();
  }, 60_000);

  it('opens the home page under the path and goes from it to the console', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bad = watch(page);
    await page.goto(`${proxy.url}/`);
    expect(await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0))).toBeGreaterThan(10);
    await Promise.all([page.waitForURL((url) => url.pathname === `${PREFIX}/staff/login`), page.getByRole('link', { name: 'Open the staff console' }).click()]);
    await page.goto(`${proxy.url}/`);
    await Promise.all([page.waitForURL((url) => url.pathname === `${PREFIX}/healthz`), page.getByRole('link', { name: '/healthz' }).click()]);
    expect(bad).toEqual([]);
    // /healthz is no page: the browser looks for the host's /favicon.ico, as it would behind any proxy.
    expect(proxy.missed.filter((m) => m !== 'GET /favicon.ico')).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!hasChromium)('Secure cookies under a path, in Chromium', () => {
  let t: TestApp;
  let proxy: PrefixProxy;
  let browser: Browser;
  beforeAll(async () => {
    t = await startStaffApp({ env: { PUBLIC_BASE_URL: PUBLIC, STAFF_COOKIE_SECURE: 'true' } });
    proxy = await startPrefixProxy(t.baseUrl, { prefix: PREFIX, strip: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await t?.close();
  });

  it('are kept by the browser and log in (a __Host- cookie with a path would be dropped)', async () => {
    // Chromium treats http://localhost as a secure origin, so it takes Secure cookies from it.
    const origin = proxy.origin.replace('127.0.0.1', 'localhost');
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, origin, `${PREFIX}/staff/calls`);
    expect(pathOf(page)).toBe(`${PREFIX}/staff/calls`);
    expect((await context.cookies()).find((c) => c.name === '__Secure-conserje_staff')).toMatchObject({ path: PREFIX, secure: true });
    expect(proxy.missed).toEqual([]);
    await context.close();
  });
});
