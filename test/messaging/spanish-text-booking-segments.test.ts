// The Spanish text booking in SMS segments (round 27): with accents every text is UCS-2 (67
// characters a segment once it is more than one), and the room list and the read-back took three
// each (13 in all against 10 in English). Each reply of the minimal booking fits two segments, the
// whole booking at most 11, still in full words with their accents: short dates as written ("vie.
// 4 de dic."), the stay as "4 al 7 de dic.".

import { afterEach, expect, it } from 'vitest';
import { smsSize } from '../../src/messaging/sms-encoding.ts';
import { minimalTextBooking } from '../../src/softphone/scripted-booking.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

it('the es-MX text booking: every reply at most 2 segments, 11 in all, accents kept, the booking made as asked', async () => {
  t = await startTestApp();
  const replies = await minimalTextBooking(textingGuest(t.baseUrl, '+525512347777'), 'es-MX', 'Deluxe King');
  const sizes = replies.map((r) => smsSize(r));
  expect(sizes.map((s) => s.segments).every((n) => n <= 2), replies.map((r, i) => `${sizes[i]!.segments}: ${r}`).join('\n')).toBe(true);
  expect(sizes.reduce((n, s) => n + s.segments, 0)).toBeLessThanOrEqual(11);
  // Proper Spanish: the accents are there (no gaming of the encoding).
  expect(replies.join(' ')).toMatch(/¿Cuántas habitaciones\?/);
  expect(replies[1]).toMatch(/^Llegada el vie\. 4 de dic\. .*Estándar, 130\. ¿Cuál\?$/);
  const readBack = replies.find((r) => r.startsWith('Lucía Fernández:'))!;
  expect(readBack).toBe('Lucía Fernández: 2 habitaciones Deluxe King, 4 al 7 de dic.; 1,440 dólares en efectivo. Apartadas hasta las 6 p.m. del 4. ¿Confirmo?');
  const [booked] = await reservations(t.db);
  expect(booked).toMatchObject({ arrival: '2026-12-04', nights: 3, rooms: 2 });
});
