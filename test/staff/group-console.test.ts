// A hotel group's console in headless Chromium: a group account switches property from the header
// (a plain form: it works without JavaScript), sees the properties side by side on the overview,
// and every page still fits a phone.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

describe.skipIf(!hasChromium)("a hotel group's console, in headless Chromium", () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550199' }), { roomType: '1', name: 'Mia Miramar' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525512345699' }), { roomType: '1', name: 'Sofía Sierra' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Without JavaScript: the switcher is a plain form. */
  function groupPage(width: number): Promise<Page> {
    return staffPageAs(browser, t.baseUrl, ADMIN, { width, javaScriptEnabled: false });
  }

  it('switches property from the header, without JavaScript, and compares them on the overview', async () => {
    const page = await groupPage(1440);
    await page.goto(`${t.baseUrl}/staff`);
    const table = page.locator('#by-property');
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.textContent()).toContain('Hotel Sierra Alta');
    await page.goto(`${t.baseUrl}/staff/reservations?date=2026-12-04`);
    expect(await page.locator('main').textContent()).toContain('Mia Miramar');
    await page.getByLabel('Property').selectOption('SIE');
    await Promise.all([page.waitForURL(/\/staff\/reservations/), page.getByRole('button', { name: 'Switch' }).click()]);
    const main = await page.locator('main').textContent();
    expect(main).toContain('Sofía Sierra');
    expect(main).not.toContain('Mia Miramar');
    expect(await page.locator('a.brand').textContent()).toContain('Hotel Sierra Alta');
    // Back to all of them, and to one from the side-by-side table: a property's name is the switch.
    await page.getByLabel('Property').selectOption('all');
    await Promise.all([page.waitForURL(/\/staff\/reservations/), page.getByRole('button', { name: 'Switch' }).click()]);
    await page.goto(`${t.baseUrl}/staff`);
    await Promise.all([page.waitForURL(/\/staff$/), page.locator('#by-property').getByRole('button', { name: 'Hotel Miramar' }).click()]);
    expect(await page.locator('a.brand').textContent()).toContain('Hotel Miramar');
    expect(await page.locator('#by-property').count()).toBe(0);
    await page.context().close();
  });

  it('fits a phone and a desk screen with the switcher, on every page', async () => {
    for (const width of [390, 1440]) {
      const page = await groupPage(width);
      for (const path of ['/staff', '/staff/morning', '/staff/calls', '/staff/reservations', '/staff/callbacks', '/staff/outbox', '/staff/availability', '/staff/admin']) {
        await page.goto(t.baseUrl + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        expect(await page.getByLabel('Property').isVisible(), `${path} at ${width} px`).toBe(true);
      }
      await page.context().close();
    }
  });
});
