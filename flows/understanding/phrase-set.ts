// A list of phrases looked for in every utterance, split into words once and filed by first word:
// whether any is said is then one lookup per word said, instead of every phrase compared at every
// word (the topics and payment lists hold dozens; profiled as a tenth of reading a request).
// normalize.ts's hasAnyPhrase files a list the same way, with the same lookup (saysAnyFiled). Pure;
// never throws.

import { byFirstWord, phraseAt, phraseTokens, saysAnyFiled } from './normalize.ts';

// (Word-sequence primitives, kept in normalize.ts beside indexOfPhrase; imported from here by most readers.)
export { byFirstWord, phraseAt };

export interface PhraseSet {
  /** Each phrase's words, by its first word, in list order; a phrase with no words is never said. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  return { byFirst: byFirstWord(phrases.map(phraseTokens), (words) => words) };
}

/** True when any phrase of the set occurs in `tokens` as whole words. */
export function saysAny(tokens: readonly string[], set: PhraseSet): boolean {
  return saysAnyFiled(tokens, set.byFirst);
}

/**
 * The phrases of a list (its words, as the readers keep them) that may be said starting at a word,
 * in list order: those whose first word it is, filed once per list. A list holding a phrase of no
 * words, which is said anywhere, is not filed (null): its readers compare every phrase, as before.
 */
export function phrasesStartingWith(phrases: readonly (readonly string[])[], word: string | undefined): readonly (readonly string[])[] | null {
  const filed = filedBy(BY_FIRST, phrases, (p) => p[0]);
  return filed === null ? null : (word === undefined ? undefined : filed.get(word)) ?? NONE;
}

/** The same by last word: the phrases that may end at a word (said before another, or at the end). */
export function phrasesEndingWith(phrases: readonly (readonly string[])[], word: string | undefined): readonly (readonly string[])[] | null {
  const filed = filedBy(BY_LAST, phrases, (p) => p[p.length - 1]);
  return filed === null ? null : (word === undefined ? undefined : filed.get(word)) ?? NONE;
}

/**
 * The first of `phrases`, in list order, said at tokens[at], or undefined: what
 * `phrases.find((p) => phraseAt(tokens, at, p))` finds, looking only at the phrases that start
 * with the word said there (a reader's lists hold dozens; profiled in every spoken answer, issue 14).
 */
export function firstSaidAt<P extends readonly string[]>(tokens: readonly string[], at: number, phrases: readonly P[]): P | undefined {
  const candidates = phrasesStartingWith(phrases, tokens[at]) as readonly P[] | null;
  return (candidates ?? phrases).find((p) => phraseAt(tokens, at, p));
}

type Filed = ReadonlyMap<string, readonly (readonly string[])[]>;
const NONE: readonly (readonly string[])[] = [];
const BY_FIRST = new WeakMap<object, Filed | null>();
const BY_LAST = new WeakMap<object, Filed | null>();

function filedBy(cache: WeakMap<object, Filed | null>, phrases: readonly (readonly string[])[], wordOf: (p: readonly string[]) => string | undefined): Filed | null {
  let filed = cache.get(phrases);
  if (filed === undefined) {
    filed = phrases.some((p) => p.length === 0) ? null : byFirstWord(phrases, (p) => [wordOf(p)!]);
    // Keyed by the list itself: the readers' lists are constants.
    cache.set(phrases, filed);
  }
  return filed;
}
