// A clerk of Sierra (the demo group's Mexican property, "staffLocale": "es-MX") works her shift in
// headless Chromium: the console is in Mexican Spanish without her choosing it — the overview, a
// callback acted on from there, the call's page, and a booking for the caller from the callbacks
// list — with dates and amounts as a Mexican desk writes them. She can switch her browser to
// English, and the choice stays.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { leaveVoicemail, startStaffApp } from '../staff/staff-helpers.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

const LUCIA = { username: 'lucia', password: 'lucia-password-1' } as const;

describe.skipIf(!hasChromium)('a clerk of Sierra works in Spanish', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let callSid = '';

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add(LUCIA.username, LUCIA.password, 'staff', t.clock.now());
    await accounts.setHotels(LUCIA.username, ['SIE'], t.clock.now());
    // 16:20 in Mexico City: Sierra's desk is open and does not answer; the caller leaves a voicemail.
    t.clock.set('2026-11-28T22:20:00Z');
    callSid = (await leaveVoicemail(t, { to: SIERRA, from: '+525533334444', transcript: 'Hola, soy Carmen Ruiz, quiero una habitación para el lunes' })).callSid;
    browser = await launchChromium();
    page = await staffPageAs(browser, t.baseUrl, LUCIA, { width: 1000 });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the overview in Spanish: the page, its menu and the call that needs a person', async () => {
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es-MX');
    expect(await page.locator('h1').innerText()).toBe('Resumen');
    const nav = await page.getByRole('navigation', { name: 'Páginas de recepción' }).innerText();
    for (const item of ['Resumen', 'Llamadas', 'Reservaciones', 'Regresar llamadas', 'Mensajes', 'Disponibilidad']) expect(nav).toContain(item);
    expect(await page.locator('#needs-person-title').innerText()).toBe('Llamadas que necesitan a alguien: 1');
    const call = page.locator(`#needs-person-${callSid}`);
    expect(await call.locator('.why').innerText()).toBe('dejó un mensaje de voz');
    expect(await page.getByText('Llegan hoy').count()).toBe(1);
    // No English left on the clerk's first screen (the hotel's and guest's names aside).
    const main = await page.locator('main').innerText();
    for (const english of ['Calls that need a person', 'Arriving today', 'Tried, no answer', 'Book for this caller', 'Updated at']) expect(main).not.toContain(english);
  });

  it('acts on the callback from the overview: tried, no answer, said back in Spanish', async () => {
    await page.goto(`${t.baseUrl}/staff`);
    const call = page.locator(`#needs-person-${callSid}`);
    await Promise.all([page.waitForURL(/notice=callback-tried/), call.getByRole('button', { name: 'No contestó' }).click()]);
    expect(await page.locator('.notice').innerText()).toBe('Intento anotado: la solicitud sigue en la lista.');
    expect(await page.locator(`#needs-person-${callSid} .callback-actions`).innerText()).toContain('se intentó 1 vez');
  });

  it('opens the call: its summary, facts and steps in Spanish, its time in Mexico City', async () => {
    await page.goto(`${t.baseUrl}/staff`);
    await Promise.all([page.waitForURL(`**/staff/calls/${callSid}`), page.locator(`#needs-person-${callSid} a[href="/staff/calls/${callSid}"]`).click()]);
    expect(await page.locator('h1').innerText()).toBe('Llamada de 55 3333 4444');
    expect(await page.locator('#summary').innerText()).toMatch(/^55 3333 4444 dejó un mensaje de voz a recepción, por teléfono en español/);
    const facts = await page.locator('dl.facts').first().innerText();
    expect(facts).toContain('hoy 16:20 (America/Mexico_City)');
    expect(facts).toContain('buzón/regresar llamada');
    expect(await page.getByRole('heading', { name: 'La llamada, paso a paso' }).count()).toBe(1);
    expect(await page.locator('ol.timeline').innerText()).toContain('Se contestó la llamada');
  });

  it('books for the caller from the callbacks list, the form and the booking in Spanish, the amount in pesos', async () => {
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    expect(await page.locator('h1').innerText()).toBe('Regresar llamadas');
    const row = page.locator('#callbacks tbody tr', { hasText: '55 3333 4444' });
    expect(await row.locator('[data-label="Estado"]').innerText()).toContain('no contestó');
    await Promise.all([page.waitForURL('**/staff/reservations/new?**'), row.getByRole('link', { name: 'Reservar para quien llamó' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Nueva reservación');
    expect(await page.getByLabel('Número de contacto').inputValue()).toBe('55 3333 4444');
    await page.getByLabel('Fecha de llegada').fill('2026-12-07');
    await page.getByLabel('Noches').fill('2');
    await page.getByLabel('Tipo de habitación').selectOption('DBL');
    await page.getByLabel('Habitaciones').fill('1');
    await page.getByLabel('Nombre del huésped').fill('Carmen Ruiz');
    await page.getByLabel('efectivo').check();
    // A number that cannot be called: the reason beside the field, in Spanish.
    await page.getByLabel('Número de contacto').fill('12');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Reservar' }).click()]);
    await page.waitForLoadState();
    expect(await page.locator('#form-errors').innerText()).toBe('No se reservó: hay 1 dato que corregir abajo.');
    expect(await page.locator('#phone-error').innerText()).toMatch(/^Número de contacto: no es un número al que se pueda llamar/);
    await page.getByLabel('Número de contacto').fill('55 3333 4444');
    await Promise.all([page.waitForURL(/notice=booked/), page.getByRole('button', { name: 'Reservar' }).click()]);
    expect(await page.locator('.notice').innerText()).toMatch(/^Reservación hecha/);
    const booked = page.locator('#reservations tbody tr', { hasText: 'Carmen Ruiz' });
    const stay = await booked.locator('[data-label="Estancia"]').innerText();
    expect(stay).toMatch(/7–9 dic \(2 noches\), \$[\d,]+\.\d\d MXN, efectivo/);
    expect(await booked.locator('[data-label="Estado"]').innerText()).toBe('confirmada');
    // The request was marked called back by the booking.
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    expect(await page.locator('#callbacks-region').innerText()).toContain('Nadie espera que se le regrese la llamada.');
  });

  it('switches this browser to English, and it stays so', async () => {
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    await Promise.all([page.waitForURL('**/staff/callbacks'), page.getByRole('button', { name: 'English' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Callbacks');
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.locator('h1').innerText()).toBe('Overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await Promise.all([page.waitForURL(/\/staff$/), page.getByRole('button', { name: 'Español' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Resumen');
  });
});
