// The Spanish desk in headless Chromium: Sierra Alta's clerk works Since yesterday, Flow, the
// password page and a filter typed wrong, and reads no English on them. Saturday 28 November 2026.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startStaffApp } from './staff-helpers.ts';

const LUCIA = { username: 'lucia', password: 'lucia-password-1' };
/** Words each English page had, which a Spanish page must not show. */
const ENGLISH = /\b(Since yesterday|Yesterday and today|Turnaways|Call flow|Per step|asks the caller|reached|Change your password|Current password|The start date|must be|Mexico City time)\b/;

describe.skipIf(!hasChromium)('the Spanish desk in a browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add(LUCIA.username, LUCIA.password, 'staff', t.clock.now());
    await accounts.setHotels(LUCIA.username, ['SIE'], t.clock.now());
    t.clock.set('2026-11-27T20:00:00Z');
    await bookByKeys(t.call({ to: SIERRA, from: '+525511112222' }), { date: '1127', roomType: '1', rooms: '1', nights: '1#', name: 'Lucía Pérez', spanish: true });
    t.clock.set('2026-11-28T16:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('reads Since yesterday, Flow, the password page and a filter’s error in Spanish', async () => {
    const page = await staffPageAs(browser, t.baseUrl, LUCIA, { width: 1280 });
    await page.goto(`${t.baseUrl}/staff`);
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH);
    await page.getByRole('link', { name: 'Desde ayer' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Desde ayer');
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH);

    await page.getByRole('link', { name: 'Flujo' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Flujo de la llamada');
    expect(await page.locator('#flow-counts tr[data-state="askingName"] th').innerText()).toBe('Pregunta el nombre');
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH);

    await page.getByLabel('Desde').fill('2026-11-28');
    await page.getByLabel('Hasta').fill('2026-11-01');
    await Promise.all([page.waitForURL(/to=2026-11-01/), page.getByRole('button', { name: 'Ver' }).click()]);
    expect(await page.getByRole('alert').innerText()).toBe('La fecha final es anterior a la de inicio: elige una fecha final igual o posterior.');

    await page.goto(`${t.baseUrl}/staff/calls?perPage=0`);
    expect(await page.getByRole('alert').innerText()).toBe('El número de renglones por página debe ser un número entero del 1 al 200.');

    await page.getByRole('link', { name: /lucia/ }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Cambiar tu contraseña');
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH);
    await page.getByLabel('Contraseña actual').fill(LUCIA.password);
    await page.getByLabel('Contraseña nueva', { exact: true }).fill('nueva-contraseña-1');
    await page.getByLabel('Contraseña nueva otra vez').fill('nueva-contraseña-2');
    await Promise.all([page.waitForLoadState(), page.getByRole('button', { name: 'Cambiar contraseña' }).click()]);
    await expect.poll(() => page.locator('main').innerText()).toContain('Las dos contraseñas nuevas no coinciden. No se cambió nada.');
    await page.context().close();
  });
});
