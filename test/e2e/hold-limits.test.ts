// Rooms held while a guest finishes a call cannot be held indefinitely (SPEC §5, docs/security.md):
// a call holds rooms at most 3 × HOLD_MINUTES after it began — for a caller ID, after its first
// call there in the past day — however often it changes a detail or calls again; repeating a
// question or missing does not extend a hold; one number holds rooms for one call at a time at a
// property. Past a limit the rooms are still found and offered — only not held, and
// not said to be — and the booking's own re-check decides, telling the caller politely when the
// rooms went meanwhile. Signed webhooks through the app, real SQLite, a settable clock.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { HOLD_LIMIT_FACTOR } from '../../src/inventory/inventory.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';
import { formatterFor } from '../../src/voice/formatters.ts';
import { PROMPTS } from '../../src/voice/voices.ts';
import type { CallSession, Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

const HOLD_MINUTES = 10;
const MINUTE = 60_000;
/** Twilio's placeholder caller ID for a withheld number. */
const WITHHELD = '+266696687';

describe('how long rooms stay held, and for whom', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  /** The call's hold that still protects its rooms now (by the test clock), or null. */
  const liveHold = async (call: CallSession) =>
    (await t.db.get<{ expires_at: string; rooms: number }>(
      'SELECT expires_at, rooms FROM holds WHERE call_sid = ? AND released_at IS NULL AND expires_at > ?',
      [call.callSid, t.clock.now().toISOString()],
    )) ?? null;
  const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

  /** From the read-back: change the nights, which re-checks (and re-holds) the rooms, back to the read-back. */
  async function changeNights(call: CallSession, nights: string): Promise<Turn> {
    await call.press('2'); // change a detail
    await call.press('4'); // nights
    return call.press(nights);
  }

  it('never holds rooms past 30 minutes from the start of the call, however often a detail changes', async () => {
    expect(HOLD_LIMIT_FACTOR * HOLD_MINUTES).toBe(30);
    const started = t.clock.now().getTime();
    const limit = new Date(started + HOLD_LIMIT_FACTOR * HOLD_MINUTES * MINUTE).toISOString();
    const call = t.call({ from: '+12125550140' });
    await keypadToReadBack(call, { roomType: '1', rooms: '2', nights: '2#' }); // both Ocean Suites
    expect((await liveHold(call))?.expires_at).toBe(new Date(started + HOLD_MINUTES * MINUTE).toISOString());

    // Every 8 minutes the caller changes the nights: each change holds the rooms again, for 10
    // minutes — but never past the limit.
    const expiries: string[] = [];
    for (let i = 0; i < 3; i++) {
      t.clock.advance(8 * MINUTE);
      const turn = await changeNights(call, i % 2 === 0 ? '3#' : '2#');
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.readBack']);
      expect(words(turn)).toContain('on hold for you');
      expiries.push((await liveHold(call))!.expires_at);
    }
    // Minutes 8, 16, 24: held until 18, 26, then 30 (not 34).
    expect(expiries).toEqual([18, 26, 30].map((m) => new Date(started + m * MINUTE).toISOString()));
    expect(expiries.every((e) => e <= limit)).toBe(true);

    // Minute 32: the rooms are still free and offered, but no longer held, and not said to be.
    t.clock.advance(8 * MINUTE);
    const late = await changeNights(call, '3#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.readBack']);
    expect(words(late)).toContain('Good news: they\'re available.');
    expect(words(late)).not.toContain('on hold');
    expect(await liveHold(call)).toBeNull();
    expect(await t.db.get('SELECT 1 FROM holds WHERE call_sid = ? AND released_at IS NULL', [call.callSid])).toBeUndefined();

    // Someone else takes one of the two suites meanwhile; the caller confirms: the booking's own
    // re-check finds one left, says so politely and offers it.
    await bookByKeys(t.call({ from: '+12125550141' }), { roomType: '1', rooms: '1', nights: '1#', date: '1205' });
    const confirm = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsGone', 'ask.offer']);
    expect(words(confirm)).toContain('while we were talking');
    expect(words(confirm)).toMatch(/1 left/);
    // The guest takes the one left and books it (no hold now: the booking re-checks).
    await call.press('1');
    const done = await call.press('1'); // read-back again: confirm
    expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('booked');
    expect((await reservations(t.db)).map((r) => r.rooms)).toEqual([1, 1]);
  });

  it('does not extend a hold for a caller who keeps repeating the question or missing', async () => {
    const started = t.clock.now().getTime();
    const call = t.call({ from: '+12125550142' });
    await askForStay(call, { roomType: '1', rooms: '2', nights: '2#' }); // held; the name is asked
    const first = (await liveHold(call))!.expires_at;
    for (let i = 0; i < 6; i++) {
      t.clock.advance(2 * MINUTE);
      await call.press('*'); // the question again
      if (i % 3 === 2) await call.press('7'); // an answer that does not fit (speech only)
      expect((await t.db.get<{ expires_at: string }>('SELECT expires_at FROM holds WHERE call_sid = ? AND released_at IS NULL', [call.callSid]))?.expires_at).toBe(first);
    }
    expect(first).toBe(new Date(started + HOLD_MINUTES * MINUTE).toISOString());
    // Minute 12: the hold is over; another guest can have the suites.
    expect(await liveHold(call)).toBeNull();
    const other = t.call({ from: '+12125550143' });
    await bookByKeys(other, { roomType: '1', rooms: '2', nights: '2#' });
    expect((await callRow(t.db, other.callSid))?.outcome).toBe('booked');
  });

  it('holds rooms for one call of a number at a time; its next call finds rooms without holding them', async () => {
    const first = t.call({ from: '+12125550144' });
    await askForStay(first, { roomType: '2', rooms: '1', nights: '2#' }); // a Deluxe King held
    expect(await liveHold(first)).not.toBeNull();

    // The same number, in a second call at the same time: rooms found, offered, not held.
    const second = t.call({ from: '+12125550144' });
    const found = await askForStay(second, { roomType: '2', rooms: '1', nights: '2#' });
    expect(await lastPrompts(t.db, second.callSid)).toEqual(['notice.roomsHeld', 'ask.name']);
    expect(words(found)).toContain("Good news: it's available.");
    expect(words(found)).not.toContain('on hold');
    expect(await liveHold(second)).toBeNull();
    expect(await liveHold(first)).not.toBeNull(); // the first call keeps its own

    // A third, from the same number: likewise. So one number cannot take 3 × 1 rooms out of sale.
    const third = t.call({ from: '+12125550144' });
    await askForStay(third, { roomType: '2', rooms: '1', nights: '2#' });
    expect(await liveHold(third)).toBeNull();

    // Another number is held as ever.
    const stranger = t.call({ from: '+13055550145' });
    await askForStay(stranger, { roomType: '2', rooms: '1', nights: '2#' });
    expect(await liveHold(stranger)).not.toBeNull();

    // The second call still books (its booking re-checks: a Deluxe King is free).
    await second.say('Ana Torres', 0.95);
    await second.press('1');
    await second.press('1');
    expect((await second.press('1')).said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await callRow(t.db, second.callSid))?.outcome).toBe('booked');

    // Once the first call is over, the number's next check holds again.
    await first.hangup();
    const fourth = t.call({ from: '+12125550144' });
    const held = await askForStay(fourth, { roomType: '3', rooms: '1', nights: '1#' });
    expect(words(held)).toContain('on hold for you');
    expect(await liveHold(fourth)).not.toBeNull();
  });

  it('does not start the time afresh for a caller who hangs up and calls again', async () => {
    const started = t.clock.now().getTime();
    const first = t.call({ from: '+12125550146' });
    await askForStay(first, { roomType: '1', rooms: '2', nights: '2#' });
    t.clock.advance(5 * MINUTE);
    await first.hangup();
    // Minute 25: a new call from the number holds until minute 30, its first call's limit.
    t.clock.advance(20 * MINUTE);
    const second = t.call({ from: '+12125550146' });
    await askForStay(second, { roomType: '1', rooms: '2', nights: '2#' });
    expect((await liveHold(second))?.expires_at).toBe(new Date(started + 30 * MINUTE).toISOString());
    await second.hangup();
    // Minute 41 (past the 15 minutes in which a call back is offered its booking again): rooms found, offered, not held.
    t.clock.advance(16 * MINUTE);
    const third = t.call({ from: '+12125550146' });
    const found = await askForStay(third, { roomType: '1', rooms: '2', nights: '2#' });
    expect(words(found)).toContain("Good news: they're available.");
    expect(await liveHold(third)).toBeNull();
    // The third call still books: its booking re-checks, and the suites are free.
    await third.say('Ana Torres', 0.95);
    await third.press('1');
    await third.press('1');
    expect((await third.press('1')).said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await callRow(t.db, third.callSid))?.outcome).toBe('booked');
  });

  it('does not count a withheld number as one caller', async () => {
    const a = t.call({ from: WITHHELD });
    const b = t.call({ from: WITHHELD });
    await askForStay(a, { roomType: '2', rooms: '1', nights: '2#' });
    await askForStay(b, { roomType: '2', rooms: '1', nights: '2#' });
    expect(await liveHold(a)).not.toBeNull();
    expect(await liveHold(b)).not.toBeNull();
  });

  it('says "on hold" only for rooms held, in both languages', () => {
    const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
    const said = (locale: 'en-US' | 'es-MX', holdExpiresAt: string | null, rooms: number) => {
      const ctx = { ...catalogueContexts(hotel, locale)[0]!, rooms, holdExpiresAt };
      return PROMPTS[locale].notice.roomsHeld({ ctx, f: formatterFor(locale), params: {} });
    };
    expect(said('en-US', '2026-11-28T15:10:00Z', 2)).toBe("Good news: they're available and on hold for you.");
    expect(said('en-US', null, 2)).toBe("Good news: they're available.");
    expect(said('en-US', null, 1)).toBe("Good news: it's available.");
    expect(said('es-MX', '2026-11-28T15:10:00Z', 2)).toBe('Sí hay disponibilidad; se las apartamos mientras terminamos.');
    expect(said('es-MX', null, 2)).toBe('Sí hay disponibilidad.');
  });
});
