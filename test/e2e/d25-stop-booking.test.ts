// "Forget it", "cancel", "ya no quiero", "mejor no", "olvídelo" said while a booking is being made
// (this booking, not a reservation the caller has): asked once, short, whether to stop it; yes lets
// the hold go and says goodbye, no asks the question again. A correction that says "cancel"
// ("cancel that, I meant the 5th", "no, cancel the standard, make it a double queen") is a correction:
// the call goes on with it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const liveHold = async (call: CallSession) =>
  (await t.db.get<{ rooms: number }>('SELECT rooms FROM holds WHERE call_sid = ? AND released_at IS NULL AND expires_at > ?', [
    call.callSid,
    t.clock.now().toISOString(),
  ])) ?? null;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const ASKED_EN = /^Cancel this booking\?/;
const ASKED_ES = /^¿Cancelo esta reservación\?/;

describe('stopping the booking under way', () => {
  it('yes: the hold is let go, nothing booked, goodbye; in English and Spanish, by voice and by key', async () => {
    const cases: { start: string[]; stop: string; yes: string; asked: RegExp; done: RegExp }[] = [
      { start: ['a standard room for december 12 for 2 nights'], stop: 'oh, never mind', yes: 'yes', asked: ASKED_EN, done: /^All right, nothing is booked\. Thank you for calling/ },
      { start: ['a standard room for december 12 for 2 nights'], stop: 'forget it', yes: '1', asked: ASKED_EN, done: /nothing is booked/ },
      { start: ['a standard room for december 12 for 2 nights', 'Ana Torres'], stop: "I don't want it anymore", yes: 'yes', asked: ASKED_EN, done: /nothing is booked/ },
      { start: ['una estándar para el 12 de diciembre, 2 noches'], stop: 'ya no quiero', yes: 'sí', asked: ASKED_ES, done: /^Está bien, no se hizo ninguna reservación\./ },
      { start: ['una estándar para el 12 de diciembre, 2 noches'], stop: 'no, mejor no', yes: '1', asked: ASKED_ES, done: /ninguna reservación/ },
      { start: ['una estándar para el 12 de diciembre, 2 noches', 'Ana Torres'], stop: 'olvídelo, gracias', yes: 'sí', asked: ASKED_ES, done: /ninguna reservación/ },
    ];
    for (const c of cases) {
      const call = t.call({ from: '+13135550101' });
      await call.start();
      for (const s of c.start) await call.say(s, 0.95);
      expect(await liveHold(call), c.stop).not.toBeNull();
      const asked = heard(await call.say(c.stop, 0.95));
      expect(asked, c.stop).toMatch(c.asked);
      expect(words(asked), asked).toBeLessThanOrEqual(14);
      const end = c.yes === '1' ? await call.press('1') : await call.say(c.yes, 0.95);
      expect(heard(end), c.stop).toMatch(c.done);
      expect(end.waitingFor, c.stop).toBe('ended');
      expect(await liveHold(call), c.stop).toBeNull();
    }
    expect(await t.db.get('SELECT COUNT(*) AS n FROM reservations')).toEqual({ n: 0 });
  });

  it('before anything is held, and at the read-back, too', async () => {
    const early = t.call({ from: '+13135550102' });
    await early.start();
    await early.say('I want to book a room', 0.95);
    expect(heard(await early.say('cancel', 0.95))).toMatch(ASKED_EN);
    expect(heard(await early.say('yes', 0.95))).toMatch(/nothing is booked/);
    const late = t.call({ from: '+13135550103' });
    await late.start();
    const readBack = heard(await late.say('a standard room for december 12, 2 nights, my name is Ana Torres, cash, call me at this number', 0.95));
    expect(readBack).toMatch(/Shall I confirm it\?$/);
    expect(heard(await late.say('actually, forget the whole thing', 0.95))).toMatch(ASKED_EN);
    expect(heard(await late.say('yes please', 0.95))).toMatch(/nothing is booked/);
    expect(await liveHold(late)).toBeNull();
  });

  it('no: the question again, the hold kept, and the booking goes on', async () => {
    const call = t.call({ from: '+13135550104' });
    await call.start();
    await call.say('a standard room for december 12 for 2 nights', 0.95);
    expect(heard(await call.say('forget it', 0.95))).toMatch(ASKED_EN);
    expect(heard(await call.say('no, go on', 0.95))).toMatch(/full name\?$/);
    expect(await liveHold(call)).not.toBeNull();
    const es = t.call({ from: '+13135550105' });
    await es.start();
    await es.say('una estándar para el 12 de diciembre', 0.95);
    expect(heard(await es.say('mejor no', 0.95))).toMatch(ASKED_ES);
    expect(heard(await es.press('2'))).toMatch(/noches/);
  });

  it('a correction that says "cancel" is a correction: the call goes on with it, nothing asked', async () => {
    const date = t.call({ from: '+13135550106' });
    await date.start();
    await date.say('a standard room for december 12 for 2 nights', 0.95);
    const moved = heard(await date.say('cancel that, I meant the 5th', 0.95));
    expect(moved).toMatch(/December 5/);
    expect(moved).not.toMatch(/Cancel this booking|Goodbye/);
    // "Cancel" is no name: the name is still asked.
    expect(moved).toMatch(/full name\?$/);
    const type = t.call({ from: '+13135550107' });
    await type.start();
    await type.say('a standard room for december 12 for 2 nights', 0.95);
    const changed = heard(await type.say('no, cancel the standard, make it a double queen', 0.95));
    expect(changed).toMatch(/Double Queen/);
    expect(changed).not.toMatch(/Cancel this booking|Goodbye/);
    expect(await liveHold(type)).not.toBeNull();
  });
});
