// Holding a night's rooms with the caller ID withheld: the per-number limits cannot apply to a
// number nobody has, so any number of calls dialled with *67 held rooms each, for 30 minutes,
// and a guest calling with their number shown heard that nothing was free. Now a withheld call
// holds only while other calls hold less than half the type's rooms (WITHHELD_HELD_SHARE); past
// that it is offered the rooms without a hold, and the rest stays for sale. Signed calls.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WITHHELD_HELD_SHARE } from '../../src/inventory/inventory.ts';
import type { CallSession, Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';

/** What Twilio reports for a withheld caller ID, in the forms carriers send it. */
const WITHHELD = ['+266696687', 'anonymous', '+7378742833', 'Restricted', '', '+8656696', 'anonymous', '+266696687'];
const STANDARD_ROOMS = 8;

describe('rooms held by calls with the caller ID withheld', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');
  const held = async (call: CallSession) =>
    (await t.db.get('SELECT 1 FROM holds WHERE call_sid = ? AND released_at IS NULL AND expires_at > ?', [call.callSid, t.clock.now().toISOString()])) !== undefined;
  const standardRoom = (call: CallSession) => askForStay(call, { roomType: '4', rooms: '1', nights: '2#' });

  it('take at most half a type between them; a guest whose number shows still finds and holds a room', async () => {
    expect(WITHHELD).toHaveLength(STANDARD_ROOMS);
    const calls = WITHHELD.map((from) => t.call({ from }));
    const turns: Turn[] = [];
    for (const call of calls) turns.push(await standardRoom(call));
    const holding: boolean[] = [];
    for (const call of calls) holding.push(await held(call));
    expect(holding).toEqual(WITHHELD.map((_, i) => i < STANDARD_ROOMS * WITHHELD_HELD_SHARE));
    // Every withheld caller was offered a room; only the ones holding it were told it is on hold.
    turns.forEach((turn, i) => {
      expect(words(turn)).toContain('Good news');
      expect(words(turn).includes('on hold')).toBe(holding[i]);
    });

    const guest = t.call({ from: '+13055550177' });
    const found = await standardRoom(guest);
    expect(words(found)).toContain("Good news: it's available and on hold for you.");
    expect(await held(guest)).toBe(true);

    // A withheld caller that was not held still books: the booking re-checks the rooms.
    const late = calls.at(-1)!;
    await late.say('Ana Torres', 0.95);
    await late.press('2'); // cash
    await late.press('6175550123#'); // a withheld number cannot be called back: one is keyed in
    await late.press('1'); // that's right
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts).
    expect((await late.press('1')).said.at(-1)?.text).toBe('Another booking? Press 1.');
    const booked = await t.db.get<{ outcome: string }>('SELECT outcome FROM calls WHERE call_sid = ?', [late.callSid]);
    expect(booked?.outcome).toBe('booked');
  });
});
