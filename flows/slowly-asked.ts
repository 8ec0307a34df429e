// "Can you repeat the confirmation number slowly?", "¿me lo puede repetir más despacio?": a guest
// writing it down. It was said again at the same pace; now the repeat says the number one digit at
// a time (src/voice/prompts: confirmed). Words that only ask to slow down ("slower, please", "más
// despacio") are a repeat too, where they were not understood. Pure.

import type { CallerEvent, Heard, QuestionId } from './call-context.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** Asking for it slower, in either language (accents folded by tokenize). */
const SLOWLY = [
  'slowly', 'slower', 'slow down', 'more slowly', 'one digit at a time', 'one number at a time', 'digit by digit', 'one by one',
  'despacio', 'despacito', 'mas lento', 'mas lentamente', 'lentamente', 'pausado', 'uno por uno', 'numero por numero', 'de uno en uno',
];

/** Where a number is said to write down: just booked (the confirmation number). */
const WITH_A_NUMBER: ReadonlySet<QuestionId> = new Set(['anythingElse']);

/** Whether these words ask to hear it slower. */
export function asksSlowly(said: CallerEvent): boolean {
  return said.type === 'caller.speech' && hasAnyPhrase(tokenize(said.text), SLOWLY);
}

/**
 * "Slowly, please" where a number was just said: a repeat, said slowly (`slowly` true). A miss
 * becomes the repeat; any other reading stands (and is not slow).
 */
export function slowRepeat(question: QuestionId, said: CallerEvent, heard: Heard): { heard: Heard; slowly: boolean } {
  if (!WITH_A_NUMBER.has(question) || !asksSlowly(said) || (heard.kind !== 'repeat' && heard.kind !== 'miss')) return { heard, slowly: false };
  return { heard: { kind: 'repeat' }, slowly: true };
}
