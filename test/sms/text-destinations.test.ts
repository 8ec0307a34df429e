// SMS pumping / toll fraud: a caller names the number a confirmation is texted to, so whoever owns
// costly numbers (a foreign mobile range whose carrier shares the fee, a premium-rate number) could
// have the hotel text them, paid for by the hotel. Texts go only to the countries the deployment
// texts (SMS_COUNTRIES, else the country of the number sending, or a number that called the hotel
// itself), never to a premium-rate number,
// and at most SMS_DAILY_LIMIT a day from the whole deployment; the others are written 'failed' with
// the reason, never handed to Twilio.

import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { SmsSender } from '../../src/messaging/sender.ts';
import { startTestApp, TEST_AUTH_TOKEN } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { startTwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';
import type { TwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';

const ACCOUNT_SID = 'AC' + '7'.repeat(32);

describe('where texts may go', () => {
  let t: TestApp | undefined;
  let standIn: TwilioStandIn | undefined;
  afterEach(async () => {
    await t?.close();
    await standIn?.close();
  });

  async function sendTo(numbers: string[], env: Record<string, string> = {}, callersFirst: string[] = []) {
    standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    t = await startTestApp({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, ...env } });
    // Calls the hotel answers first, from these numbers (a real call, signed as Twilio signs it).
    for (const from of callersFirst) await t.call({ from }).start();
    const outbox = new Outbox(t.db);
    for (const to of numbers) await outbox.enqueueText(to, 'en-US', 'conversation', 'Your room is booked.', t.clock.now());
    const sender = new SmsSender({ db: t.db, config: t.config, logger: createLogger('silent'), clock: t.clock.now, httpClient: standIn.httpClient(1000), batchSize: 100 });
    const run = await sender.runOnce();
    const rows = await t.db.all<{ to_number: string; status: string; last_error: string | null }>('SELECT to_number, status, last_error FROM outbox ORDER BY id');
    return { run, sentTo: standIn.received.map((r) => r.form.To), rows };
  }

  it("texts the sending number's country only, by default: no foreign mobile, no other +1 country, no premium number", async () => {
    const { sentTo, rows } = await sendTo(['+12125550100', '+447700900123', '+18765550123', '+19005550123', '+5215512345678', '+8823490000000']);
    expect(sentTo).toEqual(['+12125550100']);
    expect(rows.filter((r) => r.status === 'failed').map((r) => r.to_number)).toHaveLength(5);
    for (const row of rows.slice(1)) expect(row.last_error).toMatch(/^not sent: .*(SMS_COUNTRIES|premium)/);
  });

  it('texts a number of another country that called the hotel itself (a guest from Mexico), not one only typed in; SMS_COUNTRIES set, only its countries', async () => {
    const { sentTo, rows } = await sendTo(['+5215512345678', '+525598765432'], {}, ['+5215512345678']);
    expect(sentTo).toEqual(['+525512345678']);
    expect(rows[1]).toMatchObject({ status: 'failed', last_error: expect.stringMatching(/^not sent: a number in MX/) });
    await t?.close();
    await standIn?.close();
    expect((await sendTo(['+5215512345678'], { SMS_COUNTRIES: 'US' }, ['+5215512345678'])).sentTo).toEqual([]);
  });

  it('texts the countries SMS_COUNTRIES names, or any with *', async () => {
    expect((await sendTo(['+12125550100', '+447700900123', '+5215512345678'], { SMS_COUNTRIES: 'us,mx' })).sentTo).toEqual(['+12125550100', '+525512345678']);
    await t?.close();
    await standIn?.close();
    expect((await sendTo(['+447700900123', '+19005550123'], { SMS_COUNTRIES: '*' })).sentTo).toEqual(['+447700900123']);
  });

  it("never texts another country's premium-rate or shared-cost line, with SMS_COUNTRIES=* or after it called the hotel", async () => {
    // A UK 0871 (shared revenue), a Mexican 900, a Spanish 803: any country's, as libphonenumber lists them.
    const costly = ['+448712345678', '+529001234567', '+34803123456'];
    const anyCountry = await sendTo([...costly, '+447700900123'], { SMS_COUNTRIES: '*' });
    expect(anyCountry.sentTo).toEqual(['+447700900123']);
    for (const row of anyCountry.rows.slice(0, 3)) expect(row).toMatchObject({ status: 'failed', last_error: 'not sent: a premium-rate number (a guard against SMS pumping)' });
    await t?.close();
    await standIn?.close();
    // A faked caller ID that "called the hotel" first is not texted either.
    expect((await sendTo(['+448712345678'], {}, ['+448712345678'])).sentTo).toEqual([]);
  });

  it('hands Twilio at most SMS_DAILY_LIMIT texts in 24 hours, to however many numbers', async () => {
    const numbers = Array.from({ length: 6 }, (_, i) => `+1212555${String(200 + i).padStart(4, '0')}`);
    const { sentTo, rows } = await sendTo(numbers, { SMS_DAILY_LIMIT: '4' });
    expect(sentTo).toEqual(numbers.slice(0, 4));
    expect(rows.slice(4).map((r) => [r.status, r.last_error])).toEqual([
      ['failed', 'not sent: 4 texts already went out in 24 hours (SMS_DAILY_LIMIT; a guard against SMS pumping)'],
      ['failed', 'not sent: 4 texts already went out in 24 hours (SMS_DAILY_LIMIT; a guard against SMS pumping)'],
    ]);
  });

  it('refuses a setting that is not a list of country codes', () => {
    expect(() => loadConfig({ SMS_COUNTRIES: 'Mexico' })).toThrow(/SMS_COUNTRIES: "MEXICO" is not a two-letter country code/);
    expect(loadConfig({ SMS_COUNTRIES: ' mx, US ' }).smsCountries).toEqual(['MX', 'US']);
  });
});
