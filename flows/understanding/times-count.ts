// How many of a thing just named, said as a multiple: "king x2", "2x queen", "the deluxe, two of
// them", "la suite, dos de esas". Only beside a room type is this a number of rooms (the caller
// names the type, then how many); the whole request decides that. Pure; never throws.

import { readNumberAt } from './numbers.ts';
import { phraseAt } from './phrase-set.ts';
import type { Lang } from './numbers.ts';

const TIMES = /^(?:x([1-9])|([1-9])x)$/;
const NIGHTS = new Set(['night', 'nights', 'nite', 'nites', 'nt', 'nts', 'noche', 'noches', 'day', 'days', 'dia', 'dias']);
/** After a count: "of them", "de esas", "de esos", "de ellas". */
const OF_THEM = [['of', 'them'], ['of', 'those'], ['de', 'esas'], ['de', 'esos'], ['de', 'ellas'], ['de', 'ellos']];

/** The multiple said ("x2", "two of them"), or null when none or more than one differing. */
export function timesCount(tokens: readonly string[], lang: Lang): number | null {
  let found: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = TIMES.exec(t);
    let n: number | null = m ? Number(m[1] ?? m[2]) : null;
    let end = i + 1;
    if (n === null && t === 'x') {
      const after = readNumberAt(tokens, i + 1, lang);
      if (after && after.end === i + 2) [n, end] = [after.value, after.end];
    }
    // ("12/24 x 2 nights": times a length, not how many rooms.)
    if (n !== null && NIGHTS.has(tokens[end] ?? '')) n = null;
    if (n === null) {
      const count = readNumberAt(tokens, i, lang);
      if (count && OF_THEM.some((p) => phraseAt(tokens, count.end, p))) n = count.value;
    }
    if (n === null) continue;
    if (found !== null && found !== n) return null;
    found = n;
  }
  return found;
}

/** Said around a bare multiple at the nights question ("x2 pls"). */
const AROUND_ALONE = new Set(['pls', 'plz', 'please', 'porfa', 'xfa', 'thx', 'gracias', 'ok', 'just', 'nomas', 'solo']);

/**
 * Nights said as a multiple: "noches x2", "nights x 3" (right after the word for nights), or "x2"
 * alone when the nights were asked; else null.
 */
export function nightsTimes(tokens: readonly string[], lang: Lang, asked: boolean): number | null {
  for (let i = 0; i < tokens.length; i++) {
    const m = TIMES.exec(tokens[i]!);
    let n: number | null = m ? Number(m[1] ?? m[2]) : null;
    let end = i + 1;
    if (n === null && tokens[i] === 'x') {
      const after = readNumberAt(tokens, i + 1, lang);
      if (after && after.end === i + 2) [n, end] = [after.value, after.end];
    }
    if (n === null) continue;
    const afterNights = i > 0 && NIGHTS.has(tokens[i - 1]!) && tokens[i - 1] !== 'day' && tokens[i - 1] !== 'days' && tokens[i - 1] !== 'dia' && tokens[i - 1] !== 'dias';
    const alone = asked && tokens.every((t, k) => (k >= i && k < end) || AROUND_ALONE.has(t));
    return afterNights || alone ? n : null;
  }
  return null;
}
