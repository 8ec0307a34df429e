// The number a reservation was booked from, as a callback row reads it (CallbackQueries.bookedFrom;
// the page: test/staff/callback-booked-elsewhere.test.ts), on PostgreSQL: a call's booking gives
// its caller's number, whatever number it was made for; a desk booking has none.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { CallbackQueries } from '../../src/staff/queries/callbacks.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';

describe('the number a reservation was booked from (PostgreSQL)', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;
  let token = '';

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { TWILIO_PHONE_NUMBER: HOTEL_NUMBER, STAFF_COOKIE_SECURE: 'false' } });
    token = await deskToken(app.db, clock);
  });
  afterAll(async () => app?.close());

  it("gives a call's caller for the reservation it made for another number, and nothing for one made at the desk", async () => {
    const pedro = new CallSession({ baseUrl: app!.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: '+13055550188', to: HOTEL_NUMBER });
    await askForStay(pedro, { date: '1204' });
    await pedro.say('Ana Torres', 0.95);
    await pedro.press('1');
    await pedro.press('2125550199#');
    await pedro.press('1');
    await pedro.press('1');
    await pedro.hangup();
    const booked = (await app!.db.get<{ id: number; callback_number: string }>("SELECT id, callback_number FROM reservations WHERE guest_name = 'Ana Torres'"))!;
    expect(booked.callback_number).toBe('+12125550199');
    const desk = await request(app!.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`)
      .send({ arrival: '2026-12-10', nights: 1, roomType: 'STD', rooms: 1, guestName: 'Dora Desk', payment: 'cash', phone: '(212) 555-0177' }).expect(201);
    const from = await new CallbackQueries(app!.db).bookedFrom([Number(booked.id), desk.body.id as number]);
    expect([...from]).toEqual([[Number(booked.id), '+13055550188']]);
    expect(await new CallbackQueries(app!.db).bookedFrom([])).toEqual(new Map());
  });
});
