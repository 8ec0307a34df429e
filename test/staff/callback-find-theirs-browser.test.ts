// A guest calls to ask whether their reservation stands, from another phone than the one they
// booked with, and leaves a voicemail: their callback row offers to find the reservation by the
// name they gave (one click, not a name typed into Find while calling back), in English at Miramar
// and in Spanish at Sierra Alta; a caller whose number already has one is shown it, not the search.
// Headless Chromium, Saturday 28 November 2026.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { SIERRA_CLERK, STAFF, addSierraClerk, leaveVoicemail, startStaffApp } from './staff-helpers.ts';

describe.skipIf(!hasChromium)('a callback from a guest asking whether their reservation stands', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await addSierraClerk(t);
    t.clock.set('2026-11-28T15:00:00Z');
    // Booked from the office phone; the question comes from the mobile.
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550160' }), { date: '1205', name: 'Mary Jones' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525511110000' }), { date: '1205', roomType: '1', name: 'Ana Ruiz', spanish: true });
    await leaveVoicemail(t, { from: '+17185550142', to: MIRAMAR, transcript: 'Hi, this is Mary Jones, is my reservation for next week still on? Please call me back.' });
    await leaveVoicemail(t, { from: '+525566667777', to: SIERRA, transcript: 'Hola, soy Ana Ruiz, quiero saber si mi reservación sigue en pie, llámeme por favor.' });
    // A caller who booked from this same number: their reservation is on the row already.
    await leaveVoicemail(t, { from: '+12125550160', to: MIRAMAR, transcript: 'Mary Jones again, from the office.' });
    t.clock.set('2026-11-28T16:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('finds the reservation by the name the guest gave, in one click', async () => {
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const mobile = page.locator('#callbacks tbody tr', { hasText: '(718) 555-0142' });
    const office = page.locator('#callbacks tbody tr', { hasText: '(212) 555-0160' });
    expect(await office.locator('.their-reservation').count()).toBe(1);
    expect(await office.locator('.find-theirs').count()).toBe(0);
    expect(await mobile.locator('.their-reservation').count()).toBe(0);
    await Promise.all([page.waitForURL(/\/staff\/reservations\?q=/), mobile.getByRole('link', { name: "Find Mary Jones's reservation" }).click()]);
    const rows = page.locator('tbody tr', { hasText: 'Mary Jones' });
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Dec 5');
    await page.context().close();
  });

  it('does the same at Sierra’s desk in Spanish', async () => {
    const page = await staffPageAs(browser, t.baseUrl, SIERRA_CLERK, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const row = page.locator('#callbacks tbody tr', { hasText: '55 6666 7777' });
    await Promise.all([page.waitForURL(/\/staff\/reservations\?q=/), row.getByRole('link', { name: 'Buscar la reservación de Ana Ruiz' }).click()]);
    const rows = page.locator('tbody tr', { hasText: 'Ana Ruiz' });
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('5 dic');
    await page.context().close();
  });
});
