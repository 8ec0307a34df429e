// The staff console by keyboard alone, in headless Chromium: Tab, Shift+Tab, Enter, Space. Every page
// is reached from the navigation, the skip link goes past it, every form control has a label and a
// visible focus (a date field's too), and an action comes back focused where the clerk goes on from:
// the next request after marking one called back, the row after Tried or Arrived, the place in the
// worklist kept when it refreshes itself. (The console has no dialogs: Escape has nothing to close.)

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, fillWithCalls, leaveVoicemail, startStaffApp } from '../staff/staff-helpers.ts';

/** What has the focus: its tag, id, and its text or label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return { tag: 'BODY', id: '', name: '', text: '', outline: 'none' };
    return {
      tag: a.tagName,
      id: a.id,
      name: a.getAttribute('name') ?? '',
      text: (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
      outline: getComputedStyle(a).outlineStyle,
    };
  });

/** Tabs (or Shift+Tabs) until `match` has the focus; fails after `max` presses. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, key = 'Tab', max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`not reached by ${key}: ${(await focused(page)).text}`);
}

describe.skipIf(!hasChromium)('the staff console by keyboard alone', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startStaffApp();
    await fillWithCalls(t);
    for (const [from, words] of [
      ['+17185550142', 'Hi, this is Mary Jones, call me back.'],
      ['+17185550143', 'Soy Pedro, llámeme.'],
      ['+17185550144', 'Please call me about parking.'],
    ] as const) {
      await leaveVoicemail(t, { from, transcript: words });
      t.clock.advance(60_000);
    }
    await bookByKeys(t.call({ from: '+12125550111' }), { date: '1128', name: 'Zoe Lee' });
    browser = await launchChromium();
    page = await staffPageAs(browser, t.baseUrl, ADMIN, { width: 1280 });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('reaches every page from the navigation with Tab and Enter, and Shift+Tab goes back', async () => {
    for (const [label, path] of [
      ['Calls', '/staff/calls'],
      ['Reservations', '/staff/reservations'],
      ['Callbacks', '/staff/callbacks'],
      ['Texts', '/staff/outbox'],
      ['Availability', '/staff/availability'],
      ['Flow', '/staff/flow'],
      ['Accounts', '/staff/admin'],
      ['Overview', '/staff'],
    ] as const) {
      await page.goto(`${t.baseUrl}/staff/password`);
      await tabTo(page, (f) => f.tag === 'A' && f.text.startsWith(label));
      await Promise.all([page.waitForURL((url) => url.pathname === path), page.keyboard.press('Enter')]);
    }
    // Back from the first link of the page's own part to the last of the navigation.
    await page.goto(`${t.baseUrl}/staff/calls`);
    await tabTo(page, (f) => f.text === 'Today');
    await tabTo(page, (f) => f.text === 'Log out', 'Shift+Tab');
  });

  it('skips the navigation with the first Tab and Enter', async () => {
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Skip to content' });
    expect(await page.locator('a.skip').evaluate((a) => a.getBoundingClientRect().left >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await page.keyboard.press('Tab');
    // The first link of the page itself, not the brand or the navigation.
    expect((await focused(page)).text).toBe('calls in progress 0');
  });

  it('labels every form control on every page, and shows where the focus is on each, date fields included', async () => {
    const callSid = (await t.db.get<{ call_sid: string }>('SELECT call_sid FROM calls ORDER BY started_at LIMIT 1'))!.call_sid;
    for (const path of ['/staff', '/staff/morning', '/staff/calls', `/staff/calls/${callSid}`, '/staff/reservations', '/staff/reservations/new', '/staff/callbacks', '/staff/outbox', '/staff/availability', '/staff/flow', '/staff/admin', '/staff/password', '/staff/guest?phone=2125550123']) {
      await page.goto(`${t.baseUrl}${path}`);
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select, textarea, button')]
          .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent?.trim())))
          .map((el) => el.outerHTML.slice(0, 100)),
      );
      expect(unlabelled, path).toEqual([]);
      // Every stop of the Tab order is marked (a 3 px outline), to the end of the page.
      const unmarked: string[] = [];
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.tag === 'BODY') break;
        if (f.outline === 'none') unmarked.push(`${f.tag}#${f.id} ${f.text}`);
      }
      expect(unmarked, path).toEqual([]);
    }
  });

  it('opens folded parts with Enter and Space', async () => {
    await page.goto(`${t.baseUrl}/staff`);
    await tabTo(page, (f) => f.tag === 'SUMMARY' && f.text.startsWith('Other dates'));
    await page.keyboard.press('Enter');
    expect(await page.locator('details.period-form').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.locator('details.period-form').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it("marks a callback done by keyboard and comes back on the next guest's request, focused", async () => {
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const rows = await page.locator('#callbacks tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    await tabTo(page, (f) => f.tag === 'INPUT' && f.id === `note-${rows[0]!.slice('callback-'.length)}`);
    await page.keyboard.type('Called back, new dates agreed');
    await Promise.all([page.waitForURL(/notice=callback-done/), page.keyboard.press('Enter')]);
    expect(await focused(page)).toMatchObject({ tag: 'TR', id: rows[1] });
    expect((await focused(page)).outline).not.toBe('none');
    // Tab goes on inside that request: its guest's number first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe(rows[1]);
  });

  it('keeps the row after "Tried, no answer" by keyboard', async () => {
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const first = await page.locator('#callbacks tbody tr').first().getAttribute('id');
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Tried'));
    await Promise.all([page.waitForURL(/notice=callback-tried/), page.keyboard.press('Enter')]);
    expect(await focused(page)).toMatchObject({ tag: 'TR', id: first });
  });

  it('cancels a reservation with Space and Enter, and undoes it from the row it comes back to', async () => {
    await page.goto(`${t.baseUrl}/staff/reservations`);
    const row = await page.locator('#reservations tbody tr').first().getAttribute('id');
    await tabTo(page, (f) => f.tag === 'INPUT' && f.name === 'confirm');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toMatch(/^Cancel reservation/);
    await Promise.all([page.waitForURL(/notice=cancelled/), page.keyboard.press('Enter')]);
    expect(await focused(page)).toMatchObject({ tag: 'TR', id: row });
    await tabTo(page, (f) => f.text.startsWith('Undo cancel'));
    await Promise.all([page.waitForURL(/notice=undone/), page.keyboard.press('Enter')]);
    expect(await focused(page)).toMatchObject({ tag: 'TR', id: row });
  });

  it('keeps the focus where it was when the worklist refreshes itself', async () => {
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const button = await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Tried'));
    const rowBefore = await page.evaluate(() => document.activeElement?.closest('tr')?.id);
    // Another guest leaves a voicemail: the list changes, and the page swaps it in.
    await leaveVoicemail(t, { from: '+17185550199', transcript: 'Call me, please.' });
    await page.waitForFunction(() => document.querySelectorAll('#callbacks tbody tr').length > 0 && document.body.textContent!.includes('(718) 555-0199'), undefined, { timeout: 20_000 });
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: button.text });
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe(rowBefore);
  });
});
