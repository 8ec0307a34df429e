// A count asked about rather than given: "how many fit in a room?", "do we need two rooms for
// five?", "can four people fit in one room?", "¿caben cuatro en un cuarto?", "¿es suficiente un
// cuarto?". Its numbers are the question's, not the rooms or nights wanted: the caller is asked
// again (and the desk can answer), never booked what they asked about. "Can I get two rooms?",
// "we need two rooms", "two rooms that sleep four" give a count. Pure; never throws.

import { hasAnyPhrase } from './normalize.ts';

/** Asking how many, or whether a count is needed. */
const ASKS_A_COUNT = [
  'how many', 'cuantos', 'cuantas', 'do we need', 'do i need', 'should we', 'should i', 'would we need', 'will we need',
  'would i need', 'will i need', 'do you think', 'deberiamos', 'necesitariamos', 'necesitaremos', 'cree que', 'crees que',
];
/** Words of room for people: asked with a question's first word, a count is asked about. */
const ROOM_FOR = new Set(['fit', 'fits', 'sleep', 'sleeps', 'enough', 'caben', 'cabemos', 'cabrian', 'quepan', 'quepamos', 'suficiente', 'alcanza', 'alcanzan']);
/** A question's first word: "can", "is", "¿caben…?", "¿es…?". */
const QUESTION_FIRST = new Set(['can', 'could', 'do', 'does', 'will', 'would', 'is', 'are', 'caben', 'cabemos', 'cabrian', 'alcanza', 'es', 'seria', 'sera']);
/** Said before a question's first word. */
const LEAD = new Set(['um', 'uh', 'so', 'and', 'ok', 'okay', 'hmm', 'mmm', 'oh', 'y', 'este', 'pues', 'oiga', 'oye', 'bueno', 'a', 'ver', 'wait']);

/** Whether normalised words ask about a count rather than give one. */
export function asksAboutACount(tokens: readonly string[]): boolean {
  try {
    if (hasAnyPhrase(tokens, ASKS_A_COUNT)) return true;
    const first = tokens.find((w) => !LEAD.has(w));
    return first !== undefined && QUESTION_FIRST.has(first) && tokens.some((w) => ROOM_FOR.has(w));
  } catch {
    return false;
  }
}
