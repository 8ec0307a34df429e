// Round 33: a guest who hung up at the read-back and called back minutes later was offered to go
// on with the booking, and then asked their name, how they pay and their number all over again.
// Caller ID can be faked, so nothing of who the guest is is said on its strength (round 29): the
// name is still asked, and when it is the same name, how they pay and their number are taken up,
// so the next thing heard is the read-back of what they had said; its yes alone books. Another
// name takes nothing up. Signed calls through the real app, Miramar (en) and Sierra Alta (es).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

const booked = () => t.db.all<{ guest_name: string; payment_method: string; callback_number: string }>('SELECT guest_name, payment_method, callback_number FROM reservations');

const SCRIPT = {
  en: { to: MIRAMAR, stay: 'I want one deluxe king on December 18 for two nights', name: 'Margaret Thornbury', pay: 'debit card', yes: 'yes', no: 'no' },
  es: { to: SIERRA, stay: 'quiero una habitación doble el 18 de diciembre por dos noches', name: 'Luis Ortega', pay: 'en efectivo', yes: 'sí', no: 'no' },
} as const;

/** A booking said up to its read-back (another callback number given), then the line drops. */
async function cutOffAtReadBack(from: string, s: (typeof SCRIPT)['en' | 'es']) {
  const call = t.call({ from, to: s.to });
  await call.start();
  await call.say(s.stay, 0.95);
  await call.say(s.name, 0.95);
  await call.say(s.pay, 0.95);
  await call.press('6465550199#');
  const readBack = heard(await call.press('1'));
  expect(readBack).toContain(s.name);
  await call.hangup();
}

describe('called back after hanging up at the read-back', () => {
  it.each(['en', 'es'] as const)('%s: yes to going on, the same name, and the read-back of what was said; its yes books', async (lang) => {
    const s = SCRIPT[lang];
    await cutOffAtReadBack('+12125553331', s);
    t.clock.advance(3 * 60_000);
    const again = t.call({ from: '+12125553331', to: s.to });
    expect(heard(await again.start())).not.toContain(s.name);
    expect(heard(await again.say(s.yes, 0.95))).not.toContain(s.name);
    const readBack = heard(await again.say(s.name, 0.95));
    expect(readBack).toMatch(lang === 'en' ? /^For Margaret Thornbury: 1 Deluxe King room, 2 nights from Friday, December 18: .*debit card/ : /Luis Ortega.*efectivo/);
    expect(await booked()).toEqual([]);
    await again.say(s.yes, 0.95);
    expect(await booked()).toEqual([
      { guest_name: s.name, payment_method: lang === 'en' ? 'debit_card' : 'cash', callback_number: '+16465550199' },
    ]);
  });

  it('another name takes nothing up: the payment and the number are asked', async () => {
    await cutOffAtReadBack('+12125553332', SCRIPT.en);
    t.clock.advance(3 * 60_000);
    const other = t.call({ from: '+12125553332', to: MIRAMAR });
    await other.start();
    await other.say('yes', 0.95);
    expect(heard(await other.say('Eve Mallory', 0.95))).toMatch(/How will you pay/);
    expect(heard(await other.say('cash', 0.95))).toMatch(/number ending in 3 3 3 2/);
  });

  it('"no" to going on, then the same name: a fresh booking, asked in full', async () => {
    await cutOffAtReadBack('+12125553333', SCRIPT.en);
    t.clock.advance(3 * 60_000);
    const fresh = t.call({ from: '+12125553333', to: MIRAMAR });
    await fresh.start();
    await fresh.say('no', 0.95);
    await fresh.say(SCRIPT.en.stay, 0.95);
    expect(heard(await fresh.say('Margaret Thornbury', 0.95))).toMatch(/How will you pay/);
  });
});
