// A clerk of Sierra (the demo group's Mexican property, "staffLocale": "es-MX") works her shift in
// headless Chromium: the console is in Mexican Spanish without her choosing it — the overview, a
// callback acted on from there, the call's page, a booking for the caller from the callbacks list,
// that reservation's own page and what she does there (a room kept, taken back, a refusal, a
// cancel), the texts to guests, availability and the overview's figures — with dates and amounts
// as a Mexican desk writes them. She can switch her browser to English, and the choice stays.

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
    expect(facts).toContain('hoy 16:20,');
    // Sierra's own clock, at Sierra's desk: no zone name, least of all "America/Mexico_City".
    expect(facts).not.toMatch(/America\/|Mexico_City/);
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
    await page.getByLabel('Habitaciones', { exact: true }).fill('1');
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

  it('opens the reservation: its facts, story and texts in Spanish, the amount in pesos', async () => {
    await page.goto(`${t.baseUrl}/staff/reservations?q=Carmen`);
    const row = page.locator('#reservations tbody tr', { hasText: 'Carmen Ruiz' });
    const confirmation = (await row.locator('[data-label="Confirmación"] a').first().innerText()).trim();
    await Promise.all([page.waitForURL(/\/staff\/reservations\/\d+$/), row.getByRole('link', { name: `Reservación ${confirmation}: toda su historia` }).click()]);
    expect(await page.locator('h1').innerText()).toBe(`Reservación ${confirmation}`);
    expect(await page.locator('#summary').innerText()).toMatch(/^Carmen Ruiz: 1 habitación doble, 7–9 dic \(2 noches\)\. confirmada/);
    const facts = await page.locator('#reservation-facts').innerText();
    expect(facts).toMatch(/Total\s+\$[\d,]+\.\d\d MXN, paga con efectivo/);
    expect(facts).toMatch(/Guardada hasta\s+lun 7 dic \d\d:\d\d(\n|$)/);
    expect(facts).toContain('Idioma');
    expect(await page.getByRole('heading', { name: 'Qué le ha pasado' }).count()).toBe(1);
    const story = await page.locator('#story').innerText();
    expect(story).toContain('Reservada en recepción por lucia en la consola, para la llamada de 55 3333 4444.');
    expect(story).toMatch(/Mensaje \(confirmación de reservación\) a 55 3333 4444: sin enviar/);
    const main = await page.locator('main').innerText();
    for (const english of ['What happened to it', 'Held until', 'Booked at the desk', 'paying', 'Double Room', 'booking confirmation', 'Oldest first']) expect(main).not.toContain(english);
  });

  it('acts on the reservation from its page: keeps the room, takes it back, is refused and cancels — all said in Spanish', async () => {
    const confirmation = (await page.locator('h1').innerText()).replace('Reservación ', '');
    // Keep room until 23:30: said back, and in the story.
    await page.getByLabel(`Guardar las habitaciones de la reservación ${confirmation} hasta (hora)`).fill('23:30');
    await Promise.all([page.waitForURL(/notice=held/), page.getByRole('button', { name: `Guardar las habitaciones de la reservación ${confirmation} hasta la hora escrita` }).click()]);
    expect(await page.locator('.notice').innerText()).toMatch(/^Habitación guardada/);
    expect(await page.locator('#story').innerText()).toMatch(/Habitación guardada para un huésped que llega tarde por lucia en la consola: guardada hasta lun 7 dic 23:30 \(antes lun 7 dic \d\d:\d\d\)\./);
    // Taken back.
    await Promise.all([page.waitForURL(/notice=undone-hold/), page.getByRole('button', { name: `Deshacer guardar habitación de la reservación ${confirmation}` }).click()]);
    expect(await page.locator('.notice').innerText()).toMatch(/^Listo: se quitó el "guardar habitación"/);
    expect(await page.locator('#story').innerText()).toContain('Se deshizo guardar habitación por lucia en la consola');
    // A time no later than its hold: refused, and why, in Spanish.
    await page.getByLabel(`Guardar las habitaciones de la reservación ${confirmation} hasta (hora)`).fill('09:00');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: `Guardar las habitaciones de la reservación ${confirmation} hasta la hora escrita` }).click()]);
    await page.waitForLoadState();
    expect(await page.locator('h1').innerText()).toBe('No se hizo');
    expect(await page.locator('main').innerText()).toMatch(new RegExp(`La reservación ${confirmation} ya está guardada hasta lun 7 dic \\d\\d:\\d\\d: 09:00 sería lun 7 dic 09:00, no más tarde\\.`));
    await Promise.all([page.waitForURL(/\/staff\/reservations\/\d+$/), page.getByRole('link', { name: 'Regresar a reservaciones' }).click()]);
    // Cancelled, "seguro" ticked: its rooms free, the guest's cancellation text queued.
    await page.getByLabel('seguro').check();
    await Promise.all([page.waitForURL(/notice=cancelled/), page.getByRole('button', { name: `Cancelar la reservación ${confirmation}` }).click()]);
    expect(await page.locator('#summary').innerText()).toContain('cancelada');
    const story = await page.locator('#story').innerText();
    expect(story).toContain('Cancelada por lucia en la consola.');
    expect(story).toMatch(/Mensaje \(cancelación\) a 55 3333 4444: sin enviar/);
  });

  it('reads the texts to guests in Spanish: kinds, states and the list', async () => {
    await page.goto(`${t.baseUrl}/staff/outbox`);
    expect(await page.locator('h1').innerText()).toBe('Mensajes a huéspedes');
    const rows = page.locator('#texts tbody tr', { hasText: '55 3333 4444' });
    expect(await rows.count()).toBe(2);
    const kinds = await rows.locator('[data-label="Tipo"]').allInnerTexts();
    expect(kinds.map((k) => k.split('\n')[0])).toEqual(['cancelación', 'confirmación de reservación']);
    expect(await rows.first().locator('[data-label="Estado"]').innerText()).toBe('sin enviar');
    expect(await page.locator('#status option[value="delivered"]').innerText()).toMatch(/^entregado \(0\): llegó al teléfono$/);
    expect(await page.locator('main p.muted').first().innerText()).toMatch(/^2 mensajes, los más recientes primero\. Las horas son del hotel\.$/);
    const main = await page.locator('main').innerText();
    for (const english of ['Created', 'booking confirmation', 'cancellation', 'unsent', 'newest first', 'Filter']) expect(main).not.toContain(english);
  });

  it('checks availability in Spanish: nights named as the desk says them, room types in Spanish', async () => {
    await page.goto(`${t.baseUrl}/staff/availability`);
    expect(await page.locator('h1').innerText()).toBe('Disponibilidad');
    const grid = page.locator('#availability');
    expect(await grid.locator('caption').innerText()).toBe('libres / total');
    expect(await grid.locator('thead').innerText()).toMatch(/^Noche\s+.*Habitación Doble/s);
    expect(await grid.locator('tbody th').first().innerText()).toBe('sáb 28 nov (esta noche)');
    expect(await grid.locator('tbody th').nth(1).innerText()).toBe('dom 29 nov (mañana)');
    await page.getByLabel('Desde').fill('2026-12-07');
    await page.getByLabel('Noches').fill('3');
    await Promise.all([page.waitForURL(/from=2026-12-07/), page.getByRole('button', { name: 'Ver' }).click()]);
    expect(await page.locator('#availability tbody th').allInnerTexts()).toEqual(['lun 7 dic', 'mar 8 dic', 'mié 9 dic']);
    expect(await page.locator('main').innerText()).not.toMatch(/Night|free \/ total|From today|Double Room/);
  });

  it('reads the overview’s figures and charts in Spanish', async () => {
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.locator('#period-said').innerText()).toMatch(/^Llamadas que empezaron del dom 22 nov al sáb 28 nov \(hora del hotel\); las conversaciones por mensaje se cuentan aparte\.$/);
    const kpis = await page.locator('dl.kpis').innerText();
    for (const words of ['Llamadas', 'Reservaciones', 'Conversión', 'Llegaron a recepción', 'Abandono', 'Llamada promedio']) expect(kpis).toContain(words);
    await page.locator('#outcomes-details summary').click();
    expect(await page.locator('#outcomes').innerText()).toContain('buzón/regresar llamada');
    await page.locator('#charts-details summary').click();
    expect(await page.locator('#charts-details figcaption').allInnerTexts()).toEqual(['Llamadas y reservaciones por día', 'Llamadas por hora del día (hora del hotel)', 'Resultados de las llamadas']);
    const figures = await page.locator('main').innerText();
    for (const english of ['Phone calls that started', 'Conversion', 'Average call', 'Outcomes of calls', 'Share of texts']) expect(figures).not.toContain(english);
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
