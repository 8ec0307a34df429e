// A detail given at another question is said back before the question comes again. "The double
// queen" said when asked the arrival was taken, but the caller heard only "When do you arrive?"
// again, as if not understood, and said it again or gave up.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { countWords } from '../../src/voice/word-budget.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (turn: Turn) => turn.said.map((s) => s.text);

describe('a detail given at another question', () => {
  it('is said back in a few words, then the question again (English)', async () => {
    const call = t.call({ from: '+12125550111' });
    await call.start();
    const ask = words(await call.press('1'))[0]!;
    expect(words(await call.say('the double queen', 0.92))).toEqual(['The Double Queen.', ask]);
    expect(words(await call.say('make it two rooms', 0.92))).toEqual(['2 rooms.', ask]);
    expect(words(await call.say('three nights', 0.92))).toEqual(['For 3 nights.', ask]);
    // The question's own answer is not said back: the next step shows it was taken.
    const held = words(await call.press('1204'));
    expect(held[0]).toBe('Arriving Friday, December 4.');
    expect(held).not.toContain('For 3 nights.');
    // Changed at the name question: said back, checked again, asked again.
    const name = words(await call.say('just one room please', 0.92));
    expect(name[0]).toBe('1 room.');
    expect(name.at(-1)).toBe('May I have your full name?');
    for (const said of name) expect(countWords(said)).toBeLessThanOrEqual(12);
  });

  it('is said back in Spanish, with the room named once', async () => {
    const call = t.call({ from: '+5215512345678' });
    await call.start();
    await call.press('9');
    const ask = words(await call.press('1'))[0]!;
    expect(words(await call.say('la suite con vista al mar', 0.92))).toEqual(['La suite con vista al mar.', ask]);
    expect(words(await call.say('son dos habitaciones', 0.92))).toEqual(['2 habitaciones.', ask]);
  });

  it('is not said back at the read-back, which reads the whole stay again', async () => {
    const call = t.call({ from: '+12125550111' });
    await call.start();
    for (const k of ['1', '1204', '2', '1', '2#']) await call.press(k);
    await call.say('Ana Torres', 0.95);
    await call.press('2');
    await call.press('1');
    const again = words(await call.say('make it three nights', 0.92));
    expect(again.join(' ')).not.toMatch(/^For 3 nights\./);
    expect(again.join(' ')).toMatch(/3 nights from/);
  });
});
