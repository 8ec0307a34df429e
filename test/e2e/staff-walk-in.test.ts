// A walk-in at the desk, in headless Chromium, at both properties of the demo group: the clerk of
// Miramar (English) and of Sierra (Spanish) fill New reservation without an arrival date and press
// "Book and check in": the guest is booked for today and marked arrived in one step (no search, no
// second click on Arrived), the list shows them arrived with Undo beside it, and the audit log has
// both. Another day for a walk-in is refused with its reason, over the API as on the form.

import request from 'supertest';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { startStaffApp } from '../staff/staff-helpers.ts';

const ANA = { username: 'ana', password: 'ana-password-12' } as const;
const LUCIA = { username: 'lucia', password: 'lucia-password-1' } as const;

describe.skipIf(!hasChromium)('a walk-in is booked and checked in at once, in English and in Spanish', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add(ANA.username, ANA.password, 'staff', t.clock.now());
    await accounts.setHotels(ANA.username, ['MIR'], t.clock.now());
    await accounts.add(LUCIA.username, LUCIA.password, 'staff', t.clock.now());
    await accounts.setHotels(LUCIA.username, ['SIE'], t.clock.now());
    // Saturday 28 November: 20:20 in New York, 19:20 in Mexico City.
    t.clock.set('2026-11-29T01:20:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const cases = [
    { who: ANA, roomType: 'STD', today: '2026-11-28', words: { nights: 'Nights', type: 'Room type', name: 'Guest name', cash: 'cash', phone: 'Contact number', button: 'Walk-in: check in now', notice: 'Walk-in booked and checked in', arrived: 'arrived', undo: 'Undo arrived' } },
    { who: LUCIA, roomType: 'SGL', today: '2026-11-28', words: { nights: 'Noches', type: 'Tipo de habitación', name: 'Nombre del huésped', cash: 'efectivo', phone: 'Número de contacto', button: 'Huésped en recepción: registrar llegada', notice: 'Huésped sin reservación registrado', arrived: 'llegó', undo: 'Deshacer' } },
  ];

  for (const c of cases) {
    it(`${c.who.username}: one form, one button, the guest is in`, async () => {
      const page = await staffPageAs(browser, t.baseUrl, c.who, { width: 1000 });
      await page.goto(`${t.baseUrl}/staff/reservations/new`);
      await page.getByLabel(c.words.nights).fill('1');
      await page.getByLabel(c.words.type).selectOption(c.roomType);
      await page.getByLabel(c.words.name).fill(`Walk In ${c.who.username}`);
      await page.getByLabel(c.words.cash, { exact: true }).check();
      await page.getByLabel(c.words.phone).fill(c.who === ANA ? '(212) 555-0190' : '55 1234 5678');
      await Promise.all([page.waitForURL(/notice=booked-arrived/), page.getByRole('button', { name: c.words.button }).click()]);
      const main = await page.locator('main').innerText();
      expect(main).toContain(c.words.notice);
      const row = page.locator('#reservations tbody tr', { hasText: `Walk In ${c.who.username}` });
      expect(await row.locator('.badge').first().innerText()).toBe(c.words.arrived);
      expect(await row.getByRole('button', { name: new RegExp(c.words.undo) }).count()).toBe(1);
      const r = await t.db.get<{ id: number; arrival: string; status: string }>('SELECT id, arrival, status FROM reservations WHERE guest_name = ?', [`Walk In ${c.who.username}`]);
      expect(r).toMatchObject({ arrival: c.today, status: 'arrived' });
      const audit = await t.db.all<{ action: string; actor: string }>('SELECT action, actor FROM audit_log WHERE target = ? ORDER BY id', [`reservation:${r!.id}`]);
      expect(audit).toEqual([{ action: 'reservation.create', actor: c.who.username }, { action: 'reservation.arrived', actor: c.who.username }]);
      await page.context().close();
    });
  }

  it('refuses another day for a walk-in, and books nothing', async () => {
    const token = (await new Accounts(t.db).createToken(ANA.username, 'desk', t.clock.now())).token;
    const refused = await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ arrival: '2026-11-30', nights: 1, roomType: 'STD', rooms: 1, guestName: 'Not Here Yet', payment: 'cash', phone: '(212) 555-0191', walkIn: true })
      .expect(400);
    expect(refused.body).toMatchObject({ parameter: 'arrival' });
    expect(refused.body.message).toContain('must be today');
    expect(await t.db.get('SELECT id FROM reservations WHERE guest_name = ?', ['Not Here Yet'])).toBeUndefined();
  });
});
