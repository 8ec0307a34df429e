// The callback worklist with a guest who asked three times, in headless Chromium (playwright-core):
// one row, "asked 3 times", both voicemails playable in the row, each call linked, and the page at
// a phone's and a desk's width without sideways scrolling or anything a clerk acts on off screen.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { STAFF, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('a guest who asked three times, in the callback worklist in Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({
      env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` },
      twilioFetch: async () => new Response(new Uint8Array([0x49, 0x44, 0x33]), { status: 200, headers: { 'content-type': 'audio/mpeg' } }),
    });
    for (const message of ['Please call me about a room for Friday, two nights.', null, 'It is me again, I would still like that room.']) {
      const call = t.call({ from: '+13055550133' });
      await call.start();
      await call.press('0');
      await call.dialResult('no-answer');
      if (message === null) {
        await call.press('2');
      } else {
        await call.press('1');
        await call.record({ transcript: message });
      }
      t.clock.advance(7 * 60_000);
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const width of [390, 1440]) {
    it(`shows one row with both voicemails and each call at ${width} px, nothing off to the side`, async () => {
      const page = await staffPageAs(browser, t.baseUrl, STAFF, { width });
      await page.goto(`${t.baseUrl}/staff/callbacks`);
      const rows = page.locator('#callbacks tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      await expect.poll(() => rows.first().locator('.asked-again').innerText()).toBe('asked 3 times, last 10:14');
      expect(await rows.first().locator('audio').count()).toBe(2);
      expect(await rows.first().locator('blockquote.transcript').allInnerTexts()).toEqual([
        '“Please call me about a room for Friday, two nights.”',
        '“It is me again, I would still like that room.”',
      ]);
      expect(await rows.first().locator('a[href^="/staff/calls/"]').count()).toBe(3);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const offScreen = await page.evaluate((w) => {
        const outside: string[] = [];
        for (const el of document.querySelectorAll('main button, main .badge, main a, main audio')) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && (box.left < 0 || box.right > w)) outside.push(`${el.tagName} ${el.textContent?.trim()}`);
        }
        return outside;
      }, width);
      expect(offScreen).toEqual([]);
      await page.context().close();
    });
  }
});
