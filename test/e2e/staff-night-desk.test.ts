// The night desk of the demo group in headless Chromium, every property in view: a guest who has a
// reservation for tonight leaves a voicemail ("we land at eleven, hold the room"); the callbacks
// list shows their reservation (linked, with its hold) and offers Book another stay, not a second
// booking as if they had none, and the room is kept from there in two clicks. A Mexico City call's
// page, and the guest page's list of calls, are in Mexico City's clock (they were in New York's,
// the first property's, with every property in view).

import request from 'supertest';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { ADMIN, bearer, leaveVoicemail, startStaffApp } from '../staff/staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

describe.skipIf(!hasChromium)('the night desk, every property in view', () => {
  let t: TestApp;
  let browser: Browser;
  let confirmation = '';
  let reservationId = 0;
  let sierraCall = '';

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const token = await bearer(t);
    const booked = await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ hotel: 'MIR', arrival: '2026-11-28', nights: 2, roomType: 'DLX', rooms: 1, guestName: 'Pedro Muñoz', payment: 'cash', phone: '+13125550147' })
      .expect(201);
    ({ confirmation, id: reservationId } = booked.body as { confirmation: string; id: number });
    // 17:20 in New York, 16:20 in Mexico City: both desks open, neither answers.
    t.clock.set('2026-11-28T22:20:00Z');
    await leaveVoicemail(t, { to: MIRAMAR, from: '+13125550147', transcript: 'It is Pedro Muñoz, we land at eleven, please hold the room' });
    sierraCall = (await leaveVoicemail(t, { to: SIERRA, from: '+525533334444', transcript: 'Hola, soy Carmen Ruiz, quiero reservar para mañana' })).callSid;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a caller’s reservation on their callback, and keeps the room from there in two clicks', async () => {
    const page = await staffPageAs(browser, t.baseUrl, ADMIN, { width: 1000 });
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const pedro = page.locator('#callbacks tbody tr', { hasText: 'Pedro Muñoz' });
    expect(await pedro.locator('.their-reservation').innerText()).toBe(`Has reservation ${confirmation}: arriving today, held until today 18:00 (Keep room there) Change`);
    expect(await pedro.getByRole('link', { name: `Change reservation ${confirmation}` }).getAttribute('href')).toBe(
      `/staff/reservations/${reservationId}/change?back=${encodeURIComponent(`/staff/callbacks#${await pedro.getAttribute('id')}`)}`,
    );
    expect(await pedro.getByRole('link', { name: 'Book another stay' }).count()).toBe(1);
    expect(await pedro.getByRole('link', { name: 'Book for this caller' }).count()).toBe(0);
    // A caller with no reservation there: booked as before.
    const carmen = page.locator('#callbacks tbody tr', { hasText: '55 3333 4444' });
    expect(await carmen.locator('.their-reservation').count()).toBe(0);
    expect(await carmen.getByRole('link', { name: 'Book for this caller' }).count()).toBe(1);

    // Click one: the reservation. Type the time, click two: Keep room.
    await Promise.all([page.waitForURL(`**/staff/reservations/${reservationId}`), pedro.getByRole('link', { name: `reservation ${confirmation}`, exact: true }).click()]);
    await page.getByLabel(`Keep reservation ${confirmation}'s rooms until (time)`).fill('23:30');
    await Promise.all([page.waitForURL(/notice=held/), page.getByRole('button', { name: `Keep reservation ${confirmation}'s rooms until the time typed` }).click()]);
    expect(await page.locator('main').innerText()).toContain('today 23:30 (New York time)');
  });

  it('tells a Mexico City call’s times in Mexico City’s clock, on its page and on the guest page', async () => {
    const page = await staffPageAs(browser, t.baseUrl, ADMIN, { width: 1000 });
    await page.goto(`${t.baseUrl}/staff/calls/${sierraCall}`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('today 16:20 (Mexico City time)');
    expect(main).not.toContain('17:20');
    await page.goto(`${t.baseUrl}/staff/guest?phone=${encodeURIComponent('+525533334444')}`);
    expect(await page.locator(`a[href="/staff/calls/${sierraCall}"]`).innerText()).toBe('today 16:20');
  });
});
