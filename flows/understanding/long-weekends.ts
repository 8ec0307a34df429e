// A long weekend said by name: "the long weekend", "el fin de semana largo", "el puente". Which one
// is only known with the holiday said with it ("el puente de Navidad", "the long weekend for
// Memorial Day", "el puente del 12 de diciembre"), read by stay-dates.ts after these words; alone
// it is no day (not this weekend). Pure; never throws.

import { byFirstWord, phraseAt } from './phrase-set.ts';

const PHRASES = byFirstWord(
  [
    'long weekend', 'the long weekend', 'this long weekend', 'next long weekend', 'the next long weekend', 'a long weekend',
    'fin de semana largo', 'el fin de semana largo', 'este fin de semana largo', 'el proximo fin de semana largo',
    'un fin de semana largo', 'puente', 'el puente', 'este puente', 'el proximo puente', 'un puente',
  ]
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length),
  (words) => words,
);

/** Between the long weekend and the holiday it is for: "of", "for", "de", "del", "de la". */
const FOR_WORDS = [['for', 'the'], ['for'], ['of', 'the'], ['of'], ['de', 'la'], ['de', 'los'], ['del'], ['de']];

/** A long weekend said at words[i]: where its words end, and where a holiday said for it would start. */
export function longWeekendAt(words: readonly string[], i: number): { end: number; holidayAt: number } | null {
  for (const p of PHRASES.get(words[i] ?? '') ?? []) {
    if (!phraseAt(words, i, p)) continue;
    const end = i + p.length;
    const link = FOR_WORDS.find((w) => phraseAt(words, end, w));
    return { end, holidayAt: end + (link?.length ?? 0) };
  }
  return null;
}
