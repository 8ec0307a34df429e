// "Change" on a reservation in headless Chromium (Debian's package, playwright-core), with
// JavaScript off (the form works without it): Miramar's clerk in English moves a stay a night later,
// Sierra Alta's clerk in Spanish is told what is free when the suites are not, then adds a night.

import type { Browser } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { bearer, startStaffApp } from './staff-helpers.ts';

const MARK = { username: 'mark', password: 'mark-password-12' };
const LUCIA = { username: 'lucia', password: 'lucia-password-12' };

describe.skipIf(!hasChromium)('Change on a reservation, in a browser without JavaScript', () => {
  let t: TestApp;
  let browser: Browser;
  let token = '';
  const dayAt = (zone: string, n: number) => addDaysIso(new HotelClock(zone).today(t.clock.now()), n);

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add(MARK.username, MARK.password, 'staff', t.clock.now());
    await accounts.setHotels(MARK.username, ['MIR'], t.clock.now());
    await accounts.add(LUCIA.username, LUCIA.password, 'staff', t.clock.now());
    await accounts.setHotels(LUCIA.username, ['SIE'], t.clock.now());
    token = await bearer(t);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const book = async (fields: Record<string, string | number>) => {
    const made = await request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`).send({ nights: 2, rooms: 1, payment: 'cash', ...fields });
    expect(made.status).toBe(201);
    return made.body as { id: number; confirmation: string };
  };

  it('in English at Miramar: the form starts from the reservation, the change keeps its number, the story says it', async () => {
    const arrival = dayAt('America/New_York', 6);
    const r = await book({ hotel: 'MIR', arrival, roomType: 'DLX', guestName: 'Inés Castro', phone: '(212) 555-0161' });
    const page = await staffPageAs(browser, t.baseUrl, MARK, { width: 390, javaScriptEnabled: false });
    await page.goto(`${t.baseUrl}/staff/reservations/${r.id}`);
    await Promise.all([page.waitForURL(`**/staff/reservations/${r.id}/change`), page.getByRole('link', { name: `Change reservation ${r.confirmation}` }).click()]);
    expect(await page.locator('h1').textContent()).toBe(`Change reservation ${r.confirmation}`);
    expect(await page.getByLabel('Arrival date').inputValue()).toBe(arrival);
    expect(await page.getByLabel('Nights').inputValue()).toBe('2');
    expect(await page.getByLabel('Room type').inputValue()).toBe('DLX');
    expect(await page.getByLabel('Guest name').inputValue()).toBe('Inés Castro');
    expect(await page.getByLabel('cash').isChecked()).toBe(true);

    await page.getByLabel('Arrival date').fill(addDaysIso(arrival, 1));
    await Promise.all([page.waitForURL(/notice=changed/), page.getByRole('button', { name: 'Save the change' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Reservation changed, same confirmation number');
    expect(await page.locator('#summary').textContent()).toContain('Deluxe King');
    const story = (await page.locator('#story').textContent()) ?? '';
    expect(story).toMatch(/Changed by mark on the console: Arrival date .* → /);
    expect(story).toContain('Text (change)');
    const stored = await t.db.get<{ confirmation: string; arrival: string }>('SELECT confirmation, arrival FROM reservations WHERE id = ?', [r.id]);
    expect(stored).toEqual({ confirmation: r.confirmation, arrival: addDaysIso(arrival, 1) });
    await page.context().close();
  });

  it('in Spanish at Sierra Alta: no suite free says what is, then a night more is saved', async () => {
    const arrival = dayAt('America/Mexico_City', 8);
    const r = await book({ hotel: 'SIE', arrival, roomType: 'JR', guestName: 'Sofía Álvarez', phone: '55 1234 5678', language: 'es-MX' });
    await book({ hotel: 'SIE', arrival, roomType: 'JR', guestName: 'Otro Huésped', phone: '55 1234 5679' });
    const page = await staffPageAs(browser, t.baseUrl, LUCIA, { width: 1280, javaScriptEnabled: false });
    await page.goto(`${t.baseUrl}/staff/reservations/${r.id}`);
    await Promise.all([page.waitForURL(`**/staff/reservations/${r.id}/change`), page.getByRole('link', { name: `Modificar la reservación ${r.confirmation}` }).click()]);
    expect(await page.locator('h1').textContent()).toBe(`Modificar la reservación ${r.confirmation}`);
    expect(await page.getByLabel('Fecha de llegada').inputValue()).toBe(arrival);

    // Both Junior Suites are taken: a second one for this guest is refused, with what is free.
    await page.getByLabel('Habitaciones', { exact: true }).fill('2');
    const [refused] = await Promise.all([page.waitForResponse((x) => x.request().method() === 'POST'), page.getByRole('button', { name: 'Guardar el cambio' }).click()]);
    expect(refused.status()).toBe(409);
    await page.waitForLoadState();
    const notice = (await page.locator('#no-rooms').textContent()) ?? '';
    expect(notice).toContain('No se modificó:');
    expect(notice).toMatch(/Doble: 6/);
    expect(notice).not.toMatch(/\b(free|whole stay|Not changed)\b/);

    await page.getByLabel('Habitaciones', { exact: true }).fill('1');
    await page.getByLabel('Noches').fill('3');
    await Promise.all([page.waitForURL(/notice=changed/), page.getByRole('button', { name: 'Guardar el cambio' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Reservación modificada');
    expect((await page.locator('#story').textContent()) ?? '').toMatch(/Modificada por lucia .*: Noches 2 → 3/);
    const text = await t.db.get<{ body: string }>("SELECT body FROM outbox WHERE reservation_id = ? AND kind = 'booking_changed'", [r.id]);
    expect(text!.body).toContain(`reservación ${r.confirmation} modificada`);
    await page.context().close();
  });
});
