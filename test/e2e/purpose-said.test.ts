// What the call is about, said rather than asked ("I'm calling about a job application", "le hablo
// por lo de una factura"): it was "Sorry, I didn't understand that", a miss towards the desk, for a
// caller who spoke clearly. Now the same answer as a question the hotel file does not answer: the
// front desk can help (press 0), then the question again, with no miss counted.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statesAPurpose } from '../../flows/understanding/hotel-question.ts';
import { tokenize } from '../../flows/understanding/normalize.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { callRow } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const said = (turn: { said: { text: string }[] }) => turn.said.map((s) => s.text).join(' ');

describe('a purpose said that the line does not serve', () => {
  it.each([
    ["I'm calling about a job application", /front desk can: press 0/],
    ["hi, it's regarding an invoice from last month", /front desk can: press 0/],
    ['buenas tardes, le hablo por lo de una factura', /en recepción sí: oprima 0/],
    ['oiga, quería ver lo de un pago que hice', /en recepción sí: oprima 0/],
  ])('"%s": the desk offered, no miss', async (words, expected) => {
    const call = t.call({ from: '+13125550199' });
    await call.start();
    const turn = await call.say(words, 0.95);
    expect(said(turn)).toMatch(expected);
    expect(said(turn)).not.toMatch(/didn't understand|no le entendí/);
    expect(turn.waitingFor).toBe('input');
    expect((await callRow(t.db, call.callSid))?.state).not.toBe('transferring');
  });

  it('a booking said so is still a booking', async () => {
    const call = t.call({ from: '+13125550198' });
    await call.start();
    expect(said(await call.say("I'm calling to book a room", 0.95))).toContain('When do you arrive?');
  });

  it('"I\'m calling" alone states nothing yet', () => {
    expect(statesAPurpose(tokenize("hi I'm calling"))).toBe(false);
    expect(statesAPurpose(tokenize('llamo por'))).toBe(false);
    expect(statesAPurpose(tokenize('oiga, llamo por lo del estacionamiento'))).toBe(true);
  });
});
