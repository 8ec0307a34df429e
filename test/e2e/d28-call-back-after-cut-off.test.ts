// Round 28: a caller cut off mid-booking who calls back from the same number within minutes is
// asked whether to go on with it (its stay said), not taken through the whole booking again. Yes:
// what was understood is kept and availability is checked again; no: the menu, a fresh start.

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

/** A booking given as far as the payment question, then the line drops. */
async function cutOffAtPayment(from: string, to: string, request: string, name: string): Promise<void> {
  const call = t.call({ from, to });
  await call.start();
  await call.say(request, 0.95);
  const named = await call.say(name, 0.95);
  expect(named.waitingFor).toBe('input');
  await call.hangup();
}

describe('called back after a booking was cut off', () => {
  it('in English, "yes": the stay kept, checked again, and the booking goes on at the name (caller ID proves nothing: round 29)', async () => {
    await cutOffAtPayment('+12125550401', MIRAMAR, 'I want one deluxe king on December 18 for two nights', 'John Smith');
    t.clock.advance(5 * 60_000);
    const again = t.call({ from: '+12125550401', to: MIRAMAR });
    const greeting = heard(await again.start());
    expect(greeting.split(' ').length).toBeLessThanOrEqual(40);
    expect(greeting).toMatch(/^Hello, this is Hotel Miramar\. Welcome back\. Shall we continue your booking for 1 Deluxe King room, arriving Friday, December 18, for 2 nights\?/);
    const yes = heard(await again.say('yes please', 0.95));
    // Held again (not said back again), then the first detail not taken up: the name.
    expect(yes).toMatch(/available/);
    expect(yes).not.toMatch(/December 18, for 2 nights/);
    expect(yes).toMatch(/May I have your full name/);
    expect(heard(await again.say('John Smith', 0.95))).toMatch(/How will you pay/);
    await again.say('cash', 0.95);
    const readBack = heard(await again.press('1'));
    expect(readBack).toMatch(/^For John Smith: 1 Deluxe King room, 2 nights from Friday, December 18/);
    expect(heard(await again.say('yes', 0.95))).toMatch(/confirmation number/);
  });

  it('in Spanish, "no": the menu, in Spanish, and nothing of the old booking kept', async () => {
    await cutOffAtPayment('+525512340402', SIERRA, 'quiero una habitación doble el 20 de diciembre por dos noches', 'Ana López');
    t.clock.advance(3 * 60_000);
    const again = t.call({ from: '+525512340402', to: SIERRA });
    const greeting = heard(await again.start());
    expect(greeting).toMatch(/Qué bueno que vuelve a llamar\. ¿Seguimos con su reservación: .*20 de diciembre, por 2 noches\?/);
    expect(heard(await again.press('2'))).toMatch(/^Para reservar, oprima 1/);
    expect(heard(await again.press('1'))).toMatch(/llegada\?/);
  });

  it('a stay said with the answer: "no, the 26th instead" starts afresh with it; "yes, but 3 nights" goes on changed', async () => {
    await cutOffAtPayment('+525512340406', SIERRA, 'quiero una habitación doble el 22 de diciembre por dos noches', 'Ana López');
    const fresh = t.call({ from: '+525512340406', to: SIERRA });
    await fresh.start();
    const other = heard(await fresh.say('no, quiero otra fecha, el 26 de diciembre', 0.95));
    expect(other).toMatch(/^Llegada el sábado 26 de diciembre\./);
    expect(other).not.toMatch(/Doble, llegada/);

    await cutOffAtPayment('+12125550407', MIRAMAR, 'one king December 18 for 2 nights', 'John Smith');
    const changed = t.call({ from: '+12125550407', to: MIRAMAR });
    await changed.start();
    expect(heard(await changed.say('yes but make it 3 nights', 0.95))).toMatch(/^1 Deluxe King room, arriving Friday, December 18, for 3 nights\. Good news/);
  });

  it('not offered: after 15 minutes, from another number, at the other hotel, or once booked', async () => {
    await cutOffAtPayment('+12125550403', MIRAMAR, 'one standard room December 12 for 3 nights', 'Bob Lee');
    t.clock.advance(16 * 60_000);
    expect(heard(await t.call({ from: '+12125550403', to: MIRAMAR }).start())).not.toMatch(/Welcome back/);

    await cutOffAtPayment('+12125550404', MIRAMAR, 'one standard room December 12 for 3 nights', 'Bob Lee');
    expect(heard(await t.call({ from: '+12125550405', to: MIRAMAR }).start())).not.toMatch(/Welcome back/);
    expect(heard(await t.call({ from: '+12125550404', to: SIERRA }).start())).not.toMatch(/Welcome back|vuelve a llamar/);

    const booked = t.call({ from: '+12125550406', to: MIRAMAR });
    await booked.start();
    await booked.say('one standard room December 12 for 3 nights', 0.95);
    await booked.say('Bob Lee', 0.95);
    await booked.say('cash', 0.95);
    await booked.press('1');
    expect(heard(await booked.say('yes', 0.95))).toMatch(/confirmation number/);
    await booked.hangup();
    expect(heard(await t.call({ from: '+12125550406', to: MIRAMAR }).start())).not.toMatch(/Welcome back/);
  });
});
