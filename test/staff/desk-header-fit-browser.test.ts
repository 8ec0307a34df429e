// The header on a clerk's monitor, in headless Chromium: in English and in Spanish (the longer
// words), for a group's admin (the property switcher and Accounts: the fullest header) and for a
// property's clerk, at 1280 px wide and at 1024 px: two rows at most (the hotel, the switcher and
// who is logged in; then the menu and Find), the menu never split. Saturday 28 November 2026.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { ADMIN, SIERRA_CLERK, addSierraClerk, startStaffApp } from './staff-helpers.ts';

/** The rows the header's pieces (brand, switcher, language, each menu item, Find, who and Log out) sit on, top to bottom. */
const headerRows = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector<HTMLElement>('header.top')!;
    const pieces = [...header.querySelectorAll<HTMLElement>(':scope > *, nav li')].filter((e) => e.tagName !== 'NAV' && getComputedStyle(e).display !== 'none');
    const rows: { top: number; bottom: number; pieces: string[] }[] = [];
    for (const e of pieces) {
      const box = e.getBoundingClientRect();
      const row = rows.find((r) => box.top < r.bottom && box.bottom > r.top);
      const name = e.tagName === 'LI' ? 'menu' : e.className || e.tagName;
      if (row) row.pieces.push(name);
      else rows.push({ top: box.top, bottom: box.bottom, pieces: [name] });
    }
    return { rows: rows.map((r) => [...new Set(r.pieces)].join(' ')), overflow: header.scrollWidth > header.clientWidth };
  });

describe.skipIf(!hasChromium)('the header on a desk monitor', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await addSierraClerk(t);
    t.clock.set('2026-11-28T16:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const language of ['en', 'es'] as const) {
    for (const width of [1280, 1024]) {
      it(`keeps a group admin's header to two rows at ${width} px in ${language === 'en' ? 'English' : 'Spanish'}, the menu whole`, async () => {
        const page = await staffPageAs(browser, t.baseUrl, ADMIN, { width });
        await page.context().addCookies([{ name: 'conserje_lang', value: language, url: t.baseUrl }]);
        await page.goto(`${t.baseUrl}/staff/callbacks`);
        expect(await page.locator('html').getAttribute('lang')).toMatch(language === 'en' ? /^en/ : /^es/);
        const { rows, overflow } = await headerRows(page);
        expect(rows).toEqual(['brand switcher language-switch logout', 'menu find']);
        expect(overflow).toBe(false);
        await page.context().close();
      });
    }
  }

  it('keeps a Spanish clerk’s header (one property, no Accounts) to two rows at 1024 px too', async () => {
    for (const width of [1280, 1024]) {
      const page = await staffPageAs(browser, t.baseUrl, SIERRA_CLERK, { width });
      await page.goto(`${t.baseUrl}/staff/reservations`);
      expect(await page.locator('html').getAttribute('lang')).toMatch(/^es/);
      const { rows } = await headerRows(page);
      expect(rows.length).toBeLessThanOrEqual(2);
      expect(rows.filter((r) => r.includes('menu'))).toHaveLength(1);
      await page.context().close();
    }
  });
});
