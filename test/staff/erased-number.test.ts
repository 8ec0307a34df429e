// A guest erased on request (forget-guest) leaves calls, a callback request and a past reservation
// with no number: the pages say "erased" ("borrado" at the Spanish desk) where the number was, never
// "withheld" (which is a caller ID never given) nor an empty cell; so does the calls CSV. Friday
// 27 November 2026 the guest calls and stays a night; on Monday 30 November they are erased.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetGuest } from '../../src/privacy/forget-guest.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, bearer, leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';

const GUEST = '+12125550177';
const text = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a guest whose number was erased', () => {
  let t: TestApp;
  let en: Agent;
  let es: Agent;
  let booked = '';
  let voicemail = '';
  let reservationId = 0;

  beforeAll(async () => {
    t = await startStaffApp();
    t.clock.set('2026-11-27T15:00:00Z');
    const booking = t.call({ from: GUEST });
    await bookByKeys(booking, { date: '1127', roomType: '2', rooms: '1', nights: '1#', name: 'Rosa Vidal' });
    await booking.hangup();
    booked = booking.callSid;
    reservationId = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE callback_number = ?', [GUEST]))!.id;
    t.clock.set('2026-11-30T15:00:00Z');
    const asked = await leaveVoicemail(t, { from: GUEST, transcript: 'Hi, Rosa here, I left my scarf' });
    await asked.hangup();
    voicemail = asked.callSid;
    const done = await forgetGuest(t.db, GUEST, t.clock.now());
    expect(done).toMatchObject({ calls: 2, reservations: 1 });
    en = (await login(t, ADMIN)).agent;
    const spanish = await login(t, ADMIN);
    await spanish.agent.post('/staff/language').type('form').send({ _csrf: spanish.csrf, lang: 'es', next: '/staff' }).expect(303);
    es = spanish.agent;
  });
  afterAll(() => t.close());

  it.each([
    ['the call page', () => `/staff/calls/${voicemail}`],
    ['the booked call’s page', () => `/staff/calls/${booked}`],
    ['the reservation page', () => `/staff/reservations/${reservationId}`],
    ['the callbacks called back', () => '/staff/callbacks?status=done'],
    ['the calls list', () => '/staff/calls?from=2026-11-27&to=2026-11-30'],
  ])('says “erased” on %s, in English and Spanish, and never “withheld”', async (_where, path) => {
    const english = await en.get(path()).expect(200);
    expect(english.text).toMatch(/<span class="muted no-number">erased<\/span>|A guest whose number was erased/);
    expect(text(english.text)).not.toMatch(/withheld/);
    const spanish = await es.get(path()).expect(200);
    expect(spanish.text).toMatch(/<span class="muted no-number">borrado<\/span>|Un huésped cuyo número se borró/);
    expect(text(spanish.text)).not.toMatch(/número oculto/);
  });

  it('says who called on the call page: the erased name, and the number erased', async () => {
    expect(text((await en.get(`/staff/calls/${voicemail}`).expect(200)).text)).toContain('Guest Erased on request · erased');
  });

  it('writes “erased” in the calls CSV’s from column, and keeps the API’s empty number', async () => {
    const auth = `Bearer ${await bearer(t)}`;
    const csv = (await request(t.baseUrl).get('/api/calls.csv?from=2026-11-27&to=2026-11-30').set('Authorization', auth).expect(200)).text.trim().split('\n');
    const header = csv[0]!.split(',');
    const from = header.indexOf('from');
    const rows = csv.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row[from]).toBe('erased');
    const api = await request(t.baseUrl).get(`/api/calls/${voicemail}`).set('Authorization', auth).expect(200);
    expect(api.body.from).toBe('');
  });
});
