// The words a caller hears end to end, greeting to confirmation number, for a keypad booking and a
// speech booking in each language (about 150 words a minute on the phone): within the booking
// budget, and no sentence said twice but the confirmation number (said twice on purpose, SPEC §5).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { countWords, secondsFor, WORD_BUDGETS } from '../../src/voice/word-budget.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

type Answer = ['press' | 'say', string];

const KEYS: Answer[] = [['press', '1'], ['press', '1204'], ['press', '2'], ['press', '1'], ['press', '2#'], ['say', 'Ana Torres'], ['press', '1'], ['press', '1'], ['press', '1']];
const SPEECH_EN: Answer[] = [
  ['say', "I'd like to book a room"], ['say', 'December 4th'], ['say', 'deluxe king'], ['say', 'one room'], ['say', 'two nights'],
  ['say', 'Ana Torres'], ['say', 'credit card'], ['say', 'this number'], ['say', 'yes'],
];
const SPEECH_ES: Answer[] = [
  ['say', 'quiero reservar'], ['say', 'el 4 de diciembre'], ['say', 'la deluxe king'], ['say', 'una habitación'], ['say', 'dos noches'],
  ['say', 'Ana Torres'], ['say', 'tarjeta de crédito'], ['say', 'a este número'], ['say', 'sí'],
];

/** Every sentence heard in a whole call, greeting included. */
async function wholeCall(answers: Answer[], spanish: boolean): Promise<{ text: string; last: Turn }> {
  const call = t.call();
  const said = [heard(await call.start())];
  if (spanish) said.push(heard(await call.press('9')));
  let last: Turn | null = null;
  for (const [kind, value] of answers) {
    last = await (kind === 'press' ? call.press(value) : call.say(value, 0.95));
    said.push(heard(last));
  }
  return { text: said.join(' '), last: last! };
}

const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);

describe('the words of a whole booking', () => {
  it.each([
    ['keypad, English', KEYS, false, 199],
    ['speech, English', SPEECH_EN, false, 199],
    ['keypad, Spanish', KEYS, true, 229],
    ['speech, Spanish', SPEECH_ES, true, 229],
  ] as const)('%s: at most %i words, within the budget, nothing said twice but the confirmation number', async (_, answers, spanish, words) => {
    const { text, last } = await wholeCall([...answers], spanish);
    expect(heard(last)).toMatch(spanish ? /^Listo, quedó confirmada/ : /^You're booked/);
    const budget = WORD_BUDGETS[spanish ? 'es-MX' : 'en-US'].booking;
    // No more than a whole booking took when these dialogues were written (shorter is welcome).
    expect(countWords(text)).toBeLessThanOrEqual(words);
    expect(countWords(text)).toBeLessThanOrEqual(budget);
    expect(secondsFor(countWords(text))).toBeLessThanOrEqual(92);
    const confirmation = heard(last);
    const seen = new Set<string>();
    for (const s of sentences(text.replace(confirmation, ''))) {
      expect(seen.has(s), s).toBe(false);
      seen.add(s);
    }
  });
});
