// The desk could not take the call; offered a message or a call back, the guest says "no thanks"
// or "no gracias, yo les llamo". That was not understood, twice, and the third time a callback was
// requested anyway. Now the guest is thanked and let go; no request is made, and the call ends
// abandoned, so the desk still finds it among the calls that need a person.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { callRow, lastPrompts } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('a callback declined', () => {
  it.each([
    [false, 'no thanks', 'Thank you for calling Hotel Miramar. Goodbye.'],
    [false, "never mind, I'll call back later", 'Thank you for calling Hotel Miramar. Goodbye.'],
    [true, 'no gracias, yo les llamo', 'Gracias por llamar al Hotel Miramar. Hasta luego.'],
  ])('spanish=%s "%s" is thanked and let go', async (spanish, said, goodbye) => {
    const call = t.call();
    await call.start();
    if (spanish) await call.press('9');
    await call.press('0');
    await call.dialResult('busy');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
    const turn = await call.say(said, 0.95);
    expect(turn.hungUp).toBe(true);
    expect(turn.said.map((s) => s.text).join(' ')).toBe(goodbye);
    expect(await t.db.all('SELECT id FROM callback_requests')).toEqual([]);
    await call.statusCallback('completed', 40);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('abandoned');
  });

  it('a yes, a key or a request still books the call back', async () => {
    const call = t.call();
    await call.start();
    await call.press('0');
    await call.dialResult('no-answer');
    expect((await call.say('no, just call me back', 0.95)).hungUp).toBe(true);
    expect(await t.db.all('SELECT reason FROM callback_requests')).toHaveLength(1);
  });
});
