// The overview on a phone after a realistic morning (headless Chromium, playwright-core): what the
// desk acts on first — now, today's arrivals, the calls that need a person — and the period's
// figures after, folded, so the page stays a few screens tall; everything still reachable, and a
// desk screen's layout with the same order.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('the overview after a busy morning, in headless Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp();
    const minutes = (n: number) => t.clock.advance(n * 60_000);
    let n = 0;
    const from = () => `+1617555${String(2000 + n++).padStart(4, '0')}`;
    // Yesterday (hotel time): a few calls, so the figures and charts have more than one day.
    t.clock.set('2026-11-27T15:00:00Z');
    for (let i = 0; i < 3; i++) {
      await bookByKeys(t.call({ from: from() }), { date: '1205', roomType: '2', nights: '1#', name: 'Pat Early' });
      minutes(20);
    }
    // This morning, from 8:00 in New York: bookings (four arriving today), hang-ups at every
    // stage, the desk missed and voicemails, a call the desk took.
    t.clock.set('2026-11-28T13:00:00Z');
    for (const date of ['1128', '1128', '1128', '1128', '1203', '1210']) {
      await bookByKeys(t.call({ from: from() }), { date, roomType: '4', nights: '1#', name: 'Kim Moss' });
      minutes(7);
    }
    for (let i = 0; i < 4; i++) {
      const call = t.call({ from: from() });
      await call.start();
      await call.press('1');
      if (i % 2) await call.press('1204');
      await call.hangup();
      minutes(5);
    }
    for (let i = 0; i < 3; i++) {
      const call = t.call({ from: from() });
      await call.start();
      await call.press('0');
      await call.dialResult('no-answer');
      await call.press('1');
      await call.record({ transcript: 'Please call me back.' });
      minutes(9);
    }
    const took = t.call({ from: from() });
    await took.start();
    await took.press('0');
    await took.whisper(0, '1');
    await took.dialResult('completed', 120);
    minutes(3);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Where an element's top is on the page (px from the top), or null when it is not shown. */
  const topOf = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => (el.getBoundingClientRect().height ? el.getBoundingClientRect().top + window.scrollY : null));

  it('is under 2,500 px tall at 390 px wide, the urgent panels first and the figures a tap away', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 390 });
    await page.goto(`${t.baseUrl}/staff`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (process.env.SCREENSHOT) await page.screenshot({ path: `${process.env.SCREENSHOT}-390.png`, fullPage: true });
    console.log(`overview after a busy morning at 390 px: ${height} px tall`);
    expect(height).toBeLessThan(2_500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('#arrivals-expected dd').first().textContent()).toBe('4');
    expect(await page.locator('#needs-person li').count()).toBe(5);
    expect(await page.locator('#needs-person-count').textContent()).toBe('7');
    // Now, arrivals and the calls that need a person come before the figures.
    const order = [await topOf(page, '[data-live="callbacks-waiting"]'), await topOf(page, '#arrivals-expected'), await topOf(page, '#needs-person'), await topOf(page, '.kpis')];
    expect(order.every((y) => y !== null)).toBe(true);
    expect([...order].sort((a, b) => a! - b!)).toEqual(order);
    // The folded parts open with a tap: the outcomes table and the charts.
    expect(await page.locator('#outcomes').isVisible()).toBe(false);
    await page.locator('#outcomes-details summary').click();
    expect(await page.locator('#outcomes').isVisible()).toBe(true);
    await page.locator('#charts-details summary').click();
    expect(await page.locator('#charts-details figure').first().isVisible()).toBe(true);
    // A call that needs a person opens its page.
    const first = page.locator('#needs-person li a[href^="/staff/calls/"]').first();
    await Promise.all([page.waitForURL(/\/staff\/calls\/CA/), first.click()]);
    await page.context().close();
  });

  it('keeps the period form a tap away, and open when a period was asked for', async () => {
    const page = await staffPageAs(browser, t.baseUrl, ADMIN, { width: 390 });
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.getByLabel('From').isVisible()).toBe(false);
    await page.locator('details.period-form summary').click();
    await page.getByLabel('From').fill('2026-11-27');
    await Promise.all([page.waitForURL(/from=2026-11-27/), page.getByRole('button', { name: 'Show' }).click()]);
    expect(await page.getByLabel('From').isVisible()).toBe(true);
    expect(await page.locator('#outcomes').isVisible()).toBe(true);
    await page.context().close();
  });

  it('lays the same out on a desk screen, arrivals beside the calls that need a person, without sideways scrolling', async () => {
    const page = await staffPageAs(browser, t.baseUrl, ADMIN, { width: 1440 });
    await page.goto(`${t.baseUrl}/staff`);
    if (process.env.SCREENSHOT) await page.screenshot({ path: `${process.env.SCREENSHOT}-1440.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const needs = await topOf(page, '#needs-person');
    const kpis = await topOf(page, '.kpis');
    expect(needs! < kpis!).toBe(true);
    expect(Math.abs(needs! - (await topOf(page, '#arrivals-expected'))!)).toBeLessThan(40);
    // The headline figures are in view on a desk screen without opening anything.
    expect(kpis!).toBeLessThan(900);
    await page.context().close();
  });

  it('adds a call that needs a person while the overview is open, as the figures now update', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1440 });
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.locator('#needs-person-count').textContent()).toBe('7');
    const call = t.call({ from: '+16175559876' });
    await call.start();
    await call.hangup();
    // Seen at the page's next poll (every 5 s while the tab is visible).
    await page.locator(`#needs-person li[data-call="${call.callSid}"]`).waitFor({ timeout: 15_000 });
    expect(await page.locator('#needs-person-count').textContent()).toBe('8');
    expect(await page.locator('#needs-person li').first().getAttribute('data-call')).toBe(call.callSid);
    await page.context().close();
  });
});
