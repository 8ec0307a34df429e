// Round 33: a hotel whose clock is far from UTC and not by whole hours (Pacific/Chatham, UTC+13:45
// in November): its "today" is UTC's tomorrow for most of the day, and its evening hold time falls
// at a quarter past four UTC. A walk-in is booked for the hotel's today, and a guest in house never
// gives back a night begun by the hotel's clock — never UTC's, never the server's. Real HTTP with a
// bearer token on a fresh SQLite file, the demo hotel moved to the Chatham Islands.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import type { TestApp } from '../helpers/app.ts';
import { bearer, startStaffApp } from '../staff/staff-helpers.ts';

/** Hotel time on the Chatham Islands in November (daylight time, UTC+13:45). */
const chatham = (day: string, time: string) => new Date(`${day}T${time}:00+13:45`).toISOString();

describe('a hotel on the Chatham Islands (UTC+13:45)', () => {
  let t: TestApp;
  let token: string;
  const dir = mkdtempSync(join(tmpdir(), 'conserje-chatham-'));

  beforeAll(async () => {
    const demo = JSON.parse(readFileSync(new URL('../../src/hotel/demo-hotel.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const path = join(dir, 'chatham.json');
    writeFileSync(path, JSON.stringify({ ...demo, name: 'Hotel Chatham', timezone: 'Pacific/Chatham' }));
    t = await startStaffApp({ hotelFile: path });
    token = await bearer(t);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = () => request(t.baseUrl);
  const walkIn = (nights: number, guestName = 'Aroha Tuuta') =>
    api().post('/api/reservations').set('Authorization', `Bearer ${token}`).send({ nights, roomType: 'DQ', rooms: 1, guestName, payment: 'cash', phone: '(212) 555-0181', walkIn: true });
  const change = (id: number, nights: number) => api().post(`/api/reservations/${id}/change`).set('Authorization', `Bearer ${token}`).send({ nights });

  it('a walk-in at 10:00 on the 28th is booked for the 28th, though UTC still reads the 27th', async () => {
    t.clock.set(chatham('2026-11-28', '10:00'));
    expect(t.clock.now().toISOString().slice(0, 10)).toBe('2026-11-27');
    const made = await walkIn(1);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'arrived', arrival: '2026-11-28', departure: '2026-11-29' });
  });

  it('leaving today is allowed until 18:00 hotel time and refused from then (04:15 UTC), whatever UTC’s date', async () => {
    t.clock.set(chatham('2026-11-27', '11:00'));
    const guest = (await walkIn(3)).body as { id: number; confirmation: string }; // Nov 27–29, leaves Mon Nov 30
    const other = (await walkIn(3, 'Wiremu Tuuta')).body as { id: number; confirmation: string };

    t.clock.set(chatham('2026-11-28', '17:59'));
    const early = await change(guest.id, 1);
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ nights: 1, departure: '2026-11-28' });

    t.clock.set(chatham('2026-11-28', '18:00'));
    expect(t.clock.now().toISOString()).toBe('2026-11-28T04:15:00.000Z');
    const late = await change(other.id, 1);
    expect(late.status).toBe(409);
    expect(late.body.message).toBe(`reservation ${other.confirmation} cannot end before 2026-11-29: that would give back a night already begun`);
    expect((await change(other.id, 2)).status).toBe(200);
  });
});

describe('a hold time the clock jumps over', () => {
  it('is held until the same wall time after the jump, never before it: Chatham’s hour, Lord Howe’s half hour, Santiago’s midnight', () => {
    // Chatham springs 02:45 → 03:45 on Sep 27 2026: 03:00 is 04:00 (UTC+13:45).
    expect(holdDeadline('2026-09-27', '03:00', 'Pacific/Chatham')).toBe('2026-09-26T14:15:00.000Z');
    // Lord Howe springs 02:00 → 02:30 on Oct 4 2026: 02:15 is 02:45 (UTC+11).
    expect(holdDeadline('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:45:00.000Z');
    // Santiago springs at midnight on Sep 6 2026: 00:00 is 01:00 (UTC-3), still that day.
    expect(holdDeadline('2026-09-06', '00:00', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    // New York's 02:30 on Mar 8 2026 is 03:30 EDT.
    expect(holdDeadline('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });
});
