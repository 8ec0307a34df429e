// Last session's leftovers at the desk, in headless Chromium and over HTTP, in English (a group's
// clerk: Miramar in New York, Sierra Alta in Mexico City) and in Spanish (Sierra's own clerk):
// Arrived offered only from the guest's arrival day, as the server allows it (and the server's
// reason when asked anyway); Change bringing the clerk back to the list they were on (Find's
// results, Arrivals, a callback's row) with the change said there; the clocks named as a clerk
// names them. Saturday 28 November 2026, 11:00 in New York, 10:00 in Mexico City.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { SIERRA_CLERK, STAFF, addSierraClerk, leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';

interface Found {
  id: number;
  confirmation: string;
  nights: number;
  canMarkArrived: boolean;
}

describe.skipIf(!hasChromium)('the desk’s leftovers: Arrived when it can be done, back where the clerk was after Change, clocks said plainly', () => {
  let t: TestApp;
  let browser: Browser;

  /** The one reservation a search finds, as the API gives it. */
  const one = async (q: string): Promise<Found> => {
    const { agent } = await login(t, STAFF);
    const found = (await agent.get('/api/reservations').query({ q }).expect(200)).body.reservations as Found[];
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await addSierraClerk(t);
    t.clock.set('2026-11-28T15:00:00Z');
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550123' }), { date: '1128', name: 'Ana Torres' });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+13125550144' }), { date: '1129', name: 'Ben Cole' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525511112222' }), { date: '1128', roomType: '1', name: 'Lucía Pérez', spanish: true });
    await bookByKeys(t.call({ to: SIERRA, from: '+525533334444' }), { date: '1129', roomType: '1', name: 'Mario Ruiz', spanish: true });
    // Ana calls again, wanting to talk about her stay, and leaves a voicemail: her callback row shows her reservation.
    await leaveVoicemail(t, { from: '+12125550123', to: MIRAMAR, transcript: 'Ana Torres, I may stay one more night, call me back.' });
    t.clock.set('2026-11-28T16:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const findRow = async (page: Page, q: string, confirmation: string) => {
    await page.goto(`${t.baseUrl}/staff/reservations?q=${encodeURIComponent(q)}`);
    return page.locator('tbody tr', { hasText: confirmation });
  };

  it('offers Arrived in Find’s results only from the guest’s arrival day, and the server refuses it before then, saying why', async () => {
    const today = await one('Torres');
    const tomorrow = await one('Cole');
    expect(today.canMarkArrived).toBe(true);
    expect(tomorrow.canMarkArrived).toBe(false);

    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    const ana = await findRow(page, 'Torres', today.confirmation);
    expect(await ana.getByRole('button', { name: `Mark reservation ${today.confirmation} arrived` }).count()).toBe(1);
    const ben = await findRow(page, 'Cole', tomorrow.confirmation);
    expect(await ben.getByRole('button', { name: `Mark reservation ${tomorrow.confirmation} arrived` }).count()).toBe(0);
    // Tomorrow's guest can still have their room kept, or their stay changed.
    expect(await ben.getByRole('button', { name: `Keep reservation ${tomorrow.confirmation}'s rooms until the time typed` }).count()).toBe(1);
    expect(await ben.getByRole('link', { name: `Change reservation ${tomorrow.confirmation}` }).count()).toBe(1);
    await page.context().close();

    // Asked anyway (an old page, the API): refused, with the reason, and still booked.
    const { agent, csrf } = await login(t, STAFF);
    const api = await agent.post(`/api/reservations/${tomorrow.id}/arrived`).set('X-CSRF-Token', csrf).expect(409);
    expect(api.body).toMatchObject({ error: 'not_arrivable' });
    expect(api.body.message).toContain('arrives on 2026-11-29');
    const form = await agent.post(`/staff/reservations/${tomorrow.id}/arrived`).type('form').send({ _csrf: csrf, back: '/staff/reservations?q=Cole' }).expect(409);
    expect(form.text).toContain(`Reservation ${tomorrow.confirmation} arrives Sun, Nov 29, not today: to check the guest in now, change its arrival date first.`);
    expect((await one('Cole')).canMarkArrived).toBe(false);
    expect((await agent.get(`/api/reservations/${tomorrow.id}`).expect(200)).body.status).toBe('booked');
    // Today's guest is marked arrived as before.
    await agent.post(`/api/reservations/${today.id}/arrived`).set('X-CSRF-Token', csrf).expect(200);
    await agent.post(`/api/reservations/${today.id}/undo`).set('X-CSRF-Token', csrf).expect(200);
  });

  it('brings the clerk back to Find’s results after Change, the change said there and the row in view', async () => {
    const ben = await one('Cole');
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    const row = await findRow(page, 'Cole', ben.confirmation);
    await Promise.all([page.waitForURL(/\/change/), row.getByRole('link', { name: `Change reservation ${ben.confirmation}` }).click()]);
    await page.locator('#nights').fill(String(ben.nights + 1));
    await Promise.all([page.waitForURL(/notice=changed/), page.getByRole('button', { name: 'Save the change' }).click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/staff/reservations');
    expect(url.searchParams.get('q')).toBe('Cole');
    expect(url.hash).toBe(`#reservation-${ben.id}`);
    expect(await page.getByRole('status').first().innerText()).toContain('Reservation changed, same confirmation number.');
    expect(await page.locator(`#reservation-${ben.id}`).innerText()).toContain(`${ben.nights + 1} nights`);
    expect((await one('Cole')).nights).toBe(ben.nights + 1);
    await page.context().close();
  });

  it('brings the clerk back to Arrivals, and to the callback’s row, after Change', async () => {
    const ana = await one('Torres');
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff/reservations?list=arrivals`);
    const arrivalsUrl = new URL(page.url());
    await Promise.all([page.waitForURL(/\/change/), page.locator(`#reservation-${ana.id}`).getByRole('link', { name: `Change reservation ${ana.confirmation}` }).click()]);
    await page.locator('#nights').fill(String(ana.nights + 1));
    await Promise.all([page.waitForURL(/notice=changed/), page.getByRole('button', { name: 'Save the change' }).click()]);
    let url = new URL(page.url());
    expect(url.pathname).toBe('/staff/reservations');
    expect(url.searchParams.get('list')).toBe(arrivalsUrl.searchParams.get('list') ?? 'arrivals');
    expect(url.hash).toBe(`#reservation-${ana.id}`);
    expect(await page.getByRole('status').first().innerText()).toContain('Reservation changed');

    // Ana's voicemail: her reservation is on her callback row, with Change; it comes back to that row.
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    const callback = page.locator('#callbacks tbody tr', { hasText: 'one more night' });
    const rowId = await callback.getAttribute('id');
    expect(rowId).toMatch(/^callback-\d+$/);
    await Promise.all([page.waitForURL(/\/change/), callback.getByRole('link', { name: `Change reservation ${ana.confirmation}` }).click()]);
    // Leave it as it is goes back there too, changing nothing.
    expect(await page.getByRole('link', { name: 'Leave it as it is' }).getAttribute('href')).toBe(`/staff/callbacks#${rowId}`);
    await page.locator('#nights').fill(String(ana.nights + 2));
    await Promise.all([page.waitForURL(/notice=changed/), page.getByRole('button', { name: 'Save the change' }).click()]);
    url = new URL(page.url());
    expect(url.pathname).toBe('/staff/callbacks');
    expect(url.hash).toBe(`#${rowId}`);
    expect(await page.getByRole('status').first().innerText()).toContain('Reservation changed');
    expect((await one('Torres')).nights).toBe(ana.nights + 2);
    await page.context().close();
  });

  it('names another property’s clock by its city for a group’s clerk, never by its setting', async () => {
    const mario = await one('Ruiz');
    const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 1280 });
    for (const path of ['/staff', `/staff/reservations/${mario.id}`, '/staff/reservations?list=arrivals', '/staff/calls', '/staff/callbacks', '/staff/outbox', '/staff/morning']) {
      await page.goto(`${t.baseUrl}${path}`);
      expect(await page.locator('body').innerText(), path).not.toMatch(/America\/|Mexico_City|New_York/);
    }
    await page.goto(`${t.baseUrl}/staff/reservations/${mario.id}`);
    expect(await page.locator('#reservation-facts').innerText()).toMatch(/Held until\s+tomorrow \d\d:\d\d \(Mexico City time\)/);
    await page.context().close();
  });

  it('does the same at Sierra’s desk in Spanish: no Arrived before the day, the reason, back to the results, its own clock unnamed', async () => {
    const mario = await one('Ruiz');
    const lucia = await one('Pérez');
    const page = await staffPageAs(browser, t.baseUrl, SIERRA_CLERK, { width: 1280 });
    let row = await findRow(page, 'Pérez', lucia.confirmation);
    expect(await row.getByRole('button', { name: `Marcar que llegó la reservación ${lucia.confirmation}` }).count()).toBe(1);
    row = await findRow(page, 'Ruiz', mario.confirmation);
    expect(await row.getByRole('button', { name: `Marcar que llegó la reservación ${mario.confirmation}` }).count()).toBe(0);

    await Promise.all([page.waitForURL(/\/change/), row.getByRole('link', { name: `Modificar la reservación ${mario.confirmation}` }).click()]);
    await page.locator('#nights').fill(String(mario.nights + 1));
    await Promise.all([page.waitForURL(/notice=changed/), page.getByRole('button', { name: 'Guardar el cambio' }).click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/staff/reservations');
    expect(url.searchParams.get('q')).toBe('Ruiz');
    expect(await page.getByRole('status').first().innerText()).toContain('Reservación modificada, con el mismo número de confirmación.');

    await page.goto(`${t.baseUrl}/staff/reservations/${mario.id}`);
    const facts = await page.locator('#reservation-facts').innerText();
    expect(facts).toMatch(/Guardada hasta\s+mañana \d\d:\d\d(\n|$)/);
    for (const path of ['/staff', `/staff/reservations/${mario.id}`, '/staff/calls', '/staff/outbox', '/staff/morning']) {
      await page.goto(`${t.baseUrl}${path}`);
      expect(await page.locator('body').innerText(), path).not.toMatch(/America\/|Mexico_City/);
    }
    await page.context().close();

    const { agent, csrf } = await login(t, SIERRA_CLERK);
    const form = await agent.post(`/staff/reservations/${mario.id}/arrived`).type('form').send({ _csrf: csrf, back: '/staff/reservations?q=Ruiz' }).expect(409);
    expect(form.text).toContain(`La reservación ${mario.confirmation} llega el dom 29 nov, no hoy: para registrar su llegada ahora, primero cambia la fecha de llegada.`);
  });
});
