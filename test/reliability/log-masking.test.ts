// No full phone number in the log, whatever the code logging it remembered: the logger masks
// every string of every line (src/logger.ts) — fields, messages, nested objects, errors and their
// stacks — so a Twilio error text naming the number it refused is masked like a `to` field.

import { afterEach, describe, expect, it } from 'vitest';
import { currentHotelId, loadHotel } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { maskForLog, showInLogs } from '../../src/logger.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { SmsSender } from '../../src/messaging/sender.ts';
import { startTestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { startTwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';
import type { TwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';
import { MIRAMAR } from '../helpers/demo-group.ts';

const ACCOUNT_SID = `AC${'5'.repeat(32)}`;
/** Twilio's magic "invalid number" for tests. */
const BAD_NUMBER = '+15005550001';

describe('the log', () => {
  let t: TestApp;
  let standIn: TwilioStandIn;
  afterEach(async () => {
    await t.close();
    await standIn?.close();
  });

  it('has no full number when Twilio refuses a text and says why, naming the number', async () => {
    const { lines, logger } = captureLog();
    standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: 'test-auth-token-0123456789abcdef' });
    t = await startTestApp({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID }, logger });
    const hotel = await loadHotel(t.db, (await currentHotelId(t.db))!);
    const now = t.clock.now();
    await t.db.transaction(async (tx) => {
      const booked = await new Inventory(tx).book({
        callSid: `CA${'1'.repeat(32)}`,
        hotelId: hotel.id,
        roomTypeId: hotel.roomTypeIds.get('DQ')!,
        arrival: '2026-12-04',
        nights: 2,
        rooms: 1,
        rate: 180,
        currency: 'USD',
        guestName: 'Ana Torres',
        nameRecordingUrl: null,
        paymentMethod: 'cash',
        callbackNumber: BAD_NUMBER,
        locale: 'en-US',
        holdUntil: holdDeadline('2026-12-04', '18:00', 'America/New_York'),
        now,
        newConfirmation: () => '48219375',
      });
      if (!booked.ok) throw new Error('no rooms');
      await new Outbox(tx).enqueueReservationMessage(booked.reservationId, 'booking_confirmed', hotel.info, now);
    });
    standIn.script({ kind: 'error', status: 400, code: 21211, message: `The 'To' number ${BAD_NUMBER} is not a valid phone number.` });
    const sender = new SmsSender({ db: t.db, config: t.config, logger, clock: t.clock.now, httpClient: standIn.httpClient(500), maxAttempts: 3 });
    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 1, retried: 0 });

    const log = lines.join('');
    expect(log).toContain('text refused by Twilio');
    expect(log).toContain('is not a valid phone number');
    expect(log).not.toContain('5005550001');
    expect(log).toContain("The 'To' number +1********01 is not a valid phone number.");
  });

  it('has no full caller number from calls, texts or errors, in any field or message', async () => {
    const { lines, logger } = captureLog();
    standIn = undefined as unknown as TwilioStandIn;
    t = await startTestApp({ logger });
    const callers = ['+12125550123', '+5215512345678', '+442079460958'];
    for (const from of callers) {
      const call = t.call({ from });
      await call.start();
      await call.press('0');
      await call.dialResult('no-answer');
      await call.press('2');
    }
    await textingGuest(t.baseUrl, '+14155550177').send('hola');
    // A child logger, an error carrying a number in its message and stack, and numbers inside text.
    logger.child({ caller: '+13125550188' }).error({ err: new Error('could not reach +1 (312) 555-0188'), note: 'guest +44 20 7946 0958' }, 'dialling 3125550188 failed');

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const number of [...callers, '+14155550177', '+13125550188', '+442079460958']) {
      expect(log).not.toContain(number.slice(1));
      expect(log).not.toContain(number.slice(-10));
    }
    expect(log).toContain('could not reach +1********88');
  });

  it('keeps what is not a phone number readable: times, dates, addresses, identifiers, short numbers', () => {
    for (const text of ['2026-11-28T15:00:00.000Z', '2026-11-28 15:00', '203.0.113.99', 'CA0123456789abcdef0123456789abcdef', 'step 12', 'confirmation 48219375', 'took 1500 ms']) {
      expect(maskForLog(text)).toBe(text);
    }
    expect(maskForLog('to +15005550001 and 212-555-0123')).toBe('to +1********01 and 2*******23');
  });

  it("shows a hotel's own numbers, named public at start, and still masks a guest's beside them", () => {
    showInLogs([MIRAMAR]);
    expect(maskForLog('answering +15557650100 for +12125550123')).toBe('answering +15557650100 for +1********23');
  });

  it('masks a number URL-encoded in free text (a query, a form body), as written plain', () => {
    expect(maskForLog('GET /voice?From=%2B12125550123&To=%2b15551230000')).toBe('GET /voice?From=+1********23&To=+1********00');
    expect(maskForLog('100%25 sure, 50% off')).toBe('100%25 sure, 50% off');
  });
});
