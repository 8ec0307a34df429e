// The overview's "Calls that need a person" in headless Chromium: a call with a callback request
// waiting has the request's actions beside it (Tried, no answer; Done with what was agreed; Book for
// this caller), each one click from the overview and back to it — where the row used to link only to
// the call's page, two clicks and a page away from the worklist's buttons.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { ADMIN, bearer, leaveVoicemail, startStaffApp } from '../staff/staff-helpers.ts';
import request from 'supertest';

describe.skipIf(!hasChromium)("the overview's calls that need a person, acted on where they are listed", () => {
  let t: TestApp;
  let browser: Browser;
  let ana = '';
  let hangUp = '';

  beforeAll(async () => {
    t = await startStaffApp();
    ana = (await leaveVoicemail(t, { from: '+13125550161', transcript: 'This is Ana Vega, please call me about a room for tonight' })).callSid;
    await leaveVoicemail(t, { from: '+13125550162', transcript: 'Hi, it is Bruno, call me back please' });
    const gone = t.call({ from: '+13125550163' });
    await gone.start();
    await gone.press("1");
    await gone.hangup();
    hangUp = gone.callSid;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('marks a try and then the call back from the overview, coming back to the same call and then to the list', async () => {
    const page = await staffPageAs(browser, t.baseUrl, ADMIN, { width: 1000 });
    await page.goto(`${t.baseUrl}/staff`);
    const row = page.locator(`#needs-person-${ana}`);
    // A hang-up has no request to act on: no buttons.
    expect(await page.locator(`#needs-person-${hangUp}`).count()).toBe(1);
    expect(await page.locator(`#needs-person-${hangUp} button`).count()).toBe(0);
    expect(await row.getByRole('link', { name: 'Book for this caller' }).getAttribute('href')).toMatch(new RegExp(`^/staff/reservations/new\\?call=${ana}&callback=\\d+$`));

    await Promise.all([page.waitForURL(/notice=callback-tried/), row.getByRole('button', { name: /^Tried .*, no answer$/ }).click()]);
    expect(new URL(page.url()).pathname).toBe('/staff');
    expect(await page.locator('[role=status]').first().innerText()).toContain('Try noted');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`needs-person-${ana}`);
    expect(await row.locator('.callback-actions').innerText()).toContain('tried 1 time');

    // By keyboard from there: to the note, typed, Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('note');
    await page.keyboard.type('Called back, booked tonight');
    await Promise.all([page.waitForURL(/notice=callback-done/), page.keyboard.press('Enter')]);
    expect(await page.locator('[role=status]').first().innerText()).toContain('Marked called back');
    expect(await page.locator(`#needs-person-${ana}`).count()).toBe(0);
    expect(await page.locator('#needs-person-count').innerText()).toBe('2');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('needs-person');

    const token = await bearer(t);
    const done = (await request(t.baseUrl).get('/api/callbacks?status=done').set('Authorization', `Bearer ${token}`).expect(200)).body.callbacks as { note: string; attempts: number }[];
    expect(done).toMatchObject([{ note: 'Called back, booked tonight', attempts: 1 }]);
  });
});
