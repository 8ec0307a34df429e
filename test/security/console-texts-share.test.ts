// Round 32 (round 31's leftover): the console's own texts. A clerk's token (or a stolen one)
// booking and cancelling reservation after reservation, each to a new number within its own 5 texts
// a day, used up the deployment's SMS_DAILY_LIMIT with confirmations and cancellations, and the
// guests booking by phone next got no confirmation for the rest of the day. The texts the console
// writes (every one named by its audit entry) now have at most half the day's texts
// (src/sms/text-destinations.ts). One number texted over and over from the console stays within
// its 5 a day (held). Real HTTP through the express app, a signed call, the real sender against a
// Twilio stand-in; the suite's fixed clock.

import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { createLogger } from '../../src/logger.ts';
import { RECIPIENT_TEXT_LIMIT } from '../../src/messaging/outbox.ts';
import { SmsSender } from '../../src/messaging/sender.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { startTestApp, TEST_AUTH_TOKEN } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startTwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';
import type { TwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';

const ACCOUNT_SID = 'AC' + '3'.repeat(32);
const LIMIT = 10;
const GUEST = '+12125550177';

describe('the console’s texts and the deployment’s daily limit', () => {
  let t: TestApp;
  let standIn: TwilioStandIn;
  let token: string;
  let today: string;
  beforeEach(async () => {
    standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    t = await startTestApp({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, SMS_DAILY_LIMIT: String(LIMIT), STAFF_COOKIE_SECURE: 'false' } });
    const accounts = new Accounts(t.db);
    await accounts.add('clerk', 'clerk-password-1234', 'staff', t.clock.now());
    token = (await accounts.createToken('clerk', 'test', t.clock.now())).token;
    today = new HotelClock('America/New_York').today(t.clock.now());
  });
  afterEach(async () => {
    await t.close();
    await standIn.close();
  });

  const api = (path: string, body: object) => request(t.baseUrl).post(path).set('Authorization', `Bearer ${token}`).send(body);
  const sendAll = () =>
    new SmsSender({ db: t.db, config: t.config, logger: createLogger('silent'), clock: t.clock.now, httpClient: standIn.httpClient(1000), batchSize: 100 }).runOnce();
  const bookAndCancel = async (phone: string, day: number) => {
    const made = await api('/api/reservations', { arrival: addDaysIso(today, day), nights: 1, roomType: 'STD', rooms: 1, guestName: 'Pat Doe', payment: 'cash', phone });
    expect(made.status).toBe(201);
    expect((await api(`/api/reservations/${made.body.id as number}/cancel`, {})).status).toBe(200);
  };
  const texts = () => t.db.all<{ kind: string; to_number: string; status: string; last_error: string | null }>('SELECT kind, to_number, status, last_error FROM outbox ORDER BY id');
  const handedOver = (rows: { status: string }[]) => rows.filter((r) => ['sent', 'delivered', 'undelivered'].includes(r.status));

  it('a clerk booking and cancelling to number after number leaves the guests booking by phone their confirmations', async () => {
    for (let i = 0; i < LIMIT; i++) await bookAndCancel(`+1212555${String(300 + i).padStart(4, '0')}`, 10 + i);
    await sendAll();
    // Then a guest books by phone.
    await bookByKeys(t.call({ from: GUEST }));
    await sendAll();

    const rows = await texts();
    expect(rows.find((r) => r.to_number === GUEST && r.kind === 'booking_confirmed')).toMatchObject({ status: 'sent' });
    const console = rows.filter((r) => r.to_number !== GUEST);
    expect(console).toHaveLength(2 * LIMIT);
    expect(handedOver(console)).toHaveLength(LIMIT / 2);
    for (const refused of console.filter((r) => r.status !== 'sent')) {
      expect(refused).toMatchObject({ status: 'failed', last_error: expect.stringMatching(/^not sent: .*console.*SMS_DAILY_LIMIT/) });
    }
  });

  it('one number booked and cancelled for over and over from the console gets its 5 texts a day, no more (held)', async () => {
    const target = '+12125550166';
    for (let i = 0; i < 8; i++) await bookAndCancel(target, 10 + i);
    await sendAll();
    const rows = (await texts()).filter((r) => r.to_number === target);
    expect(rows).toHaveLength(16);
    expect(handedOver(rows).length).toBeLessThanOrEqual(RECIPIENT_TEXT_LIMIT);
  });
});
