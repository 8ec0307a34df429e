// Arrival dates from the keypad (MMDD) or from speech (chrono-node, English and Spanish).
// Pure: no I/O, no clock ("today" is passed in, a calendar date in the hotel's time zone);
// never throws.
// The English and Spanish parsers only: chrono-node's index loads every language it has (145–225 ms at start, profiled).
import type { Chrono } from 'chrono-node';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import type { IsoDate, Locale } from '../types.ts';
import { asText, RAW_INPUT_LIMIT, NORMALIZED_LIMIT } from './normalize.ts';
import { langOrder, readNumberAt, type Lang } from './numbers.ts';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Parses an IsoDate 'yyyy-MM-dd' (a real calendar date), or null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asText(value));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Keypad

/**
 * MMDD (exactly 4 digits, a trailing '#' tolerated): the next such calendar date, today included.
 * An impossible month/day → null; 0229 → the next 29 February.
 */
export function dateFromDigits(digits: string, today: IsoDate): IsoDate | null {
  const ref = parseIsoDate(today);
  const m = /^([0-9]{2})([0-9]{2})#?$/.exec(asText(digits).trim());
  if (!ref || !m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // 29 February recurs within 8 years (1896 → 1904); anything else within 1.
  for (let year = ref.year; year <= ref.year + 8 && year <= 9999; year++) {
    if (!isRealDate(year, month, day)) continue;
    const beforeToday = year === ref.year && (month < ref.month || (month === ref.month && day < ref.day));
    if (!beforeToday) return formatIsoDate({ year, month, day });
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Speech

const ES_MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic';
const EN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** Ordinal words that may follow a tens word ("twenty fifth", "vigésimo quinto"). */
const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'primero', 'primera', 'segundo', 'segunda', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta',
  'sexto', 'sexta', 'septimo', 'septima', 'octavo', 'octava', 'noveno', 'novena',
]);

/**
 * Lower-case, accent-free text that keeps what chrono needs ("12/4", "4th", "10:30").
 * Accents are removed because chrono's Spanish parser knows "manana", "proximo", "sabado".
 */
function prepare(text: string): string {
  return asText(text)
    .slice(0, RAW_INPUT_LIMIT)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}/:.,-]+/gu, ' ')
    // "twenty-five" → "twenty five"; dashes between digits ("12-4") stay.
    .replace(/(?<=\p{L})-+|-+(?=\p{L})/gu, ' ')
    .trim()
    .slice(0, NORMALIZED_LIMIT)
    .trim();
}

/** Replaces spoken numbers ("cuatro", "twenty five", "treinta y uno") with digits for chrono. */
function numbersToDigits(text: string, langs: readonly Lang[], onceIsEleven: boolean): string {
  const words = text.split(' ');
  // Match on the word without trailing punctuation ("four," → "four").
  const cores = words.map((w) => w.replace(/[.,:]+$/, ''));
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const core = cores[i] as string;
    // Articles stay words: chrono reads "una semana", "a week" itself.
    const isArticle = core === 'un' || core === 'una' || core === 'a' || core === 'an';
    let done = false;
    if (!isArticle && !(core === 'once' && !onceIsEleven) && !/^[0-9]/.test(core)) {
      for (const lang of langs) {
        const n = readNumberAt(cores, i, lang);
        // "twenty fifth" is an ordinal chrono reads itself: leave it alone.
        if (n && !ORDINAL_WORDS.has(cores[n.end] ?? '')) {
          const last = words[n.end - 1] as string;
          const suffix = last.slice((cores[n.end - 1] as string).length);
          out.push(`${n.value}${suffix}`);
          i = n.end;
          done = true;
          break;
        }
      }
    }
    if (!done) {
      out.push(words[i] as string);
      i++;
    }
  }
  return out.join(' ');
}

/** Rewrites phrases chrono misreads, for the given parser's language. */
function rewrite(text: string, lang: Lang): string {
  let s = ` ${text} `;
  // "por la mañana" is "in the morning", not "tomorrow".
  s = s.replace(/ (?:por|en|a|de|durante|para) la manana(?:s)? /g, ' ');
  s = s.replace(/ (?:por|en|a|de|durante|para) las mananas /g, ' ');
  // chrono's Spanish parser reads "pasado mañana" as "mañana".
  s = s.replace(/ pasado manana /g, ' en 2 dias ');
  // chrono's English parser reads "day after tomorrow" (no "the") as "tomorrow".
  s = s.replace(/ (?:the )?day after tomorrow /g, ' the day after tomorrow ');
  // "December the fourth" → "December fourth".
  s = s.replace(new RegExp(` (${EN_MONTHS}) the `, 'g'), ' $1 ');
  // Spanish cardinal numbers are not known to chrono ("el cuatro de diciembre");
  // "once" is Spanish eleven but an English word, so it is only a number for the Spanish parser.
  s = numbersToDigits(s.trim(), lang === 'es' ? ['es', 'en'] : ['en', 'es'], lang === 'es');
  if (lang === 'es') {
    // "diciembre 4" (month first) → "4 de diciembre"; chrono's Spanish parser would read a year.
    s = s.replace(new RegExp(`\\b(${ES_MONTHS})\\s+(\\d{1,2})(?![\\d:/])`, 'g'), '$2 de $1');
  }
  return s.trim();
}

/** The parser for each language. */
const PARSERS: Record<Lang, Chrono> = { en: chronoEn.casual, es: chronoEs.casual };

/**
 * The reference instant: noon of `today` in the process's own time zone. chrono does its
 * calendar arithmetic in that zone, so "tomorrow" is the day after `today` whatever TZ is,
 * and noon keeps clear of daylight-saving gaps at midnight.
 */
function referenceInstant(today: CalendarDate): Date {
  const d = new Date(2000, 0, 1, 12, 0, 0, 0);
  d.setFullYear(today.year, today.month - 1, today.day);
  return d;
}

function dateFromParser(text: string, lang: Lang, ref: Date): IsoDate | null {
  const input = rewrite(text, lang);
  if (input === '') return null;
  const results = PARSERS[lang].parse(input, ref, { forwardDate: true });
  for (const r of results) {
    // A date must be named: a day (tomorrow, 4 December, in three days) or a weekday (Friday).
    // Times alone ("at three") and months alone ("in December") are not arrival dates.
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const year = r.start.get('year');
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (year === null || month === null || day === null) continue;
    if (!isRealDate(year, month, day)) continue;
    return formatIsoDate({ year, month, day });
  }
  return null;
}

/**
 * A date from natural language, read with chrono-node (the locale's language first, then the
 * other one), relative to `today` and looking forward. Returns the calendar date even when it
 * is in the past or far away (the flow validates); no date in the text → null.
 */
export function dateFromSpeech(text: string, locale: Locale, today: IsoDate): IsoDate | null {
  try {
    const ref = parseIsoDate(today);
    if (!ref) return null;
    const prepared = prepare(text);
    if (prepared === '' || !/[\p{L}\p{N}]/u.test(prepared)) return null;
    const instant = referenceInstant(ref);
    for (const lang of langOrder(locale)) {
      const found = dateFromParser(prepared, lang, instant);
      if (found) return found;
    }
    return null;
  } catch {
    return null;
  }
}
