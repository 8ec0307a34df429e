// Toll fraud through the callback number. A caller keys or says the number the desk calls back and
// the confirmation is texted to, and may fake the caller ID that "1, this number" gives: a premium-
// rate line ("+1 900 …", a UK 0871, a Mexican 900) was kept as the guest's number, for staff to dial
// from the callback list; "212 555 0100 # 99" (a dial string's extension) was read as twelve digits,
// Morocco's +212 555 010 099; the hotel's own front desk was kept as the guest's. Each is asked
// again now, as a number that is no number is, and the booking goes on with a real one.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

describe('callback numbers that would cost the hotel', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A signed call from `from` at the callback question (a Standard room, named, paying cash). */
  async function atCallbackQuestion(from = '+13055550142'): Promise<CallSession> {
    const call = t.call({ from });
    await askForStay(call, { roomType: '4', date: '0310', nights: '1#' });
    await call.say('Ana Torres', 0.95);
    const asked = await call.press('2'); // cash
    expect(heard(asked)).toMatch(/number/i);
    return call;
  }

  const callback = async (call: CallSession) =>
    (await t.db.get<{ callback_number: string | null }>('SELECT callback_number FROM reservations WHERE call_sid = ?', [call.callSid]))?.callback_number;

  /** Confirms the number read back and the booking; the reservation's callback number. */
  async function book(call: CallSession): Promise<string | null | undefined> {
    await call.press('1'); // that's right
    const booked = await call.press('1'); // confirm the read-back
    expect(heard(booked)).toContain('confirmation number');
    return callback(call);
  }

  it.each([
    ['a US premium line, keyed', (c: CallSession) => c.press('9005550100#')],
    ['a US premium line, with its 1, keyed', (c: CallSession) => c.press('19005550199#')],
    ['a UK shared-revenue line, keyed with 011', (c: CallSession) => c.press('011448712345678#')],
    ['a US premium line, said', (c: CallSession) => c.say('nine hundred, five five five, zero one zero zero', 0.95)],
    ['a Mexican 900 line, said with its plus', (c: CallSession) => c.say('plus 52 900 123 4567', 0.95)],
  ])('%s is asked again, and the number given next is kept', async (_, give) => {
    const call = await atCallbackQuestion();
    const refused = await give(call);
    // Asked again (keyed: the number is wrong; said: not understood), never read back to be confirmed.
    expect(heard(refused)).toMatch(/^(That phone number doesn't seem right\.|Sorry, I didn't understand that\.)/);
    expect(heard(refused)).not.toMatch(/9 0 0|8 7 1/);
    await call.press('2125550100#');
    expect(await book(call)).toBe('+12125550100');
  });

  it('reads "# 99" after a number as its extension, not as the digits of another country\'s number', async () => {
    const call = await atCallbackQuestion();
    const readBack = await call.say('212 555 0100 # 99', 0.95);
    expect(heard(readBack)).not.toMatch(/Morocco|\+212/);
    expect(await book(call)).toBe('+12125550100');
    const pound = await atCallbackQuestion();
    await pound.say('two one two five five five zero one zero zero pound nine nine', 0.95);
    expect(await book(pound)).toBe('+12125550100');
  });

  it("a premium caller ID is no number to call back: 'this number' is asked for another", async () => {
    const call = await atCallbackQuestion('+19005550123');
    const refused = await call.press('1');
    expect(heard(refused)).toContain("I can't see the number you're calling from.");
    await call.press('2125550100#');
    expect(await book(call)).toBe('+12125550100');
  });
});

describe("the hotel's own desk as the guest's number", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP });
  });
  afterAll(() => t.close());

  it("is asked again, keyed or faked as the caller ID (the Sierra's front desk, +52 55 5555 0100)", async () => {
    const keyed = t.call({ from: '+525512345678', to: SIERRA });
    await keyed.start();
    // Through the Spanish greeting by keys to the callback question.
    for (const k of ['1', '1210', '1', '1', '1#']) await keyed.press(k);
    await keyed.say('Ana Torres', 0.95);
    await keyed.press('2');
    const refused = await keyed.press('5555550100#');
    expect(heard(refused)).toContain('Ese número de teléfono no parece correcto.');

    const faked = t.call({ from: '+525555550100', to: SIERRA });
    await faked.start();
    for (const k of ['1', '1210', '1', '1', '1#']) await faked.press(k);
    await faked.say('Ana Torres', 0.95);
    await faked.press('2');
    expect(heard(await faked.press('1'))).toContain('No me aparece el número desde el que nos llama.');
  });
});
