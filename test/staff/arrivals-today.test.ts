// The overview opens with today's arrivals as the desk counts them at the start of a shift: how
// many arrive, how many have not yet and until when their rooms are held (hotel time), and whose
// hold has run out. Real bookings by phone, the page over HTTP, the clock moved through the day.

import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { bearer, login, startStaffApp } from './staff-helpers.ts';

/** A tile of the arrivals panel: its figure and its hint, or null when the page has none. */
function tile(page: string, id: string): { value: number; hint: string | null } | null {
  const m = new RegExp(`<div id="${id}">(.*?)</div>`, 's').exec(page);
  if (!m) return null;
  const value = /<dd>(\d+)<\/dd>/.exec(m[1]!);
  const hint = /<dd class="hint">([^<]*)<\/dd>/.exec(m[1]!);
  return { value: Number(value![1]), hint: hint ? hint[1]! : null };
}

describe("the overview's arrivals today (clock: Saturday 28 November 2026, 10:00 in New York)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startStaffApp();
  });
  afterEach(() => t.close());

  it('counts who arrives today, who has not yet (held until the hotel time), who arrived, and whose hold ran out', async () => {
    // Hours pass between looks: each look logs in afresh (a session unused for 30 minutes ends).
    const overview = async () => (await (await login(t)).agent.get('/staff').expect(200)).text;

    let page = await overview();
    expect(tile(page, 'arrivals-expected')).toEqual({ value: 0, hint: null });
    expect(tile(page, 'arrivals-waiting')).toEqual({ value: 0, hint: null });

    const kim = t.call({ from: '+16175550143' });
    await bookByKeys(kim, { date: '1128', roomType: '4', rooms: '1', nights: '1#', name: 'Kim Moss' });
    const sam = t.call({ from: '+16175550144' });
    await bookByKeys(sam, { date: '1128', roomType: '4', rooms: '2', nights: '2#', name: 'Sam Lowe' });
    // Another day's arrival is not today's.
    await bookByKeys(t.call({ from: '+16175550145' }), { date: '1204', roomType: '4', rooms: '1', nights: '1#', name: 'Lee Park' });

    page = await overview();
    expect(tile(page, 'arrivals-expected')).toEqual({ value: 2, hint: null });
    expect(tile(page, 'arrivals-waiting')).toEqual({ value: 2, hint: 'held until 18:00' });
    expect(tile(page, 'arrivals-released')).toBeNull();
    expect(page).toContain('href="/staff/reservations?list=arrivals"');

    // Kim arrives in the afternoon.
    t.clock.set('2026-11-28T20:00:00Z');
    const id = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [kim.callSid]))!.id;
    await request(t.baseUrl).post(`/api/reservations/${id}/arrived`).set('Authorization', `Bearer ${await bearer(t)}`).expect(200);
    page = await overview();
    expect(tile(page, 'arrivals-expected')).toEqual({ value: 2, hint: '1 arrived' });
    expect(tile(page, 'arrivals-waiting')).toEqual({ value: 1, hint: 'held until 18:00' });

    // 18:30 in New York: Sam's hold has run out, the rooms count as free again.
    t.clock.set('2026-11-28T23:30:00Z');
    page = await overview();
    expect(tile(page, 'arrivals-waiting')).toEqual({ value: 0, hint: null });
    expect(tile(page, 'arrivals-released')).toEqual({ value: 1, hint: 'rooms free again' });
  });

  it('leads from "Not arrived yet" and "Hold ran out" to the Not arrived list, from "Arriving today" to Arrivals', async () => {
    await bookByKeys(t.call({ from: '+16175550146' }), { date: '1128', roomType: '4', rooms: '1', nights: '1#', name: 'Ida Wait' });
    await bookByKeys(t.call({ from: '+16175550147' }), { date: '1128', roomType: '4', rooms: '1', nights: '1#', name: 'Uma Gone' });
    // 18:30 in New York, both released; then one held again by the desk, so both tiles show.
    t.clock.set('2026-11-28T23:30:00Z');
    const id = (await t.db.get<{ id: number }>("SELECT id FROM reservations WHERE guest_name = 'Ida Wait'"))!.id;
    await request(t.baseUrl).post(`/api/reservations/${id}/hold`).set('Authorization', `Bearer ${await bearer(t)}`).send({ until: '22:00' }).expect(200);
    const page = (await (await login(t)).agent.get('/staff').expect(200)).text;
    const linkOf = (tileId: string) => new RegExp(`<div id="${tileId}"><dt><a href="([^"]+)">`).exec(page)?.[1];
    expect(tile(page, 'arrivals-waiting')).toEqual({ value: 1, hint: 'held until 22:00' });
    expect(tile(page, 'arrivals-released')).toEqual({ value: 1, hint: 'rooms free again' });
    expect(linkOf('arrivals-expected')).toBe('/staff/reservations?list=arrivals');
    expect(linkOf('arrivals-waiting')).toBe('/staff/reservations?list=not-arrived');
    expect(linkOf('arrivals-released')).toBe('/staff/reservations?list=not-arrived');
  });
});
