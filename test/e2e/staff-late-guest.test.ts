// A late guest at the evening desk, in headless Chromium, at both properties of the demo group:
// a guest who said they arrive after their hold ends (booked with the arrival time, or told the
// desk later) has that time already in Keep room's field on Not arrived, so keeping their room is
// one click, in English (Miramar) and Spanish (Sierra); a guest expected before the hold has the
// field empty, as before.

import request from 'supertest';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { startStaffApp } from '../staff/staff-helpers.ts';

const ANA = { username: 'ana', password: 'ana-password-12' } as const;
const LUCIA = { username: 'lucia', password: 'lucia-password-1' } as const;

describe.skipIf(!hasChromium)('a late guest’s room kept in one click, in English and in Spanish', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    for (const [who, code] of [[ANA, 'MIR'], [LUCIA, 'SIE']] as const) {
      await accounts.add(who.username, who.password, 'staff', t.clock.now());
      await accounts.setHotels(who.username, [code], t.clock.now());
      tokens[who.username] = (await accounts.createToken(who.username, 'desk', t.clock.now())).token;
    }
    // Saturday 28 November, 10:00 in New York, 09:00 in Mexico City: both arrive today.
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const cases = [
    { who: ANA, roomType: 'STD', phone: '(212) 555-0192', zone: 'America/New_York', keep: (n: string) => `Keep reservation ${n}'s rooms until the time typed`, held: 'today 23:30' },
    { who: LUCIA, roomType: 'SGL', phone: '55 1234 5679', zone: 'America/Mexico_City', keep: (n: string) => `Guardar las habitaciones de la reservación ${n} hasta la hora escrita`, held: 'hoy 23:30' },
  ];

  for (const c of cases) {
    it(`${c.who.username}: the time the guest gave is in the field; one click keeps the room until then`, async () => {
      const book = (guestName: string, arrivalTime: string) =>
        request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${tokens[c.who.username]}`)
          .send({ arrival: '2026-11-28', nights: 1, roomType: c.roomType, rooms: 1, guestName, payment: 'cash', phone: c.phone, arrivalTime }).expect(201);
      const late = (await book(`Late ${c.who.username}`, '23:30')).body as { id: number; confirmation: string };
      const early = (await book(`Early ${c.who.username}`, '12:00')).body as { id: number; confirmation: string };
      const page = await staffPageAs(browser, t.baseUrl, c.who, { width: 1000 });
      await page.goto(`${t.baseUrl}/staff/reservations?list=not-arrived`);
      const field = (id: number) => page.locator(`#reservation-${id} input[name=until]`);
      expect(await field(late.id).inputValue()).toBe('23:30');
      expect(await field(early.id).inputValue()).toBe('');
      await Promise.all([page.waitForURL(/notice=held/), page.locator(`#reservation-${late.id} .keep-form`).getByRole('button', { name: c.keep(late.confirmation) }).click()]);
      const held = await t.db.get<{ hold_until: string }>('SELECT hold_until FROM reservations WHERE id = ?', [late.id]);
      expect(held!.hold_until).toBe(holdDeadline('2026-11-28', '23:30', c.zone));
      expect(await page.locator(`#reservation-${late.id}`).innerText()).toContain(c.held);
      await page.context().close();
    });
  }
});
