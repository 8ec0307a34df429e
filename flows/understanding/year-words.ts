// A year said in words, as recognisers write it: "dos mil veintisiete", "two thousand twenty
// seven", "twenty twenty-seven". Joined into one word, "2027", before dates are read: chrono read
// "de dos mil veintisiete" as 2002, and a bare "dos mil veintisiete" was read as the 2nd to the 27th.
// Pure; never throws.

import { readNumberAt } from './numbers.ts';

/** After a number, these make it an amount, not a year ("dos mil veinte pesos"). */
const MONEY = new Set(['pesos', 'peso', 'dolares', 'dollars', 'dollar', 'bucks', 'mxn', 'usd', 'euros']);

/**
 * "Twenty twenty-seven" is a year only where a date's year is said: after a month, a day or "of",
 * "in", "de"; elsewhere it may be two numbers ("twenty, twenty-five nights").
 */
function yearMayFollow(prev: string | undefined, isMonth: (w: string) => boolean): boolean {
  return prev !== undefined && (isMonth(prev) || /^\d{1,2}(st|nd|rd|th)?$/.test(prev) || /(st|nd|rd|th)$/.test(prev) || ['of', 'in', 'de', 'del', 'year', 'ano'].includes(prev));
}

/** The year said in words at words[i]: its value and the index after it, or null. */
function yearAt(words: readonly string[], i: number, isMonth: (w: string) => boolean): { year: number; end: number } | null {
  const w = words[i];
  if ((w === 'dos' && words[i + 1] === 'mil') || (w === 'two' && words[i + 1] === 'thousand')) {
    let k = i + 2;
    if (words[k] === 'and' || words[k] === 'y') k++;
    const n = readNumberAt(words, k, w === 'dos' ? 'es' : 'en');
    if (!n || n.value < 1 || n.value > 99 || !/^\p{L}+$/u.test(words[k]!) || MONEY.has(words[n.end] ?? '')) return null;
    return { year: 2000 + n.value, end: n.end };
  }
  if (w === 'twenty' && yearMayFollow(words[i - 1], isMonth)) {
    const n = readNumberAt(words, i + 1, 'en');
    if (n && n.value >= 20 && n.value <= 39 && /^\p{L}+$/u.test(words[i + 1]!) && !MONEY.has(words[n.end] ?? '')) return { year: 2000 + n.value, end: n.end };
  }
  return null;
}

/** After a short year, these make it a day after all: "diciembre del 26 al 28" is the 26th to the 28th. */
const NOT_A_YEAR_AFTER = new Set(['al', 'a', 'hasta', 'y', 'o', 'noches', 'noche', 'dias', 'habitaciones', 'cuartos', 'personas']);

/**
 * A year said short after a month, as in Mexico: "3 de enero del 27", "diciembre del veintiséis"
 * (2027, 2026). chrono read "del 27" as "from the 27th" (a week's stay from December 27) and "del
 * 26" as a day passed. At words[i], the number after "de"/"del": its year and the index after it.
 */
function shortYearAt(words: readonly string[], i: number, isMonth: (w: string) => boolean): { year: number; end: number } | null {
  const prev = words[i - 1];
  if (prev !== 'de' && prev !== 'del') return null;
  if (!isMonth(words[i - 2] ?? '') && !numberedMonthBefore(words, i - 2)) return null;
  const w = words[i]!;
  const n = /^\d{2}$/.test(w) ? { value: Number(w), end: i + 1 } : /^\p{L}+$/u.test(w) ? readNumberAt(words, i, 'es') : null;
  if (!n || n.value < 20 || n.value > 39 || NOT_A_YEAR_AFTER.has(words[n.end] ?? '')) return null;
  return { year: 2000 + n.value, end: n.end };
}

/**
 * A month said by its number after a day, as Mexicans say a date written 5/1: "el 5 del 1", "el
 * cinco del uno" (the month at words[m]). Then "del 27" after it is the year too: "el 5 del 1 del
 * 27" was read as the 27th to the 5th.
 */
function numberedMonthBefore(words: readonly string[], m: number): boolean {
  const [day, de, month] = [words[m - 2], words[m - 1], words[m]];
  if (day === undefined || month === undefined || (de !== 'de' && de !== 'del')) return false;
  const d = readNumberAt(words, m - 2, 'es');
  const n = readNumberAt(words, m, 'es');
  return d !== null && d.end === m - 1 && d.value >= 1 && d.value <= 31 && n !== null && n.end === m + 1 && n.value >= 1 && n.value <= 12;
}

/** The words with each year said in words joined into its digits. */
export function joinYearWords(words: readonly string[], isMonth: (w: string) => boolean): string[] {
  // (Most of what is said has no year: one look at each word for where one could start.)
  if (!words.some((w, i) => w === 'mil' || w === 'thousand' || w === 'twenty' || ((w === 'del' || w === 'de') && (isMonth(words[i - 1] ?? '') || numberedMonthBefore(words, i - 1))))) return words as string[];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const y = yearAt(words, i, isMonth) ?? shortYearAt(words, i, isMonth);
    if (y) {
      out.push(String(y.year));
      i = y.end - 1;
    } else out.push(words[i]!);
  }
  return out;
}
