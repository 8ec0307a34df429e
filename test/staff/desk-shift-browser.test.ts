// An evening at the front desk in headless Chromium, at a desk screen and at a phone's 390 px: a
// day of real calls (signed webhooks through the app) with arrivals due tonight, a voicemail, a
// caller handed over halfway through a booking and a hang-up; the clerk's pages read as a clerk
// reads them. The clock: Saturday 28 November 2026, the calls from noon, the shift at 18:30 in New York.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { STAFF, handedOverHalfway, leaveVoicemail, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('an evening shift at the desk', () => {
  let t: TestApp;
  let browser: Browser;
  let handedOver = '';

  beforeAll(async () => {
    t = await startStaffApp();
    t.clock.set('2026-11-28T17:00:00Z');
    const minutes = (n: number) => t.clock.advance(n * 60_000);
    await bookByKeys(t.call({ from: '+12125550123' }), { date: '1128', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    minutes(7);
    await bookByKeys(t.call({ from: '+13125550144' }), { date: '1128', roomType: '1', rooms: '2', nights: '1#', name: 'Carlos Méndez' });
    minutes(9);
    await bookByKeys(t.call({ from: '+5215512345678' }), { date: '1128', roomType: '2', rooms: '1', nights: '3#', name: 'Lucía Ramírez', spanish: true });
    minutes(20);
    await leaveVoicemail(t, { from: '+17185550142', transcript: 'Hi, this is Mary Jones, I want to change my dates, call me back.' });
    minutes(45);
    handedOver = (await handedOverHalfway(t, { from: '+13055550188', transcript: 'Quiero reservar para el cinco de diciembre.' })).callSid;
    minutes(60);
    const gone = t.call({ from: '+16175550100' });
    await gone.start();
    await gone.hangup();
    t.clock.set('2026-11-28T23:30:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Each piece of text in a stacked table's cell that starts inside the column of the cell's label. */
  const underLabels = (page: Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      for (const td of document.querySelectorAll<HTMLElement>('table.stack td[data-label]')) {
        const labelEnd = td.getBoundingClientRect().left + parseFloat(getComputedStyle(td, '::before').width);
        const texts = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          if ([...range.getClientRects()].some((r) => r.width > 0 && r.left < labelEnd - 1)) found.push(`${td.dataset.label}: ${node.textContent.trim()}`);
        }
      }
      return found;
    });

  it('says when in words a clerk reads at a glance: "since today 12:36; due today 13:36", "held until today 18:00", no yyyy-mm-dd', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1440 });
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const waiting = page.locator('tr', { hasText: '(718) 555-0142' }).locator('td[data-label="Waiting"]');
    expect(await waiting.innerText()).toMatch(/^5 h 54 min overdue\s+since today 12:36; due today 13:36$/);
    await page.goto(`${t.baseUrl}/staff/reservations?list=arrivals`);
    const held = await page.locator('td[data-label="Held until"]').allInnerTexts();
    expect(held).toEqual(['today 18:00', 'today 18:00', 'today 18:00']);
    for (const path of ['/staff/callbacks', '/staff/reservations?list=arrivals', '/staff/reservations?q=Torres']) {
      await page.goto(t.baseUrl + path);
      expect(await page.locator('main').innerText(), path).not.toMatch(/\d{4}-\d\d-\d\d/);
    }
    // Called back the next morning: the request of yesterday says so.
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const row = page.locator('tr', { hasText: '(718) 555-0142' });
    await row.getByPlaceholder('What was agreed').fill('Moved to Dec 3, she will call to confirm');
    await Promise.all([page.waitForURL(/notice=/), row.getByRole('button', { name: 'Done' }).click()]);
    await page.context().close();
    // The next morning's clerk logs in (the evening's session has ended).
    t.clock.set('2026-11-29T14:00:00Z');
    try {
      const morning = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1440 });
      await morning.goto(`${t.baseUrl}/staff/callbacks?status=done`);
      expect(await morning.locator('tr', { hasText: '(718) 555-0142' }).locator('td[data-label="Waiting"]').innerText()).toMatch(/^yesterday 12:36\s+since yesterday 12:36$/);
      await morning.context().close();
    } finally {
      t.clock.set('2026-11-28T23:30:00Z');
    }
  });

  it("at 390 px, keeps every cell's words beside its label: the guest's call link, the stay, 'the call', 'Book for this caller'", async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 390 });
    for (const path of ['/staff/callbacks', '/staff/reservations?list=arrivals', '/staff/calls', `/staff/guest?phone=${encodeURIComponent('+12125550123')}`]) {
      await page.goto(t.baseUrl + path);
      expect(await page.locator('table.stack td[data-label]').count(), path).toBeGreaterThan(0);
      expect(await underLabels(page), path).toEqual([]);
    }
    // The handed-over caller's card: what they wanted and the way to book for them, side by side under "Why".
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const why = page.locator('tr', { hasText: '(305) 555-0188' }).locator('td[data-label="Why"]');
    const [calls, book] = [why.getByRole('link', { name: 'the call' }), why.getByRole('link', { name: 'Book for this caller' })];
    expect((await calls.boundingBox())!.y).toBe((await book.boundingBox())!.y);
    expect(await book.getAttribute('href')).toContain(`call=${handedOver}`);
    await page.context().close();
  });
});
