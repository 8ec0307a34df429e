// Text normalisation shared by every "understanding" function.
// Pure: no I/O, no clock. Safe on any input (huge, binary, emoji): never throws.

import { keep } from '../kept.ts';

/** How much of the raw input is looked at before normalising (keeps the work bounded). */
export const RAW_INPUT_LIMIT = 1200;
/** Maximum length of a normalised string. */
export const NORMALIZED_LIMIT = 300;

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** Any character beyond ASCII (a surrogate too: each half is beyond it). */
const BEYOND_ASCII = /[\u0080-\uFFFF]/;

/**
 * The text normalised last, and its words once split. A spoken answer is normalised by a dozen
 * readers or more in one turn (12–16 in bench/flow.ts's speech booking, issue 14): each after the
 * first has it from here. Strings never change; the words are handed out as a copy.
 */
let last: { text: string; normalized: string; words: string[] | null } = { text: '', normalized: '', words: null };

/** Returns `value` when it is a string, '' otherwise (callers in plain JS may pass anything). */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Lower-case, strip accents/diacritics (NFD, marks removed: "ñ" becomes "n"),
 * replace punctuation and symbols with spaces, collapse whitespace, trim,
 * and truncate to 300 characters.
 */
export function normalize(text: string): string {
  if (text === last.text) return last.normalized;
  const raw = asText(text).slice(0, RAW_INPUT_LIMIT);
  const folded = foldCase(raw);
  const spaced = folded.replace(NOT_WORD, ' ').trim();
  const normalized = spaced.slice(0, NORMALIZED_LIMIT).trim();
  if (typeof text === 'string') last = { text, normalized, words: null };
  return normalized;
}

/**
 * Lower case without accents or other marks (NFD, marks removed: "Ñ" becomes "n"). Text in plain
 * ASCII, most of what is said, has nothing to decompose: it is only lower-cased.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return BEYOND_ASCII.test(text) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The normalised text split into words. */
export function tokenize(text: string): string[] {
  const n = normalize(text);
  if (n === '') return noWords();
  if (n !== last.normalized) return n.split(' ');
  last.words ??= n.split(' ');
  return last.words.slice();
}

/**
 * An empty list of words of the same kind as a list `split` makes: V8 gives an empty `[]` another
 * elements kind (small integers), and the optimised readers that had seen only lists of words were
 * thrown away and compiled again at the first one that was empty (issue 14: "wrong map").
 */
function noWords(): string[] {
  const words = [''];
  words.pop();
  return words;
}

/**
 * A phrase (any text) as normalised words. The phrases are the readers' word lists and the hotel
 * file's, looked up for every utterance: each is normalised once and remembered (a bounded cache;
 * the arrays are shared, so never changed by a caller: `readonly`). Not frozen: a frozen array has
 * its own elements kind in V8, and the word matchers (indexOfPhrase, phraseAt) that compare it
 * with the words said, and with phrases built otherwise, were compiled again for it (issue 14).
 */
export function phraseTokens(phrase: string): readonly string[] {
  let words: readonly string[] | undefined = PHRASES.get(phrase);
  if (words === undefined) {
    words = keep(PHRASES, phrase, tokenize(phrase), MAX_PHRASES);
  }
  return words;
}

const PHRASES = new Map<string, readonly string[]>();
const MAX_PHRASES = 20_000;

/** Index where the word sequence `phrase` occurs in `tokens` (whole words), or -1. */
export function indexOfPhrase(tokens: readonly string[], phrase: readonly string[], from = 0): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = Math.max(0, from); i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (tokens[i + j] !== phrase[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/** True when `phrase` (given as text, normalised here) occurs in `tokens` as whole words. */
export function hasPhrase(tokens: readonly string[], phrase: string): boolean {
  return indexOfPhrase(tokens, phraseTokens(phrase)) >= 0;
}

/**
 * True when any of the phrases occurs in `tokens` as whole words. Each list's phrases are filed by
 * their first word once, as phrase-set.ts's sets are: a word said looks only at the phrases that
 * start with it, rather than every phrase of the list being looked for in every answer (about 300
 * phrases compared in a spoken answer, issue 14).
 */
export function hasAnyPhrase(tokens: readonly string[], phrases: readonly string[]): boolean {
  let byFirst = BY_FIRST_WORD.get(phrases);
  if (byFirst === undefined) {
    byFirst = byFirstWord(phrases.map(phraseTokens), (words) => words);
    // Keyed by the list itself: the readers' lists are constants; one made for a call is let go with it.
    BY_FIRST_WORD.set(phrases, byFirst);
  }
  return saysAnyFiled(tokens, byFirst);
}

const BY_FIRST_WORD = new WeakMap<readonly string[], ReadonlyMap<string, readonly (readonly string[])[]>>();

/** Whether `phrase` is said at tokens[at], word for word. */
export function phraseAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let j = 0; j < phrase.length; j++) if (tokens[at + j] !== phrase[j]) return false;
  return true;
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

/** Whether any of the phrases filed by first word (byFirstWord) is said in `tokens` as whole words. */
export function saysAnyFiled(tokens: readonly string[], byFirst: ReadonlyMap<string, readonly (readonly string[])[]>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirst.get(tokens[i]!);
    if (candidates) for (const phrase of candidates) if (phraseAt(tokens, i, phrase)) return true;
  }
  return false;
}

/** Whether `tokens` say one of the phrases and, besides, only words of `filler` ("ok thanks, bye"). */
export function saysOnly(tokens: readonly string[], phrases: readonly string[], filler: ReadonlySet<string>): boolean {
  return hasAnyPhrase(tokens, phrases) && removePhrases(tokens, phrases).every((w) => filler.has(w));
}

/** Removes every occurrence of the given phrases (longest first) from `tokens`. */
export function removePhrases(tokens: readonly string[], phrases: readonly string[]): string[] {
  // On every utterance, against word lists of hundreds of phrases: a phrase whose first word is not
  // said is skipped (removing words never adds one), and the list is copied only when one is found.
  const said = new Set(tokens);
  let out: string[] | null = null;
  for (const p of longestFirst(phrases)) {
    if (!said.has(p[0]!)) continue;
    let i = indexOfPhrase(out ?? tokens, p);
    while (i >= 0) {
      out ??= [...tokens];
      out.splice(i, p.length);
      i = indexOfPhrase(out, p, i);
    }
  }
  return out ?? [...tokens];
}

/**
 * A list's phrases as words, longest first (the stable sort keeps the list's order among equals),
 * made once per list: the lists are the readers' shared constants (issue 14: sorting them again
 * for every utterance was most of a webhook's reading of "say that again" and "no agent").
 */
function longestFirst(phrases: readonly string[]): readonly (readonly string[])[] {
  let sorted = SORTED.get(phrases);
  if (sorted === undefined) {
    sorted = phrases.map(phraseTokens).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
    SORTED.set(phrases, sorted);
  }
  return sorted;
}

const SORTED = new WeakMap<readonly string[], readonly (readonly string[])[]>();
