// The callbacks worklist with more requests than a page, in headless Chromium (playwright-core),
// a group with all its properties in view: the waiting requests all on the first screen; the
// called back paged, Older → and ← Newer; a request marked Done from the worklist is the first
// of those called back.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { CALLED_BACK, WAITING, seedCallbacks } from './callbacks-seed.ts';
import { STAFF, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

describe.skipIf(!hasChromium)('the callbacks worklist paged, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let seeded: { waiting: number[]; calledBack: number[] };

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    seeded = await seedCallbacks(t);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const ids = async (page: Page) =>
    (await page.locator('#callbacks tbody tr').evaluateAll((rows) => rows.map((r) => r.id))).map((id) => Number(id.replace('callback-', '')));

  it('pages those called back with Older and Newer, and a request marked done leads them', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1440 });
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    expect(await ids(page)).toEqual(seeded.waiting);
    expect(await page.locator('nav.pager').count()).toBe(0);

    await page.getByRole('link', { name: 'called back' }).click();
    await page.waitForURL(/status=done/);
    expect(await ids(page)).toEqual(seeded.calledBack.slice(0, 25));
    expect(await page.locator('nav.pager span').innerText()).toBe(`Page 1 of ${Math.ceil(CALLED_BACK / 25)}`);
    await page.getByRole('link', { name: 'Older →' }).click();
    await page.waitForURL(/page=2/);
    expect(await ids(page)).toEqual(seeded.calledBack.slice(25, 50));
    await page.getByRole('link', { name: '← Newer' }).click();
    await page.waitForURL(/page=1/);
    expect(await ids(page)).toEqual(seeded.calledBack.slice(0, 25));

    // Back to the queue: the oldest waiting one called back, with a note.
    await page.getByRole('link', { name: 'waiting' }).click();
    const oldest = seeded.waiting[0]!;
    await page.locator(`#note-${oldest}`).fill('Booked two nights');
    await page.locator(`#callback-${oldest} button`, { hasText: 'Done' }).click();
    await page.waitForURL(/notice=callback-done/);
    expect(await ids(page)).toEqual(seeded.waiting.slice(1));
    expect(await page.locator('#callback-promise').innerText()).toContain(`${WAITING - 1} guests wait`);

    await page.getByRole('link', { name: 'called back' }).click();
    await page.waitForURL(/status=done/);
    expect(await ids(page)).toEqual([oldest, ...seeded.calledBack.slice(0, 24)]);
    expect(await page.locator(`#callback-${oldest}`).innerText()).toContain('Booked two nights');
    expect(await page.locator('nav.pager span').innerText()).toBe(`Page 1 of ${Math.ceil((CALLED_BACK + 1) / 25)}`);
    await page.context().close();
  });

  it('shows all: the waiting then the latest called back, at a phone\'s width without sideways scrolling', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 390 });
    await page.goto(`${t.baseUrl}/staff/callbacks?status=all`);
    const first = await ids(page);
    expect(first).toHaveLength(WAITING - 1 + 25);
    await page.getByRole('link', { name: 'Older →' }).click();
    await page.waitForURL(/page=2/);
    expect((await ids(page)).some((id) => first.includes(id))).toBe(false);
    await expect.poll(() => page.getByRole('link', { name: 'the first page' }).count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
