// Round 29: "2 adults 3 kids, how many rooms do we need?", "somos 2 adultos y 3 niños, ¿cuántos
// cuartos necesitamos?". The question went unanswered: in English the booking went on as if it had
// not been asked, in Spanish it was a miss ("Disculpe, no le entendí"). The hotel file does not say
// how many guests a room sleeps, so nothing is guessed: the caller hears that the front desk can say
// (press 0; by text, reply AGENT), not as a miss, and the question under way goes on with whatever
// else the words gave.

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

const DESK_EN = 'The front desk can tell you how many guests each room sleeps: press 0 at any time.';
const DESK_ES = 'En recepción le pueden decir cuántas personas caben en cada habitación: oprima 0 cuando guste.';

describe('how many rooms a party needs', () => {
  it('at the greeting, with the dates: told the desk can say, and the booking goes on with the dates', async () => {
    const call = t.call({ from: '+12125552931', to: MIRAMAR });
    await call.start();
    const turn = heard(await call.say('2 adults 3 kids, how many rooms do we need? we arrive December 20', 0.9));
    expect(turn).toContain(DESK_EN);
    expect(turn).toMatch(/Arriving Sunday, December 20\./);
    expect(turn).toMatch(/Our rooms: /);
    // The desk is one key away, as said.
    expect((await call.press('0')).said.some((s) => /front desk|connect/i.test(s.text))).toBe(true);
  });

  it('in Spanish at the arrival question: not a miss; the date asked again, and three misses still needed for the desk', async () => {
    const call = t.call({ from: '+525512342932', to: SIERRA });
    await call.start();
    await call.press('1');
    const turn = await call.say('somos 2 adultos y 3 niños, ¿cuántos cuartos necesitamos?', 0.9);
    expect(heard(turn)).toBe(`${DESK_ES} ¿Para qué fecha sería su llegada? Dígamela, o marque el mes y el día con 4 dígitos.`);
    expect(heard(turn)).not.toMatch(/no le entendí/);
    // Two misses after it are still re-prompts: the question was not one of them.
    await call.say('mmm', 0.9);
    const second = await call.say('mmm', 0.9);
    expect(second.waitingFor).toBe('input');
    expect(heard(second)).toMatch(/fecha de llegada/);
    expect(heard(second)).not.toMatch(/recepción/);
  });

  it('"¿cuántas personas caben en un cuarto?" at the list of rooms: the desk offered, then the list again', async () => {
    const call = t.call({ from: '+525512342933', to: SIERRA });
    await call.start();
    await call.say('quiero reservar para el 20 de diciembre', 0.9);
    const turn = heard(await call.say('¿cuántas personas caben en un cuarto?', 0.9));
    expect(turn).toContain(DESK_ES);
    expect(turn).toMatch(/Junior Suite/);
  });

  it('by text: "reply AGENT", and the date asked as before', async () => {
    const guest = textingGuest(t.baseUrl, '+12125552934', MIRAMAR);
    await guest.send('BOOK');
    const reply = (await guest.send('we are 2 adults and 3 kids, how many rooms do we need?')).text;
    expect(reply).toContain('The front desk can tell you how many guests each room sleeps: reply AGENT.');
    expect(reply).not.toMatch(/press/i);
    expect(reply).toMatch(/What date will you arrive\?/);
  });

  it('a party said without the question is no question: nothing about the desk', async () => {
    const call = t.call({ from: '+12125552935', to: MIRAMAR });
    await call.start();
    expect(heard(await call.say('a room for 2 adults on December 20 for 2 nights', 0.9))).not.toContain(DESK_EN);
  });
});
