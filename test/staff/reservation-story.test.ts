// A reservation's whole story on one page (/staff/reservations/:id): the call that made it, the
// texts written to the guest, who marked it arrived, took that back and cancelled it, and when, or
// the call in which the guest cancelled it; reached from the reservations list by its confirmation
// number, and readable on a phone at the desk (375 px). There was no such page: the list showed
// the reservation, its call and nothing of who changed it.

import request from 'supertest';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { hasChromium, launchChromium, staffPageAs } from '../helpers/browser.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, bearer, login, startStaffApp } from './staff-helpers.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|’/g, "'").replace(/\s+/g, ' ').trim();

/** The story's entries, oldest first, as read. */
function story(page: string): string[] {
  const list = /<ol class="timeline" id="story">(.*?)<\/ol>/s.exec(page)![1]!;
  return [...list.matchAll(/<li data-kind="[\w-]+">(.*?)<\/li>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

describe("a reservation's story", () => {
  let t: TestApp;
  let ana: number;
  let luis: number;
  let bookedBy: string;
  let cancelCall: string;

  beforeAll(async () => {
    const numbers = ['73310042', '73310043'];
    t = await startStaffApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
    // Saturday 28 November, 10:00 in New York: Ana books by phone.
    const booking = t.call({ from: '+12125550111' });
    await bookByKeys(booking, { date: '1128', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    await booking.hangup();
    bookedBy = booking.callSid;
    const luisCall = t.call({ from: '+13125550177' });
    await bookByKeys(luisCall, { date: '1204', roomType: '2', rooms: '1', nights: '1#', name: 'Luis Prado' });
    await luisCall.hangup();
    const ids = await t.db.all<{ id: number; confirmation: string }>('SELECT id, confirmation FROM reservations ORDER BY id');
    ana = Number(ids[0]!.id);
    luis = Number(ids[1]!.id);
    // 11:00: Luis calls from another phone and cancels it himself.
    t.clock.set('2026-11-28T16:00:00Z');
    const cancel = t.call({ from: '+13125550188' });
    await cancel.start();
    await cancel.press('2');
    await cancel.press('73310043#');
    await cancel.say('Prado', 0.9);
    await cancel.press('1');
    await cancel.press('1');
    cancelCall = cancel.callSid;
    // 12:00: bob marks Ana arrived on the console and takes it back; 12:05 alice cancels it through the API.
    t.clock.set('2026-11-28T17:00:00Z');
    const { agent, csrf } = await login(t, STAFF);
    await agent.post(`/staff/reservations/${ana}/arrived`).type('form').send({ _csrf: csrf, back: '/staff/reservations' }).expect(303);
    await agent.post(`/staff/reservations/${ana}/undo`).type('form').send({ _csrf: csrf, back: '/staff/reservations' }).expect(303);
    t.clock.set('2026-11-28T17:05:00Z');
    await request(t.baseUrl).post(`/api/reservations/${ana}/cancel`).set('Authorization', `Bearer ${await bearer(t)}`).expect(200);
    t.clock.set('2026-11-28T17:30:00Z');
  });
  afterAll(() => t?.close());

  it('tells who made it, the texts, and who changed it and when, oldest first, in hotel time', async () => {
    const { agent } = await login(t);
    const list = (await agent.get('/staff/reservations?q=Torres').expect(200)).text;
    expect(list).toContain(`<a href="/staff/reservations/${ana}" aria-label="Reservation 73310042: its whole story">73310042</a>`);
    const page = (await agent.get(`/staff/reservations/${ana}`).expect(200)).text;
    expect(text(/<h1[^>]*>(.*?)<\/h1>/s.exec(page)![1]!)).toBe('Reservation 73310042');
    expect(page).toContain(`href="/staff/calls/${bookedBy}"`);
    expect(story(page)).toEqual([
      'today 10:00: Booked by the guest on the phone, in the call from (212) 555-0111.',
      'today 10:00: Text (booking confirmation) to (212) 555-0111: unsent written, not tried yet',
      'today 12:00: Marked arrived by bob on the console.',
      'today 12:00: Arrived taken back by bob on the console.',
      'today 12:05: Cancelled by alice through the API.',
      'today 12:05: Text (cancellation) to (212) 555-0111: unsent written, not tried yet',
    ]);
    expect(text(page)).toContain('Oldest first, in hotel time.');
  });

  it('names the call in which the guest cancelled it', async () => {
    const { agent } = await login(t);
    const page = (await agent.get(`/staff/reservations/${luis}`).expect(200)).text;
    expect(story(page)).toContain('today 11:00: Cancelled by the guest in the call from (312) 555-0188.');
    expect(page).toContain(`href="/staff/calls/${cancelCall}"`);
    // Nothing to do on a cancelled reservation but read it.
    expect(page).not.toContain('>Cancel</button>');
  });

  it('offers Arrived and Cancel on a booked one, coming back to its page', async () => {
    const numbers = ['55550001'];
    const other = await startStaffApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
    try {
      const call = other.call({ from: '+12125550122' });
      await bookByKeys(call, { date: '1128', roomType: '2', rooms: '1', nights: '1#', name: 'Eva Luna' });
      const id = Number((await other.db.get<{ id: number }>('SELECT id FROM reservations'))!.id);
      other.clock.advance(60_000);
      const { agent, csrf } = await login(other, STAFF);
      const page = (await agent.get(`/staff/reservations/${id}`).expect(200)).text;
      expect(page).toContain(`<input type="hidden" name="back" value="/staff/reservations/${id}">`);
      const done = await agent.post(`/staff/reservations/${id}/arrived`).type('form').send({ _csrf: csrf, back: `/staff/reservations/${id}` }).expect(303);
      expect(done.headers.location).toMatch(new RegExp(`^/staff/reservations/${id}\\?notice=arrived`));
      const after = (await agent.get(done.headers.location!).expect(200)).text;
      expect(story(after).at(-1)).toBe('today 10:01: Marked arrived by bob on the console.');
      expect(after).toContain('Undo arrived');
    } finally {
      await other.close();
    }
  });

  it('answers 404 for a reservation that is not there, 400 for an id that is not one', async () => {
    const { agent } = await login(t, ADMIN);
    expect(text((await agent.get('/staff/reservations/999999').expect(404)).text)).toContain('No such reservation here.');
    await agent.get('/staff/reservations/12x').expect(400);
  });

  describe.skipIf(!hasChromium)('in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => browser?.close());

    it('is reached from a search by its confirmation number and fits a 375 px phone', async () => {
      const page = await staffPageAs(browser, t.baseUrl, STAFF, { width: 375 });
      await page.goto(`${t.baseUrl}/staff/reservations`);
      await page.getByLabel('Confirmation number, name or phone').fill('(212) 555-0111');
      await Promise.all([page.waitForURL(/q=/), page.getByLabel('Confirmation number, name or phone').press('Enter')]);
      await Promise.all([page.waitForURL(`**/staff/reservations/${ana}`), page.getByRole('link', { name: 'Reservation 73310042: its whole story' }).click()]);
      expect(await page.locator('#story > li').count()).toBe(6);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  });
});
