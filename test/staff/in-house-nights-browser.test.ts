// One more night and leaving early for a guest in house, as a clerk does it in headless Chromium:
// the buttons on the guest's row under In house and on their reservation's page, in English
// (Miramar, New York) and in Spanish (Sierra Alta's clerk, Mexico City). Each is one click, comes
// back where the clerk was with the change said, and the stay is what the button said.
// Friday 27 November 2026 the guests arrive for two nights; Saturday morning they ask.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { SIERRA_CLERK, STAFF, addSierraClerk, login, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('a guest in house stays one more night or leaves early (browser, en + es)', () => {
  let t: TestApp;
  let browser: Browser;
  const ids = new Map<string, number>();

  const stayOf = async (name: string) => {
    const { agent } = await login(t, STAFF);
    return (await agent.get(`/api/reservations/${ids.get(name)}`).expect(200)).body as { nights: number; departure: string; status: string };
  };
  /** Clicks a button that posts a form, and waits for the page the server sends back (the same list, or the reservation's page). */
  const post = async (page: Page, button: ReturnType<Page['locator']>) => {
    await Promise.all([page.waitForEvent('framenavigated'), button.click()]);
    await page.waitForLoadState('load');
  };
  /** The row of the guest on the list in view. */
  const rowOf = (page: Page, name: string) => page.locator('#reservations tbody tr', { hasText: name });

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await addSierraClerk(t);
    t.clock.set('2026-11-27T17:00:00Z');
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550123' }), { date: '1127', nights: '2#', name: 'Ana Torres' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525533334444' }), { date: '1127', nights: '2#', name: 'Mario Ruiz', spanish: true });
    const { agent, csrf } = await login(t, STAFF);
    for (const name of ['Ana Torres', 'Mario Ruiz']) {
      const [found] = (await agent.get('/api/reservations').query({ q: name }).expect(200)).body.reservations as { id: number }[];
      ids.set(name, found!.id);
      await agent.post(`/api/reservations/${found!.id}/arrived`).set('X-CSRF-Token', csrf).expect(200);
    }
    // Saturday, 10:00 in Mexico City, 11:00 in New York.
    t.clock.set('2026-11-28T16:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('English: One more night from In house, then Leaving today from the guest’s page', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff/reservations?list=in-house`);
    const row = rowOf(page, 'Ana Torres');
    await post(page, row.getByRole('button', { name: /One more night for reservation/ }));
    expect(page.url()).toContain('list=in-house');
    expect(await page.locator('p.notice').innerText()).toContain('Reservation changed, same confirmation number');
    expect(await stayOf('Ana Torres')).toMatchObject({ nights: 3, departure: '2026-11-30', status: 'arrived' });
    // The row offers the next night again, and leaving today (the night of the 27th is slept).
    expect(await rowOf(page, 'Ana Torres').getByRole('button', { name: /^(One more night|Leaving today)/ }).allInnerTexts()).toEqual(['One more night', 'Leaving today']);

    await page.goto(`${t.baseUrl}/staff/reservations/${ids.get('Ana Torres')}`);
    await post(page, page.getByRole('button', { name: 'Leaving today' }));
    expect(await stayOf('Ana Torres')).toMatchObject({ nights: 1, departure: '2026-11-28', status: 'arrived' });
    // Her last night is over: nothing shorter to offer; Undo change takes it back.
    expect(await page.getByRole('button', { name: /^Leaving/ }).count()).toBe(0);
    await post(page, page.getByRole('button', { name: /Undo change/ }));
    expect(await stayOf('Ana Torres')).toMatchObject({ nights: 3, departure: '2026-11-30' });
    await page.context().close();
  });

  it('Spanish: Una noche más from Hospedados, and Se va hoy, said as a Mexican desk says it', async () => {
    const page = await staffPageAs(browser, t.baseUrl, SIERRA_CLERK, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff/reservations?list=in-house`);
    const row = rowOf(page, 'Mario Ruiz');
    expect(await row.getByRole('button', { name: 'Se va hoy' }).count()).toBe(1);
    await post(page, row.getByRole('button', { name: /Una noche más para la reservación/ }));
    expect(await stayOf('Mario Ruiz')).toMatchObject({ nights: 3, departure: '2026-11-30', status: 'arrived' });
    await post(page, rowOf(page, 'Mario Ruiz').getByRole('button', { name: 'Se va hoy' }));
    expect(await stayOf('Mario Ruiz')).toMatchObject({ nights: 1, departure: '2026-11-28' });
    // Leaving today, he is no longer in house tonight.
    expect(await rowOf(page, 'Mario Ruiz').count()).toBe(0);
    await page.context().close();
  });
});
