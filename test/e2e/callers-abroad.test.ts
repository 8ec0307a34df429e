import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nationalGroups, exampleNumber } from '../../flows/understanding/phone.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';

/** A Mexico City mobile as Mexican carriers still send it: with the retired "1" after +52. */
const MEXICAN_CALLER = '+5215512345678';

async function outbox(t: TestApp) {
  return t.db.all<{ to_number: string; kind: string }>('SELECT to_number, kind FROM outbox ORDER BY id');
}

/** A Spanish call (9 at the greeting) up to the callback question, the demo hotel being in the US. */
async function toCallbackInSpanish(call: CallSession) {
  await askForStay(call, { spanish: true, roomType: '4' });
  await call.say('Lucía Fernández', 0.95);
  return call.press('2');
}

describe('callers from any country', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ newConfirmation: () => '27182818' });
  });
  afterEach(async () => t.close());

  it('takes a +52 1 caller ID as the callback number ("this number") and texts the confirmation there', async () => {
    const call = t.call({ from: MEXICAN_CALLER });
    const turn = await toCallbackInSpanish(call);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callback']);
    expect(turn.said[0]?.text).toContain('5 6 7 8');
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    await call.press('1');
    expect((await reservations(t.db))[0]).toMatchObject({ callback_number: '+525512345678', locale: 'es-MX' });
    expect(await outbox(t)).toEqual([{ to_number: '+525512345678', kind: 'booking_confirmed' }]);
  });

  it('reads a number keyed from Mexico as a Mexican number, confirms it whole with its country, never as a US one', async () => {
    const call = t.call({ from: MEXICAN_CALLER });
    await toCallbackInSpanish(call);
    const turn = await call.press('5587654321#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(turn.said[0]?.text).toContain('5 5, 8 7 6 5, 4 3 2 1');
    expect(turn.said[0]?.text).toContain('México');
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    await call.press('1');
    expect((await reservations(t.db))[0]?.callback_number).toBe('+525587654321');
    expect(await outbox(t)).toEqual([{ to_number: '+525587654321', kind: 'booking_confirmed' }]);
  });

  it('takes a Mexican number keyed with its country code and the retired "1", which passes Luhn, as a number, not a card', async () => {
    const call = t.call({ from: MEXICAN_CALLER });
    await toCallbackInSpanish(call);
    // Was: "Por su seguridad, no nos dé números de tarjeta" (13 digits passing the Luhn check).
    const turn = await call.press('5215587654327#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(turn.said[0]?.text).toContain('5 5, 8 7 6 5, 4 3 2 7');
    await call.press('1');
    await call.press('1');
    expect((await reservations(t.db))[0]?.callback_number).toBe('+525587654327');
  });

  it('asks again for digits that are no number of the caller\'s country, with an example from that country', async () => {
    const call = t.call({ from: MEXICAN_CALLER });
    await toCallbackInSpanish(call);
    const turn = await call.press('1234567890#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.badPhone', 'help.callback']);
    const example = nationalGroups(exampleNumber('MX')!).map((g) => g.split('').join(' ')).join(', ');
    expect(turn.said.map((s) => s.text).join(' ')).toContain(example);
  });

  it('keeps no number the guest did not confirm: "no" asks again, and a hang-up texts nobody', async () => {
    const call = t.call({ from: '+12125550171' });
    await askForStay(call, { roomType: '4', rooms: '1', nights: '2#' });
    await call.say('Kim Lee', 0.95);
    await call.press('1');
    await call.press('6175550199#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callback']);
    await call.hangup();
    expect(await reservations(t.db)).toEqual([]);
    expect(await outbox(t)).toEqual([]);
  });

  it('offers a withheld caller ID an example number of the hotel\'s country', async () => {
    const call = t.call({ from: 'anonymous' });
    await askForStay(call, { roomType: '4', rooms: '1', nights: '2#' });
    await call.say('Kim Lee', 0.95);
    await call.press('1');
    const turn = await call.press('12#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.badPhone', 'help.callback']);
    const example = nationalGroups(exampleNumber('US')!).map((g) => g.split('').join(' ')).join(', ');
    expect(turn.said.map((s) => s.text).join(' ')).toContain(example);
  });
});
