// The console changes on its own while a clerk looks at it (headless Chromium, the pages' own
// script under their CSP): a call coming in, reaching the desk, and its callback request joining
// the worklist, all without a reload; a note being typed is never wiped by it. Without JavaScript
// the same pages still show the figures and work the callbacks.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium } from '../helpers/browser.ts';
import { STAFF, startStaffApp } from './staff-helpers.ts';

/** The live script asks every 5 s; a change shows within two of its polls. */
const SEEN_WITHIN_MS = 15_000;

describe.skipIf(!hasChromium)('the console updates on its own', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp();
    // Yesterday: a caller the desk missed asked to be called back.
    t.clock.set('2026-11-27T15:00:00Z');
    const old = t.call({ from: '+17185550142' });
    await old.start();
    await old.press('0');
    await old.dialResult('no-answer');
    await old.press('2');
    t.clock.set('2026-11-28T15:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(path: string, javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/staff/login`);
    await page.getByLabel('Username').fill(STAFF.username);
    await page.getByLabel('Password').fill(STAFF.password);
    await Promise.all([page.waitForURL((url) => url.pathname !== '/staff/login'), page.getByLabel('Password').press('Enter')]);
    await page.goto(t.baseUrl + path);
    // Marks this document: if the page reloaded, the mark is gone.
    if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    return page;
  }

  const liveValue = (page: Page, key: string, value: string) =>
    page.waitForFunction(([k, v]) => document.querySelector(`[data-live="${k}"]`)?.textContent === v, [key, value] as const, { timeout: SEEN_WITHIN_MS });
  const stayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

  it('shows a call in progress, then with the desk, then its callback request in the worklist, without a reload', async () => {
    const overview = await open('/staff');
    const worklist = await open('/staff/callbacks');
    expect(await overview.locator('[data-live="calls-in-progress"]').textContent()).toBe('0');
    expect(await worklist.locator('#callbacks tbody tr').count()).toBe(1);
    // A clerk starts a note on yesterday's request: whatever happens, it stays as typed.
    await worklist.locator('#callbacks tbody tr').first().getByPlaceholder('What was agreed').fill('Left a message at 10:05');

    const caller = t.call({ from: '+16175550150' });
    await caller.start();
    await liveValue(overview, 'calls-in-progress', '1');
    await liveValue(worklist, 'calls-in-progress', '1');

    await caller.press('0');
    await liveValue(overview, 'with-desk', '1');
    await liveValue(worklist, 'with-desk', '1');

    await caller.dialResult('no-answer');
    await caller.press('2');
    await liveValue(overview, 'callbacks-waiting', '2');
    await liveValue(overview, 'calls-in-progress', '0');
    // The worklist: the note being typed is kept, and the clerk is told the list changed.
    await worklist.locator('#live-note').waitFor({ state: 'visible', timeout: SEEN_WITHIN_MS });
    expect(await worklist.locator('#callbacks tbody tr').first().getByPlaceholder('What was agreed').inputValue()).toBe('Left a message at 10:05');
    expect(await worklist.locator('nav .count').first().textContent()).toBe('2');

    // Once the note is sent the list is whole; a further request then appears on its own.
    await Promise.all([worklist.waitForURL(/notice=callback-done/), worklist.getByRole('button', { name: 'Done' }).first().click()]);
    await worklist.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    expect(await worklist.locator('#callbacks tbody tr').count()).toBe(1);
    const another = t.call({ from: '+13055550188' });
    await another.start();
    await another.press('0');
    await another.dialResult('busy');
    await another.press('2');
    await worklist.waitForFunction(() => document.querySelectorAll('#callbacks tbody tr').length === 2, undefined, { timeout: SEEN_WITHIN_MS });
    expect(await worklist.locator('#callbacks tbody').textContent()).toContain('(305) 555-0188');
    expect(await stayed(worklist)).toBe(true);
    expect(await stayed(overview)).toBe(true);
    await overview.context().close();
    await worklist.context().close();
  }, 90_000);

  it('works without JavaScript: the figures are there, and a callback is tried and closed by the forms', async () => {
    const overview = await open('/staff', false);
    expect(await overview.locator('[data-live="callbacks-waiting"]').textContent()).toBe('2');
    expect(await overview.locator('.kpis').count()).toBe(1);
    await overview.context().close();

    const page = await open('/staff/callbacks', false);
    const row = page.locator('#callbacks tbody tr').first();
    await Promise.all([page.waitForURL(/notice=callback-tried/), row.getByRole('button', { name: /Tried/ }).click()]);
    expect(await page.locator('#callbacks tbody tr').first().textContent()).toContain('tried, no answer');
    await page.locator('#callbacks tbody tr').first().getByPlaceholder('What was agreed').fill('Guest rebooked for Friday');
    await Promise.all([page.waitForURL(/notice=callback-done/), page.locator('#callbacks tbody tr').first().getByRole('button', { name: 'Done' }).click()]);
    expect(await page.locator('#callbacks tbody tr').count()).toBe(1);
    await page.context().close();
  });
});
