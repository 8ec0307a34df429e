// The shift's handover note in headless Chromium, at both properties of the demo group: the night
// clerk writes it (English at Miramar, Spanish at Sierra), from the overview's link; the morning
// clerk finds it on the overview as yesterday's note, open, and writes today's; two clerks who opened the note together
// and both save never lose either's words: the second sees the first's text beside their own, still
// in the box, and saves the two together.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { startStaffApp } from '../staff/staff-helpers.ts';

const ANA = { username: 'ana', password: 'ana-password-12' } as const;
const LUCIA = { username: 'lucia', password: 'lucia-password-1' } as const;

describe.skipIf(!hasChromium)('the handover note from one shift to the next, in English and in Spanish', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    for (const [who, code] of [[ANA, 'MIR'], [LUCIA, 'SIE']] as const) {
      await accounts.add(who.username, who.password, 'staff', t.clock.now());
      await accounts.setHotels(who.username, [code], t.clock.now());
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const cases = [
    {
      who: ANA,
      // Saturday 28 November, 22:40 in New York; the next morning, 07:05.
      night: '2026-11-29T03:40:00Z',
      morning: '2026-11-29T12:05:00Z',
      w: { writeLink: "Write today's handover note", write: "Write today's note", edit: "Edit today's note", label: 'Note for the next shift', save: 'Save the note', saved: 'Handover note saved.', yesterday: "Yesterday's note", none: 'No note for today yet.', by: 'Written by ana, yesterday 22:40', mine: 'Written by ana, today 07:' },
      night1: "Room 12's guest arrives late, keep it.\nThe Garcías' card declined: call them.",
      other: 'Shuttle to the airport at 9.',
      mine: 'Late checkout for 204.',
    },
    {
      who: LUCIA,
      // Saturday 28 November, 22:40 in Mexico City; the next morning, 07:05.
      night: '2026-11-29T04:40:00Z',
      morning: '2026-11-29T13:05:00Z',
      w: { writeLink: 'Escribir la nota de entrega de hoy', write: 'Escribir la nota de hoy', edit: 'Editar la nota de hoy', label: 'Nota para el siguiente turno', save: 'Guardar la nota', saved: 'Nota de entrega guardada.', yesterday: 'La nota de ayer', none: 'Todavía no hay nota para hoy.', by: 'Escrita por lucia, ayer 22:40', mine: 'Escrita por lucia, hoy 07:' },
      night1: 'La 12 llega tarde: guárdela.\nA los García les rechazaron la tarjeta: llámeles.',
      other: 'Traslado al aeropuerto a las 9.',
      mine: 'Salida tarde para la 204.',
    },
  ];

  const openForm = async (page: Page, summary: string) => {
    await page.getByText(summary, { exact: true }).click();
    return page.getByLabel(cases.find((c) => c.w.write === summary || c.w.edit === summary)!.w.label);
  };

  for (const c of cases) {
    it(`${c.who.username}: the night's note is the morning's yesterday's note; two saves at once keep both clerks' words`, async () => {
      t.clock.set(c.night);
      const night = await staffPageAs(browser, t.baseUrl, c.who, { width: 1100 });
      await night.goto(`${t.baseUrl}/staff`);
      // No note to read: one link in the overview's line to the handover page, its form open.
      expect(await night.locator('.handover').count()).toBe(0);
      await Promise.all([night.waitForURL(/\/staff\/handover$/), night.getByRole('link', { name: c.w.writeLink }).click()]);
      expect(await night.locator('.handover').innerText()).toContain(c.w.none);
      await night.getByLabel(c.w.label).fill(c.night1);
      await Promise.all([night.waitForURL(/notice=handover-saved/), night.getByRole('button', { name: c.w.save }).click()]);
      expect(await night.locator('p.notice').innerText()).toContain(c.w.saved);
      expect(await night.locator('.handover-text').first().innerText()).toBe(c.night1);
      await night.context().close();

      // The next morning: today's note not written yet, the night's open beside it.
      t.clock.set(c.morning);
      const [first, second] = [await staffPageAs(browser, t.baseUrl, c.who, { width: 1100 }), await staffPageAs(browser, t.baseUrl, c.who, { width: 390 })];
      for (const p of [first, second]) await p.goto(`${t.baseUrl}/staff`);
      const panel = await first.locator('.handover').innerText();
      expect(panel).toContain(c.w.none);
      expect(await first.locator('.handover-yesterday').getAttribute('open')).toBe('');
      expect(panel).toContain(c.w.by);
      expect(await first.locator('.handover-yesterday .handover-text').innerText()).toBe(c.night1);

      // Both open today's empty note; the first saves, then the second.
      await (await openForm(first, c.w.write)).fill(c.other);
      await (await openForm(second, c.w.write)).fill(c.mine);
      await Promise.all([first.waitForURL(/notice=handover-saved/), first.getByRole('button', { name: c.w.save }).click()]);
      await Promise.all([second.waitForLoadState(), second.getByRole('button', { name: c.w.save }).click()]);
      await second.waitForSelector('#handover-theirs');
      expect(await second.locator('#handover-theirs').innerText()).toBe(c.other);
      const box = second.getByLabel(c.w.label);
      expect(await box.inputValue()).toBe(c.mine);
      await box.fill(`${c.other}\n${c.mine}`);
      await Promise.all([second.waitForURL(/notice=handover-saved/), second.getByRole('button', { name: c.w.save }).click()]);
      expect(await second.locator('.handover > .handover-text').innerText()).toBe(`${c.other}\n${c.mine}`);
      expect(await second.locator('.handover').innerText()).toContain(c.w.mine);
      // Today's written: yesterday's is folded, still there.
      expect(await second.locator('.handover-yesterday').getAttribute('open')).toBeNull();
      expect(await second.getByText(c.w.edit, { exact: true }).count()).toBe(1);
      for (const p of [first, second]) await p.context().close();
    });
  }
});
