// A front desk's day in a real browser (headless Chromium, playwright-core): the tasks the console
// is for, done the way a person does them, and every page at a phone's and a desk's width.

import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, startStaffApp } from './staff-helpers.ts';

const SCREENS = join(tmpdir(), 'conserje-console-screens');
const MP3 = Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000fake-mp3-frames');

describe.skipIf(!hasChromium)("the console for a day's work, in headless Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let twilio: ReturnType<typeof createServer>;
  const asked: { path: string; auth: string | undefined }[] = [];
  let bookedCall = '';

  beforeAll(async () => {
    // A stand-in for Twilio's REST API: the recordings the app fetches with the account's credentials.
    twilio = createServer((req, res) => {
      asked.push({ path: req.url ?? '', auth: req.headers.authorization });
      if (req.url?.endsWith('.mp3')) res.writeHead(200, { 'content-type': 'audio/mpeg' }).end(MP3);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => twilio.listen(0, '127.0.0.1', r));
    const local = `http://127.0.0.1:${(twilio.address() as AddressInfo).port}`;
    t = await startStaffApp({
      env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` },
      twilioFetch: (url, init) => fetch(String(url).replace('https://api.twilio.com', local), init),
    });
    // Yesterday (Friday 27 November, New York): a booking, a call the desk took, one the desk
    // missed that left a voicemail. Today: a call the desk took, and a booking.
    t.clock.set('2026-11-27T15:00:00Z');
    await bookByKeys(t.call({ from: '+12125550123' }), { date: '1204', roomType: '2', nights: '2#', name: 'Sofía Ramírez' });
    t.clock.advance(60_000);
    const took = t.call({ from: '+13055550188' });
    await took.start();
    await took.press('0');
    await took.whisper(0, '1');
    await took.dialResult('completed', 90);
    t.clock.advance(60_000);
    const missed = t.call({ from: '+17185550142' });
    await missed.start();
    await missed.press('0');
    await missed.dialResult('no-answer');
    await missed.press('1');
    await missed.record({ transcript: 'Hello, I will arrive late tonight, around midnight.' });
    // A week earlier: a guest from Mexico whose phone still sends the retired "1" after +52.
    t.clock.set('2026-11-20T15:00:00Z');
    await bookByKeys(t.call({ from: '+5215598765432' }), { date: '1210', roomType: '4', nights: '2#', name: 'Rosa Elena Díaz' });
    t.clock.set('2026-11-28T14:00:00Z');
    const today = t.call({ from: '+14155550177' });
    await today.start();
    await today.press('0');
    await today.whisper(0, '1');
    await today.dialResult('completed', 60);
    t.clock.advance(60_000);
    const booked = t.call({ from: '+16175550150' });
    await bookByKeys(booked, { date: '1205', roomType: '3', nights: '1#', name: 'Ivy Chen' });
    bookedCall = booked.callSid;
    t.clock.set('2026-11-28T15:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await new Promise((r) => twilio?.close(r));
  });

  function staffPage(width = 1440, who: { username: string; password: string } = STAFF): Promise<Page> {
    return staffPageAs(browser, t.baseUrl, who, { width });
  }

  it("finds yesterday's calls that reached the front desk in two clicks", async () => {
    const page = await staffPage();
    await page.goto(`${t.baseUrl}/staff/calls`);
    await Promise.all([page.waitForURL(/from=2026-11-27&to=2026-11-27/), page.getByRole('link', { name: 'Yesterday', exact: true }).click()]);
    await page.getByLabel('Outcome').selectOption('desk');
    await Promise.all([page.waitForURL(/outcome=desk/), page.getByRole('button', { name: 'Filter' }).click()]);
    const rows = page.locator('#calls tbody tr');
    expect(await rows.count()).toBe(2);
    const text = (await page.locator('#calls').textContent()) ?? '';
    expect(text).toContain('(305) 555-0188');
    expect(text).toContain('(718) 555-0142');
    expect(text).not.toContain('(212) 555-0123');
    expect(text).not.toContain('(415) 555-0177');
    await page.context().close();
  });

  it('finds a guest by a number written any way, and by a name without its accents', async () => {
    const page = await staffPage();
    for (const typed of ['(212) 555-0123', '212.555.0123', '+1 212 555 0123', '001 212 555 0123']) {
      await page.goto(`${t.baseUrl}/staff/calls`);
      await page.getByLabel('Guest name or number').fill(typed);
      await Promise.all([page.waitForURL(/guest=/), page.getByRole('button', { name: 'Filter' }).click()]);
      expect(await page.locator('#calls tbody tr').count(), typed).toBe(1);
      expect(await page.locator('#calls tbody tr').textContent(), typed).toContain('Sofía Ramírez');
    }
    await page.goto(`${t.baseUrl}/staff/reservations?q=sofia`);
    expect(await page.locator('#reservations tbody').textContent()).toContain('Sofía Ramírez');
    // The number leads to the guest: their calls and reservations.
    await Promise.all([page.waitForURL(/\/staff\/guest\?phone=/), page.locator('#reservations a.phone').first().click()]);
    expect(await page.locator('h1').textContent()).toBe('Sofía Ramírez, (212) 555-0123');
    await page.context().close();
  });

  it('finds a guest from Mexico by the number as they give it, and reaches their reservation from it', async () => {
    const page = await staffPage();
    for (const typed of ['+52 1 55 9876 5432', '+52 55 9876 5432', '0052 55 9876 5432']) {
      await page.goto(`${t.baseUrl}/staff/calls`);
      await page.getByLabel('Guest name or number').fill(typed);
      await Promise.all([page.waitForURL(/guest=/), page.getByRole('button', { name: 'Filter' }).click()]);
      const rows = page.locator('#calls tbody tr');
      expect(await rows.count(), typed).toBe(1);
      expect(await rows.first().textContent(), typed).toContain('Rosa Elena Díaz');
    }
    // The caller ID is read as the line it is, not as "+52 15598765432".
    expect(await page.locator('#calls a.phone').first().textContent()).toBe('+52 55 9876 5432');
    await Promise.all([page.waitForURL(/\/staff\/guest\?phone=/), page.locator('#calls a.phone').first().click()]);
    expect(await page.locator('h1').textContent()).toBe('Rosa Elena Díaz, +52 55 9876 5432');
    expect(await page.locator('main').textContent()).toContain('1 reservation');
    expect(await page.locator('main table').first().textContent()).toContain('1 Standard room');
    await page.context().close();
  });

  it('keeps a filter form that cannot be read, says what to fix, and leads on from there', async () => {
    const page = await staffPage(390);
    // Overview with the dates the wrong way round: the form as typed, the words to fix it, the presets.
    const overview = await page.goto(`${t.baseUrl}/staff?from=2026-11-28&to=2026-11-01`);
    expect(overview?.status()).toBe(400);
    expect(await page.getByRole('alert').textContent()).toBe('The end date is before the start date: pick an end date on or after it.');
    expect(await page.getByLabel('From').inputValue()).toBe('2026-11-28');
    expect(await page.getByLabel('To').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('To').fill('2026-11-28');
    await Promise.all([page.waitForURL(/to=2026-11-28/), page.getByRole('button', { name: 'Show' }).click()]);
    expect(await page.locator('.kpis').count()).toBe(1);
    // The calls list refused the same way shows no results: "0 calls", "No calls match" read as a search that found nothing.
    const calls = await page.goto(`${t.baseUrl}/staff/calls?from=2026-11-28&to=2026-11-01`);
    expect(calls?.status()).toBe(400);
    expect(await page.getByRole('alert').textContent()).toContain('The end date is before the start date');
    expect(await page.locator('#calls').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/No calls match|calls and text conversations|Page 1 of/);
    // The flow page's presets lead out of a bad period in one click.
    await page.goto(`${t.baseUrl}/staff/flow?from=2026-11-28&to=2025-01-01`);
    expect(await page.getByRole('alert').textContent()).toContain('The end date is before the start date');
    await Promise.all([page.waitForURL(/\/staff\/flow\?from=/), page.getByRole('link', { name: 'Yesterday', exact: true }).click()]);
    expect(await page.locator('h2', { hasText: 'Per step' }).count()).toBe(1);
    // Reservations on a day that does not exist: the lists and the search are still there.
    const reservations = await page.goto(`${t.baseUrl}/staff/reservations?list=departures&date=2026-02-30`);
    expect(reservations?.status()).toBe(400);
    expect(await page.getByRole('alert').textContent()).toBe('The date must be a date, like 2026-12-04.');
    await page.getByLabel('Confirmation number, name or phone').fill('Ivy');
    await Promise.all([page.waitForURL(/q=Ivy/), page.getByRole('button', { name: 'Show' }).click()]);
    expect(await page.locator('#reservations tbody tr', { hasText: 'Ivy Chen' }).count()).toBe(1);
    // Availability for too many nights.
    await page.goto(`${t.baseUrl}/staff/availability?days=400`);
    expect(await page.getByRole('alert').textContent()).toBe('The number of nights must be a whole number from 1 to 90.');
    expect(await page.getByLabel('Nights').inputValue()).toBe('400');
    await page.context().close();
  });

  it('works a callback from overdue to tried to done, with the voicemail played through the app', async () => {
    const page = await staffPage();
    await page.goto(`${t.baseUrl}/staff/callbacks`);
    // Left yesterday, promised within the hour: overdue, and counted so in the navigation.
    const row = page.locator('#callbacks tbody tr').first();
    expect(await row.getAttribute('class')).toContain('overdue');
    expect(await page.getByRole('navigation', { name: 'Staff pages' }).locator('.count.overdue').textContent()).toBe('1 late');
    expect(await row.locator('blockquote.transcript').textContent()).toContain('I will arrive late tonight');
    const audio = row.locator('audio');
    const src = await audio.getAttribute('src');
    const played = await page.request.get(t.baseUrl + src!);
    expect(played.status()).toBe(200);
    expect(played.headers()['content-type']).toBe('audio/mpeg');
    expect(Buffer.from(await played.body()).equals(MP3)).toBe(true);
    expect(asked.at(-1)?.auth).toBe(`Basic ${Buffer.from(`AC${'1'.repeat(32)}:${t.config.twilioAuthToken}`).toString('base64')}`);

    await Promise.all([page.waitForURL(/notice=callback-tried/), row.getByRole('button', { name: /Tried/ }).click()]);
    expect(await page.locator('#callbacks tbody tr').first().textContent()).toContain('tried, no answer');
    expect(await page.locator('#callbacks tbody tr').first().textContent()).toContain('1 try');
    await page.locator('#callbacks tbody tr').first().getByPlaceholder('What was agreed').fill('Late check-in noted for room 12');
    await Promise.all([page.waitForURL(/notice=callback-done/), page.locator('#callbacks tbody tr').first().getByRole('button', { name: 'Done' }).click()]);
    expect(await page.locator('main').textContent()).toContain('No one is waiting for a call back.');
    await page.goto(`${t.baseUrl}/staff/callbacks?status=done`);
    expect(await page.locator('#callbacks').textContent()).toContain('Late check-in noted for room 12');
    await page.context().close();
  });

  it('undoes a cancel within minutes, and the rooms are booked again', async () => {
    const page = await staffPage();
    await page.goto(`${t.baseUrl}/staff/reservations?list=made`);
    const row = page.locator('#reservations tbody tr', { hasText: 'Ivy Chen' });
    await row.getByLabel('sure').check();
    await Promise.all([page.waitForURL(/notice=cancelled/), row.getByRole('button', { name: /Cancel reservation/ }).click()]);
    expect(await page.locator('#reservations tbody tr', { hasText: 'Ivy Chen' }).locator('.badge').textContent()).toBe('cancelled');
    await Promise.all([
      page.waitForURL(/notice=undone/),
      page.locator('#reservations tbody tr', { hasText: 'Ivy Chen' }).getByRole('button', { name: /Undo cancel/ }).click(),
    ]);
    expect(await page.locator('#reservations tbody tr', { hasText: 'Ivy Chen' }).locator('.badge').textContent()).toBe('booked');
    expect(await t.db.all("SELECT action FROM audit_log WHERE target LIKE 'reservation:%' ORDER BY id")).toEqual([
      { action: 'reservation.cancel' },
      { action: 'reservation.undo-cancel' },
    ]);
    // The cancellation text had not gone out yet: it is withdrawn, not sent.
    expect(await t.db.get("SELECT status FROM outbox WHERE kind = 'booking_cancelled'")).toEqual({ status: 'failed' });
    await page.context().close();
  });

  it("reads today's conversion, and a call's one-line summary", async () => {
    const page = await staffPage();
    await page.goto(`${t.baseUrl}/staff?from=2026-11-01&to=2026-11-28`);
    await Promise.all([page.waitForURL(/from=2026-11-28&to=2026-11-28/), page.getByRole('link', { name: 'Today', exact: true }).click()]);
    const kpi = page.locator('.kpis div', { hasText: 'Conversion' });
    // Today: two calls, one booked.
    expect(await kpi.locator('dd').first().textContent()).toBe('50.0%');
    expect(await page.locator('#outcomes tfoot').textContent()).toContain('100.0%');
    await page.goto(`${t.baseUrl}/staff/calls/${bookedCall}`);
    expect(await page.locator('#summary').textContent()).toMatch(/^Ivy Chen booked 1 Double Queen room, Dec 5–6 \(1 night\), by phone in English/);
    await page.context().close();
  });

  it('sees the call flow as a picture with readable words, its source text put away', async () => {
    const page = await staffPage();
    await page.goto(`${t.baseUrl}/staff/flow?from=2026-11-27&to=2026-11-28`);
    const picture = page.locator('svg#flow-picture');
    expect(await picture.isVisible()).toBe(true);
    const box = await picture.boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(box!.height).toBeGreaterThan(400);
    // Yesterday and today: five calls answered, so the greeting was reached five times.
    expect(await picture.locator('g[data-state="greeting"] text.count').textContent()).toBe('reached 5');
    const smallest = await picture.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(11);
    expect(await page.locator('pre.mermaid').isVisible()).toBe(false);
    await page.getByText('For whoever works on the flow').click();
    expect(await page.locator('pre.mermaid').isVisible()).toBe(true);
    await page.context().close();
  });

  it('keeps the overview short on a phone: empty outcomes fold into one line, the figures\' tables and charts put away', async () => {
    const page = await staffPage(390, ADMIN);
    await page.goto(`${t.baseUrl}/staff`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`overview at 390 px: ${height} px tall`);
    expect(await page.locator('#outcomes-none').count()).toBe(1);
    expect(height).toBeLessThan(2_500);
    await page.context().close();
  });

  it('shows every page at 390 and 1440 px wide without sideways scrolling', async () => {
    mkdirSync(SCREENS, { recursive: true });
    const paths = ['/', '/staff', '/staff/calls', '/staff/callbacks', '/staff/admin', '/staff?from=2026-11-28&to=2026-11-01', `/staff/calls/${bookedCall}`, '/staff/reservations', '/staff/reservations?list=made', '/staff/callbacks?status=all', '/staff/outbox', '/staff/availability', '/staff/flow', '/staff/guest?phone=%2B12125550123', '/staff/calls?from=2026-11-28&to=2026-11-01'];
    for (const width of [390, 1440]) {
      // The administrator, who sees every page (Accounts too).
      const page = await staffPage(width, ADMIN);
      // No script error, and nothing the page asks for is missing (a 400 is the bad period's own answer).
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(err.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().includes('status of 400')) problems.push(`${page.url()}: ${m.text()}`);
      });
      for (const path of paths) {
        await page.goto(t.baseUrl + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        // Nothing a clerk acts on or reads a status from is hidden off to the side (in a table that scrolls).
        const offScreen = await page.evaluate((w) => {
          const outside: string[] = [];
          for (const el of document.querySelectorAll('main button, main .badge, main a.phone')) {
            const box = el.getBoundingClientRect();
            if (box.width > 0 && (box.left < 0 || box.right > w)) outside.push(`${el.tagName} ${el.textContent?.trim()}`);
          }
          return outside;
        }, width);
        expect(offScreen, `${path} at ${width} px`).toEqual([]);
        await page.screenshot({ path: join(SCREENS, `${width}${path.replace(/[^a-z0-9]+/gi, '_')}.png`), fullPage: true });
      }
      if (width === 390) {
        // On a phone, tables are stacked rows: the status and the actions are on screen.
        await page.goto(`${t.baseUrl}/staff/reservations?list=made`);
        // (Made today, arriving in December: Keep room is offered, Arrived only from the arrival day.)
        const button = page.getByRole('button', { name: /Keep reservation .* rooms until the time typed/ }).first();
        const box = await button.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      }
      expect(problems, `at ${width} px`).toEqual([]);
      await page.context().close();
    }
    // Thirty-odd full-page loads and screenshots: more than the default 20 s on a busy machine.
  }, 120_000);
});
