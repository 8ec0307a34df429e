// A guest texting the hotel answers when they can: an hour later, after work, the next morning.
// SMS_IDLE_MINUTES was 30, so a reply an hour later started over from the first question, what
// was collected lost. Now a text conversation stays open a day (1440 minutes) by default and
// goes on where it was; its held rooms still go at the hold's own deadline (HOLD_MINUTES, within
// 30 minutes of its first message), so an old conversation holds nothing, and the booking re-checks
// the rooms. Past a day idle, the next text starts afresh. Signed texts, real SQLite, the suite's
// fixed clock (Saturday 28 November 2026, 10:00 in New York).

import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const MINUTE = 60_000;
const GUEST = '+12125550144';

let t: TestApp | undefined;
afterEach(async () => t?.close());

const heldNow = async (app: TestApp) =>
  (await app.db.get<{ n: number }>('SELECT count(*) AS n FROM holds WHERE released_at IS NULL AND expires_at > ?', [app.clock.now().toISOString()]))!.n;

describe('a text conversation answered hours later', () => {
  it('goes on where it was an hour and then 20 hours later, holding no rooms meanwhile, and books', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, GUEST);
    expect((await guest.send('book 1 standard room dec 4 for 2 nights')).text).toMatch(/held for you.*full name\?$/);
    expect(await heldNow(t)).toBe(1);

    t.clock.advance(65 * MINUTE);
    expect(await heldNow(t)).toBe(0);
    expect((await guest.send('Ana Torres')).text).toBe('How will you pay at the hotel: credit card, cash or debit card?');
    t.clock.advance(20 * 60 * MINUTE);
    expect((await guest.send('cash')).text).toMatch(/^Can we call you at this number/);
    expect((await guest.send('yes')).text).toMatch(/^For Ana Torres: 1 Standard room, 2 nights from Friday, December 4/);
    expect((await guest.send('yes')).text).toMatch(/^You're booked\. Confirmation number: \d{8}\./);
    expect(await t.db.all("SELECT guest_name, arrival FROM reservations WHERE status = 'booked'")).toEqual([{ guest_name: 'Ana Torres', arrival: '2026-12-04' }]);
    expect(await t.db.get("SELECT count(*) AS n FROM calls WHERE channel = 'sms'")).toEqual({ n: 1 });
  });

  it('starts afresh after a day with nothing texted', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, GUEST);
    await guest.send('book 1 standard room dec 4 for 2 nights');
    t.clock.advance(24 * 60 * MINUTE + MINUTE);
    expect((await guest.send('Ana Torres')).text).not.toMatch(/How will you pay/);
    expect(await t.db.all("SELECT ended_at IS NOT NULL AS ended FROM calls WHERE channel = 'sms' ORDER BY started_at, call_sid")).toContainEqual({ ended: 1 });
  });

  it('is a day by default, and SMS_IDLE_MINUTES still sets it', () => {
    const base = { PUBLIC_BASE_URL: 'https://conserje.example.com', TWILIO_AUTH_TOKEN: 'x'.repeat(32) };
    expect(loadConfig(base).smsIdleMinutes).toBe(1440);
    expect(loadConfig({ ...base, SMS_IDLE_MINUTES: '30' }).smsIdleMinutes).toBe(30);
  });
});
