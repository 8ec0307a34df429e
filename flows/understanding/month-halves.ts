// Half a month said as a period: "la primera quincena de enero", "the second half of January",
// "las dos primeras semanas de enero". A quincena is a stay of its own (the 1st to the 15th, the
// 16th to the month's end) when a month is said after it; without one it names no days. The
// words only: which month follows is read by stay-dates.ts. Pure; never throws.

import { byFirstWord, phraseAt } from './phrase-set.ts';

const FIRST = [
  'first half of', 'the first half of', 'first two weeks of', 'the first two weeks of', 'la primera quincena de',
  'la primera quincena del', 'primera quincena de', 'primera quincena del', 'la 1a quincena de', 'la 1ra quincena de',
  'la primera mitad de', 'la primera mitad del', 'las dos primeras semanas de', 'las primeras dos semanas de',
  'las 2 primeras semanas de', 'las primeras 2 semanas de',
];
const SECOND = [
  'second half of', 'the second half of', 'la segunda quincena de', 'la segunda quincena del', 'segunda quincena de',
  'segunda quincena del', 'la 2a quincena de', 'la 2da quincena de', 'la segunda mitad de', 'la segunda mitad del',
];
/** Which quincena not said: "la quincena de enero", "la segunda quincena" alone. */
const WHICH_NOT_SAID = ['la quincena de', 'la quincena del', 'una quincena de', 'la primera quincena', 'la segunda quincena', 'primera quincena', 'segunda quincena'];

const PHRASES = byFirstWord(
  [
    ...FIRST.map((p) => ({ words: p.split(' '), half: 1 as const })),
    ...SECOND.map((p) => ({ words: p.split(' '), half: 2 as const })),
    ...WHICH_NOT_SAID.map((p) => ({ words: p.split(' '), half: null })),
  ].sort((a, b) => b.words.length - a.words.length),
  (p) => p.words,
);

export interface HalfSaid {
  /** 1: the 1st to the 15th; 2: the 16th to the month's end; null: which one was not said. */
  half: 1 | 2 | null;
  /** Index after the phrase (where the month is said, if it is). */
  end: number;
}

/** A half of a month said at words[i] (the longest phrase), or null. */
export function halfOfMonthAt(words: readonly string[], i: number): HalfSaid | null {
  for (const p of PHRASES.get(words[i] ?? '') ?? []) {
    if (phraseAt(words, i, p.words)) return { half: p.half, end: i + p.words.length };
  }
  return null;
}

/** The day a half begins, and the day a stay over it ends (as "del 1 al 15", "del 16 al 31"). */
export function halfBounds(half: 1 | 2, daysInMonth: number): { from: number; to: number } {
  return half === 1 ? { from: 1, to: 15 } : { from: 16, to: daysInMonth };
}
