// "Can someone call me back?" asked at the greeting or mid-booking: the line promises the call and
// takes the number (the one calling confirmed, a withheld caller's asked, one said with it
// confirmed), and the desk's queue gets the request. Before, the greeting answered "the front desk
// can: press 0", and "my number is 212 555 0188" that followed was looked up as a reservation.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

const requests = () =>
  t.db.all<{ call_sid: string; caller_number: string; locale: string; reason: string; partial_json: string }>(
    'SELECT call_sid, caller_number, locale, reason, partial_json FROM callback_requests ORDER BY id',
  );
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('a call back asked for', () => {
  it('a withheld caller ID at the greeting: the number asked, the spoken number confirmed, the call promised to it', async () => {
    const call = t.call({ from: 'anonymous', to: MIRAMAR });
    await call.start();
    const asked = await call.say('can someone call me back?', 0.95);
    expect(heard(asked)).toBe("Sure, we'll call you back. What number can we call you at? Key it in, then the pound key.");
    expect(words(heard(asked))).toBeLessThanOrEqual(20);
    expect(heard(await call.say('my number is 212 555 0188', 0.95))).toMatch(/^I have 2 1 2, 5 5 5, 0 1 8 8\. If that's right, press 1/);
    const end = await call.say('yes', 0.95);
    expect(heard(end)).toMatch(/^Thank you\. The front desk will call you at the number ending in 0 1 8 8, within the hour\. Goodbye\.$/);
    expect(end.waitingFor).toBe('ended');
    const [r] = await requests();
    expect(r).toMatchObject({ call_sid: call.callSid, caller_number: '+12125550188', reason: 'caller_asked', locale: 'en-US' });
  });

  it('in Spanish, from a number that is shown: it is confirmed, not asked', async () => {
    const call = t.call({ from: '+525512345678', to: SIERRA });
    await call.start();
    expect(heard(await call.say('¿me pueden regresar la llamada, por favor?', 0.95))).toBe(
      'Claro, le regresamos la llamada. ¿Le llamamos al número que termina en 5 6 7 8?',
    );
    expect(heard(await call.say('sí', 0.95))).toMatch(/^Gracias\. Recepción le llamará al número que termina en 5 6 7 8/);
    expect((await requests())[0]).toMatchObject({ caller_number: '+525512345678', locale: 'es-MX' });
  });

  it('a number said with the request is the one confirmed; "no" asks for it again', async () => {
    const call = t.call({ from: '+12125550181', to: MIRAMAR });
    await call.start();
    expect(heard(await call.say('could you have someone call me back at 646 555 0101', 0.95))).toMatch(
      /^Sure, we'll call you back\. I have 6 4 6, 5 5 5, 0 1 0 1\. If that's right, press 1/,
    );
    expect(heard(await call.press('2'))).toMatch(/Can we call you at the number ending in 0 1 8 1\?/);
    await call.press('6465550102#');
    expect(heard(await call.press('1'))).toMatch(/the number ending in 0 1 0 2, within the hour/);
    expect((await requests())[0]).toMatchObject({ caller_number: '+16465550102' });
  });

  it('mid-booking, withheld: what was said of the stay goes with the request', async () => {
    const call = t.call({ from: 'anonymous', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12', 0.95);
    expect(heard(await call.say('actually, can someone call me back', 0.95))).toMatch(/^Sure, we'll call you back\. What number/);
    await call.press('2125550188#');
    expect(heard(await call.press('1'))).toMatch(/will call you at the number ending in 0 1 8 8/);
    const [r] = await requests();
    expect(r!.caller_number).toBe('+12125550188');
    expect(JSON.parse(r!.partial_json)).toMatchObject({ arrival: '2026-12-12' });
  });

  it('"call me back" goes on with a booking said instead of the number; the booking\'s own callback question is unchanged', async () => {
    const call = t.call({ from: '+12125550183', to: MIRAMAR });
    await call.start();
    await call.say('can you call me back', 0.95);
    expect(heard(await call.say("no wait, I'll just book a room for December 12 for 2 nights", 0.95))).toMatch(/Our rooms:/);
    await call.say('standard', 0.95);
    await call.say('one room', 0.95);
    await call.say('Bob Lee', 0.95);
    expect(heard(await call.say('cash', 0.95))).toMatch(/^Can we call you at the number ending in 0 1 8 3\?$/);
    expect(heard(await call.say('yes', 0.95))).toMatch(/^For Bob Lee: 1 Standard room, 2 nights/);
    expect(await requests()).toEqual([]);
  });

  it('by text, in English and Spanish: the call back promised to the number texting (was "reply AGENT")', async () => {
    const en = textingGuest(t.baseUrl, '+12125550311', MIRAMAR);
    expect((await en.send('can someone call me back?')).text).toBe('Thank you. The front desk will call you within the hour.');
    const es = textingGuest(t.baseUrl, '+525512340311', SIERRA);
    await es.send('quiero reservar para el 12 de diciembre');
    expect((await es.send('mejor me pueden llamar por favor?')).text).toBe('Gracias. Recepción le llamará en menos de una hora.');
    const got = await requests();
    expect(got.map((r) => [r.caller_number, r.reason])).toEqual([['+12125550311', 'caller_asked'], ['+525512340311', 'caller_asked']]);
    expect(JSON.parse(got[1]!.partial_json)).toMatchObject({ arrival: '2026-12-12' });
  });
});
