// A room for each of the party: "we each want our own room, there's 3 of us", "cada quien su
// cuarto, somos tres", "separate rooms for the 4 of us": as many rooms as people said. Only with
// the people counted in the same words (else how many is asked). Pure; never throws.

import { PEOPLE_BEFORE, readNumberAt } from './numbers.ts';
import type { Lang } from './numbers.ts';
import { hasAnyPhrase } from './normalize.ts';

/** A room for each one. */
const EACH_OWN = [
  'our own room', 'our own rooms', 'their own room', 'their own rooms', 'his own room', 'her own room', 'my own room',
  'a room each', 'one room each', 'a room apiece', 'separate rooms', 'own rooms', 'a room for each', 'one room for each',
  'cada quien su cuarto', 'cada quien su habitacion', 'cada uno su cuarto', 'cada uno su habitacion', 'cada quien con su cuarto',
  'un cuarto cada uno', 'una habitacion cada uno', 'un cuarto para cada uno', 'una habitacion para cada uno', 'cuartos separados',
  'habitaciones separadas', 'cada uno con su cuarto', 'cada uno con su habitacion',
];
/** After a number: it counts the party ("3 of us", "4 people"). */
const PEOPLE_AFTER = [['of', 'us'], ['people'], ['persons'], ['adults'], ['personas'], ['adultos'], ['de', 'nosotros']];

/** The rooms wanted, one for each person counted, or null. */
export function roomsEach(tokens: readonly string[], lang: Lang): number | null {
  try {
    if (!hasAnyPhrase(tokens, EACH_OWN)) return null;
    let found: number | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const n = readNumberAt(tokens, i, lang);
      if (!n) continue;
      const before = PEOPLE_BEFORE.some((p) => i - p.length >= 0 && p.every((w, j) => tokens[i - p.length + j] === w));
      const after = PEOPLE_AFTER.some((p) => p.every((w, j) => tokens[n.end + j] === w));
      if (before || after) {
        if (found !== null && found !== n.value) return null;
        found = n.value;
      }
      i = n.end - 1;
    }
    return found !== null && found >= 2 ? found : null;
  } catch {
    return null;
  }
}
