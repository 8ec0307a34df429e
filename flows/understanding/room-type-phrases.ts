// Where the hotel's room types are named in the words: every phrase (a name or a synonym) found,
// with its place, length and tier. The phrase table is built once per hotel and locale and kept
// (a WeakMap on the hotel's room type list, which a loaded hotel never changes): reading an
// utterance then compares words with words, instead of splitting, joining and pluralising every
// phrase of every type again for every word said (profiled: a quarter of reading a request).
// Pure; never throws.

import { keep } from '../kept.ts';
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
  /** A Spanish adjective's other gender ("sencillo" for "sencilla", "económico" for "económica"), and its plural; else null. */
  gender: string | null;
  genderPlural: string | null;
  /** How it is shortened in texts ("std", "dlx", "dbl"). */
  short: readonly string[];
}

/** Room words as texted short: "std room", "2 dbl", "dlx king"; and in the plural, "2 dbls", "3 qns". */
const SHORT_FORMS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries({
    standard: ['std', 'stnd'], estandar: ['std'], deluxe: ['dlx', 'dlux'], double: ['dbl'], doble: ['dbl'], queen: ['qn'], single: ['sgl'],
  }).map(([word, forms]) => [word, forms.flatMap((f) => [f, `${f}s`])]),
);

/** "sencilla" → "sencillo", "barato" → "barata": the other gender of a word ending in -a or -o, when it is long enough to be one. */
function otherGender(word: string): string | null {
  return /^[a-z]{4,}[ao]$/.test(word) ? word.slice(0, -1) + (word.endsWith('a') ? 'o' : 'a') : null;
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
    value = keep(NUMBERS, word, (readNumberAt([word], 0, 'en') ?? readNumberAt([word], 0, 'es'))?.value ?? null, 10_000);
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

/** Every phrase of the hotel's types in the order they are looked for (type, tier, phrase), filed by how their first word may be said. */
interface Table {
  phrases: TypePhrase[];
  /** By a form of the first word (itself, its plurals): the phrases' places in `phrases`. */
  byForm: Map<string, number[]>;
  /** By the first word's value when it is a number ("2" says "two"). */
  byNumber: Map<number, number[]>;
}

function file<K>(map: Map<K, number[]>, key: K, at: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

function buildTable(roomTypes: readonly RoomTypeInfo[], locale: Locale): Table {
  const phrases: TypePhrase[] = [];
  for (const type of roomTypes) {
    if (!type || typeof type.code !== 'string') continue;
    phrasesByTier(type, locale).forEach((said, tier) => {
      for (const phrase of said) {
        const words = phraseTokens(phrase);
        if (words.length === 0) continue;
        const compiled = words.map((word) => {
          const gender = otherGender(word);
          return { word, plural: `${word}s`, pluralEs: `${word}es`, number: numberOf(word), gender, genderPlural: gender && `${gender}s`, short: SHORT_FORMS[word] ?? [] };
        });
        phrases.push({ code: type.code, tier, words: compiled, length: words.join(' ').length });
      }
    });
  }
  const byForm = new Map<string, number[]>();
  const byNumber = new Map<number, number[]>();
  phrases.forEach(({ words: [first] }, at) => {
    for (const form of [first!.word, first!.plural, first!.pluralEs, first!.gender, first!.genderPlural, ...first!.short]) if (form) file(byForm, form, at);
    if (first!.number !== null) file(byNumber, first!.number, at);
  });
  return { phrases, byForm, byNumber };
}

const TABLES = new WeakMap<readonly RoomTypeInfo[], Map<Locale, Table>>();

function tableFor(roomTypes: readonly RoomTypeInfo[], locale: Locale): Table {
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
  if (said === w.word || said === w.plural || said === w.pluralEs || said === w.gender || said === w.genderPlural || w.short.includes(said)) return true;
  return w.number !== null && saidNumber === w.number;
}

/** Every phrase of the hotel's types said in the words, in type, tier and phrase order. */
export function roomTypeMatches(tokens: readonly string[], roomTypes: readonly RoomTypeInfo[], locale: Locale): Match[] {
  const out: Match[] = [];
  if (tokens.length === 0) return out;
  const { phrases, byForm, byNumber } = tableFor(roomTypes, locale);
  // Each word's value as a number, looked up where needed (numberOf keeps them): an array of them was
  // of a different elements kind when every word was a number ("2") than when one was not (null),
  // and this function was compiled again for each (issue 14: "wrong map").
  const numberAt = (i: number): number | null => numberOf(tokens[i]!);
  // Where each phrase may start (its first word said there), as phrase place × words + word place:
  // sorted, that is the order every phrase at every word was once tried in.
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const at of byForm.get(tokens[i]!) ?? []) starts.push(at * tokens.length + i);
    const n = numberAt(i);
    if (n !== null) for (const at of byNumber.get(n) ?? []) starts.push(at * tokens.length + i);
  }
  starts.sort((a, b) => a - b);
  for (let k = 0; k < starts.length; k++) {
    if (k > 0 && starts[k] === starts[k - 1]) continue;
    const phrase = phrases[Math.floor(starts[k]! / tokens.length)]!;
    const i = starts[k]! % tokens.length;
    const { words } = phrase;
    if (i + words.length > tokens.length) continue;
    let same = true;
    let exact = true;
    for (let j = 0; j < words.length && same; j++) {
      const said = tokens[i + j]!;
      same = sameWord(said, numberAt(i + j), words[j]!);
      exact &&= said === words[j]!.word;
    }
    if (same) out.push({ code: phrase.code, start: i, end: i + words.length, length: phrase.length, tier: phrase.tier, exact, leadingNumber: numberAt(i) });
  }
  return out;
}

const NAMES_ONLY = new WeakMap<readonly RoomTypeInfo[], RoomTypeInfo[]>();

/** The hotel's types with their names and no synonyms (kept per list, as the phrase tables are): a type named by its name, not by a word a hotel file lists for it ("cheapest"). */
export function namesOnly(roomTypes: readonly RoomTypeInfo[]): RoomTypeInfo[] {
  let names = NAMES_ONLY.get(roomTypes);
  if (!names) {
    names = roomTypes.map((t) => ({ ...t, synonyms: { en: [], es: [] } }));
    NAMES_ONLY.set(roomTypes, names);
  }
  return names;
}
