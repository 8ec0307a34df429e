// The console left open at the desk, in headless Chromium: the callbacks worklist keeps polling its live
// figures, which keep nothing alive; once the session has gone unused for 30 minutes the next poll
// finds it ended and the page goes to the login form, which says why. Logging in again returns
// to the page. At a desk screen and at a phone's 390 px.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { STAFF, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('a console left open at the desk', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const width of [1440, 390]) {
    it(`goes to the login page saying why once idle for 30 minutes, and back after logging in (${width} px)`, async () => {
      const page = await staffPageAs(browser, t.baseUrl, STAFF, { width });
      // A poll that finds the session alive changes nothing.
      const polled = page.waitForResponse((r) => r.url().endsWith('/staff/live') && r.status() === 200);
      await page.goto(`${t.baseUrl}/staff/callbacks`);
      await polled;
      expect(new URL(page.url()).pathname).toBe('/staff/callbacks');
      t.clock.advance(31 * 60_000);
      await page.waitForURL(/\/staff\/login\?/);
      expect(new URL(page.url()).searchParams.get('next')).toBe('/staff/callbacks');
      const notice = page.getByRole('status');
      expect(await notice.textContent()).toBe('You were logged out after 30 minutes without use. Log in again to go on.');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.getByLabel('Username').fill(STAFF.username);
      await page.getByLabel('Password').fill(STAFF.password);
      await Promise.all([page.waitForURL((u) => u.pathname === '/staff/callbacks'), page.getByRole('button', { name: 'Log in' }).click()]);
      expect(await page.locator('h1').textContent()).toBe('Callbacks');
      await page.context().close();
    });
  }
});
