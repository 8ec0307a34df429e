// Round 33: "no, I will call back later" / "no, yo le llamo después" at the desk's offer of a message
// or a call back (the desk did not answer). The words hold "call back" and "llamo", and the offer
// took them as the hotel asked to call: a callback request for a guest who said THEY would call.
// Now whoever says they will call again is thanked and let go, with no request in the desk's queue;
// "just call me back later" still is one. Read by shape (flows/caller-calls-back.ts), not by list.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts } from '../helpers/timeline.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

const requests = () => t.db.all<{ reason: string }>('SELECT reason FROM callback_requests');

/** A call whose desk did not answer: at the offer of a message or a call back. */
async function atDeskOffer(from: string, to: string) {
  const call = t.call({ from, to });
  await call.start();
  await call.press('0');
  await call.dialResult('no-answer');
  expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
  return call;
}

describe('a caller who will call again, at the desk’s offer', () => {
  it.each([
    [MIRAMAR, 'no, I will call back later', 'Thank you for calling Hotel Miramar. Goodbye.'],
    [MIRAMAR, "I'm gonna try again tomorrow", 'Thank you for calling Hotel Miramar. Goodbye.'],
    [MIRAMAR, "that's fine, we'll just call you back in an hour", 'Thank you for calling Hotel Miramar. Goodbye.'],
    [SIERRA, 'no, yo le llamo después', 'Gracias por llamar al Hotel Sierra Alta. Hasta luego.'],
    [SIERRA, 'luego le hablo, gracias', 'Gracias por llamar al Hotel Sierra Alta. Hasta luego.'],
    [SIERRA, 'mejor le marco mañana temprano', 'Gracias por llamar al Hotel Sierra Alta. Hasta luego.'],
  ])('%s: "%s" is thanked and let go, and no callback is set up', async (to, said, goodbye) => {
    const call = await atDeskOffer('+12125553301', to);
    const turn = await call.say(said, 0.95);
    expect(turn.hungUp).toBe(true);
    expect(heard(turn)).toBe(goodbye);
    expect(await requests()).toEqual([]);
    await call.statusCallback('completed', 40);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('abandoned');
  });

  it.each([
    [MIRAMAR, 'no, just call me back later'],
    [SIERRA, 'sí, que me llamen después por favor'],
  ])('%s: "%s" is still a call back the desk owes', async (to, said) => {
    const call = await atDeskOffer('+12125553302', to);
    expect((await call.say(said, 0.95)).hungUp).toBe(true);
    expect(await requests()).toHaveLength(1);
  });
});

describe('a caller who will call again, elsewhere in the call', () => {
  it.each([
    [MIRAMAR, "can you call me back? actually no, I'll call you back later myself"],
    [SIERRA, 'bueno, si me pueden llamar, o mejor yo les marco más tarde'],
  ])('%s: "%s" asks for no callback number', async (to, said) => {
    const call = t.call({ from: '+12125553303', to });
    await call.start();
    const turn = await call.say(said, 0.95);
    expect(heard(turn)).not.toMatch(/call you back|regresamos la llamada|What number|número/i);
    expect(await requests()).toEqual([]);
  });
});
