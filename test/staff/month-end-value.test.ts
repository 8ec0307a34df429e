// A manager's month end for a hotel group over HTTP: what was booked in each property's own month
// (its own time zone) and its value in its own currency: /api/stats (booked, bookedByCurrency and
// per property) and the overview's By property table; never one sum across dollars and pesos.
// Miramar (MIR) is in New York and books in USD, Sierra Alta (SIE) in Mexico City in MXN.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bearer, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

describe('the month end: bookings and their value per property, in its own currency and month', () => {
  let t: TestApp;
  let token: string;
  const totals: Record<'MIR' | 'SIE', number[]> = { MIR: [], SIE: [] };

  const book = async (hotel: 'MIR' | 'SIE', roomType: string, nights: number) => {
    const res = await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ hotel, arrival: '2026-12-05', nights, roomType, rooms: 1, guestName: 'Ana Torres', payment: 'cash', phone: '+12125550147' })
      .expect(201);
    return res.body as { id: number; total: number };
  };

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    token = await bearer(t);
    const [mirType, sieType] = await Promise.all(
      ['MIR', 'SIE'].map(async (code) => (await t.db.get<{ code: string }>('SELECT rt.code FROM room_types rt JOIN hotels h ON h.id = rt.hotel_id WHERE h.code = ? ORDER BY rt.id LIMIT 1', [code]))!.code),
    );
    // November 28, daytime: one booking at each, and one at Miramar cancelled.
    totals.MIR.push((await book('MIR', mirType!, 2)).total);
    totals.SIE.push((await book('SIE', sieType!, 3)).total);
    const cancelled = await book('MIR', mirType!, 1);
    await request(t.baseUrl).post(`/api/reservations/${cancelled.id}/cancel`).set('Authorization', `Bearer ${token}`).expect(200);
    // 05:30 UTC on December 1: still 30 November, 23:30, in Mexico City; already December in New York.
    t.clock.set('2026-12-01T05:30:00Z');
    totals.SIE.push((await book('SIE', sieType!, 1)).total);
    await book('MIR', mirType!, 1);
    t.clock.set('2026-12-01T15:00:00Z');
  });
  afterAll(() => t?.close());

  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

  it('answers each property’s November in its own zone and currency, and the group per currency', async () => {
    const res = await request(t.baseUrl).get('/api/stats?from=2026-11-01&to=2026-11-30').set('Authorization', `Bearer ${token}`).expect(200);
    const by = Object.fromEntries(res.body.byProperty.map((p: { hotel: string; booked: unknown }) => [p.hotel, p.booked]));
    expect(by.MIR).toEqual({ reservations: 1, roomNights: 2, value: sum(totals.MIR), currency: 'USD' });
    expect(by.SIE).toEqual({ reservations: 2, roomNights: 4, value: sum(totals.SIE), currency: 'MXN' });
    expect(res.body.bookedByCurrency).toEqual([
      { currency: 'USD', value: sum(totals.MIR), reservations: 1 },
      { currency: 'MXN', value: sum(totals.SIE), reservations: 2 },
    ]);
    expect(res.body.booked).toBeUndefined();
  });

  it('shows each property’s value in its own currency on the overview', async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff?from=2026-11-01&to=2026-11-30').expect(200)).text;
    const table = page.slice(page.indexOf('id="by-property"'), page.indexOf('</table>', page.indexOf('id="by-property"')));
    const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(sum(totals.MIR));
    const mxn = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'MXN' }).format(sum(totals.SIE));
    expect(table).toContain(`data-label="Booked value">${usd}<br><span class="small muted">1 reservation, 2 room-nights`);
    expect(table).toContain(`data-label="Booked value">${mxn}<br><span class="small muted">2 reservations, 4 room-nights`);
  });

  it('downloads it from the overview as CSV: a row per property, each in its own currency and days, no total across currencies', async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff?from=2026-11-01&to=2026-11-30').expect(200)).text;
    const href = /<p class="small" id="booked-csv"><a href="([^"]+)" download>/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBe('/api/stats/booked.csv?from=2026-11-01&to=2026-11-30');
    const csv = await agent.get(href!).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="booked-value-2026-11-01-to-2026-11-30.csv"');
    expect(csv.text.split('\r\n')).toEqual([
      'property,name,from,to,timezone,reservations,room_nights,value,currency',
      `MIR,Hotel Miramar,2026-11-01,2026-11-30,America/New_York,1,2,${sum(totals.MIR).toFixed(2)},USD`,
      `SIE,Hotel Sierra Alta,2026-11-01,2026-11-30,America/Mexico_City,2,4,${sum(totals.SIE).toFixed(2)},MXN`,
      '',
    ]);
    // This month so far on each property's own today: December 1 at both (05:30 UTC on December 1
    // was Sierra's November, so only Miramar's booking then counts).
    const month = (await agent.get('/staff?preset=this-month').expect(200)).text;
    const monthHref = /id="booked-csv"><a href="([^"]+)"/.exec(month)?.[1]?.replace(/&amp;/g, '&');
    expect(monthHref).toBe('/api/stats/booked.csv?preset=this-month');
    const rows = (await agent.get(monthHref!).expect(200)).text.split('\r\n').slice(1, 3).map((l) => l.split(','));
    expect(rows.map((r) => [r[0], r[2], r[3], r[5], r[8]])).toEqual([
      ['MIR', '2026-12-01', '2026-12-01', '1', 'USD'],
      ['SIE', '2026-12-01', '2026-12-01', '0', 'MXN'],
    ]);
    // One property chosen with the switcher: its row alone.
    const token = await bearer(t);
    const one = await request(t.baseUrl).get('/api/stats/booked.csv?from=2026-11-01&to=2026-11-30&hotel=SIE').set('Authorization', `Bearer ${token}`).expect(200);
    expect(one.text.split('\r\n').slice(1)).toEqual([`SIE,Hotel Sierra Alta,2026-11-01,2026-11-30,America/Mexico_City,2,4,${sum(totals.SIE).toFixed(2)},MXN`, '']);
    await request(t.baseUrl).get('/api/stats/booked.csv?from=2026-11-30&to=2026-11-01').set('Authorization', `Bearer ${token}`).expect(400);
  });
});

describe('the month end at a single hotel', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(() => t?.close());

  it('gives what was booked in the period and its value, on /api/stats and the overview', async () => {
    const token = await bearer(t);
    const made = await request(t.baseUrl)
      .post('/api/reservations')
      .set('Authorization', `Bearer ${token}`)
      .send({ arrival: '2026-12-05', nights: 2, roomType: 'DQ', rooms: 2, guestName: 'Ana Torres', payment: 'cash', phone: '+12125550147' })
      .expect(201);
    const stats = await request(t.baseUrl).get('/api/stats?preset=this-month').set('Authorization', `Bearer ${token}`).expect(200);
    expect(stats.body.booked).toEqual({ reservations: 1, roomNights: 4, value: made.body.total, currency: 'USD' });
    const { agent } = await login(t);
    const page = (await agent.get('/staff?preset=this-month').expect(200)).text;
    expect(page).toContain(`<dt>Booked value</dt><dd>${new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(made.body.total)}</dd>`);
  });
});
