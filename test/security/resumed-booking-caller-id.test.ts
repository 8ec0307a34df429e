// Round 29: the "welcome back" offer to a number whose call was cut off mid-booking trusts caller
// ID, which anyone can fake. What such a caller may learn is the stay (rooms and dates), said in
// the offer; not who the guest is or how they pay, and nothing of another property's booking or of
// one cut off more than 15 minutes ago. Signed calls through the real app.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallService } from '../../src/calls/call-service.ts';
import { TRANSFER_LIMIT_MINUTES } from '../../src/calls/sweeps.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

/** A guest gives the stay, their name and how they pay, then the line drops at the callback question. */
async function cutOffAtCallback(from: string, to: string): Promise<void> {
  const call = t.call({ from, to });
  await call.start();
  await call.say('I want one deluxe king on December 18 for two nights', 0.95);
  await call.say('Margaret Thornbury', 0.95);
  const paid = await call.say('credit card', 0.95);
  expect(paid.waitingFor).toBe('input');
  await call.hangup();
}

/** Everything a call heard, turn after turn, as one text. */
async function goOn(call: CallSession, steps: (() => Promise<{ said: readonly { text: string }[] }>)[]): Promise<string> {
  const said: string[] = [];
  for (const step of steps) said.push(heard(await step()));
  return said.join(' ');
}

describe('a faked caller ID calling back after a booking was cut off', () => {
  it('hears the stay it would resume, never the guest name nor the payment, up to the read-back', async () => {
    await cutOffAtCallback('+12125550501', MIRAMAR);
    t.clock.advance(4 * 60_000);
    const faker = t.call({ from: '+12125550501', to: MIRAMAR });
    const greeting = heard(await faker.start());
    expect(greeting).toMatch(/Welcome back\. Shall we continue your booking for 1 Deluxe King room, arriving Friday, December 18/);
    const after = await goOn(faker, [
      () => faker.say('yes', 0.95),
      // Whatever is asked next is answered with the faker's own details, up to the read-back.
      () => faker.say('Eve Mallory', 0.95),
      () => faker.say('cash', 0.95),
      () => faker.press('1'),
    ]);
    expect(`${greeting} ${after}`).not.toMatch(/Margaret|Thornbury/i);
    // Both asked again (the payment was a credit card), and the read-back is the faker's own.
    expect(after).toMatch(/May I have your full name\?.*How will you pay/);
    expect(after).toMatch(/For Eve Mallory: 1 Deluxe King room, 2 nights from Friday, December 18: .*paid in cash/);
  });

  it('is offered nothing of another property, of a booking cut off over 15 minutes ago, or after a later call', async () => {
    await cutOffAtCallback('+12125550502', MIRAMAR);
    expect(heard(await t.call({ from: '+12125550502', to: SIERRA }).start())).not.toMatch(/Welcome back|vuelve a llamar|December 18|18 de diciembre/);

    await cutOffAtCallback('+12125550503', MIRAMAR);
    t.clock.advance(15 * 60_000 + 1_000);
    expect(heard(await t.call({ from: '+12125550503', to: MIRAMAR }).start())).not.toMatch(/Welcome back|December 18/);

    // A later call from the number (the guest calling back and hanging up at the greeting, or the
    // faker trying once) ends the offer: it is made only for the number's last call.
    await cutOffAtCallback('+12125550504', MIRAMAR);
    const probe = t.call({ from: '+12125550504', to: MIRAMAR });
    await probe.start();
    await probe.hangup();
    expect(heard(await t.call({ from: '+12125550504', to: MIRAMAR }).start())).not.toMatch(/Welcome back|December 18/);
  });

  it('is offered nothing of a call the sweep closed: it went quiet 30 minutes before, not minutes ago', async () => {
    // Twilio's status callback lost: the call stays open, quiet, until the sweep ends it.
    const quiet = t.call({ from: '+12125550505', to: MIRAMAR });
    await quiet.start();
    await quiet.say('I want one deluxe king on December 18 for two nights', 0.95);
    t.clock.advance(31 * 60_000);
    const ago = (n: number) => new Date(t.clock.now().getTime() - n * 60_000).toISOString();
    expect(await (t.app.locals.service as CallService).closeStaleCalls(ago(30), ago(TRANSFER_LIMIT_MINUTES))).toBe(1);
    t.clock.advance(60_000);
    expect(heard(await t.call({ from: '+12125550505', to: MIRAMAR }).start())).not.toMatch(/Welcome back|December 18/);
  });

  it('offers nothing to a withheld or odd caller ID, even right after a withheld call was cut off', async () => {
    for (const from of ['anonymous', '+266696687', '']) {
      await cutOffAtCallback(from, MIRAMAR);
      expect(heard(await t.call({ from, to: MIRAMAR }).start())).not.toMatch(/Welcome back|December 18/);
    }
  });
});
