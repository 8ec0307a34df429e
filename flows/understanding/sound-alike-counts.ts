// Counts a recogniser wrote as the words they sound like: "for nights" (four), "to rooms", "too
// rooms" (two), "tree nights", "free nights" (three), "ate nights" (eight), "won room" (one). Read only right before a unit of their
// number, where the word itself makes no sense ("a room for nights"), and never taken as heard: the
// whole request asks the caller to confirm it. Pure.

import { wordTable } from './word-table.ts';

/** The number each sound-alike stands for, before each unit ("how much for rooms" is a price asked: not "for" there). */
const SOUNDS_LIKE: Record<'nights' | 'rooms', Readonly<Record<string, number>>> = {
  // ("Free nights": three, as "tree"; not before rooms, where "free rooms" are rooms available.)
  nights: wordTable({ for: 4, fore: 4, to: 2, too: 2, tree: 3, free: 3, ate: 8 }),
  rooms: wordTable({ to: 2, too: 2, tree: 3, ate: 8 }),
};
/** "Won" before a unit in the singular: one ("won room", "won night"). */
const ONE_SOUNDS = wordTable<number>({ won: 1 });
/** A question about prices or rates: "what's the rate for nights in December?" is not a count. */
const ASKING = new Set(['how', 'much', 'what', 'whats', 'price', 'prices', 'rate', 'rates', 'cost', 'costs', 'charge']);
const PLURAL_UNITS: Record<'nights' | 'rooms', ReadonlySet<string>> = {
  nights: new Set(['nights', 'nites', 'nts']),
  rooms: new Set(['rooms']),
};
const SINGULAR_UNITS: Record<'nights' | 'rooms', ReadonlySet<string>> = {
  nights: new Set(['night', 'nite']),
  rooms: new Set(['room']),
};

/** The count a sound-alike word gives the unit ("for nights": 4), or null. */
export function soundAlikeCount(tokens: readonly string[], unit: 'nights' | 'rooms'): number | null {
  const [units, singular] = [PLURAL_UNITS[unit], SINGULAR_UNITS[unit]];
  let found: number | null = null;
  for (let i = 1; i < tokens.length; i++) {
    // (Word tables: "constructor rooms" is no count, as any other word.)
    const n = units.has(tokens[i]!) ? SOUNDS_LIKE[unit][tokens[i - 1]!] : singular.has(tokens[i]!) ? ONE_SOUNDS[tokens[i - 1]!] : undefined;
    if (n === undefined) continue;
    // Two of them that differ ("to rooms for to nights" is one of each): the first, unless they disagree.
    if (found !== null && found !== n) return null;
    found = n;
  }
  // (Looked for only once one is found: most of what is said has none.)
  return found !== null && tokens.some((t) => ASKING.has(t)) ? null : found;
}

/** Said alone as the answer to how many, these are heard for the number they sound like ("tree", "won"); "for", "to" alone are not. */
const ALONE_SOUNDS = wordTable<number>({ tree: 3, won: 1, too: 2, fore: 4 });

/** With "please" the answer is a count said politely: "to please", "for please" (two, four), no sentence. */
const WITH_PLEASE = wordTable<number>({ tree: 3, won: 1, too: 2, fore: 4, to: 2, for: 4 });
const PLEASE = new Set(['please', 'pls', 'plz']);

/** "Tree." or "Won." (or "to please") as the whole answer to how many rooms or nights: that count, to confirm; else null. */
export function soundAlikeAlone(tokens: readonly string[]): number | null {
  if (tokens.length === 2 && PLEASE.has(tokens[1]!)) return WITH_PLEASE[tokens[0]!] ?? null;
  return tokens.length === 1 ? (ALONE_SOUNDS[tokens[0]!] ?? null) : null;
}
