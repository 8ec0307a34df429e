// A clerk on a phone at the desk (375 px, a group's "All properties" view): every page of the
// console fits the screen's width, nothing to scroll sideways (a wide table scrolls inside its own
// box), with bookings at both properties, a callback request waiting and the texts they queued.

import request from 'supertest';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { ADMIN, bearer, startStaffApp } from '../staff/staff-helpers.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

describe.skipIf(!hasChromium)('the console on a phone at the desk, 375 px wide', () => {
  let t: TestApp;
  let browser: Browser;
  let reservation = 0;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const token = await bearer(t);
    for (const hotel of ['MIR', 'SIE']) {
      const type = (await t.db.get<{ code: string }>('SELECT rt.code FROM room_types rt JOIN hotels h ON h.id = rt.hotel_id WHERE h.code = ? ORDER BY rt.id LIMIT 1', [hotel]))!.code;
      const res = await request(t.baseUrl)
        .post('/api/reservations')
        .set('Authorization', `Bearer ${token}`)
        .send({ hotel, arrival: '2026-11-28', nights: 2, roomType: type, rooms: 1, guestName: 'Guadalupe Hernández-Villanueva', payment: 'credit_card', phone: '+5215512345678' })
        .expect(201);
      reservation ||= res.body.id;
    }
    const mir = (await t.db.get<{ id: number }>("SELECT id FROM hotels WHERE code = 'MIR'"))!.id;
    await t.db.run(
      `INSERT INTO callback_requests (created_at, caller_number, locale, reason, hotel_id, status, transcript)
       VALUES ('2026-11-28T14:00:00.000Z', '+17185550142', 'en-US', 'caller_asked', ?, 'open', 'Hi, this is Mary Jones, I want to change my dates, call me back please, it is about a long weekend stay.')`,
      [mir],
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('fits every page to the width', async () => {
    const page = await staffPageAs(browser, t.baseUrl, ADMIN, { width: 375 });
    const wide: string[] = [];
    for (const path of [
      '/staff',
      '/staff/morning',
      '/staff/calls',
      '/staff/callbacks',
      '/staff/reservations',
      '/staff/reservations?list=not-arrived',
      `/staff/reservations/${reservation}`,
      '/staff/reservations/new',
      '/staff/outbox',
      '/staff/availability',
      '/staff/flow',
      '/staff/admin',
      '/staff/password',
    ]) {
      const res = await page.goto(t.baseUrl + path);
      expect(res?.status(), path).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) {
        const culprits = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('main *')]
            .filter((el) => el.getBoundingClientRect().right > 376 && !el.closest('.scroll'))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`),
        );
        wide.push(`${path}: ${width} px (${culprits.join(', ')})`);
      }
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });
});
