// Where the hotel's room types are named in the words: every phrase (a name or a synonym) found,
// with its place, length and tier. The phrase table is built once per hotel and locale and kept
// (a WeakMap on the hotel's room type list, which a loaded hotel never changes): reading an
// utterance then compares words with words, instead of splitting, joining and pluralising every
// phrase of every type again for every word said (profiled: a quarter of reading a request).
// Pure; never throws.

import type { Locale, RoomTypeInfo } from '../types.ts';
import { phraseTokens } from './normalize.ts';
import { langOrder, readNumberAt } from './numbers.ts';

export interface Match {
  code: string;
  start: number;
  end: number;
  /** Length of the matched phrase in characters (normalised). */
  length: number;
  /** 0: a name or a synonym in the locale's language; 1: a synonym in the other language. */
  tier: number;
  /** Said word for word (no plural, no number in other words): "the king", not "the kings". */
  exact: boolean;
  /** The phrase starts with a number ("dos queen", "two queens"). */
  leadingNumber: number | null;
}

/** One word of a phrase, with the forms it is said in worked out beforehand. */
interface PhraseWord {
  word: string;
  /** The word with "s" ("doubles", "dobles", "kings"). */
  plural: string;
  /** The word with "es" ("suite" has none, "mar" has "mares"): either plural is taken. */
  pluralEs: string;
  /** Its value when it is a number ("two", "dos", "2"): "2 queens" says "two queens". */
  number: number | null;
}

interface TypePhrase {
  code: string;
  tier: number;
  words: readonly PhraseWord[];
  length: number;
}

/** A single word's value as a number in either language, or null: remembered (it is asked for every word said). */
export function numberOf(word: string): number | null {
  let value = NUMBERS.get(word);
  if (value === undefined) {
    value = (readNumberAt([word], 0, 'en') ?? readNumberAt([word], 0, 'es'))?.value ?? null;
    if (NUMBERS.size >= 10_000) NUMBERS.clear();
    NUMBERS.set(word, value);
  }
  return value;
}
const NUMBERS = new Map<string, number | null>();

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Each type's phrases by tier: its names and the locale's synonyms, then the other language's synonyms. */
function phrasesByTier(type: RoomTypeInfo, locale: Locale): string[][] {
  const [first, second] = langOrder(locale);
  return [
    [...strings(type.name?.en), ...strings(type.name?.es), ...strings(type.synonyms?.[first])],
    strings(type.synonyms?.[second]),
  ];
}

/** Every phrase of every type, in the order they are looked for (type, tier, phrase). */
function buildTable(roomTypes: readonly RoomTypeInfo[], locale: Locale): TypePhrase[] {
  const out: TypePhrase[] = [];
  for (const type of roomTypes) {
    if (!type || typeof type.code !== 'string') continue;
    phrasesByTier(type, locale).forEach((phrases, tier) => {
      for (const phrase of phrases) {
        const words = phraseTokens(phrase);
        if (words.length === 0) continue;
        const compiled = words.map((word) => ({ word, plural: `${word}s`, pluralEs: `${word}es`, number: numberOf(word) }));
        out.push({ code: type.code, tier, words: compiled, length: words.join(' ').length });
      }
    });
  }
  return out;
}

const TABLES = new WeakMap<readonly RoomTypeInfo[], Map<Locale, TypePhrase[]>>();

function tableFor(roomTypes: readonly RoomTypeInfo[], locale: Locale): TypePhrase[] {
  let byLocale = TABLES.get(roomTypes);
  if (!byLocale) {
    byLocale = new Map();
    TABLES.set(roomTypes, byLocale);
  }
  let table = byLocale.get(locale);
  if (!table) {
    table = buildTable(roomTypes, locale);
    byLocale.set(locale, table);
  }
  return table;
}

/** A word of a room's name as said: itself, its plural ("doubles", "dobles", "kings"), a number in digits ("2 queens"). */
function sameWord(said: string, saidNumber: number | null, w: PhraseWord): boolean {
  if (said === w.word || said === w.plural || said === w.pluralEs) return true;
  return w.number !== null && saidNumber === w.number;
}

/** Every phrase of the hotel's types said in the words, in type, tier and phrase order. */
export function roomTypeMatches(tokens: readonly string[], roomTypes: readonly RoomTypeInfo[], locale: Locale): Match[] {
  const out: Match[] = [];
  if (tokens.length === 0) return out;
  const numbers = tokens.map(numberOf);
  for (const phrase of tableFor(roomTypes, locale)) {
    const { words } = phrase;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      let same = true;
      let exact = true;
      for (let j = 0; j < words.length && same; j++) {
        const said = tokens[i + j]!;
        same = sameWord(said, numbers[i + j] ?? null, words[j]!);
        exact &&= said === words[j]!.word;
      }
      if (same) out.push({ code: phrase.code, start: i, end: i + words.length, length: phrase.length, tier: phrase.tier, exact, leadingNumber: numbers[i] ?? null });
    }
  }
  return out;
}
