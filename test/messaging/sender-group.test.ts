// In a hotel group each property's texts go out from its own number (the first of its hotel
// file's `phoneNumbers`): the guest gets the confirmation from the number they called, and can
// text back to it. A text of no property (or one without numbers) goes from TWILIO_PHONE_NUMBER.

import { afterEach, describe, expect, it } from 'vitest';
import { everyPropertyHasNumber } from '../../src/hotel/hotel-directory.ts';
import type { HotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { createLogger } from '../../src/logger.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { SmsSender } from '../../src/messaging/sender.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import request from 'supertest';
import { HOTEL_NUMBER, startTestApp, TEST_AUTH_TOKEN } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startTwilioStandIn } from './twilio-rest-stand-in.ts';
import type { TwilioStandIn } from './twilio-rest-stand-in.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const ACCOUNT_SID = 'AC' + '6'.repeat(32);
const SIERRA_US = '+15557650200';

describe("a group's texts", () => {
  let t: TestApp | undefined;
  let standIn: TwilioStandIn | undefined;
  afterEach(async () => {
    await t?.close();
    await standIn?.close();
  });

  it('go out from the number of the property the guest called', async () => {
    standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    t = await startTestApp({ hotelsDir: DEMO_GROUP, env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID } });
    // A guest of Sierra Alta calls its US number: the text still comes from the property's own first number.
    await bookByKeys(t.call({ to: SIERRA_US, from: '+12125550181' }), { roomType: '1' });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550182' }), { roomType: '1' });
    await new Outbox(t.db).enqueueText('+12125550183', 'en-US', 'conversation', 'A text of no property', t.clock.now());

    const hotels = t.app.locals.hotels as HotelDirectory;
    const sender = new SmsSender({
      db: t.db,
      config: t.config,
      logger: createLogger('silent'),
      clock: t.clock.now,
      httpClient: standIn.httpClient(1000),
      fromNumberOf: (id) => hotels.byId(id)?.file.phoneNumbers?.[0] ?? null,
    });
    expect(await sender.runOnce()).toMatchObject({ sent: 3 });
    const fromTo = Object.fromEntries(standIn.received.map((r) => [r.form.To, r.form.From]));
    expect(fromTo).toEqual({ '+12125550181': SIERRA, '+12125550182': MIRAMAR, '+12125550183': HOTEL_NUMBER });
    const rows = await t.db.all<{ hotel_code: string | null }>('SELECT h.code AS hotel_code FROM outbox o LEFT JOIN hotels h ON h.id = o.hotel_id ORDER BY o.id');
    expect(rows.map((r) => r.hotel_code)).toEqual(['SIE', 'MIR', null]);
  });

  it('are on without TWILIO_PHONE_NUMBER when every property has its own number; a text of none then fails, saying why', async () => {
    standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    t = await startTestApp({ hotelsDir: DEMO_GROUP, env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_PHONE_NUMBER: '' } });
    expect(t.config.twilioPhoneNumber).toBeNull();
    await bookByKeys(t.call({ to: SIERRA, from: '+12125550184' }), { roomType: '1' });
    await new Outbox(t.db).enqueueText('+12125550185', 'en-US', 'conversation', 'A text of no property', t.clock.now());

    const hotels = t.app.locals.hotels as HotelDirectory;
    const deps = { db: t.db, config: t.config, logger: createLogger('silent'), clock: t.clock.now, httpClient: standIn.httpClient(1000) };
    // Without knowing the properties' numbers, the sender still needs TWILIO_PHONE_NUMBER.
    expect(new SmsSender(deps).enabled).toBe(false);
    expect(everyPropertyHasNumber(hotels)).toBe(true);
    const sender = new SmsSender({ ...deps, fromNumberOf: (id) => hotels.byId(id)?.file.phoneNumbers?.[0] ?? null, everyPropertyHasNumber: true });
    expect(sender.enabled).toBe(true);
    expect(await sender.runOnce()).toMatchObject({ sent: 1, failed: 1 });
    expect(standIn.received.map((r) => [r.form.To, r.form.From])).toEqual([['+12125550184', SIERRA]]);
    const refused = await t.db.get<{ status: string; last_error: string }>('SELECT status, last_error FROM outbox WHERE to_number = ?', ['+12125550185']);
    expect(refused).toEqual({ status: 'failed', last_error: expect.stringContaining('no number to send from') });

    // The console does not call texting off for want of TWILIO_PHONE_NUMBER.
    await new Accounts(t.db).add('desk', 'desk-password-123', 'staff', t.clock.now());
    const { token } = await new Accounts(t.db).createToken('desk', null, t.clock.now());
    const outbox = await request(t.baseUrl).get('/api/outbox').set('Authorization', `Bearer ${token}`).expect(200);
    expect(outbox.body.texting).toEqual({ on: true, missing: [] });
  });
});
