// A list of phrases looked for in every utterance, split into words once and filed by first word:
// whether any is said is then one lookup per word said, instead of every phrase compared at every
// word (the topics and payment lists hold dozens; profiled as a tenth of reading a request).
// Same answer as normalize.ts's hasAnyPhrase on the same list. Pure; never throws.

import { phraseTokens } from './normalize.ts';

export interface PhraseSet {
  /** Each phrase's words, by its first word, in list order; a phrase with no words is never said. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  return { byFirst: byFirstWord(phrases.map(phraseTokens), (words) => words) };
}

/**
 * Items with words, filed by their first word, each list in the items' order (the order they were
 * looked for in before filing); an item with no words is left out: it is never said.
 */
export function byFirstWord<T>(items: Iterable<T>, wordsOf: (item: T) => readonly string[]): Map<string, T[]> {
  const byFirst = new Map<string, T[]>();
  for (const item of items) {
    const first = wordsOf(item)[0];
    if (first === undefined) continue;
    const list = byFirst.get(first);
    if (list) list.push(item);
    else byFirst.set(first, [item]);
  }
  return byFirst;
}

/** Whether `phrase` is said at tokens[at], word for word. */
export function phraseAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let j = 0; j < phrase.length; j++) if (tokens[at + j] !== phrase[j]) return false;
  return true;
}

/** True when any phrase of the set occurs in `tokens` as whole words. */
export function saysAny(tokens: readonly string[], set: PhraseSet): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = set.byFirst.get(tokens[i]!);
    if (candidates) for (const phrase of candidates) if (phraseAt(tokens, i, phrase)) return true;
  }
  return false;
}
