// The stay's dates as people say them, in English and Spanish — the one layer of our own on top
// of chrono-node. chrono reads what it reads well: month-and-day dates in many shapes ("December
// 24th", "24 de diciembre", "12/24", "24/12"), relative days ("tomorrow", "pasado mañana", "in
// two weeks"). This layer adds what chrono lacks or gets wrong, and decides what the mentions mean
// for a stay:
// - day-only dates ("the 24th", "el veinticuatro", "del 24 al 27"), ordinals in words;
// - weekdays with their modifiers ("next Friday", "Friday after next", "a week from Friday",
//   "el viernes en ocho", "el viernes de la próxima semana"), weekends ("this weekend", "el finde");
// - named days (named-days.ts: Christmas Eve, Nochebuena, the hotel country's holidays);
// - two dates in a phrase: the earlier is the arrival, the later the departure; "until Monday",
//   "hasta el lunes", "check out on the 12th" alone is a departure;
// - never a silent wrong date: a phrase that can mean two days is a choice, a day already past
//   this year is asked about, a date that does not exist is named.
// Pure: no I/O, no clock ("today" is given); never throws.

import type { ParsedResult } from 'chrono-node';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import type { IsoDate, Locale } from '../types.ts';
import {
  daysBetween,
  daysInMonth,
  isoDate,
  isRealDate,
  mondayOf,
  nextWeekday,
  nthWeekdayOf,
  parseIsoDate,
  partsOf,
  plusDays,
  previousWeekday,
  weekdayOf,
} from './calendar.ts';
import { ruledOutAfter, ruledOutAt, ruledOutFrom, takenBackBetween } from './corrections.ts';
import { withCountedTime } from './counted-time.ts';
import { longWeekendAt } from './long-weekends.ts';
import { halfBounds, halfOfMonthAt, type HalfSaid } from './month-halves.ts';
import { namedDayAt, namedDaysIn } from './named-days.ts';
import { languageOfTokens } from './language.ts';
import { joinYearWords } from './year-words.ts';
import { asText, foldCase, NORMALIZED_LIMIT, RAW_INPUT_LIMIT } from './normalize.ts';
import { AGE_AND, AGE_BEFORE, AGE_LINK, PEOPLE_BEFORE, childAt, endsBefore, langOrder, readNumberAt, type Lang } from './numbers.ts';
import { firstSaidAt, phraseAt } from './phrase-set.ts';
import { wordTable } from './word-table.ts';

/** What the layer needs to know besides the words. */
export interface DateSense {
  today: IsoDate;
  locale: Locale;
  /** ISO country of the hotel, for its holidays. */
  country: string;
  /** A bare number is a day of the month: the caller was asked for a date. */
  bareDay?: boolean;
  /** The arrival already known: a departure said alone counts from it. */
  arrival?: IsoDate | null;
  /** The caller was asked how many nights: a date said alone after the arrival is the day they leave. */
  lengthAsked?: boolean;
}

export interface StayOption {
  arrival: IsoDate;
  departure: IsoDate | null;
}

export type StayDates =
  /**
   * `apart`: nights listed that do not follow one another (two stays): a count said with them is each
   * one's. `nights`: how long, said by its days when which days is not known ("el puente de
   * noviembre, del viernes al lunes").
   */
  | { kind: 'none'; apart?: true; nights?: number }
  /** At least one of the two is known; `unsure`: a reading to confirm with the caller before it is used. */
  | { kind: 'stay'; arrival: IsoDate | null; departure: IsoDate | null; unsure?: true }
  /** The caller must choose: the phrase can mean several days, or the day has passed this year. */
  | { kind: 'choice'; reason: 'ambiguous' | 'past'; options: StayOption[]; passed?: IsoDate }
  /** A day that has passed and cannot be meant for the future (a year said, "yesterday"). */
  | { kind: 'past'; date: IsoDate }
  /**
   * A date that does not exist: month 13, 31 June, 29 February of a common year. `arrival`: the
   * stay's start, said with it as a real date ("Feb 28 to Feb 29": the 28th kept, the 29th named).
   */
  | { kind: 'noSuchDate'; month: number; day: number | null; year: number | null; arrival?: IsoDate };

export interface DatesRead {
  dates: StayDates;
  /** The words that were not part of a date, for the other readers (counts, room types, …). */
  rest: string;
  /** Days spoken of that name no day ("over Easter", "the weekend after New Year's"): a stay is described, its days asked. */
  vague?: true;
}

/** A date without a year, already past this year, is taken for next year only if that is this close. */
export const ROLL_FORWARD_DAYS = 183;

const NONE: StayDates = { kind: 'none' };

// ---------------------------------------------------------------------------------------------
// Words

const WEEKDAYS = wordTable<number>({
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
  domingo: 0, dom: 0, lunes: 1, lun: 1, martes: 2, miercoles: 3, mie: 3, jueves: 4, jue: 4, viernes: 5, vie: 5,
  sabado: 6, sab: 6,
});
/** The weekday a word names (0 Sunday … 6 Saturday), or null: "sunday", "sun", "domingo", "dom". */
export function weekdayNamed(word: string): number | null {
  return Object.hasOwn(WEEKDAYS, word) ? WEEKDAYS[word]! : null;
}

const MONTHS = wordTable<number>({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
});
const ES_MONTHS = new Set(['enero', 'ene', 'febrero', 'marzo', 'abril', 'abr', 'mayo', 'junio', 'julio', 'agosto', 'ago', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'dic']);
const ORDINALS = wordTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, primero: 1, primer: 1,
  // As a recogniser writes them with the "th" swallowed: "the fift", "the twelft".
  fift: 5, sixt: 6, twelft: 12,
  // "The forth": "fourth" as a recogniser spells it (its sound-alike).
  forth: 4,
});
const ORDINAL_TENS = wordTable<number>({ twenty: 20, thirty: 30 });
/** Words after a number that make it a count, not a day of the month. */
const COUNT_WORDS = new Set([
  'night', 'nights', 'noche', 'noches', 'room', 'rooms', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'people',
  'person', 'persons', 'personas', 'persona', 'adult', 'adults', 'adultos', 'adulto', 'kid', 'kids', 'child',
  'children', 'ninos', 'nino', 'ninas', 'guest', 'guests', 'huespedes', 'day', 'days', 'dia', 'dias', 'week', 'weeks',
  'semana', 'semanas', 'bed', 'beds', 'cama', 'camas', 'pm', 'am', 'hours', 'horas', 'of', 'x', 'more', 'mas',
  'doubles', 'dobles', 'kings', 'queens', 'suites', 'sencillas', 'estandar', 'de', 'nts', 'nt', 'nites', 'hab', 'habs',
  'rm', 'rms', 'year', 'years', 'ano', 'anos', 'old', 'yo', 'pm', 'am', 'oclock', 'dollars', 'bucks', 'pesos', 'dolares',
  'ppl', 'pax', 'pers', 'adlts',
  // "Our 25th anniversary", "mi 40 cumpleaños": which one, not a day.
  'anniversary', 'anniv', 'aniversario', 'birthday', 'bday', 'cumpleanos', 'cumple',
  // Part of a larger number ("dos mil veinte pesos"), never a day.
  'mil', 'thousand', 'hundred', 'cientos', 'ciento',
]);
/** After "December 1 2", these make the two numbers a list, a range or a count, not one day written apart. */
const JOINED_DIGITS_NOT_BEFORE = new Set(['and', 'y', 'or', 'o', 'to', 'al', 'through', 'thru', 'till', 'until', 'hasta', '-', 'a']);
/** Counts chrono reads as dates itself ("in two weeks", "dentro de 3 días"). */
const RELATIVE_UNITS = new Set(['day', 'days', 'dia', 'dias', 'week', 'weeks', 'semana', 'semanas']);
/** A number right after these is a day of the month ("the 24", "el 24", "del 24 al 27"). */
const DAY_MARKERS = new Set(['the', 'el', 'del', 'al', 'dia']);
/** Skipped when looking for the cue before a date ("until the 12th", "hasta el lunes"). */
const CUE_FILLER = new Set(['the', 'on', 'el', 'la', 'dia', 'day', 'this', 'este', 'esta', 'of']);
const DEPARTURE_CUES = [
  'through', 'thru', 'till', 'til', 'until', 'untill', 'out', 'leaving', 'leave', 'departing', 'depart',
  'departure', 'checkout', 'check out', 'checking out', 'salimos', 'salgo', 'salida', 'saliendo', 'salir',
  'nos vamos', 'me voy', 'hasta', 'and leaving', 'regresamos',
  // "Extend my stay to Sunday": the day of leaving, not a new arrival.
  'extend to', 'extend it to', 'extend my stay to', 'extend our stay to', 'extend the stay to', 'extend the reservation to',
  'stay to', 'extender al', 'alargarla al', 'alargar al',
].map((p) => p.split(' '));
/** The end of a range only when a start is said too: alone, "change it to Friday" names the arrival. */
const RANGE_END_CUES = ['to', '-', 'al'].map((p) => p.split(' '));
const ARRIVAL_CUES = [
  'from', 'arriving', 'arrive', 'arrival', 'in', 'check in', 'checking in', 'starting', 'start', 'beginning', 'since',
  'del', 'desde', 'llegamos', 'llego', 'llegada', 'llegando', 'llegaremos', 'llegar', 'a partir del', 'a partir de',
  'entrada', 'entramos', 'entrando', 'empezando', 'comenzando',
].map((p) => p.split(' '));
const ABBREVIATIONS = wordTable<string>({
  tmrw: 'tomorrow', tmr: 'tomorrow', tmw: 'tomorrow', '2morrow': 'tomorrow', tomorow: 'tomorrow', tomoro: 'tomorrow',
  tonite: 'tonight', '2nite': 'tonight',
  // Texted Spanish: "mñn", "mñna" (no accents by here: "mnn").
  mnn: 'manana', mna: 'manana', mnna: 'manana',
});

const APOSTROPHE = /['’`´]/;
/** Texted short forms, read as their words by every rule below ("in 2 wks", "2 wks from fri", "el finde q entra", "x navidad"). */
const TEXTED_UNITS = wordTable<string>({
  wk: 'week', wks: 'weeks', q: 'que', x: 'por', n: 'and',
  // "nxt wknd", "nxt fri": next (left as it was, "nxt wknd" was read as this weekend).
  nxt: 'next',
  // "1 sem", "el 5 del sig mes", "the 5th of next mo".
  sem: 'semana', sems: 'semanas', sig: 'siguiente', sigte: 'siguiente', mo: 'month', mth: 'month',
});

/** The text as words: lower case, no accents or apostrophes; "fri-sun" keeps its dash as a word. */
export function dateWords(text: string): string[] {
  let s = foldCase(asText(text).slice(0, RAW_INPUT_LIMIT));
  // (Each rewrite below needs its character; without it, its scan of the text is skipped.)
  if (APOSTROPHE.test(s)) {
    // "we'd" is not "wed" (Wednesday): that contraction is split before the apostrophes go.
    s = s.replace(/(\p{L})['’`´]d\b/gu, '$1 d');
    // "jan 3 '27": a year written short with its apostrophe.
    s = s.replace(/(^|\s)['’`´](\d{2})(?!\d)/g, '$120$2');
    s = s.replace(/['’`´]/g, '');
  }
  // "nye + new years day", "fri & sat": the nights listed, as "and" would.
  if (s.includes('+') || s.includes('&')) s = s.replace(/\s[+&]\s/g, ' and ');
  s = s.replace(/[^\p{L}\p{N}/:.,-]+/gu, ' ');
  // "December 1 2": speech recognition writing "December one two", the 12th (not the 1st and a 2
  // left over); not "Dec 1, 2 nights", "December 1 2 and 3".
  if (/[a-z] \d \d\b/.test(s)) s = s.replace(/\b([a-z]+) (\d) (\d)\b( [a-z.]+)?/g, (all, m: string, a: string, b: string, after: string | undefined) => (MONTHS[m] !== undefined && !JOINED_DIGITS_NOT_BEFORE.has(after?.trim() ?? '') && !COUNT_WORDS.has(after?.trim() ?? '') ? `${m} ${a}${b}${after ?? ''}` : all));
  if (s.includes('-')) {
    // "05-01", "5-01-27": a date written with dashes for slashes (no one writes a span of days with a
    // leading zero), read as "05/01" is (slashedAt), not as the 5th to the 1st.
    s = s.replace(/(?<![\d/-])(\d{1,2})-(\d{1,2})(-(?:\d{4}|\d{2}))?(?![\d/]|-\d)/g, (all, a: string, b: string, y: string | undefined) => (a.startsWith('0') || b.startsWith('0') ? `${a}/${b}${y ? `/${y.slice(1)}` : ''}` : all));
    // A dash between two date words is a range ("fri-sun", "dec-jan"); between other words, a space.
    s = s.replace(/(\p{L}+)-+(?=\p{L})/gu, (_, w: string) => (w in WEEKDAYS || w in MONTHS ? `${w} - ` : `${w} `));
    s = s.replace(/(?<=\p{L})-+|-+(?=\p{L})/gu, ' ');
    // "12/24-12/26", "12/24-26": a range between slashed dates ("24-27" alone is read as one word below).
    s = s.replace(/(\d\/\d{1,2})-+(?=\d)|(\d)-+(?=\d{1,2}\/\d)/g, (_, a: string | undefined, b: string | undefined) => `${a ?? b} - `);
  }
  const words = s
    .slice(0, NORMALIZED_LIMIT * 2)
    .split(' ')
    .map((w) => (w === '-' ? w : w.replace(/^[.,:/-]+|[.,:/-]+$/g, '')))
    .filter((w) => w !== '')
    .slice(0, 80)
    .filter((w, k, all) => !HESITATIONS.has(w) && !(LOOSE_AFTER_IN.has(w) && IN_WORDS.has(all[k - 1] ?? '')))
    .map((w) => TEXTED_UNITS[w] ?? MONTH_MISSPELT.get(w) ?? misspeltMonth(w) ?? w);
  return joinYearWords(dayAfterTomorrowSaidShort(words), (w) => MONTHS[w] !== undefined);
}

/**
 * "Mañana no, pasado", "not tomorrow, the day after": the day after tomorrow said short, after
 * tomorrow is taken back (chrono read "pasado" as nothing, and "the day after" as nothing or today).
 * Rewritten in full, the taking back is read as any other ("el 5, no el 6" in Spanish may be either).
 */
function dayAfterTomorrowSaidShort(words: string[]): string[] {
  const k = words.indexOf('pasado') >= 0 ? words.indexOf('pasado') : words.indexOf('after');
  if (k < 0) return words;
  const before = words.slice(Math.max(0, k - 4), k);
  const taken = (tomorrow: string) => before.some((w) => w === tomorrow || ABBREVIATIONS[w] === tomorrow) && (before.includes('no') || before.includes('not') || before.includes('nope'));
  if (words[k] === 'pasado' && words[k + 1] !== 'manana' && !SAID_AFTER_PASADO.has(words[k + 1] ?? '') && taken('manana')) return [...words.slice(0, k + 1), 'manana', ...words.slice(k + 1)];
  if (words[k] === 'after' && words[k - 1] === 'day' && words[k + 1] === undefined && taken('tomorrow')) return [...words, 'tomorrow'];
  return words;
}

/** After "pasado", these make it another "past" ("el viernes pasado", "el año pasado"). */
const SAID_AFTER_PASADO = new Set(['ano', 'mes', 'semana', 'viernes', 'lunes', 'martes', 'miercoles', 'jueves', 'sabado', 'domingo']);

/** Sounds of hesitation, no part of a date: "the twenty uh second" is the 22nd (read as the 20th). */
const HESITATIONS = new Set(['um', 'uh', 'uhm', 'umm', 'uhh', 'er', 'erm', 'hmm', 'hm', 'mm', 'mmm']);
/** Said loosely after "in": "in like two weeks", "en como quince días" (read as "in two weeks": not fourteen nights). */
const LOOSE_AFTER_IN = new Set(['like', 'como']);
const IN_WORDS = new Set(['in', 'within', 'en', 'dentro']);

/**
 * The months long enough that a word one letter off can only be one of them, as texters misspell
 * them ("decmber", "janurary", "febuary", "dicembre"). "janurary 3rd" was read as December 3rd: the
 * month unknown, the day alone. Short months are left: one letter off "enero" is "entero", off
 * "marzo" "marco", off "june" "jane".
 */
const LONG_MONTHS = Object.keys(MONTHS).filter((m) => m.length >= 7);
/** The misspellings met, remembered (bounded): most words are none, and are looked up once. */
const MONTH_MISSPELT = new Map<string, string>();

/** The month a word misspells by one letter (one added, dropped, changed or two swapped), or null. */
function misspeltMonth(w: string): string | null {
  if (w.length < 6 || w.length > 11 || !/^[a-z]+$/.test(w) || MONTHS[w] !== undefined) return null;
  const months = LONG_MONTHS.filter((m) => Math.abs(m.length - w.length) <= 1 && m[0] === w[0] && oneEditApart(w, m));
  const named = new Set(months.map((m) => MONTHS[m]));
  if (named.size !== 1) return null;
  if (MONTH_MISSPELT.size < 1000) MONTH_MISSPELT.set(w, months[0]!);
  return months[0]!;
}

/** Whether two words differ by one letter added, dropped or changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------
// Mentions: where a date is said, and what kind

type WeekdayMod = 'bare' | 'this' | 'coming' | 'next' | 'afterNext' | 'weekFrom' | 'nextWeek' | 'last' | 'other';
/** `coming`: "this coming weekend", said on a Friday or a Saturday this one or the next (asked). */
type WeekendMod = 'this' | 'coming' | 'next' | 'afterNext' | 'afterThis';

type What =
  /** A month and day, with the year when it was said; `weekday` said alongside, to check. */
  | { kind: 'date'; month: number; day: number; year: number | null; weekday: number | null }
  /** A day of the month; `month` 0 or 1 when "of this month" / "of next month" was said. */
  | { kind: 'day'; day: number; weekday: number | null; month?: 0 | 1 }
  /** `weeks`: how many weeks on, for "two weeks from Friday" (weekFrom; one when not said). */
  | { kind: 'weekday'; weekday: number; mod: WeekdayMod; weeks?: number }
  /** `of`: "the weekend of the 12th", the weekend around a date said after it. */
  | { kind: 'weekend'; mod: WeekendMod; of?: boolean }
  /** `weekend`: "Memorial Day weekend", the weekend the holiday ends or falls in. */
  | { kind: 'named'; rule: (year: number) => IsoDate; offset: number; weekend?: boolean; also?: (year: number) => IsoDate }
  | { kind: 'noSuchDate'; month: number; day: number | null; year: number | null }
  /** "12-18" typed in English with this month or the next that number: December 18, or the 12th to the 18th. */
  | { kind: 'dashed'; first: number; second: number }
  /**
   * Said of days, and no day: "the second weekend of January", "the first Friday of the month",
   * "every weekend"; `long`: a long weekend, which days not said ("a long weekend trip"); `around`:
   * days about a holiday ("Christmas week", "over New Year's").
   */
  | { kind: 'vague'; long?: true; around?: true; month?: true }
  /** "3/4": month and day in the locale's order, or the other way round (both a month); `year` when said. */
  | { kind: 'slashed'; month: number; day: number; year: number | null }
  /** Days from today, any of which may be meant: "en quince días" (two weeks, or fifteen days?). */
  | { kind: 'daysOn'; days: number[] }
  /** "The last weekend of January": its Friday, or (which is the month's is not clear) the Fridays of both. */
  | { kind: 'weekendsOf'; fridays: IsoDate[] }
  /** "La primera quincena de enero": half a month (month-halves.ts), in a month said or this one / the next. */
  | { kind: 'half'; half: 1 | 2; month: number | { ahead: 0 | 1 }; year: number | null };

interface Mention {
  start: number;
  end: number;
  what: What;
  /** A range's second end ("Dec 24-27"): a departure. */
  rangeEnd?: boolean;
  cue: Cue;
}

/** What the words before a date say it is: an arrival, a departure, or the end of a range ("to"). */
type Cue = 'arrival' | 'departure' | 'to' | null;

function firstPhrase(words: readonly string[], i: number, phrases: readonly string[][]): number {
  return firstSaidAt(words, i, phrases)?.length ?? 0;
}

/** A day of the month (1–31) said at words[i]: "24", "24th", "veinticuatro", "twenty fourth", "primero". */
function dayNumberAt(words: readonly string[], i: number): { day: number; end: number; ordinal: boolean } | null {
  const w = words[i];
  if (w === undefined) return null;
  const suffixed = /^(\d{1,2})(st|nd|rd|th|o|ro|ero|a)$/.exec(w);
  if (suffixed) return withinMonth(Number(suffixed[1]), i + 1, true);
  // ("Primero Dios, el viernes": God willing, Friday; no 1st.)
  // ("Back and forth" is no day: "forth" only after "the" or a month.)
  if (w === 'forth' && words[i - 1] !== 'the' && MONTHS[words[i - 1] ?? ''] === undefined) return null;
  if (ORDINALS[w] !== undefined) return w === 'primero' && words[i + 1] === 'dios' ? null : withinMonth(ORDINALS[w], i + 1, true);
  const tens = ORDINAL_TENS[w];
  const unit = ORDINALS[words[i + 1] ?? ''];
  if (tens !== undefined && unit !== undefined && unit < 10) return withinMonth(tens + unit, i + 2, true);
  for (const lang of ['en', 'es'] as const) {
    if (lang === 'en' && (w === 'a' || w === 'an')) return null;
    if (w === 'un' || w === 'una') return null;
    const n = readNumberAt(words, i, lang);
    if (n && /^\d{1,2}$|^\p{L}+$/u.test(w)) return withinMonth(n.value, n.end, false);
  }
  return null;
}

function withinMonth(day: number, end: number, ordinal: boolean) {
  return day >= 1 && day <= 31 ? { day, end, ordinal } : null;
}

/** "Más o menos", "more or less" at words[end]: a hedge on what was said before it (the date's, read with it). */
function hedgeAfter(words: readonly string[], end: number): boolean {
  const [a, b, c] = [words[end], words[end + 1], words[end + 2]];
  return (a === 'mas' && b === 'o' && c === 'menos') || (a === 'more' && b === 'or' && c === 'less');
}

/** After a number: a count ("3 nights", "2 adults", "4 of us"), not a day. */
function countFollows(words: readonly string[], end: number, start?: number): boolean {
  const next = words[end];
  if (next === undefined) return false;
  if ((next === 'of' || next === 'de') && MONTHS[words[end + 1] ?? ''] !== undefined) return false;
  // "El 5 del 1 de 2027": the year of a date, not "1 of" something.
  if ((next === 'de' || next === 'del') && /^20\d\d$/.test(words[end + 1] ?? '')) return false;
  // "El 15 de madrugada", "el 9 de noche": the day's hours, not a count "of" something.
  if (next === 'de' && DAY_HOURS_AFTER_DE.has(words[end + 1] ?? '')) return false;
  // "Del 10 al 12 más o menos", "the 12th more or less": a hedge, not "12 more".
  if (hedgeAfter(words, end)) return false;
  // "Fri to Sun, 1 king": after a weekday, a number then a room type is how many ("Dec 1 king" is a date).
  if (start !== undefined && ONE_TYPE_WORDS.has(next) && WEEKDAYS[words[start - 1] ?? ''] !== undefined) return true;
  // "Del 4 al 7 de enero, 1 doble": after a month that closed a day ("7 de enero"), a number then a
  // room type is how many too (the month's day was said; "enero 1 doble" is no 1st of January).
  if (start !== undefined && ONE_TYPE_WORDS.has(next) && MONTHS[words[start - 1] ?? ''] !== undefined && words[start - 2] === 'de') return true;
  return COUNT_WORDS.has(next);
}

const DAY_HOURS_AFTER_DE = new Set(['madrugada', 'noche']);

/** Room types said in the singular, as after "1". */
const ONE_TYPE_WORDS = new Set(['king', 'queen', 'suite', 'double', 'single', 'twin', 'standard', 'deluxe', 'doble', 'sencilla']);

function cueBefore(words: readonly string[], start: number): Cue {
  let p = start;
  while (p > 0 && CUE_FILLER.has(words[p - 1] as string)) p--;
  for (const [cues, kind] of [[DEPARTURE_CUES, 'departure'], [ARRIVAL_CUES, 'arrival'], [RANGE_END_CUES, 'to']] as const) {
    for (const cue of cues) if (p - cue.length >= 0 && phraseAt(words, p - cue.length, cue)) return kind;
  }
  return null;
}

const endsRange = (cue: Cue) => cue === 'departure' || cue === 'to';

// The phrase lists below are built once: they are looked for at every word of every utterance.
const DAY_AFTER = [['the', 'day', 'after'], ['day', 'after'], ['el', 'dia', 'despues', 'de'], ['el', 'dia', 'siguiente', 'de'], ['dia', 'despues', 'de']];
const DAY_BEFORE = [['the', 'day', 'before'], ['day', 'before'], ['the', 'night', 'before'], ['night', 'before'], ['la', 'noche', 'antes', 'de'], ['el', 'dia', 'antes', 'de'], ['un', 'dia', 'antes', 'de'], ['dia', 'antes', 'de']];
const HOLIDAY_WEEKEND = [['weekend'], ['wknd'], ['wkend'], ['fin', 'de', 'semana'], ['finde'], ['long', 'weekend'], ['puente']];
const HOLIDAY_SPAN_AFTER = [['week'], ['holidays'], ['season'], ['break'], ['vacation'], ['time']];
const HOLIDAY_SPAN_BEFORE = new Set(['over', 'around', 'during']);
const DAY_UNITS = new Set(['day', 'days', 'dia', 'dias']);
const AFTER_WORDS = [['after'], ['despues', 'de'], ['despues', 'del']];
const BEFORE_WORDS = [['before'], ['antes', 'de'], ['antes', 'del']];

/** Days counted in a unit: "two weeks from tomorrow", "three days after today". */
const COUNTED_UNITS = wordTable<number>({ day: 1, days: 1, week: 7, weeks: 7, fortnight: 14, fortnights: 14 });
/** Spanish units of a count of days ("en dos semanas", "en 10 días"). */
const SPANISH_COUNTED_UNITS = new Set(['dia', 'dias', 'semana', 'semanas', 'quincena', 'quincenas']);
const COUNTED_FROM = wordTable<number>({ tomorrow: 1, tmrw: 1, today: 0, tonight: 0, now: 0 });

/**
 * "Two weeks from tomorrow", "a week from today": that day (not tomorrow, with a two weeks' stay).
 * "For a week from tomorrow" is a length from tomorrow: not read here.
 */
function countedFromDay(words: readonly string[], i: number, today: IsoDate): Mention | null {
  if (STAY_FOR.has(words[i - 1] ?? '')) return null;
  // ("wk from tmrw", texted without its article: one week, as weekdayAt reads "wk from fri".)
  const bareWeek = (words[i] === 'week' || words[i] === 'fortnight') && !['a', 'an'].includes(words[i - 1] ?? '') && readNumberAt(words, i - 1, 'en') === null;
  const count = words[i] === 'a' || words[i] === 'an' ? { value: 1, end: i + 1 } : bareWeek ? { value: 1, end: i } : readNumberAt(words, i, 'en');
  const unit = count && count.value <= 30 ? COUNTED_UNITS[words[count.end] ?? ''] : undefined;
  if (unit === undefined || !['from', 'after'].includes(words[count!.end + 1] ?? '')) return null;
  const from = COUNTED_FROM[words[count!.end + 2] ?? ''];
  if (from === undefined) return null;
  const { year, month, day } = partsOf(plusDays(today, from + count!.value * unit));
  return { start: i, end: count!.end + 3, what: { kind: 'date', month, day, year, weekday: null }, cue: null };
}
/** A month said: "same day next month" ("a month from now" is about a month: asked, held-out round 4). */
const MONTH_WORDS = new Set(['month', 'mo', 'mes']);

/** The day `count` months after `from`, as a mention of words [start, end); null when that month has no such day. */
function monthsOn(from: IsoDate, count: number, start: number, end: number): Mention | null {
  const p = partsOf(from);
  const at = p.month - 1 + count;
  const [year, month] = [p.year + Math.floor(at / 12), (at % 12) + 1];
  return p.day > daysInMonth(year, month) ? null : { start, end, what: { kind: 'date', month, day: p.day, year, weekday: null }, cue: null };
}

/**
 * "This time next week", "same day next month", "de hoy en un mes", "el mismo día del mes que
 * entra": today's day a week or a month on.
 */
function sameDayOnAt(words: readonly string[], i: number, today: IsoDate): Mention | null {
  const said = firstSaidAt(words, i, SAME_DAY_NEXT);
  if (said) {
    const unit = words[i + said.length] ?? '';
    // ("El mismo día del mes": which month is said after it, "que entra", "que viene".)
    const after = firstPhrase(words, i + said.length + 1, NEXT_AFTER);
    const ahead = SAID_NEXT.has(said[said.length - 1]!) || after > 0;
    const end = i + said.length + 1 + after;
    if (!ahead) return null;
    if (WEEK_WORDS.has(unit)) {
      const { year, month, day } = partsOf(plusDays(today, 7));
      return { start: i, end, what: { kind: 'date', month, day, year, weekday: null }, cue: null };
    }
    return MONTH_WORDS.has(unit) ? monthsOn(today, 1, i, end) : null;
  }
  // "De hoy en un mes": a month from today, as "de hoy en ocho" is a week.
  const hoy = words[i] === 'de' && words[i + 1] === 'hoy' ? i + 1 : words[i] === 'hoy' ? i : -1;
  if (hoy >= 0 && words[hoy + 1] === 'en' && ['un', '1'].includes(words[hoy + 2] ?? '') && words[hoy + 3] === 'mes') return monthsOn(today, 1, i, hoy + 4);
  return null;
}
const SAME_DAY_NEXT = [
  ['this', 'time', 'next'], ['same', 'time', 'next'], ['same', 'day', 'next'], ['this', 'day', 'next'], ['the', 'same', 'day', 'next'],
  ['el', 'mismo', 'dia', 'del', 'proximo'], ['el', 'mismo', 'dia', 'del', 'siguiente'], ['el', 'mismo', 'dia', 'de', 'la', 'proxima'],
  ['el', 'mismo', 'dia', 'de', 'la', 'siguiente'], ['el', 'mismo', 'dia', 'del'], ['el', 'mismo', 'dia', 'de', 'la'],
];
const WEEK_WORDS = new Set(['week', 'wk', 'semana']);
const SAID_NEXT = new Set(['next', 'proximo', 'proxima', 'siguiente']);
const NEXT_AFTER = [['que', 'entra'], ['que', 'viene']];

/**
 * "The Wednesday before Thanksgiving", "el viernes después de Navidad": that weekday next before (or
 * after) the named day, whatever year it is in.
 */
function weekdayAroundNamedAt(words: readonly string[], i: number, country: string): Mention | null {
  const at = words[i] === 'the' || words[i] === 'el' ? i + 1 : i;
  const weekday = WEEKDAYS[words[at] ?? ''];
  if (weekday === undefined) return null;
  const after = firstPhrase(words, at + 1, AFTER_WORDS);
  const before = after ? 0 : firstPhrase(words, at + 1, BEFORE_WORDS);
  const named = after || before ? namedDayAt(words, at + 1 + after + before, country) : null;
  if (!named) return null;
  const rule = (year: number) => (after ? nextWeekday(named.date(year), weekday) : previousWeekday(named.date(year), weekday));
  return { start: i, end: named.end, what: { kind: 'named', rule, offset: 0 }, cue: null };
}

/** A digit said as a word ("two", "dos"), alone: 1–9. */
function digitWordAt(words: readonly string[], k: number): boolean {
  if (/\d/.test(words[k] ?? '')) return false;
  const n = readNumberAt(words, k, 'en') ?? readNumberAt(words, k, 'es');
  return n !== null && n.end === k + 1 && n.value >= 1 && n.value <= 9;
}

/**
 * "December two one": two digits said one by one after a month, the 21st or the 2nd with a one
 * left over? No day ("December 1 2" written in figures is read as the 12th by dateWords).
 */
function digitsApartAt(words: readonly string[], i: number): Mention | null {
  if (MONTHS[words[i] ?? ''] === undefined || !digitWordAt(words, i + 1) || !digitWordAt(words, i + 2)) return null;
  if (countFollows(words, i + 3) || JOINED_DIGITS_NOT_BEFORE.has(words[i + 3] ?? '')) return null;
  return { start: i, end: i + 3, what: { kind: 'vague' }, cue: null };
}

/** After a named day: next year's ("Halloween next year", "Navidad del año que viene"). */
const NEXT_YEAR = [
  ['next', 'year'], ['of', 'next', 'year'], ['el', 'ano', 'que', 'viene'], ['del', 'ano', 'que', 'viene'], ['el', 'proximo', 'ano'],
  ['del', 'proximo', 'ano'], ['el', 'ano', 'que', 'entra'], ['del', 'ano', 'que', 'entra'],
];

/** Named days, weekends, and weekdays with their modifiers: read before chrono, which misreads them. */
function strongMentionAt(words: readonly string[], i: number, country: string, today: IsoDate): Mention | null {
  const apart = digitsApartAt(words, i);
  if (apart) return apart;
  const half = halfOfMonthAt(words, i);
  if (half) return halfMention(words, i, half);
  const long = longWeekendAt(words, i);
  if (long) {
    const m = longWeekendMention(words, i, long, country, today);
    if (m) return m;
  }
  // "the day after Christmas", "el día después de Navidad", "un día antes de Nochebuena"
  let offset = 0;
  let j = i;
  const around = firstPhrase(words, i, DAY_AFTER);
  const before = firstPhrase(words, i, DAY_BEFORE);
  if (around) [offset, j] = [1, i + around];
  else if (before) [offset, j] = [-1, i + before];
  else {
    // "Two days after Christmas", "tres días antes de Navidad"
    const n = words[i] === 'a' || words[i] === 'an' ? { value: 1, end: i + 1 } : (readNumberAt(words, i, 'en') ?? readNumberAt(words, i, 'es'));
    const days = n && n.value >= 1 && n.value <= 14 && DAY_UNITS.has(words[n.end] ?? '') ? n.end + 1 : 0;
    const after = days ? firstPhrase(words, days, AFTER_WORDS) : 0;
    const ahead = days && !after ? firstPhrase(words, days, BEFORE_WORDS) : 0;
    if (after) [offset, j] = [n!.value, days + after];
    else if (ahead) [offset, j] = [-n!.value, days + ahead];
  }
  const counted = countedFromDay(words, i, today) ?? sameDayOnAt(words, i, today);
  if (counted) return counted;
  const fortnight = fifteenDaysAt(words, i);
  if (fortnight) return fortnight;
  const weekdayAround = weekdayAroundNamedAt(words, i, country);
  if (weekdayAround) return weekdayAround;
  const named = namedDayAt(words, j, country);
  if (named) {
    // "Christmas week", "over New Year's", "around Thanksgiving": days about the holiday, which
    // not said (its eve? the day? the day after?): no day.
    const span = offset === 0 ? firstPhrase(words, named.end, HOLIDAY_SPAN_AFTER) : 0;
    if (span || (offset === 0 && HOLIDAY_SPAN_BEFORE.has(words[i - 1] ?? ''))) {
      // ("Over Easter weekend": the weekend is the holiday's, no weekend of its own: this one was taken.)
      const end = named.end + (span || firstPhrase(words, named.end, HOLIDAY_WEEKEND));
      return { start: i, end, what: { kind: 'vague', around: true }, cue: null };
    }
    // "Thanksgiving weekend": the holiday itself; "Memorial Day weekend": see holidayWeekend.
    const weekend = firstPhrase(words, named.end, HOLIDAY_WEEKEND);
    // "Halloween next year", "Navidad del año que viene": next year's, asked about no more.
    const nextYear = firstPhrase(words, named.end + weekend, NEXT_YEAR);
    if (nextYear) {
      const year = partsOf(today).year + 1;
      return { start: i, end: named.end + weekend + nextYear, what: { kind: 'named', rule: () => named.date(year), offset, ...(weekend && offset === 0 ? { weekend: true } : {}) }, cue: null };
    }
    return { start: i, end: named.end + weekend, what: { kind: 'named', rule: named.date, offset, ...(weekend && offset === 0 ? { weekend: true } : {}), ...(named.also ? { also: named.also } : {}) }, cue: null };
  }
  if (offset !== 0) return dayCountedFrom(words, i, j, offset, today);

  const weekend = serialAt(words, i, today) ?? weekendAt(words, i);
  if (weekend) return weekend;
  const weekday = weekdayAt(words, i);
  // "El jueves santo", "el domingo de Pascua": a named day said with its article (read at its own
  // word next), not that weekday of this week.
  if (weekday && i + 1 < weekday.end && namedDayAt(words, i + 1, country)) return null;
  return weekday;
}

/**
 * "Two days after the 10th", "the day before the 20th", "dos días después del 10", "un día antes
 * del 24 de diciembre": days counted from a date said at words[j] (a day of the month, or a month
 * and day), that one date or nothing; the day counted to must be ahead.
 */
function dayCountedFrom(words: readonly string[], i: number, j: number, offset: number, today: IsoDate): Mention | null {
  const k = words[j] === 'the' || words[j] === 'el' ? j + 1 : j;
  if (words[k]?.includes('/')) return null;
  const dated = monthDayAt(words, k, 'en-US');
  let what: What | null = dated?.what ?? null;
  let end = dated?.end ?? k;
  if (!what) {
    const d = dayNumberAt(words, k);
    // (A day said as one: "the 10th", "el 10", "del 10"; "two days after 10" is no date.)
    if (!d || countFollows(words, d.end) || (k === j && !d.ordinal && !DAY_MARKERS.has(words[j - 1] ?? ''))) return null;
    what = { kind: 'day', day: d.day, weekday: null };
    end = d.end;
  }
  const from = resolveAlone(what, today);
  if (from.kind !== 'dates' || from.dates.length !== 1) return null;
  const date = plusDays(from.dates[0]!, offset);
  if (date < today) return null;
  const { year, month, day } = partsOf(date);
  return { start: i, end, what: { kind: 'date', month, day, year, weekday: null }, cue: null };
}

/**
 * "En quince días", "en 15 días": in Mexico as often two weeks as fifteen days, so both are
 * offered. ("De hoy en quince" is two weeks, read with chrono's pieces.)
 */
function fifteenDaysAt(words: readonly string[], i: number): Mention | null {
  // "Dentro de quince días" as "en quince días".
  const at = words[i] === 'dentro' && words[i + 1] === 'de' ? i + 2 : words[i] === 'en' ? i + 1 : -1;
  if (at < 0 || WEEK_COUNTS[words[at] ?? ''] !== 14 || !DAY_UNITS.has(words[at + 1] ?? '')) return null;
  if (words[i - 1] === 'hoy' || words[i - 1] === 'manana' || ABBREVIATIONS[words[i - 1] ?? ''] === 'manana') return null;
  return { start: i, end: at + 2, what: { kind: 'daysOn', days: [14, 15] }, cue: null };
}

/** A month said after half of one: "de este mes", "del mes que viene" (the phrase's "de" already read). */
const MONTH_AHEAD: readonly [string[], 0 | 1][] = [
  [['mes', 'que', 'viene'], 1], [['mes', 'que', 'entra'], 1], [['proximo', 'mes'], 1], [['siguiente', 'mes'], 1], [['next', 'month'], 1],
  [['este', 'mes'], 0], [['this', 'month'], 0], [['the', 'month'], 0], [['mes'], 0],
];

/** "La primera quincena de enero (de 2027)", "the second half of next month"; which half or month not said: no day. */
function halfMention(words: readonly string[], i: number, said: HalfSaid): Mention {
  let end = said.end;
  const month = MONTHS[words[end] ?? ''];
  const ahead = month === undefined ? MONTH_AHEAD.find(([p]) => phraseAt(words, end, p)) : undefined;
  if (month !== undefined) end++;
  else if (ahead) end += ahead[0].length;
  if (said.half === null || (month === undefined && !ahead)) return { start: i, end, what: { kind: 'vague' }, cue: null };
  const year = month !== undefined ? yearAt(words, end) : null;
  if (year) end = year.end;
  return { start: i, end, what: { kind: 'half', half: said.half, month: month ?? { ahead: ahead![1] }, year: year?.year ?? null }, cue: null };
}

/** The Mexican word for a long weekend ("el puente"; "el fin de semana largo" is the hotel's). */
const SPANISH_LONG_WEEKEND = new Set(['puente']);

/** The weekdays a holiday makes a long weekend on: Thursday (to Sunday), Friday, Monday. */
const LONG_WEEKEND_DAYS = new Set([1, 4, 5]);

/**
 * "El puente de Navidad", "the long weekend for Memorial Day", "el puente del 12 de diciembre": that
 * holiday's weekend. "El fin de semana largo de febrero": the weekend of the month's one holiday (in
 * the hotel's country) that makes one, in the coming February; none or several, and "the long
 * weekend" alone: no day. A bare "puente" may be a bridge: no mention at all.
 */
function longWeekendMention(words: readonly string[], i: number, long: { end: number; holidayAt: number }, country: string, today: IsoDate): Mention | null {
  // "El puente de febrero" said in Spanish to a hotel elsewhere may be Mexico's long weekend (the
  // caller's) as well as the hotel country's: one holiday between them, or it is asked.
  const countries = country !== 'MX' && SPANISH_LONG_WEEKEND.has(words[long.end - 1] ?? '') ? [country, 'MX'] : [country];
  const at = long.holidayAt;
  const named = namedDayAt(words, at, country);
  if (named) return { start: i, end: named.end, what: { kind: 'named', rule: named.date, offset: 0, weekend: true }, cue: null };
  const date = monthDayAt(words, at, 'en-US');
  if (date?.what.kind === 'date') {
    const { month, day } = date.what;
    return { start: i, end: date.end, what: { kind: 'named', rule: (year) => isoDate(year, month, day), offset: 0, weekend: true }, cue: null };
  }
  let end = long.end;
  const month = ['of', 'in', 'de', 'del', 'en'].includes(words[end] ?? '') ? MONTHS[words[end + 1] ?? ''] : undefined;
  if (month !== undefined) {
    end += 2;
    const t = partsOf(today);
    const year = month >= t.month ? t.year : t.year + 1;
    const holidays = new Set(countries.flatMap((c) => namedDaysIn(month, year, c)).map((d) => d.date).filter((d) => d >= today && LONG_WEEKEND_DAYS.has(weekdayOf(d))));
    // (That year's day: the month's next, not a holiday's rule rolled on by its own measure.)
    const day = holidays.size === 1 ? [...holidays][0]! : null;
    if (day) return { start: i, end, what: { kind: 'named', rule: () => day, offset: 0, weekend: true }, cue: null };
  }
  if (end === long.end && words[long.end - 1] === 'puente') return null;
  return { start: i, end, what: { kind: 'vague', long: true, ...(month !== undefined ? { month: true } : {}) }, cue: null };
}

const WEEKEND_WORDS = [['fin', 'de', 'semana'], ['finde'], ['weekend'], ['wknd'], ['wkend']];
const NEXT_WORDS = [['this', 'coming'], ['next'], ['el', 'proximo'], ['proximo'], ['prox'], ['el', 'siguiente'], ['siguiente'], ['the', 'following'], ['following']];
const THIS_WORDS = [['this', 'coming'], ['this'], ['the', 'whole'], ['the', 'entire'], ['the'], ['all'], ['whole'], ['este'], ['todo', 'el'], ['el', 'puro'], ['puro'], ['el']];
/** Before a weekend, "this coming" is this weekend: only the others say the next one. */
const NEXT_WEEKEND_WORDS = NEXT_WORDS.filter((p) => p[0] !== 'this');
const NEXT_AFTER_WEEKEND = [['que', 'viene'], ['que', 'entra'], ['proximo'], ['siguiente']];
/** "The weekend after next", "el fin de semana después del próximo": a week after the coming one. */
const AFTER_NEXT_WEEKEND = [['after', 'next'], ['despues', 'del', 'proximo'], ['despues', 'del', 'que', 'viene'], ['despues', 'de', 'este']];
/** "El otro fin de semana" (Mexico): not this one; read as "next", which may be asked. */
const OTHER_WEEKEND = [['el', 'otro'], ['otro']];
const WEEKEND_OF = new Set(['of', 'del', 'de']);
const WEEKS_FROM = [
  ['week', 'from'], ['weeks', 'from'], ['week', 'on'], ['weeks', 'on'], ['week', 'after'], ['weeks', 'after'], ['fortnight', 'from'],
  ['fortnight', 'on'], ['fortnight', 'after'],
];
/** "Una semana después del viernes": a week from Friday. */
const SEMANAS_AFTER = [['semana', 'despues', 'del'], ['semanas', 'despues', 'del']];
/** "Dentro de una semana a partir del viernes": the same; without "dentro de" or "en" it is a stay's length from Friday. */
const SEMANAS_FROM = [['semana', 'a', 'partir', 'del'], ['semanas', 'a', 'partir', 'del']];

/** A count of weeks in Spanish ("una", "dos"), up to eight. */
function spanishCountAt(words: readonly string[], i: number): { value: number; end: number } | null {
  const count = words[i] === 'una' ? { value: 1, end: i + 1 } : readNumberAt(words, i, 'es');
  return count && count.value <= 8 ? count : null;
}

/** How many words after the count say weeks from a weekday in Spanish; 0 when none do. */
function weeksFromEs(words: readonly string[], i: number): number {
  const count = spanishCountAt(words, i);
  if (!count) return 0;
  const after = firstPhrase(words, count.end, SEMANAS_AFTER);
  if (after) return after;
  const within = words[i - 1] === 'en' || (words[i - 2] === 'dentro' && words[i - 1] === 'de');
  return within ? firstPhrase(words, count.end, SEMANAS_FROM) : 0;
}
/** Before "a week from Friday": a length of stay ("for a week from Friday"), not a date. */
const STAY_FOR = new Set(['for', 'por', 'para']);
const NEXT_WEEK_THEN = [['next', 'week'], ['la', 'proxima', 'semana', 'el'], ['la', 'semana', 'que', 'viene', 'el']];
const THIS_WEEKDAY = [['this'], ['este'], ['coming'], ['the', 'coming'], ['el']];
const AFTER_WEEKDAY = [
  ['after', 'next'], ['next', 'week'], ['of', 'next', 'week'], ['de', 'la', 'proxima', 'semana'], ['de', 'la', 'semana', 'que', 'viene'],
  ['de', 'la', 'semana', 'que', 'entra'], ['de', 'la', 'otra', 'semana'], ['en', 'ocho'], ['en', '8'], ['en', 'quince'], ['en', '15'], ['que', 'viene'], ['proximo'],
  ['que', 'entra'], ['siguiente'], ['this', 'week'], ['de', 'esta', 'semana'],
];
/** After a weekday, British "Tuesday week", "Tuesday fortnight": a week (two) after the coming Tuesday. */
const WEEK_AFTER_WEEKDAY = wordTable<number>({ week: 1, fortnight: 2 });
/** After "Tuesday week": a length or a week said, not the British date ("Friday week long", "Friday, week of the 14th"). */
const NOT_WEEK_AFTER = new Set(['long', 'stay', 'of', 'and', 'y']);
/** "A week Tuesday", "a fortnight on Tuesday": how many weeks each counts. */
const WEEKS_IN = wordTable<number>({ week: 1, weeks: 1, fortnight: 2, fortnights: 2 });
/** After a weekday or weekend taken back: "this Tuesday, no, the other one", "este martes no, el otro": a week later. */
const THE_OTHER_ONE = [
  ['el', 'otro'], ['la', 'otra'], ['el', 'siguiente'], ['el', 'que', 'sigue'], ['the', 'other', 'one'], ['the', 'next', 'one'],
  ['the', 'one', 'after'], ['the', 'following', 'one'],
];

/** "The weekend after this one": the next after the coming one, as "este fin de semana no, el otro". */
const AFTER_THIS_WEEKEND = [['after', 'this', 'one'], ['after', 'this']];
const NOT_THIS = new Set(['not', 'no']);
const BUT_WORDS = new Set(['but', 'sino', 'pero', 'rather']);

/** "Not this weekend but the next one", "no este fin, el que sigue": the words after `end` naming the other one, or 0. */
function notThisButNext(words: readonly string[], start: number, end: number): number {
  if (!NOT_THIS.has(words[start - 1] ?? '')) return 0;
  const k = BUT_WORDS.has(words[end] ?? '') ? end + 1 : end;
  const len = firstPhrase(words, k, THE_OTHER_ONE);
  return len ? k - end + len : 0;
}

/** "No, the other one", "no, sorry, el otro" right after a day: the words it takes, or 0. */
function otherOneAt(words: readonly string[], end: number): number {
  for (let k = end + 1; k <= end + 4 && k < words.length; k++) {
    const len = firstPhrase(words, k, THE_OTHER_ONE);
    if (len && takenBackBetween(words, end, k) !== null) return k - end + len;
  }
  return 0;
}

/** Before a weekend or a weekday, these make it one of several, not a day: "the second weekend of January", "every Friday". */
const SERIAL = new Set([
  'first', 'second', 'third', 'fourth', 'last', 'every', 'primer', 'primero', 'segundo', 'tercer', 'tercero', 'cuarto', 'ultimo', 'cada',
  // Written in figures: "1st fri of jan", "el 2do sábado de enero".
  '1st', '2nd', '3rd', '4th', '1er', '1ro', '1o', '2do', '2o', '3er', '3ro', '3o', '4to', '4o',
]);
/** After such a weekend or weekday: which month ("of January", "del mes"), read as part of it. */
const OF_MONTH = [['of', 'the', 'month'], ['of', 'this', 'month'], ['of', 'next', 'month'], ['del', 'mes'], ['de', 'este', 'mes'], ['del', 'proximo', 'mes']];

/** Which one of a month's weekdays: "the second Saturday in January", "el último viernes de diciembre". */
const NTH_OF_MONTH = wordTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, last: -1, primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, ultimo: -1,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '1er': 1, '1ro': 1, '1o': 1, '2do': 2, '2o': 2, '3er': 3, '3ro': 3, '3o': 3, '4to': 4, '4o': 4,
});

/**
 * "The second weekend of January", "el primer viernes del mes", "every weekend": no day said. A
 * weekday of a month named ("the first Friday of January", "el último viernes de diciembre") is
 * one day: that month's, this year's or (passed) next year's.
 */
function serialAt(words: readonly string[], i: number, today: IsoDate): Mention | null {
  if (!SERIAL.has(words[i] ?? '')) return null;
  const weekend = firstPhrase(words, i + 1, WEEKEND_WORDS);
  const weekday = WEEKDAYS[words[i + 1] ?? ''] !== undefined ? 1 : 0;
  // ("Last Friday", "the first weekend" alone are read elsewhere: a past day, this weekend.)
  if (!weekend && !weekday) return null;
  let end = i + 1 + (weekend || weekday);
  const ofMonth = firstPhrase(words, end, OF_MONTH);
  const n = NTH_OF_MONTH[words[i]!];
  // A weekend of a month is its nth Saturday's (the last: the month's last Saturday), from the Friday.
  const nth = (year: number, month: number) => (weekday ? nthWeekdayOf(year, month, WEEKDAYS[words[i + 1]!]!, n!) : plusDays(nthWeekdayOf(year, month, 6, n!), -1));
  const dateAt = (date: IsoDate): Mention => {
    const p = partsOf(date);
    if (weekday) return { start: i, end, what: { kind: 'date', month: p.month, day: p.day, year: p.year, weekday: null }, cue: null };
    return { start: i, end, what: { kind: 'weekendsOf', fridays: weekendsCounted(date, n!) }, cue: null };
  };
  if (ofMonth) {
    end += ofMonth;
    // "The last Friday of the month", "el primer viernes del próximo mes": this month's (or the next's), if still ahead.
    if (n !== undefined) {
      const t = partsOf(today);
      const ahead = words.slice(end - ofMonth, end).some((w) => w === 'next' || w === 'proximo') ? 1 : 0;
      const month = ((t.month - 1 + ahead) % 12) + 1;
      const date = nth(t.year + (month < t.month ? 1 : 0), month);
      if (date >= today) return dateAt(date);
    }
  } else if (['of', 'in', 'de', 'en'].includes(words[end] ?? '') && MONTHS[words[end + 1] ?? ''] !== undefined) {
    end += 2;
    if (n !== undefined && yearAt(words, end) === null) {
      const month = MONTHS[words[end - 1]!]!;
      const { year } = partsOf(today);
      const [now, next] = [nth(year, month), nth(year + 1, month)];
      // (Passed this year and far off next year, as a month and day is: asked about, not rolled on.)
      return dateAt(now >= today || daysBetween(today, next) > ROLL_FORWARD_DAYS ? now : next);
    }
  } else if (words[i] === 'last' && weekday) return null;
  return { start: i, end, what: { kind: 'vague' }, cue: null };
}

/**
 * The weekend counted as a month's nth (or last) from its Friday, and the one next to it when the
 * month starts on a Saturday or a Sunday (is the weekend across the 1st its first?) or ends on a
 * Friday or a Saturday (is the one across its end its last?): both are offered then.
 */
function weekendsCounted(friday: IsoDate, n: number): IsoDate[] {
  const saturday = plusDays(friday, 1);
  const { year, month } = partsOf(saturday);
  if (n > 0) {
    const first = weekdayOf(isoDate(year, month, 1));
    return first === 6 ? [friday, plusDays(friday, 7)] : first === 0 ? [plusDays(friday, -7), friday] : [friday];
  }
  const last = weekdayOf(isoDate(year, month, daysInMonth(year, month)));
  return last === 5 ? [friday, plusDays(friday, 7)] : last === 6 ? [plusDays(friday, -7), friday] : [friday];
}

/** After "the weekend after", these leave what it is after unsaid ("the weekend after then", "… after instead"). */
const UNSAID_AFTER = new Set(['that', 'then', 'it', 'instead', 'maybe', 'please', 'pls', 'perhaps']);

/** Whether words[at] is an "after" whose what-after is left unsaid ("the weekend after", "the Friday after then"). */
function afterUnsaid(words: readonly string[], at: number): boolean {
  return words[at] === 'after' && (at + 1 === words.length || UNSAID_AFTER.has(words[at + 1]!));
}

function weekendAt(words: readonly string[], i: number): Mention | null {
  const next = firstPhrase(words, i, NEXT_WEEKEND_WORDS) || firstPhrase(words, i, OTHER_WEEKEND);
  const thisWords = next ? 0 : firstPhrase(words, i, THIS_WORDS);
  let at = i + next + thisWords;
  // "This coming weekend", "the coming weekend", "coming weekend".
  const coming = !next && (words[at] === 'coming' || (thisWords > 0 && words[at - 1] === 'coming'));
  if (!next && words[at] === 'coming') at++;
  let len = firstPhrase(words, at, WEEKEND_WORDS);
  // "Este fin", "el próximo fin", "el fin que viene": the weekend, as said in Mexico (not "fin de mes").
  // ("El próximo fin, de viernes a domingo": a weekday after "de" is the weekend's days, not "fin de mes".)
  const finOf = ['de', 'del'].includes(words[at + 1] ?? '') && WEEKDAYS[words[at + 2] ?? ''] === undefined;
  // ("El puro fin": just the weekend, this one.)
  if (!len && words[at] === 'fin' && !finOf && (next > 0 || words[at - 1] === 'este' || words[at - 1] === 'puro' || firstPhrase(words, at + 1, NEXT_AFTER_WEEKEND) > 0)) len = 1;
  if (!len) return null;
  // "Super Bowl weekend", "a wedding weekend": an occasion's weekend, whose date is not said here (not this one).
  if (!next && !thisWords && !coming && isOccasion(words[i - 1] ?? '')) return { start: i, end: at + len, what: { kind: 'vague' }, cue: null };
  let end = at + len;
  let mod: WeekendMod = next ? 'next' : coming ? 'coming' : 'this';
  const afterNext = firstPhrase(words, end, AFTER_NEXT_WEEKEND);
  const afterThis = afterNext ? 0 : firstPhrase(words, end, AFTER_THIS_WEEKEND);
  const after = afterNext || afterThis ? 0 : firstPhrase(words, end, NEXT_AFTER_WEEKEND);
  if (afterNext) [mod, end] = ['afterNext', end + afterNext];
  else if (afterThis) [mod, end] = ['afterThis', end + afterThis];
  else if (after) [mod, end] = ['next', end + after];
  // "What about the weekend after?": after a stay not said here (the one being talked about), so no
  // weekend this reader can name.
  else if (afterUnsaid(words, end)) return { start: i, end: end + 1, what: { kind: 'vague' }, cue: null };
  // "The weekend after New Year's", "el fin de semana antes de Navidad": a weekend near a day said,
  // the one that day's own or the next? Not this weekend; no weekend named (the day is read as
  // vague at its own words, after its "after").
  else if (firstPhrase(words, end, AFTER_WORDS) || firstPhrase(words, end, BEFORE_WORDS)) return { start: i, end, what: { kind: 'vague' }, cue: null };
  // "Este fin de semana no, el otro": the weekend after this one.
  const other = mod === 'this' || mod === 'coming' ? otherOneAt(words, end) : 0;
  // ("Not this weekend but the next one": its "not" is the mention's, which rules nothing out.)
  const butNext = other || (mod !== 'this' && mod !== 'coming') ? 0 : notThisButNext(words, i, end);
  if (other || butNext) [mod, end] = ['afterThis', end + other + butNext];
  const of = WEEKEND_OF.has(words[end] ?? '');
  return { start: butNext ? i - 1 : i, end, what: { kind: 'weekend', mod, ...(of ? { of } : {}) }, cue: null };
}

function weekdayAt(words: readonly string[], i: number): Mention | null {
  let at = i;
  let mod: WeekdayMod = 'bare';
  let weeks = 1;
  // "a week from Friday", "two weeks from Friday" (not "for a week from Friday": that is seven
  // nights, from Friday).
  // ("wk from fri", texted without its article: one week. After "a" or a number, that was read there.)
  const bareWeek = (words[i] === 'week' || words[i] === 'fortnight') && !['a', 'an', 'for'].includes(words[i - 1] ?? '') && readNumberAt(words, i - 1, 'en') === null;
  const count = words[i] === 'a' || words[i] === 'an' ? { value: 1, end: i + 1 } : bareWeek ? { value: 1, end: i } : readNumberAt(words, i, 'en');
  const weekFrom = (count && count.value <= 8 ? firstPhrase(words, count.end, WEEKS_FROM) : 0) || weeksFromEs(words, i);
  // "A week Tuesday", "a fortnight Tuesday" (British): the weekday right after, not a range from it.
  const unit = count && count.value <= 8 ? WEEKS_IN[words[count.end] ?? ''] : undefined;
  const weekThen = !weekFrom && unit !== undefined && WEEKDAYS[words[count!.end + 1] ?? ''] !== undefined && !RANGE_WORDS.has(words[count!.end + 2] ?? '');
  const counted = count ?? (weekFrom ? spanishCountAt(words, i) : null);
  if (counted && (weekFrom || weekThen) && !STAY_FOR.has(words[i - 1] ?? '')) {
    mod = 'weekFrom';
    weeks = counted.value * (weekThen ? unit! : words[counted.end] === 'fortnight' || words[counted.end] === 'fortnights' ? 2 : 1);
    at = counted.end + (weekThen ? 1 : weekFrom);
    if (words[at] === 'this' || words[at] === 'next') at++;
  } else if (words[i] === 'el' && words[i + 1] === 'otro' && WEEKDAYS[words[i + 2] ?? ''] !== undefined) {
    // "El otro martes" (Mexico): not the coming one, the one after (see weekdayAhead).
    [mod, at] = ['other', i + 2];
  } else if (words[i] === 'last' && WEEKDAYS[words[i + 1] ?? ''] !== undefined) {
    // "Last Friday": gone.
    [mod, at] = ['last', i + 1];
  } else {
    const next = firstPhrase(words, i, NEXT_WEEK_THEN);
    if (next && WEEKDAYS[words[i + next] ?? ''] !== undefined) [mod, at] = ['nextWeek', i + next];
    else {
      const n = firstPhrase(words, i, NEXT_WORDS);
      if (n) [mod, at] = [phraseAt(words, i, ['this', 'coming']) ? 'coming' : 'next', i + n];
      else {
        const t = firstPhrase(words, i, THIS_WEEKDAY);
        if (t) [mod, at] = [words[i] === 'el' ? 'bare' : 'this', i + t];
      }
    }
  }
  const weekday = WEEKDAYS[words[at] ?? ''];
  if (weekday === undefined) return null;
  let end = at + 1;
  // ("El martes siguiente al 8": the Tuesday after the 8th, not next Tuesday; see vagueAt.)
  const afterDay = words[end] === 'siguiente' && ['al', 'a', 'del', 'de'].includes(words[end + 1] ?? '');
  const after = mod === 'last' || afterDay ? 0 : firstPhrase(words, end, AFTER_WEEKDAY);
  const weekLater = WEEK_AFTER_WEEKDAY[words[end] ?? ''];
  if ((mod === 'bare' || mod === 'this' || mod === 'coming') && weekLater !== undefined && !NOT_WEEK_AFTER.has(words[end + 1] ?? '')) {
    // "Tuesday week", "Tuesday fortnight": as "a week from Tuesday".
    [mod, weeks] = ['weekFrom', weekLater];
    end++;
  } else if (mod !== 'last' && words[end] === 'pasado' && words[end + 1] !== 'manana') {
    // "El viernes pasado": gone.
    mod = 'last';
    end++;
  } else if (after) {
    const said = words.slice(end, end + after).join(' ');
    // ("Este viernes que viene": this coming Friday, as "this coming"; "el viernes que viene" may be either.)
    const thisOne = mod === 'this' && (said === 'que viene' || said === 'que entra');
    mod = thisOne ? 'coming' : said === 'after next' ? 'afterNext'
      : said === 'en ocho' || said === 'en 8' || said === 'en quince' || said === 'en 15' ? 'weekFrom'
        : said === 'que viene' || said === 'proximo' || said === 'que entra' || said === 'siguiente' ? 'next'
          : said === 'this week' || said === 'de esta semana' ? 'this' : 'nextWeek';
    if (said === 'en quince' || said === 'en 15') weeks = 2;
    end += after;
  }
  // "This Tuesday, no, the other one": the Tuesday a week after the one first said.
  const other = mod === 'this' || mod === 'coming' || mod === 'bare' ? otherOneAt(words, end) : 0;
  if (other) [mod, weeks, end] = ['weekFrom', 1, end + other];
  // "How about the Friday after?": after a day not said here, as "the weekend after" (weekendAt).
  if (mod === 'bare' && afterUnsaid(words, end)) return { start: i, end: end + 1, what: { kind: 'vague' }, cue: null };
  return { start: i, end, what: { kind: 'weekday', weekday, mod, ...(weeks !== 1 ? { weeks } : {}) }, cue: null };
}

/**
 * "3/4", "12/5", "1/2/2027": month and day, or day and month? Written in Mexico (and much of the
 * world) "3/4" is the 3rd of April, in the United States March 4th, and a caller's language does
 * not say which they write: with both numbers a month and not the same, both dates are offered
 * (slashedDates). "12/24", "24/12" and "5/5" say one date and are read as such (monthDayAt, chrono).
 */
function slashedAt(words: readonly string[], i: number, locale: Locale, order: WrittenOrder | null): Mention | null {
  const slash = slashParts(words[i]!);
  if (!slash) return null;
  const { a, b, year } = slash;
  if (a === b || a < 1 || b < 1 || a > 12 || b > 12) return null;
  // Another date in the same words shows which way they are written ("1/31 to 3/2"): read so.
  if (order) return { start: i, end: i + 1, what: dated(order === 'md' ? a : b, order === 'md' ? b : a, year), cue: null };
  const [month, day] = locale === 'es-MX' ? [b, a] : [a, b];
  return { start: i, end: i + 1, what: { kind: 'slashed', month, day, year }, cue: null };
}

type WrittenOrder = 'md' | 'dm';

/** "3/4", "3/4/27", "3/4/2027": the two numbers as written, and the year (two digits are 20xx). */
function slashParts(w: string): { a: number; b: number; year: number | null } | null {
  if (!w.includes('/')) return null;
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(w);
  if (!slash) return null;
  const year = slash[3] ? (slash[3].length === 2 ? 2000 + Number(slash[3]) : Number(slash[3])) : null;
  return { a: Number(slash[1]), b: Number(slash[2]), year };
}

/**
 * How the words write their slashed dates, when one shows it: "1/31" is month first, "31/1" day
 * first (a number over 12 is a day). Null when none does, or they disagree.
 */
function writtenOrder(words: readonly string[]): WrittenOrder | null {
  let order: WrittenOrder | null = null;
  for (const w of words) {
    const slash = slashParts(w);
    if (!slash) continue;
    const { a, b } = slash;
    const shown: WrittenOrder | null = a <= 12 && b > 12 && b <= 31 ? 'md' : b <= 12 && a > 12 && a <= 31 ? 'dm' : null;
    if (shown === null) continue;
    if (order !== null && order !== shown) return null;
    order = shown;
  }
  return order;
}

/**
 * Both readings of a slashed date: the two dates when both are ahead; the locale's reading when only
 * it is (the other passed this year, which would be asked about); and when only the other is, both
 * (the locale's as next year's): "11/5" in English on December 1st is May 11th or next November 5th,
 * not a question about a day just passed.
 */
function slashedDates(what: Extract<What, { kind: 'slashed' }>, today: IsoDate): Resolved {
  const mine = resolveAlone({ kind: 'date', month: what.month, day: what.day, year: what.year, weekday: null }, today);
  const other = resolveAlone({ kind: 'date', month: what.day, day: what.month, year: what.year, weekday: null }, today);
  if (other.kind !== 'dates') return mine;
  const ahead = mine.kind === 'dates' ? mine.dates : mine.kind === 'past' && mine.next !== null ? [mine.next] : [];
  if (ahead.length === 0) return mine;
  return { kind: 'dates', dates: [...new Set([...ahead, ...other.dates])].sort() };
}

/** Month-and-day dates chrono did not take (29 February, 31 June, month 13): named as impossible, or read. */
function monthDayAt(words: readonly string[], i: number, locale: Locale): Mention | null {
  // ("Tomorrow and the day after": nothing after "after" to read; it threw, and every date said was lost.)
  const w = words[i];
  if (w === undefined) return null;
  const slash = slashParts(w);
  if (slash) {
    const [month, day] = locale === 'es-MX' ? [slash.b, slash.a] : [slash.a, slash.b];
    return { start: i, end: i + 1, what: dated(month, day, slash.year), cue: null };
  }
  const month = MONTHS[w];
  if (month !== undefined) {
    // "February 29th", "june 31", "feb the 30th"
    const k = words[i + 1] === 'the' ? i + 2 : i + 1;
    const d = dayNumberAt(words, k);
    // "January, 2 rooms", "enero 3 noches", "in march, 2 nights": a count after the month, not its
    // day (the comma is gone by here). The month alone is read, and the day asked.
    if (d && !countFollows(words, d.end) && (w !== 'may' || d.ordinal || /^\d/.test(words[k] ?? ''))) {
      const y = yearAt(words, d.end);
      return { start: i, end: y ? y.end : d.end, what: dated(month, d.day, y?.year ?? null), cue: null };
    }
    return null;
  }
  // "29 de febrero (de 2027)", "the 31st of June", "31 june"
  const d = dayNumberAt(words, i);
  if (!d) return null;
  const k = words[d.end] === 'of' || words[d.end] === 'de' ? d.end + 1 : d.end;
  const m = MONTHS[words[k] ?? ''];
  if (m === undefined) return null;
  const y = yearAt(words, k + 1);
  return { start: i, end: y ? y.end : k + 1, what: dated(m, d.day, y?.year ?? null), cue: null };
}

/**
 * "Twelve fifteen", "one fifteen", "12 15" said alone at the date question in English (no month
 * named; the caller checks): a date
 * written 12/15 read aloud, or the 12th to the 15th? As "12-15" typed (dayOnlyAt): both offered
 * when the first is this month or the next, or the days would make a long stay; else the days.
 */
function spokenMonthDayAt(words: readonly string[], i: number, taken: readonly boolean[], today: IsoDate): Mention | null {
  const cardinal = (k: number) => (/^\d{1,2}$|^\p{L}+$/u.test(words[k] ?? '') && !isOrdinalWord(words[k]) ? readNumberAt(words, k, 'en') : null);
  const a = cardinal(i);
  const b = a && !taken[a.end] ? cardinal(a.end) : null;
  if (!a || !b || a.value < 1 || a.value > 12 || b.value < 1 || b.value > 31 || a.value === b.value) return null;
  // (Not "twelve fifteen nights", "twelve fifteen to …", three numbers in a row; "twelve fifteen, two nights" is one.)
  const third = readNumberAt(words, b.end, 'en');
  if (COUNT_UNITS.has(words[b.end] ?? '') || RANGE_WORDS.has(words[b.end] ?? '') || (third && !COUNT_UNITS.has(words[third.end] ?? ''))) return null;
  const month = partsOf(today).month;
  const near = a.value === month || a.value === (month % 12) + 1;
  const long = (b.value > a.value ? b.value - a.value : b.value + 30 - a.value) > 7;
  if (!(near || long) || b.value > daysInMonth(2000, a.value)) return null;
  return { start: i, end: b.end, what: { kind: 'dashed', first: a.value, second: b.value }, cue: null };
}

/** Before an hour ("at like eleven thirty", "by 11 30", "Friday night like 11 30"), with what may come between. */
const HOUR_BEFORE = new Set(['at', 'by', '@', 'night', 'morning', 'evening', 'afternoon', 'tonight']);
const HOUR_LOOSE = new Set(['like', 'about', 'around', 'maybe', 'probably', 'um', 'uh']);
/** After an hour: "am", "at night", "in the morning", "o'clock". */
const HOUR_AFTER = [['am'], ['pm'], ['a.m'], ['p.m'], ['oclock'], ['at', 'night'], ['tonight'], ['in', 'the', 'morning'], ['in', 'the', 'evening'], ['in', 'the', 'afternoon']];
/** A word without which no hour is said as above. */
const HOUR_SIGNS = new Set([...HOUR_BEFORE, ...HOUR_AFTER.map((p) => p[0]!)]);

/**
 * Marks an hour said in English as no day: "Friday at eleven thirty", "at like 11 30", "eleven thirty
 * at night" (read as 11/30, a past day with a stay to it, or as the 11th and the 30th). The hour
 * (1–12) and its minutes, after "at"/"by" or before "am", "at night", "in the morning".
 */
function takeHours(words: readonly string[], taken: boolean[]): void {
  // (Most answers say no hour: one look at each word first.)
  if (!words.some((w) => HOUR_SIGNS.has(w))) return;
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const hour = /^\d{1,2}$|^\p{L}+$/u.test(words[i]!) && !isOrdinalWord(words[i]) ? readNumberAt(words, i, 'en') : null;
    // ("The 12 at night": a day said as one.)
    if (!hour || hour.value < 1 || hour.value > 12 || DAY_MARKERS.has(words[i - 1] ?? '')) continue;
    const minutes = readNumberAt(words, hour.end, 'en');
    const end = minutes && minutes.value < 60 && !isOrdinalWord(words[hour.end]) && !COUNT_UNITS.has(words[minutes.end] ?? '') ? minutes.end : hour.end;
    let k = i - 1;
    while (k >= 0 && HOUR_LOOSE.has(words[k]!)) k--;
    if (!HOUR_BEFORE.has(words[k] ?? '') && firstPhrase(words, end, HOUR_AFTER) === 0) continue;
    for (let j = i; j < end; j++) taken[j] = true;
    i = end - 1;
  }
}

/**
 * "El 15 del 12", "para el quince del doce", "8 del 1" (asked for a date): a day and its month as a
 * number, as Mexicans say a date written 15/12. Only a day marked as one ("el", "del", "al", a
 * weekday) or said alone at the date question: "quiero 2 del 12 al 14" is two rooms.
 */
function numberedMonthAt(words: readonly string[], i: number, sense: DateSense): Mention | null {
  const d = dayNumberAt(words, i);
  if (!d || (words[d.end] !== 'del' && words[d.end] !== 'de')) return null;
  const k = d.end + 1;
  if (!/^\d{1,2}$|^\p{L}+$/u.test(words[k] ?? '') || words[k] === 'un' || words[k] === 'una') return null;
  const month = readNumberAt(words, k, 'es');
  if (!month || month.value < 1 || month.value > 12 || countFollows(words, month.end)) return null;
  const before = words[i - 1] ?? '';
  const marked = DAY_MARKERS.has(before) || WEEKDAYS[before] !== undefined;
  const alone = (sense.bareDay ?? false) && i === 0 && !RANGE_WORDS.has(words[month.end] ?? '');
  if (!marked && !alone) return null;
  const y = yearAt(words, month.end);
  return { start: i, end: y ? y.end : month.end, what: dated(month.value, d.day, y?.year ?? null), cue: null };
}

/**
 * "El 5 del 1 de 2027": a day, its month as a number and the year, read before chrono (which read
 * "1 de 2027" as a date of its own, leaving "el 5" the 5th of this month).
 */
function numberedMonthWithYearAt(words: readonly string[], i: number, sense: DateSense): Mention | null {
  if (words[i + 1] !== 'del' && words[i + 1] !== 'de' && words[i + 2] !== 'del' && words[i + 2] !== 'de') return null;
  const m = numberedMonthAt(words, i, sense);
  return m && (m.what.kind === 'date' || m.what.kind === 'noSuchDate') && m.what.year !== null ? m : null;
}

/** "El 2 de 2027", "the 2nd of 2027": a day and a year, and no month: no day (chrono read this month's 2nd). */
function dayOfAYearAt(words: readonly string[], i: number): Mention | null {
  // (Most of what is said has no year: looked for only where one follows within three words.)
  if (![1, 2, 3].some((n) => /^20\d\d$/.test(words[i + n] ?? ''))) return null;
  // ("El 20 12 2026": the 12 is the month of a day said before it.)
  if (/^\d/.test(words[i - 1] ?? '') || dayNumberAt(words, i - 1) !== null) return null;
  const d = MONTHS[words[i - 1] ?? ''] === undefined && MONTHS[words[i - 2] ?? ''] === undefined ? dayNumberAt(words, i) : null;
  if (!d) return null;
  const k = words[d.end] === 'of' ? d.end + 1 : d.end;
  const y = yearAt(words, k);
  return y ? { start: i, end: y.end, what: { kind: 'vague' }, cue: null } : null;
}

/**
 * "December fifth last year", "el 5 de diciembre del año pasado": after a month or a day, the year
 * before today's, as its digits (read as any year said: a day past, asked about); "del 2025" after
 * a month, as "de 2025".
 */
function lastYearSaid(words: string[], today: IsoDate): string[] {
  // ("5 de diciembre del 2025": chrono reads the year after "de", not after "del".)
  for (let i = 1; i < words.length - 1; i++) if (words[i] === 'del' && MONTHS[words[i - 1]!] !== undefined && /^20\d\d$/.test(words[i + 1]!)) words[i] = 'de';
  if (!words.includes('last') && !words.includes('pasado')) return words;
  const last = String(partsOf(today).year - 1);
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1]!;
    const afterDate = MONTHS[prev] !== undefined || /^\d{1,2}(st|nd|rd|th)?$/.test(prev) || ORDINALS[prev] !== undefined;
    if (afterDate && words[i] === 'last' && words[i + 1] === 'year') words.splice(i, 2, last);
    else if (afterDate && (words[i] === 'del' || words[i] === 'de') && words[i + 1] === 'ano' && words[i + 2] === 'pasado') words.splice(i, 3, 'de', last);
    else if (MONTHS[prev] !== undefined && words[i] === 'el' && words[i + 1] === 'ano' && words[i + 2] === 'pasado') words.splice(i, 3, 'de', last);
  }
  return words;
}

/**
 * "Dec 20 26", "jan 3 27": a month, a day and two digits that may be the year written short or the
 * day the stay ends. When the year would be the one the day next falls in anyway, the digits go:
 * the arrival is that day either way, and how long the stay is, is asked (not 6 nights or 24).
 */
function shortYearDropped(words: string[], today: IsoDate): string[] {
  const { year, month: thisMonth, day: thisDay } = partsOf(today);
  for (let i = 0; i + 2 < words.length; i++) {
    const month = MONTHS[words[i]!];
    if (month === undefined || !/^\d{1,2}(?:st|nd|rd|th)?$/.test(words[i + 1]!) || !/^\d{2}$/.test(words[i + 2]!)) continue;
    const after = words[i + 3];
    if (after !== undefined && (COUNT_WORDS.has(after) || JOINED_DIGITS_NOT_BEFORE.has(after) || /^\d/.test(after))) continue;
    const day = parseInt(words[i + 1]!, 10);
    const nextYear = month > thisMonth || (month === thisMonth && day >= thisDay) ? year : year + 1;
    if (2000 + Number(words[i + 2]) === nextYear) return [...words.slice(0, i + 2), ...words.slice(i + 3)];
  }
  return words;
}

function yearAt(words: readonly string[], i: number): { year: number; end: number } | null {
  const k = words[i] === 'de' || words[i] === 'del' ? i + 1 : i;
  const m = /^(20\d\d)$/.exec(words[k] ?? '');
  return m ? { year: Number(m[1]), end: k + 1 } : null;
}

function dated(month: number, day: number, year: number | null): What {
  if (month < 1 || month > 12 || day > 31) return { kind: 'noSuchDate', month, day, year };
  if (year !== null && !isRealDate(year, month, day)) return { kind: 'noSuchDate', month, day, year };
  if (day > daysInMonth(2000, month)) return { kind: 'noSuchDate', month, day, year }; // 30 February, 31 June
  return { kind: 'date', month, day, year, weekday: null };
}

/** A day of the month said alone: "the 24th", "el 24", "del 24 al 27", "24-27", a bare "24" when asked. */
function dayOnlyAt(words: readonly string[], i: number, sense: DateSense): Mention[] {
  const bareDay = sense.bareDay ?? false;
  const w = words[i] as string;
  const range = /^(\d{1,2})-(\d{1,2})$/.exec(w);
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    if (a >= 1 && a <= 31 && b >= 1 && b <= 31 && !countFollows(words, i + 1) && !hedgedCount(a, b, words[i - 1], sense)) {
      // In English "12-18" may be month-day when that month is this one or the next, or when the
      // days would make a long stay ("12-28" in February: December 28, or sixteen nights?).
      const month = partsOf(sense.today).month;
      const near = a === month || a === (month % 12) + 1;
      const long = (b > a ? b - a : b + 30 - a) > 7;
      if (sense.locale === 'en-US' && (near || long) && a <= 12 && b <= daysInMonth(2000, a) && !words.some((x) => MONTHS[x] !== undefined)) {
        return [{ start: i, end: i + 1, what: { kind: 'dashed', first: a, second: b }, cue: null }];
      }
      return [
        { start: i, end: i + 1, what: { kind: 'day', day: a, weekday: null }, cue: 'arrival' },
        { start: i, end: i + 1, what: { kind: 'day', day: b, weekday: null }, cue: 'to', rangeEnd: true },
      ];
    }
    return [];
  }
  const d = dayNumberAt(words, i);
  if (!d) return [];
  const month = monthSaidAt(words, d.end);
  if (month) return [{ start: i, end: month.end, what: { kind: 'day', day: d.day, weekday: null, month: month.ahead }, cue: cueBefore(words, i) }];
  if (countFollows(words, d.end, i)) return [];
  const before = words[i - 1] ?? '';
  const cue = cueBefore(words, i);
  // Ordinal words ("first", "second") are dates only after "the" ("the first one" is not a date),
  // or after another ordinal and a list or range word ("the nineteenth and twentieth").
  const isWordOrdinal = d.ordinal && !/^\d/.test(w);
  // ("The first, second and third": a list whose joins were commas.)
  // ("Las noches del 10 y 11", "el 24 y 25": a number listed after a day of the month is one too.)
  const afterDay = (AND_WORDS.has(before) || OR_WORDS.has(before)) && /^\d{1,2}$/.test(words[i - 2] ?? '') && DAY_MARKERS.has(words[i - 3] ?? '');
  const listed = (ORDINAL_JOINS.has(before) && isOrdinalWord(words[i - 2])) || (isWordOrdinal && isOrdinalWord(before) && ['the', 'el'].includes(words[i - 2] ?? '')) || afterDay;
  // ("Del primero al tres de enero": "del" opening a range marks a day as "el" does.)
  // ("Del 28 al primero": so does "al" closing one.)
  const opensSpanishRange = before === 'del' && (words[d.end] === 'al' || words[d.end] === 'hasta');
  const closesSpanishRange = (before === 'al' || before === 'hasta') && dayNumberAt(words, i - 2) !== null;
  if (isWordOrdinal && before !== 'the' && before !== 'el' && !opensSpanishRange && !closesSpanishRange && !bareDay && !listed) return [];
  // ("Through the twenty fifth, one standard": a range's end is a day whatever follows it.)
  const endsRange = RANGE_WORDS.has(before) || ((before === 'the' || before === 'el') && RANGE_WORDS.has(words[i - 2] ?? ''));
  // ("The thirty first, one night": "one" opens a count, not "the first one".)
  const countNext = words[d.end] === 'one' && COUNT_UNITS.has(words[d.end + 1] ?? '');
  if (isWordOrdinal && !endsRange && !countNext && NOT_A_DAY_AFTER_ORDINAL.has(words[d.end] ?? '')) return [];
  // A number right after a weekday is its day ("el sábado 12"), when it is written as one.
  const afterWeekday = WEEKDAYS[before] !== undefined && /^\d/.test(w);
  // "Change the nights to six", "las noches a cinco": a new count, not a day.
  if (cue === 'to' && !d.ordinal && COUNT_UNITS.has(words[i - 2] ?? '')) return [];
  // "24 al 26 dic", "24 to 26 december": a day opening a range whose end is said.
  // "8 y 9 de enero", "8 and 9 January": a list opened by a bare day only when its month closes it.
  const opensList = (j: number) => AND_WORDS.has(words[j] ?? '') && monthDayAt(words, j + 1, 'en-US')?.what.kind === 'date';
  // ("24 25 y 26 de diciembre": a day before one that opens a list is listed too.)
  const opensRange = (RANGE_WORDS.has(words[d.end] ?? '') && dayFollows(words, d.end + 1)) || opensList(d.end) || (/^\d{1,2}$/.test(words[d.end] ?? '') && opensList(d.end + 1));
  const marked = (d.ordinal && !isWordOrdinal) || DAY_MARKERS.has(before) || afterWeekday || cue !== null || listed || opensRange;
  // "3 to 4" asked the nights, with the arrival known: a count not settled, not the 3rd to the 4th.
  if (!d.ordinal && opensRange && RANGE_WORDS.has(words[d.end] ?? '') && hedgedCount(d.day, dayNumberAt(words, d.end + 1)?.day ?? 0, before, sense)) return [];
  if (!d.ordinal && (cue === 'to' || RANGE_WORDS.has(before)) && hedgedCount(dayNumberAt(words, i - 2)?.day ?? 0, d.day, words[i - 3], sense)) return [];
  // "One" alone is never the 1st ("the one next week", "una nada más"): people say "the first".
  if (['one', 'uno', 'una', 'un'].includes(w)) return [];
  // Nor is "1" texted for "one": "the 1 w 2 beds", "the 1 with the view", "la 1 q tiene vista".
  if (w === '1' && ONE_WITH.has(words[d.end] ?? '')) return [];
  // "At 8", "a las 3", "como a las 5": a time of day, not a day ("the 12th at 8" is not the 8th).
  if (!d.ordinal && TIME_BEFORE.has(before)) return [];
  // "We are 4", "somos cuatro", "party of 6" at the date question: how many are coming, not a day;
  // so is "for two", "para dos" ("mesa para dos"): a day is said "for the 2nd", "para el dos".
  if (!d.ordinal && (endsBefore(words, i, PEOPLE_BEFORE) || FOR_A_COUNT.has(before))) return [];
  // "Till 11 at night", "hasta las 7 de la mañana": a time of day too ("the 12 at night" stays the 12th).
  if (!d.ordinal && !DAY_MARKERS.has(before) && firstPhrase(words, d.end, TIME_AFTER) > 0) return [];
  if (!marked && !(bareDay && words.length - (d.end - i) <= 4)) return [];
  return [{ start: i, end: d.end, what: { kind: 'day', day: d.day, weekday: null }, cue }];
}

/**
 * "3-4", "2 to 3" said bare where the nights are asked and the arrival is known: how many nights,
 * not settled (asked), never the 3rd to the 4th. Days said so ("the 3rd to the 4th", "del 3 al 4")
 * are marked, and stay days.
 */
function hedgedCount(a: number, b: number, before: string | undefined, sense: DateSense): boolean {
  return (sense.lengthAsked ?? false) && sense.arrival !== undefined && sense.arrival !== null && a >= 1 && b > a && b - a <= 2 && !DAY_MARKERS.has(before ?? '') && !/^\d/.test(before ?? '');
}

/** After "1", these make it "one" written short, not the 1st: "the 1 w 2 beds", "la 1 q tiene vista". */
const ONE_WITH = new Set(['w', 'with', 'that', 'which', 'who', 'con', 'que', 'q']);

/** Right before a number said alone, these make it how many: "for two", "para dos", "p/ 2". */
const FOR_A_COUNT = new Set(['for', 'para', 'p']);

/** After an ordinal word, these make it a rank, not a day: "the first one", "first thing tomorrow", "first available". */
const NOT_A_DAY_AFTER_ORDINAL = new Set(['one', 'time', 'option', 'floor', 'thing', 'things', 'class', 'choice', 'priority', 'available', 'chance']);

/** Right after a number, these make it a time of day: "11 at night", "7 in the morning", "6 de la mañana". */
const TIME_AFTER = [
  ['at', 'night'], ['in', 'the', 'morning'], ['in', 'the', 'evening'], ['in', 'the', 'afternoon'], ['a.m'], ['p.m'],
  ['de', 'la', 'noche'], ['de', 'la', 'manana'], ['de', 'la', 'tarde'], ['en', 'la', 'noche'], ['en', 'la', 'manana'],
];

/** Right before a number, these make it a time of day: "at 8", "around 4", "a las 3", "tipo 5". */
const TIME_BEFORE = new Set(['at', 'around', 'about', 'by', 'after', 'before', 'las', 'tipo', 'approximately', 'roughly']);

/** A day of the month at words[k], not a count ("9 de enero", not "3 noches"). */
function dayFollows(words: readonly string[], k: number): boolean {
  const d = dayNumberAt(words, k);
  return d !== null && !countFollows(words, d.end, k);
}

/** Unit words a new count follows ("the nights to six"). */
const COUNT_UNITS = new Set(['night', 'nights', 'noches', 'noche', 'room', 'rooms', 'habitaciones', 'cuartos']);
/** Between two days of the month: a range ("24 al 26 dic"). */
const RANGE_WORDS = new Set(['al', 'to', 'through', 'thru', 'till', 'until', 'hasta', '-']);

/** Between two ordinals, these make the second a date too: a list of nights, or a range. */
const ORDINAL_JOINS = new Set(['and', 'y', 'e', 'or', 'o', 'to', 'through', 'thru', 'till', 'until', 'al', 'hasta']);

function isOrdinalWord(w: string | undefined): boolean {
  return w !== undefined && (ORDINALS[w] !== undefined || /^\d{1,2}(st|nd|rd|th|o|ro|ero|a)$/.test(w));
}

const THIS_MONTH = [['of', 'this', 'month'], ['this', 'month'], ['of', 'the', 'month'], ['de', 'este', 'mes'], ['del', 'mes'], ['este', 'mes']];
const NEXT_MONTH = [
  ['of', 'next', 'month'], ['next', 'month'], ['of', 'the', 'next', 'month'], ['del', 'proximo', 'mes'], ['del', 'mes', 'que', 'viene'],
  ['del', 'siguiente', 'mes'], ['del', 'otro', 'mes'], ['del', 'mes', 'que', 'entra'],
  // "El 5 del que entra", "del 3 al 5 del que viene": the month left unsaid, as Mexicans say it.
  ['del', 'que', 'entra'], ['del', 'que', 'viene'],
];

/** "Next month, the 10th", "el mes que viene, el 10": the month said before the day. */
const MONTH_BEFORE: readonly [string[], 0 | 1][] = [
  [['next', 'month'], 1], [['proximo', 'mes'], 1], [['mes', 'que', 'viene'], 1], [['mes', 'que', 'entra'], 1],
  [['this', 'month'], 0], [['este', 'mes'], 0],
];
const DAY_LEAD = new Set(['the', 'el', 'on', 'dia']);

/** A day of the month with the month said around it ("the 10th of next month", "next month, the 10th"). */
function withMonthSaid(words: readonly string[], m: Mention): Mention {
  if (m.what.kind !== 'day' || m.what.month !== undefined) return m;
  const after = monthSaidAt(words, m.end);
  if (after) return { ...m, end: after.end, what: { ...m.what, month: after.ahead } };
  let p = m.start;
  while (p > 0 && DAY_LEAD.has(words[p - 1]!)) p--;
  for (const [phrase, ahead] of MONTH_BEFORE) {
    if (p - phrase.length >= 0 && phraseAt(words, p - phrase.length, phrase)) return { ...m, what: { ...m.what, month: ahead } };
  }
  return m;
}

/** "of this month" / "del mes que viene" after a day: which month the day is in. */
function monthSaidAt(words: readonly string[], i: number): { ahead: 0 | 1; end: number } | null {
  const next = firstPhrase(words, i, NEXT_MONTH);
  if (next) return { ahead: 1, end: i + next };
  const now = firstPhrase(words, i, THIS_MONTH);
  return now ? { ahead: 0, end: i + now } : null;
}

// ---------------------------------------------------------------------------------------------
// chrono

interface Piece {
  text: string;
  from: number;
  to: number;
}

/** Adds the piece for words[from..to) and returns where the next one starts. */
function piece(out: Piece[], text: string, from: number, to: number): number {
  out.push({ text, from, to });
  return to;
}

/** The words rewritten for chrono's parser in `lang`, each piece remembering which words it came from. */
function chronoPieces(words: readonly string[], lang: Lang): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as string;
    // chrono's Spanish parser reads "pasado mañana" as "mañana"; "por la mañana" is the morning, not tomorrow.
    // Mexico's "de hoy en ocho" (a week from today), "de mañana en quince" (two weeks from tomorrow).
    const from = w === 'de' ? i + 1 : i;
    const weeks = WEEK_COUNTS[words[from + 2] ?? ''];
    const day = ABBREVIATIONS[words[from] ?? ''] ?? words[from];
    if ((day === 'hoy' || day === 'manana') && words[from + 1] === 'en' && weeks !== undefined) {
      i = piece(out, `en ${weeks + (day === 'manana' ? 1 : 0)} dias`, i, from + 3);
      continue;
    }
    if (w === 'pasado' && (words[i + 1] === 'manana' || ABBREVIATIONS[words[i + 1] ?? ''] === 'manana')) { i = piece(out, 'en 2 dias', i, i + 2); continue; }
    // Mexico's "en ocho días", "dentro de ocho días": a week from today (the days counted the old way).
    const within = w === 'dentro' && words[i + 1] === 'de' ? i + 2 : w === 'en' ? i + 1 : -1;
    if (within >= 0 && WEEK_COUNTS[words[within] ?? ''] === 7 && DAY_UNITS.has(words[within + 1] ?? '')) { i = piece(out, 'en 7 dias', i, within + 2); continue; }
    // chrono has no "fortnight": "in a fortnight" is in two weeks ("for a fortnight" stays a length).
    if (w === 'in' && (words[i + 1] === 'a' || words[i + 1] === 'one') && words[i + 2] === 'fortnight') { i = piece(out, 'in 14 days', i, i + 3); continue; }
    if (['por', 'en', 'a', 'de', 'durante', 'para'].includes(w) && words[i + 1] === 'la' && /^mananas?$/.test(words[i + 2] ?? '')) { i = piece(out, '', i, i + 3); continue; }
    if (w === 'por' && words[i + 1] === 'las' && words[i + 2] === 'mananas') { i = piece(out, '', i, i + 3); continue; }
    // "La mañana" is always the morning ("a las 6 de la mañana", its "de" read as a count's): tomorrow has no article.
    if ((w === 'la' || w === 'las') && /^mananas?$/.test(words[i + 1] ?? '')) { i = piece(out, '', i, i + 2); continue; }
    if (w === 'day' && words[i + 1] === 'after' && (words[i + 2] === 'tomorrow' || ABBREVIATIONS[words[i + 2] ?? ''] === 'tomorrow') && words[i - 1] !== 'the') { i = piece(out, 'the day after tomorrow', i, i + 3); continue; }
    if (ABBREVIATIONS[w]) { i = piece(out, ABBREVIATIONS[w], i, i + 1); continue; }
    // chrono takes "esta noche", "this evening" for a time of day, not for today.
    if ((w === 'esta' && (words[i + 1] === 'noche' || words[i + 1] === 'tarde')) || (w === 'this' && (words[i + 1] === 'evening' || words[i + 1] === 'afternoon'))) {
      i = piece(out, lang === 'es' ? 'hoy' : 'today', i, i + 2);
      continue;
    }
    // "I'm driving right now", "right now I'm at work": what the caller is doing, not a day. (Only
    // "a week from now" counts from it.)
    if (w === 'now' && words[i - 1] !== 'from') { i = piece(out, '', i, i + 1); continue; }
    // "Para ahorita", or "ahorita" as the whole answer: today. "Ahorita estoy manejando" is not.
    if (w === 'ahorita' && (words[i - 1] === 'para' || words.length === 1)) { i = piece(out, 'hoy', i, i + 1); continue; }
    // chrono reads only "today" in "a week from today".
    if (w === 'from' && words[i + 1] === 'today') { i = piece(out, 'from now', i, i + 2); continue; }
    if (MONTHS[w] !== undefined && words[i + 1] === 'the') { i = piece(out, w, i, i + 2); continue; } // "December the 4th"
    const n = /^\d/.test(w) || ['a', 'an', 'un', 'una'].includes(w) || (w === 'once' && lang === 'en') ? null : readNumberAt(words, i, lang);
    // "twenty fifth" is an ordinal chrono reads itself.
    if (n && ORDINALS[words[n.end] ?? ''] === undefined) {
      // Spanish month first ("diciembre 24") reads as a year to chrono: "24 de diciembre".
      i = piece(out, String(n.value), i, n.end);
      continue;
    }
    if (lang === 'es' && ES_MONTHS.has(w)) {
      const d = readNumberAt(words, i + 1, 'es');
      // (Not "enero una semana", "enero dos semanas": a length said after the date.)
      const article = ['un', 'una'].includes(words[i + 1] ?? '');
      if (d && d.value >= 1 && d.value <= 31 && !/[:/]/.test(words[i + 1] ?? '') && !article && !countFollows(words, d.end)) {
        i = piece(out, `${d.value} de ${w}`, i, d.end);
        continue;
      }
    }
    i = piece(out, w, i, i + 1);
  }
  return out;
}

/** "en ocho", "en quince": a week, two weeks (the days counted the old way, both ends included). */
const WEEK_COUNTS = wordTable<number>({ ocho: 7, '8': 7, quince: 14, '15': 14 });

/**
 * chrono's parser for a language, relative to noon of `today` in the process's zone (see
 * referenceInstant). English counts of time ("in two weeks", "two days later") are read by our own
 * chrono parser (counted-time.ts): chrono's cost a fresh process a quarter of a second to compile.
 */
const PARSERS = { en: englishChrono(), es: chronoEs.casual } as const;

function englishChrono(): chronoEn.Chrono {
  const configuration = chronoEn.configuration.createCasualConfiguration(false);
  return new chronoEn.Chrono({ ...configuration, parsers: withCountedTime(configuration.parsers) });
}

/**
 * The reference instant: noon of `today` in the process's own time zone. chrono does its calendar
 * arithmetic in that zone, so "tomorrow" is the day after `today` whatever TZ is, and noon keeps
 * clear of daylight-saving gaps at midnight.
 */
function referenceInstant(today: IsoDate): Date {
  const { year, month, day } = partsOf(today);
  const d = new Date(2000, 0, 1, 12, 0, 0, 0);
  d.setFullYear(year, month - 1, day);
  return d;
}

/** A length of stay or a week, not a day: "for a week", "next week", "la próxima semana". */
function notADay(text: string): boolean {
  if (/^(for|por|durante|during)\b/.test(text)) return true;
  // "In a few days", "in a couple of weeks", "en unos días": no count of days said, no day named.
  if (/\b(few|couple|several|some|unos|unas|algunos|algunas|varios|varias|par|pocos|pocas)\b/.test(text)) return true;
  // "A day later", "two days earlier", "three days after": counted from a day not said here (the
  // arrival being changed?), which chrono counts from today.
  if (/\b(end|beginning|middle|start) of\b|^(fin|fines|finales|principios|mediados) de\b/.test(text)) return true;
  if (/\b(later|earlier|after|before|sooner|despues|antes)\b/.test(text) && !/\b(today|tomorrow|yesterday|now|tonight|hoy|manana|ayer)\b/.test(text)) return true;
  // "I got cut off a minute ago", "called an hour ago": a moment gone is no day to arrive (it was today).
  if (/\bago\b/.test(text) && /\b(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m)\b/.test(text)) return true;
  const weeks = /\b(week|weeks|semana|semanas|month|mes)\b/.test(text);
  return weeks && !/^(in|en|dentro|within)\b/.test(text) && !/\b(from now|from today|desde hoy|a partir de hoy)\b/.test(text);
}

/** After a month and a place ("january first"), these make it the month's week by its place. */
const WEEK_AFTER_A_PLACE = new Set(['week', 'wk', 'weekend', 'wknd', 'semana', 'finde']);
const PLACE_OF_A_WEEK = /(?:first|second|third|fourth|last|1st|2nd|3rd|4th|primera?|segunda?|tercera?|cuarta?|ultima?|1ra|1ro|2da|3ra)$/;

/** After a relative day chrono read ("in a day"), these make it a change of a day already booked. */
const SHIFT_AFTER = new Set(['early', 'earlier', 'late', 'later', 'sooner']);

/** Words without which chrono finds no day (its parsers start from one of these): else it is not asked. */
const CHRONO_WORDS = new Set([
  'today', 'tonight', 'tonite', 'tomorrow', 'tmrw', 'tmr', 'tmw', 'yesterday', 'now', 'ago', 'day', 'days', 'week',
  'weeks', 'month', 'months', 'year', 'years', 'fortnight', 'hoy', 'manana', 'ayer', 'anoche', 'pasado', 'dia', 'dias',
  'semana', 'semanas', 'mes', 'meses', 'ano', 'anos', 'quincena', 'noche', 'evening', 'afternoon', 'tarde', 'ahorita',
]);

/** Whether chrono could find a day in the words: a digit, a month, a weekday, an ordinal, a relative day. */
function chronoMayFind(words: readonly string[]): boolean {
  return words.some(
    (w) => /\d/.test(w) || CHRONO_WORDS.has(w) || ABBREVIATIONS[w] !== undefined || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined || ORDINALS[w] !== undefined || ORDINAL_TENS[w] !== undefined,
  );
}

function chronoMentions(words: readonly string[], lang: Lang, today: IsoDate, taken: readonly boolean[]): Mention[] {
  // chrono is most of a reading's cost; "deluxe king" or "yes" cannot hold a date it would find.
  if (!chronoMayFind(words)) return [];
  // Words already read (a weekday, a named day) are left out, a stop in their place, so chrono
  // reads "Friday, December 5th" as December 5th and the weekday is checked against it. So are
  // counts: in "el 12 de diciembre 3 noches" chrono would read 3 as a year.
  const open = words.map((w, k) => (taken[k] ? ';' : w));
  for (let k = 0; k + 2 < words.length; k++) {
    // "December 24 25 26", "dec 24 27": days listed after a month, not a year ("24 25" is no 2025).
    if (MONTHS[words[k]!] !== undefined && /^\d{1,2}(st|nd|rd|th)?$/.test(words[k + 1]!) && /^\d{1,2}$/.test(words[k + 2]!)) open[k + 2] = ';';
  }
  for (let k = 0; k < words.length; k++) {
    // (Digits are always read as a number.)
    const n = readNumberAt(words, k, lang);
    if (n && countFollows(words, n.end, k) && !(RELATIVE_UNITS.has(words[n.end] as string) && relativeDay(words, k, n.end + 1))) {
      for (let j = k; j <= n.end && j < words.length; j++) open[j] = ';';
    }
  }
  const pieces = chronoPieces(open, lang).filter((p) => p.text !== '');
  let text = '';
  const at: { start: number; piece: Piece }[] = [];
  for (const piece of pieces) {
    if (text) text += ' ';
    at.push({ start: text.length, piece });
    text += piece.text;
  }
  if (!text) return [];
  const out: Mention[] = [];
  let results: ParsedResult[];
  try {
    results = PARSERS[lang].parse(text, referenceInstant(today));
  } catch {
    return [];
  }
  for (const r of results) {
    if (!r.start.isCertain('day') || notADay(r.text)) continue;
    // chrono sometimes swallows the end of a range it did not read ("20 de noviembre al 22"):
    // the span stops at the range word, and the end is read as a day of its own.
    const cut = r.end ? -1 : r.text.search(/ (al|a|to|through|thru|until|hasta|-) /);
    const span = wordsOf(at, r.index, r.index + (cut > 0 ? cut : r.text.length));
    if (!span || taken.slice(span.start, span.end).some(Boolean)) continue;
    // "Come in a day early", "in two days later": a change to a day already booked, not a day from today.
    if (/^in\b/.test(r.text) && SHIFT_AFTER.has(words[wordsOf(at, r.index, r.index + r.text.length)!.end] ?? '')) continue;
    // "January first week", "march 2nd week", "enero primera semana": a week of the month by its place, no day (asked).
    if (WEEK_AFTER_A_PLACE.has(words[span.end] ?? '') && PLACE_OF_A_WEEK.test(r.text)) continue;
    out.push({ ...span, what: fromChrono(r.start), cue: null });
    if (r.end?.isCertain('day')) out.push({ ...span, what: fromChrono(r.end), cue: 'to', rangeEnd: true });
  }
  return out;
}

/**
 * "In two weeks", "dentro de 3 días", "two weeks from today": a count of days or weeks that names a
 * day. Elsewhere it is a length ("el 3 de enero dos semanas"), which chrono would read as a year.
 */
function relativeDay(words: readonly string[], start: number, after: number): boolean {
  const before = words[start - 1] ?? '';
  return RELATIVE_BEFORE.has(before) || (before === 'de' && words[start - 2] === 'dentro') || RELATIVE_AFTER.has(words[after] ?? '');
}
const RELATIVE_BEFORE = new Set(['in', 'en', 'within']);
const RELATIVE_AFTER = new Set(['from', 'after', 'ago', 'later', 'out', 'despues', 'desde', 'a', 'antes']);

/** The words behind chrono's text from `from` to `to`: the pieces it covers (a function of its own, not a closure per reading). */
function wordsOf(at: readonly { start: number; piece: Piece }[], from: number, to: number): { start: number; end: number } | null {
  const covered = at.filter((a) => a.start < to && a.start + a.piece.text.length > from);
  return covered.length ? { start: covered[0]!.piece.from, end: covered[covered.length - 1]!.piece.to } : null;
}

function fromChrono(c: ParsedResult['start']): What {
  // "The 10th": chrono fills in this month; a day alone is read as ours are (the next such day).
  if (!c.isCertain('month')) return { kind: 'day', day: c.get('day') ?? 0, weekday: null };
  return { kind: 'date', month: c.get('month') ?? 0, day: c.get('day') ?? 0, year: c.isCertain('year') ? c.get('year') : null, weekday: null };
}

/** A slashed range's end, after an arrival said otherwise, is preferably read to leave within this many nights. */
const PLAUSIBLE_RANGE_NIGHTS = 31;

/**
 * Both ends slashed ("3/4 to 3/6"), the arrival read one way (one of the dates offered): the end
 * is read the same way, as the caller writes both alike.
 */
function inArrivalsOrder(end: What, start: What, arrival: IsoDate): What {
  if (end.kind !== 'slashed' || start.kind !== 'slashed') return end;
  const { month, day } = partsOf(arrival);
  const usual = month === start.month && day === start.day;
  return { kind: 'date', month: usual ? end.month : end.day, day: usual ? end.day : end.month, year: end.year, weekday: null };
}

// ---------------------------------------------------------------------------------------------
// Finding every mention

/** Marks the mention's words as read. */
function take(taken: boolean[], m: Mention): void {
  for (let k = m.start; k < m.end; k++) taken[k] = true;
}

/** What a caller comes for that falls on a day of its own: the day it is is not the arrival. */
const OCCASIONS = new Set([
  'wedding', 'anniversary', 'birthday', 'graduation', 'funeral', 'reunion', 'concert', 'recital', 'ceremony', 'baptism',
  'christening', 'quinceanera', 'boda', 'aniversario', 'cumpleanos', 'graduacion', 'bautizo', 'concierto', 'ceremonia',
  'velorio', 'misa', 'xv', 'game', 'match', 'partido', 'conference', 'congreso', 'convention', 'convencion', 'tournament',
  'torneo', 'race', 'marathon', 'maraton', 'party', 'fiesta', 'show', 'event', 'evento', 'posada',
  'bowl', 'homecoming', 'festival', 'fest', 'parade', 'derby', 'playoff', 'playoffs', 'championship', 'prom', 'rodeo', 'fair',
]);
/** An occasion's word, singular or plural ("games", "weddings"). */
function isOccasion(w: string): boolean {
  return OCCASIONS.has(w) || (w.endsWith('s') && OCCASIONS.has(w.slice(0, -1)));
}
/** Between an occasion and its day: "is on the", "es el", "will be on", "sera el". */
const OCCASION_LINKS = new Set([
  'is', 'its', 'will', 'be', 'on', 'the', 'es', 'sera', 'el', 'this', 'este', 'that', 'ese', 'next', 'proximo', 'at', 'a', 'las',
  'la', 'pm', 'am', 'p', 'm', 'in', 'de', 'morning', 'afternoon', 'evening', 'night', 'manana', 'tarde', 'noche',
]);
/** Before an occasion's hour: "at 3", "a las 5". */
const AT_AN_HOUR = new Set(['at', 'las', 'la']);
/** Of those, the words that state the occasion's day ("is", "es"): said so, the day is the occasion's alone. */
const OCCASION_STATED = new Set(['is', 'its', 'be', 'es', 'sera']);

/**
 * The dates that are an occasion's ("our anniversary is on the 12th", "wedding is 12/19", "la boda
 * es el 19"): stated with "is", or said beside another date, which is then the stay's ("vamos a la
 * boda el 19 y necesitamos cuarto desde el 18"). "A room for the wedding on the 19th" keeps its day.
 */
function occasionDays(words: readonly string[], found: readonly Mention[]): Mention[] {
  if (!words.some(isOccasion)) return [];
  return found.filter((m) => {
    let k = m.start - 1;
    let stated = false;
    // ("The game is at 3 on Saturday", "la boda es a las 5 el sábado": its hour said between.)
    const hour = (j: number) => /^\d{1,2}(:\d{2})?(am|pm)?$/.test(words[j] ?? '') && AT_AN_HOUR.has(words[j - 1] ?? '');
    while (k >= 0 && m.start - k <= 7 && (OCCASION_LINKS.has(words[k]!) || hour(k))) {
      if (OCCASION_STATED.has(words[k]!)) stated = true;
      k--;
    }
    // ("The game's on Sunday", "the wedding's the 19th": its "'s" is the "is".)
    const w = words[k] ?? '';
    const owned = w.endsWith('s') && OCCASIONS.has(w.slice(0, -1));
    // (Not said so, it is the occasion's only beside another start: "a party on the 19th through the 21st" is the stay.)
    const another = () => found.some((o) => o !== m && !o.rangeEnd && o.cue !== 'to' && o.cue !== 'departure');
    return k >= 0 && (k < m.start - 1 || owned) && (OCCASIONS.has(w) || owned) && (stated || owned || another());
  });
}

/** Before a street's name: "calle 5 de Mayo", "Av. 16 de Septiembre", "colonia 20 de Noviembre" name no day. */
const STREET_WORDS = new Set(['calle', 'avenida', 'av', 'avda', 'blvd', 'boulevard', 'bulevar', 'colonia', 'col', 'calzada', 'privada', 'paseo', 'prolongacion', 'carretera']);

/**
 * Marks the words that name no day of the stay as read: a street named for a date ("calle 5 de
 * mayo"), a child's age ("me + son (12) dec 20-22": not 12 December 2020).
 */
function takeNotDays(words: readonly string[], taken: boolean[], locale: Locale): void {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    // "My daughter turns 21 that weekend", "he's 8": an age.
    if (/^\d{1,2}$/.test(words[i + 1]!) && endsBefore(words, i + 1, AGE_BEFORE)) taken[i + 1] = true;
    if (STREET_WORDS.has(w)) {
      const m = monthDayAt(words, i + 1, locale);
      if (m) for (let k = m.start; k < m.end; k++) taken[k] = true;
      continue;
    }
    if (!childAt(words, i)) continue;
    let k = i + 1;
    while (AGE_LINK.has(words[k] ?? '')) k++;
    // An age each, "8 and 5": a bare number not opening a date ("kids 12 dec" is the 12th; in "son
    // 12 dec 20-22" December has its own days).
    const opensDate = (j: number) => monthDayAt(words, j, locale) !== null && !(MONTHS[words[j + 1] ?? ''] !== undefined && /^\d{1,2}(-\d{1,2})?$/.test(words[j + 2] ?? ''));
    while (/^\d{1,2}$/.test(words[k] ?? '') && !opensDate(k)) {
      taken[k] = true;
      if (!AGE_AND.has(words[k + 1] ?? '')) break;
      k += 2;
    }
  }
}

/** A part of a month said before it: "early march", "mid january", "a principios de marzo", "finales de enero". */
const MONTH_PART = new Set(['early', 'mid', 'late', 'principios', 'mediados', 'finales', 'fines', 'inicios']);

/**
 * "Early March", "mid-January", "a principios de marzo": days of that month, which not said (a
 * room asked for them is still one room, the day asked: as "a room over Easter").
 */
function monthPartAt(words: readonly string[], i: number): Mention | null {
  if (!MONTH_PART.has(words[i] ?? '')) return null;
  const at = OF.has(words[i + 1] ?? '') ? i + 2 : i + 1;
  return MONTHS[words[at] ?? ''] !== undefined ? { start: i, end: at + 1, what: { kind: 'vague', month: true }, cue: null } : null;
}

function mentionsIn(words: readonly string[], sense: DateSense): Mention[] {
  const taken = words.map(() => false);
  takeNotDays(words, taken, sense.locale);
  if (sense.locale === 'en-US') takeHours(words, taken);
  const found: Mention[] = [];
  const order = writtenOrder(words);
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const m = slashedAt(words, i, sense.locale, order) ?? strongMentionAt(words, i, sense.country, sense.today) ?? numberedMonthWithYearAt(words, i, sense) ?? dayOfAYearAt(words, i) ?? monthPartAt(words, i);
    if (m) {
      found.push(m);
      take(taken, m);
      i = m.end - 1;
    }
  }
  for (const lang of langOrder(sense.locale)) {
    for (const m of chronoMentions(words, lang, sense.today, taken)) {
      found.push(m);
      take(taken, m);
    }
  }
  // (Read only where their words are: each looks at every word otherwise.)
  const spoken = sense.locale === 'en-US' && (sense.bareDay ?? false) && !words.some((w) => MONTHS[w] !== undefined);
  const numbered = words.includes('del') || words.includes('de');
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const m = (spoken ? spokenMonthDayAt(words, i, taken, sense.today) : null) ?? (numbered ? numberedMonthAt(words, i, sense) : null) ?? monthDayAt(words, i, sense.locale);
    const ms = m ? [m] : dayOnlyAt(words, i, sense);
    if (ms.length && !taken.slice(ms[0]!.start, ms[0]!.end).some(Boolean)) {
      found.push(...ms);
      for (const m of ms) take(taken, m);
      i = ms[0]!.end - 1;
    }
  }
  found.sort((a, b) => a.start - b.start || Number(a.rangeEnd ?? false) - Number(b.rangeEnd ?? false));
  return joinWeekdays(words, found.map((m) => withMonthSaid(words, m)), sense.today).map((m) => ({ ...m, cue: m.cue ?? cueBefore(words, m.start) }));
}

/** "Friday the 11th", "el sábado 12", "Thursday, December 10": one date, its weekday to check. */
function joinWeekdays(words: readonly string[], found: Mention[], today: IsoDate): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < found.length; k++) {
    const m = found[k] as Mention;
    let next = found[k + 1];
    // "Fri 12/5": the weekday says which way the date is written when one reading falls on it; else
    // the locale's reading, checked against it (December 5th is a Saturday: which is asked).
    if (m.what.kind === 'weekday' && m.what.mod === 'bare' && next?.what.kind === 'slashed' && m.end === next.start) {
      next = { ...next, what: slashedOn(next.what, m.what.weekday, today) };
    }
    // "Next Saturday the 12th", "el próximo viernes 11": the day says which; the weekday is checked.
    if (m.what.kind === 'weekday' && m.what.mod !== 'weekFrom' && m.what.mod !== 'afterNext' && next && !next.rangeEnd && (next.what.kind === 'day' || next.what.kind === 'date')) {
      // ("Saturday night, the 12th": the night is the day's.)
      const between = words.slice(m.end, next.start).filter((w) => !WEEKDAY_THEN_DAY.has(w));
      if (between.length === 0 && next.what.weekday === null) {
        out.push({ ...next, start: m.start, what: { ...next.what, weekday: m.what.weekday }, cue: m.cue ?? next.cue });
        k++;
        continue;
      }
    }
    // "The 12th, a Friday", "el 12, que es sábado": the weekday said after the day, checked against it.
    if ((m.what.kind === 'day' || m.what.kind === 'date') && m.what.weekday === null && next?.what.kind === 'weekday' && next.what.mod === 'bare') {
      const between = words.slice(m.end, next.start);
      // ("En dos semanas, el martes": the weekday's own "el" opens it.)
      const own = words[next.start] === 'el' || words[next.start] === 'the';
      if ((between.length > 0 || own) && between.every((w) => WEEKDAY_AFTER_DAY.has(w))) {
        out.push({ ...m, end: next.end, what: { ...m.what, weekday: next.what.weekday } });
        k++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** A slashed date said with its weekday: the reading that falls on it, if only one does; else the locale's. */
function slashedOn(what: Extract<What, { kind: 'slashed' }>, weekday: number, today: IsoDate): What {
  const on = (month: number, day: number) => {
    const r = dateAhead(month, day, today);
    return r.kind === 'dates' && weekdayOf(r.dates[0]!) === weekday;
  };
  const [mine, other] = [on(what.month, what.day), on(what.day, what.month)];
  const [month, day] = other && !mine ? [what.day, what.month] : [what.month, what.day];
  return dated(month, day, what.year) as What;
}

/** Between a weekday and its day of the month: "Friday the 11th", "el sábado 12", "Saturday night, the 12th". */
const WEEKDAY_THEN_DAY = new Set(['the', 'el', 'de', 'dia', 'night', 'nite', 'noche', 'at', 'en', 'la', 'por']);

/** Between a day and its weekday said after it: "the 12th, a Friday", "el 12, que es sábado", "the 12th, which is a Saturday". */
const WEEKDAY_AFTER_DAY = new Set(['a', 'which', 'is', 'thats', 'that', 'its', 'es', 'que', 'cae', 'en', 'un', 'el']);

// ---------------------------------------------------------------------------------------------
// What a mention means

type Resolved =
  | { kind: 'dates'; dates: IsoDate[] }
  | { kind: 'past'; date: IsoDate; next: IsoDate | null }
  | { kind: 'noSuchDate'; month: number; day: number | null; year: number | null };

const one = (date: IsoDate): Resolved => ({ kind: 'dates', dates: [date] });

/** A month and day without a year: this year's if still ahead, next year's if soon, else asked. */
function dateAhead(month: number, day: number, today: IsoDate): Resolved {
  const t = partsOf(today);
  const year = month > t.month || (month === t.month && day >= t.day) ? t.year : t.year + 1;
  if (!isRealDate(year, month, day)) return { kind: 'noSuchDate', month, day, year };
  const date = isoDate(year, month, day);
  if (year === t.year || daysBetween(today, date) <= ROLL_FORWARD_DAYS) return one(date);
  return { kind: 'past', date: isoDate(t.year, month, day), next: date };
}

/** A said weekday that is not the date's: both days (the nearest such weekday, not past), to choose. */
function checkWeekday(date: IsoDate, weekday: number | null, today: IsoDate): Resolved {
  if (weekday === null || weekdayOf(date) === weekday) return one(date);
  const back = previousWeekday(date, weekday);
  const ahead = nextWeekday(date, weekday);
  const other = back >= today && daysBetween(back, date) <= daysBetween(date, ahead) ? back : ahead;
  return { kind: 'dates', dates: [date, other].sort() };
}

function weekdayAhead(weekday: number, mod: WeekdayMod, today: IsoDate, weeks = 1): IsoDate[] {
  const coming = nextWeekday(today, weekday);
  switch (mod) {
    case 'this':
      return [nextWeekday(today, weekday, true)];
    case 'coming':
      // "This coming Tuesday" said on a Tuesday: the one ahead, never today.
      return [coming];
    case 'bare':
      // "Friday" said on a Friday: today, or a week from today.
      return weekdayOf(today) === weekday ? [today, plusDays(today, 7)] : [coming];
    case 'next':
      // "Next Friday" said early in the week can be this week's Friday or next week's.
      return mondayOf(coming) === mondayOf(today) ? [coming, plusDays(coming, 7)] : [coming];
    case 'afterNext':
      return [plusDays(coming, 7)];
    case 'last':
      return [];
    case 'weekFrom':
      return [plusDays(nextWeekday(today, weekday, true), 7 * weeks)];
    case 'nextWeek':
      return [nextWeekday(plusDays(mondayOf(today), 6), weekday)];
    case 'other': {
      // "El otro martes": a week after this week's; said on a Tuesday, next week's. Said late in
      // the week, the coming Tuesday is next week's already: that one, or the one after?
      const soonest = nextWeekday(today, weekday, true);
      return soonest === today || mondayOf(soonest) === mondayOf(today) ? [plusDays(soonest, 7)] : [soonest, plusDays(soonest, 7)];
    }
  }
}

/**
 * "Memorial Day weekend", "Easter weekend": a holiday on a Saturday, Sunday or Monday names the
 * weekend it is in or ends, and people arrive on its Friday or its Saturday: both are offered (not
 * the Monday itself). A holiday later in the week ("Thanksgiving weekend") is its own day.
 */
function holidayWeekend(day: IsoDate, today: IsoDate): Resolved {
  const wd = weekdayOf(day);
  if (wd !== 6 && wd !== 0 && wd !== 1) return one(day);
  const friday = previousWeekday(day, 5);
  const dates = [friday, plusDays(friday, 1)].filter((d) => d >= today);
  return dates.length ? { kind: 'dates', dates } : one(day);
}

/** The Friday a weekend starts: this one (today on a Friday or Saturday), or a choice for "next". */
function weekendAhead(mod: WeekendMod, today: IsoDate): IsoDate[] {
  const wd = weekdayOf(today);
  if (mod === 'this') return wd === 6 ? [today] : [nextWeekday(today, 5, true)];
  // Said on a Friday or a Saturday, "this coming weekend" may be the one begun or the next: both are offered.
  if (mod === 'coming') return wd === 5 || wd === 6 ? [...weekendAhead('this', today), nextWeekday(plusDays(today, 1), 5)] : weekendAhead('this', today);
  if (mod === 'afterThis') return weekendAhead('this', today).map((d) => nextWeekday(plusDays(d, 1), 5));
  // As "Friday after next": a week after the coming Friday.
  if (mod === 'afterNext') return weekdayAhead(5, 'afterNext', today);
  return weekdayAhead(5, 'next', today);
}

/** Between two weekdays, these make them a range ("Friday to Sunday", "viernes a domingo"). */
const WEEKDAY_RANGE_WORDS = new Set([...RANGE_WORDS, 'a']);
/** A weekend's days from Thursday to Monday, counted from its Friday. */
const WEEKEND_DAY_OFFSET: Record<number, number> = { 4: -1, 5: 0, 6: 1, 0: 2, 1: 3 };

/** Two plain weekdays said as a range beside a weekend ("Friday to Sunday"): their offsets from its Friday. */
function weekendDays(rest: readonly Mention[], words: readonly string[]): [number, number] | null {
  if (rest.length !== 2 || rest[0]!.cue === 'departure') return null;
  const between = words.slice(rest[0]!.end, rest[1]!.start);
  // "The weekend after next, Friday and Saturday night": the nights listed, out the morning after the last.
  const said = between.filter((w) => !LIST_FILLER.has(w));
  // ("Friday and Saturday" are nights, as listed days are without a weekend: see listOf.)
  const listed = said.length === 1 && AND_WORDS.has(said[0]!);
  if (!listed && !endsRange(rest[1]!.cue) && !(between.length === 1 && WEEKDAY_RANGE_WORDS.has(between[0]!))) return null;
  const offsets = rest.map(weekendDayOf);
  const [from, to] = offsets;
  return from !== undefined && to !== undefined && to > from ? [from, listed ? to + 1 : to] : null;
}

/** A plain weekday of a weekend said with it ("Saturday"): its offset from the weekend's Friday. */
function weekendDayOf(m: Mention): number | undefined {
  return m.what.kind === 'weekday' && m.what.mod === 'bare' ? WEEKEND_DAY_OFFSET[m.what.weekday] : undefined;
}

function weekendEnd(arrival: IsoDate): IsoDate {
  return nextWeekday(arrival, 0);
}

function namedAhead(rule: (year: number) => IsoDate, offset: number, today: IsoDate): Resolved {
  const year = partsOf(today).year;
  const thisYear = plusDays(rule(year), offset);
  if (thisYear >= today) return one(thisYear);
  const next = plusDays(rule(year + 1), offset);
  return daysBetween(today, next) <= ROLL_FORWARD_DAYS ? one(next) : { kind: 'past', date: thisYear, next };
}

/** The date a mention names, counted from today (an arrival, or a date on its own). */
function resolveAlone(what: What, today: IsoDate): Resolved {
  switch (what.kind) {
    case 'noSuchDate':
      return what;
    case 'date': {
      if (what.year !== null) {
        if (!isRealDate(what.year, what.month, what.day)) return { kind: 'noSuchDate', month: what.month, day: what.day, year: what.year };
        const date = isoDate(what.year, what.month, what.day);
        return date < today ? { kind: 'past', date, next: null } : checkWeekday(date, what.weekday, today);
      }
      const r = dateAhead(what.month, what.day, today);
      return r.kind === 'dates' ? checkWeekday(r.dates[0]!, what.weekday, today) : r;
    }
    case 'day': {
      if (what.month !== undefined) return dayInMonth(what.day, what.month, today);
      // A day of the month alone is the next such day: a past one cannot be booked, and the next
      // is weeks away, not a year (a month-and-day date already past is asked about instead).
      return checkWeekday(dayAfter(what.day, plusDays(today, -1)), what.weekday, today);
    }
    case 'weekday':
      if (what.mod === 'last') return { kind: 'past', date: previousWeekday(today, what.weekday), next: null };
      return { kind: 'dates', dates: weekdayAhead(what.weekday, what.mod, today, what.weeks) };
    case 'weekend':
      return { kind: 'dates', dates: weekendAhead(what.mod, today) };
    case 'named': {
      const r = namedAhead(what.rule, what.offset, today);
      // Kept on another day where the caller may be from: both days to come are offered.
      const also = what.also && !what.weekend ? namedAhead(what.also, what.offset, today) : null;
      if (r.kind === 'dates' && also?.kind === 'dates' && also.dates[0] !== r.dates[0]) return { kind: 'dates', dates: [r.dates[0]!, also.dates[0]!].sort() };
      if (!what.weekend) return r;
      if (r.kind === 'dates') return holidayWeekend(r.dates[0]!, today);
      // Passed this year and far off next ("Labor Day weekend" said in December): next year's is
      // asked about from its weekend's Friday, not from the Monday holiday itself.
      const next = r.kind === 'past' && r.next ? holidayWeekend(r.next, today) : null;
      return r.kind === 'past' && next?.kind === 'dates' ? { ...r, next: next.dates[0]! } : r;
    }
    case 'dashed':
      return dateAhead(what.first, what.second, today);
    case 'daysOn':
      return { kind: 'dates', dates: what.days.map((d) => plusDays(today, d)) };
    case 'weekendsOf': {
      const ahead = what.fridays.filter((d) => d >= today);
      return ahead.length ? { kind: 'dates', dates: ahead } : { kind: 'past', date: what.fridays[0]!, next: null };
    }
    case 'vague':
      // (stayOf reads nothing where one was said; no day to give.)
      return { kind: 'dates', dates: [] };
    case 'slashed':
      return slashedDates(what, today);
    case 'half': {
      const from = what.half === 1 ? 1 : 16;
      if (typeof what.month !== 'number') return dayInMonth(from, what.month.ahead, today);
      if (what.year === null) return dateAhead(what.month, from, today);
      const date = isoDate(what.year, what.month, from);
      return date < today ? { kind: 'past', date, next: null } : one(date);
    }
  }
}

/** "The 22nd of this month", "el 5 del mes que viene": that month's day, if it exists and is ahead. */
function dayInMonth(day: number, ahead: 0 | 1, today: IsoDate): Resolved {
  let { year, month } = partsOf(today);
  if (ahead === 1) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  if (!isRealDate(year, month, day)) return { kind: 'noSuchDate', month, day, year };
  const date = isoDate(year, month, day);
  return date < today ? { kind: 'past', date, next: null } : one(date);
}

/** The first date after `anchor` whose day of the month is `day` (months without it skipped). */
function dayAfter(day: number, anchor: IsoDate): IsoDate {
  let { year, month } = partsOf(anchor);
  if (day <= partsOf(anchor).day) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  for (let k = 0; k < 13; k++) {
    if (isRealDate(year, month, day)) return isoDate(year, month, day);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return plusDays(anchor, 1);
}

/** The last date before `anchor` whose day of the month is `day`. */
function dayBefore(day: number, anchor: IsoDate): IsoDate {
  let { year, month } = partsOf(anchor);
  if (day >= partsOf(anchor).day) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  for (let k = 0; k < 13; k++) {
    if (isRealDate(year, month, day)) return isoDate(year, month, day);
    [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  }
  return plusDays(anchor, -1);
}

/** A departure: the first date after the arrival that the mention can name. */
function resolveAfter(what: What, arrival: IsoDate): IsoDate | null {
  switch (what.kind) {
    case 'noSuchDate':
      return null;
    case 'date': {
      if (what.year !== null) return isRealDate(what.year, what.month, what.day) ? isoDate(what.year, what.month, what.day) : null;
      const { year } = partsOf(arrival);
      for (const y of [year, year + 1]) {
        if (isRealDate(y, what.month, what.day) && isoDate(y, what.month, what.day) > arrival) return isoDate(y, what.month, what.day);
      }
      return null;
    }
    case 'day': {
      if (what.month === undefined) return dayAfter(what.day, arrival);
      const r = dayInMonth(what.day, what.month, arrival);
      return r.kind === 'dates' && r.dates[0]! > arrival ? r.dates[0]! : null;
    }
    case 'weekday':
      return nextWeekday(arrival, what.weekday);
    case 'weekend':
      return weekendEnd(arrival);
    case 'named': {
      const { year } = partsOf(arrival);
      const dates = [year, year + 1].map((y) => plusDays(what.rule(y), what.offset));
      return dates.find((d) => d > arrival) ?? null;
    }
    case 'dashed':
      return resolveAfter({ kind: 'date', month: what.first, day: what.second, year: null, weekday: null }, arrival);
    case 'vague':
    case 'half':
    case 'daysOn':
    case 'weekendsOf':
      return null;
    case 'slashed': {
      // The end of a range after an arrival said otherwise ("January 31 to 3/2"): the language's
      // way of writing it when that makes a stay of a month or less, else the other way ("3/4 to
      // 3/6" in Spanish: the 6th of March, not three months on), else the first to come.
      const [usual, swapped] = [[what.month, what.day], [what.day, what.month]].map(([month, day]) =>
        resolveAfter({ kind: 'date', month: month!, day: day!, year: what.year, weekday: null }, arrival),
      );
      const ahead = [usual, swapped].filter((d): d is IsoDate => d != null && d > arrival);
      const fits = ahead.filter((d) => daysBetween(arrival, d) <= PLAUSIBLE_RANGE_NIGHTS);
      // (Neither within a month: the one read as the arrival was, when it comes after it at all.)
      return fits[0] ?? (usual != null && usual > arrival ? usual : null);
    }
  }
}

/** A departure said alone as a day of the month earlier than the arrival held is next month's only within this many nights. */
const WRAPPED_DAY_NIGHTS = 14;

/**
 * "Saliendo el 2", "until the 2nd" of a stay held from the 8th: the 2nd of next month, weeks away?
 * Said alone, a day rolled into the next month is taken only for a short stay; else the nights are
 * asked. (Said with its arrival, "from the 16th to the 1st" is a range as said.)
 */
function rolledFar(what: What, arrival: IsoDate, departure: IsoDate): boolean {
  return what.kind === 'day' && what.month === undefined && what.day < partsOf(arrival).day && daysBetween(arrival, departure) > WRAPPED_DAY_NIGHTS;
}

/** A day of the month and the month when said (no year): the end of a range compared with its start. */
function monthAndDay(what: What): { month: number | null; day: number } | null {
  if (what.kind === 'day' && what.month === undefined) return { month: null, day: what.day };
  // ("12/12 to 12/10": a slashed date as the locale writes it.)
  return (what.kind === 'date' || what.kind === 'slashed') && what.year === null ? { month: what.month, day: what.day } : null;
}

/** Whether a range's end, as said, is its start's day ("del 8 al 8") or before it ("the 12th to the 10th"). */
function endNotAfter(start: What, end: What): 'same' | 'before' | null {
  const [a, b] = [monthAndDay(start), monthAndDay(end)];
  // ("The 28th to January 3rd" is counted back from its end; "December 30th to January 3rd" is a range.)
  if (!a || !b || (b.month !== null && b.month !== a.month)) return null;
  return b.day === a.day ? 'same' : b.day < a.day ? 'before' : null;
}

/** Both ends with their month said, the same one. */
function sameMonthSaid(start: What, end: What): boolean {
  const [a, b] = [monthAndDay(start), monthAndDay(end)];
  return a !== null && b !== null && a.month !== null && a.month === b.month;
}

/** An arrival said as a partial date before a full departure ("del 24 al 27 de diciembre"). */
function resolveBefore(what: What, departure: IsoDate): IsoDate | null {
  if (what.kind === 'day') return dayBefore(what.day, departure);
  if (what.kind === 'weekday') return previousWeekday(departure, what.weekday);
  return null;
}

const isPartial = (what: What) => (what.kind === 'day' && what.month === undefined) || (what.kind === 'weekday' && what.mod === 'bare');

// ---------------------------------------------------------------------------------------------
// The stay

/**
 * "Feb 28 to Feb 29", "saliendo el 29 de febrero": a 29 February with no year is the coming one's
 * (from the arrival held, or today); in a common year it does not exist, so it is named (not read
 * as the next leap year's, a year on).
 */
function leapDayNamed(m: Mention, from: IsoDate): Mention {
  const w = m.what;
  if (w.kind !== 'date' || w.year !== null || w.month !== 2 || w.day !== 29) return m;
  const { year } = partsOf(from);
  // (Compared as a day of the calendar written out, real or not: on 29 February itself, "February
  // 29" is today, not the next leap year's — it had been compared with the 28th.)
  const y = isoDate(year, 2, 29) >= from ? year : year + 1;
  return isRealDate(y, 2, 29) ? m : { ...m, what: { kind: 'noSuchDate', month: 2, day: 29, year: y } };
}

function stayOf(heard: Mention[], words: readonly string[], sense: DateSense, either = false): StayDates {
  const { today } = sense;
  const said = heard.map((m) => leapDayNamed(m, sense.arrival ?? today));
  // "A long weekend trip, Friday to Monday", "the 24th to the 27th, over Christmas": the days said are
  // the long weekend's, the holiday's.
  const longWeekend = (m: Mention) => m.what.kind === 'vague' && (m.what.long === true || m.what.around === true);
  const mentions = said.some((m) => !longWeekend(m)) ? said.filter((m) => !longWeekend(m)) : said;
  // "El puente de noviembre, del viernes al lunes", "Christmas week, Friday to Monday": that
  // period's weekdays, which are not known (not the coming ones): no day.
  const unknown = said.some((m) => m.what.kind === 'vague' && (m.what.around === true || m.what.month === true));
  // Its nights are known all the same ("del viernes al lunes": three).
  if (unknown && mentions.length && mentions.every((m) => m.what.kind === 'weekday' && m.what.mod === 'bare')) {
    const days = weekendDays(mentions, words);
    return days ? { kind: 'none', nights: days[1] - days[0] } : NONE;
  }
  const impossible = mentions.find((m) => m.what.kind === 'noSuchDate');
  if (impossible && impossible.what.kind === 'noSuchDate') {
    const named = { kind: 'noSuchDate', month: impossible.what.month, day: impossible.what.day, year: impossible.what.year } as const;
    // ("Feb 28 to Feb 29": the range's end is the impossible day; its start stands.)
    // ("The 28th to Feb 29": a day of no month said, counted back from an end that is not: nothing kept.)
    const start = mentions.length === 2 && mentions[1] === impossible && endsRange(impossible.cue) && !isPartial(mentions[0]!.what) ? resolveAlone(mentions[0]!.what, today) : null;
    return start?.kind === 'dates' && start.dates.length === 1 ? { ...named, arrival: start.dates[0]! } : named;
  }
  if (mentions.length === 0 || mentions.some((m) => m.what.kind === 'vague')) return NONE;
  // "One for the 20th and one for the 21st", "una para el 20 y otra para el 21": two stays (two
  // bookings), not the 20th to the 21st.
  if (mentions.some((m, k) => k > 0 && separateItems(words.slice(mentions[k - 1]!.end, m.start)))) return { kind: 'none', apart: true };
  const half = mentions.find((m) => m.what.kind === 'half');
  // ("The first half of January for about four nights": the half is when, not the stay: no day.)
  if (half) return mentions.length === 1 && !words.some((w) => HALF_NIGHTS.has(w)) ? halfStay(half.what as Extract<What, { kind: 'half' }>, today) : NONE;

  // A weekend is both ends at once: Friday to Sunday, unless a departure is said besides.
  const weekend = mentions.find((m) => m.what.kind === 'weekend');
  if (weekend) {
    const rest = mentions.filter((m) => m !== weekend);
    const days = weekendDays(rest, words);
    // ("El fin de semana de viernes a domingo": not "the weekend of" a day.)
    if ((weekend.what as { of?: boolean }).of && !days) return weekendAround(rest, today);
    const asked = weekend.cue === null && sense.lengthAsked && sense.arrival;
    // Asked how many nights of a stay from a Tuesday, "just the weekend" (only its nights) is not
    // "until Sunday": which was meant is asked. (From a Thursday to a Saturday, it is.) From a Sunday
    // or a Monday, "the weekend", "for the weekend" is not either: it was the next one, 7 or 6
    // nights ("through the weekend", "hasta el fin de semana" says until).
    const only = words.slice(Math.max(0, weekend.start - 2), weekend.start).some((w) => ONLY_WORDS.has(w));
    const toItsEnd = asked ? daysBetween(sense.arrival!, weekendEnd(sense.arrival!)) : 0;
    if (rest.length === 0 && asked && toItsEnd > (only ? WEEKEND_LENGTH_MAX : WEEKEND_AHEAD_MAX)) return NONE;
    if (rest.length === 0 && (weekend.cue === 'departure' || asked)) {
      // (Asked how many nights, "the weekend" is that too.)
      // "Through the weekend", "hasta el fin de semana": out the Sunday after the arrival.
      return { kind: 'stay', arrival: null, departure: weekendEnd(sense.arrival ?? today) };
    }
    if (weekend.cue === 'departure' && rest.length === 1 && endsRange(rest[0]!.cue)) {
      // "Through the weekend, checking out Monday": a bound, then the day they leave, from the
      // weekend after the arrival (never the weekend as a new arrival).
      const departure = resolveAfter(rest[0]!.what, plusDays(weekendEnd(sense.arrival ?? today), -1));
      return departure ? { kind: 'stay', arrival: null, departure } : NONE;
    }
    const mod = (weekend.what as { mod: WeekendMod }).mod;
    if (weekend.cue === 'departure' && mod === 'this' && rest.length === 1 && !endsRange(rest[0]!.cue) && rest[0]!.end <= weekend.start) {
      // "From Thursday through the weekend", "del jueves hasta el fin de semana": that day to the
      // weekend's end after it.
      return stayFrom(resolveAlone(rest[0]!.what, today), (a) => {
        // (From a Sunday, "through the weekend" is no stay to read: asked.)
        const end = weekendEnd(a);
        return daysBetween(a, end) < 7 ? end : null;
      });
    }
    const arrivals = weekendAhead((weekend.what as { mod: WeekendMod }).mod, today);
    // "Next weekend, Friday to Sunday", "el próximo fin de semana, de viernes a domingo": those days
    // of that weekend (which weekend, asked as for the weekend alone).
    if (days) return stayFrom({ kind: 'dates', dates: arrivals.map((fri) => plusDays(fri, days[0])) }, (a) => plusDays(a, days[1] - days[0]));
    // "This weekend, just Saturday night": that day of the weekend, one night when only it is said
    // (else how long is asked: "this weekend, Saturday night" is the day they come).
    const day = rest.length === 1 && rest[0]!.cue !== 'departure' ? weekendDayOf(rest[0]!) : undefined;
    if (day !== undefined) {
      const one = oneNightSaid(words, rest[0]!);
      // "From Friday for the weekend", "desde el sábado por el fin de semana": that day to the weekend's end.
      const forIt = rest[0]!.end <= weekend.start && words.slice(rest[0]!.end, weekend.start).some((w) => STAY_FOR.has(w));
      return stayFrom({ kind: 'dates', dates: arrivals.map((fri) => plusDays(fri, day)) }, (a) => (one ? plusDays(a, 1) : forIt ? weekendEnd(a) : null));
    }
    const departure = rest.length === 1 && endsRange(rest[0]!.cue) ? rest[0]! : null;
    if (rest.length > (departure ? 1 : 0)) return NONE;
    return stayFrom({ kind: 'dates', dates: arrivals }, (a) => (departure ? resolveAfter(departure.what, a) : weekendEnd(a)));
  }

  const dashed = mentions.length === 1 && mentions[0]!.what.kind === 'dashed' ? (mentions[0]!.what as { first: number; second: number }) : null;
  if (dashed) {
    // Month-day, or the days of this month: both offered, the caller chooses.
    const monthDay = dateAhead(dashed.first, dashed.second, today);
    const from = dayAfter(dashed.first, plusDays(today, -1));
    const range: StayOption = { arrival: from, departure: dayAfter(dashed.second, from) };
    if (monthDay.kind === 'dates') return { kind: 'choice', reason: 'ambiguous', options: [{ arrival: monthDay.dates[0]!, departure: null }, range] };
    // The month and day just passed ("12-28" on December 30): the days, unless they make a long
    // stay (then which was meant is not clear at all, and it is asked again).
    return range.departure && daysBetween(range.arrival, range.departure) > 7 ? NONE : { kind: 'stay', ...range };
  }
  const list = either ? 'either' : listOf(mentions, words);
  if (list === 'either') {
    // "Friday or Saturday": the caller chooses; neither is taken. ("Jan 2nd or 3rd": the month said once.)
    // ("The 5th or 6th of January": said once at the end.)
    const monthSaid = (m: Mention) => m.what.kind === 'date' || (m.what.kind === 'day' && m.what.month !== undefined);
    const said = monthSaid(mentions[0]!) ? mentions[0]! : mentions[mentions.length - 1]!;
    const dates = mentions.map((m) => resolveAlone(inMonthOf(m, said).what, today));
    if (dates.every((d) => d.kind === 'dates' && d.dates.length === 1)) {
      const options = [...new Set(dates.map((d) => (d as { dates: IsoDate[] }).dates[0]!))].sort();
      return stayFrom({ kind: 'dates', dates: options }, () => null);
    }
    return NONE;
  }
  if (list === 'nights') {
    // "Friday and Saturday night", "el 24 y el 25": those nights, out the morning after the last.
    const last = mentions[mentions.length - 1]!;
    const first = mentions[0]!;
    if (isPartial(first.what) && !isPartial(last.what)) {
      // "8 y 9 de enero": the month said once, at the end.
      const counted = countedBack(first.what, resolveAlone(last.what, today), today, 1);
      if (counted) return nightsInARow(counted, mentions.length);
    }
    return nightsInARow(stayFrom(resolveAlone(first.what, today), (a) => {
      const d = resolveAfter(last.what, a);
      return d ? plusDays(d, 1) : null;
    }), mentions.length);
  }

  if (mentions.length === 1) {
    const m = mentions[0]!;
    // "Tomorrow and the next night", "mañana y pasado": two nights from the day said.
    if (m.cue !== 'departure' && firstPhrase(words, m.end, AND_THE_NEXT)) {
      return stayFrom(resolveAlone(m.what, today), (a) => plusDays(a, 2));
    }
    if (m.cue === 'departure' && !m.rangeEnd) {
      const from = sense.arrival ?? today;
      const departure = resolveAfter(m.what, from);
      return departure && !rolledFar(m.what, from, departure) ? { kind: 'stay', arrival: null, departure } : NONE;
    }
    // "How many nights?" "The 12th." / "Sunday.": the day they leave, when it is after the arrival.
    // ("Two nights to the 10th": asked how long, "to" a day is the day they leave.)
    if ((m.cue === null || m.cue === 'to') && sense.lengthAsked && sense.arrival) {
      // "In two weeks", "en dos semanas": a stay of two weeks, or leaving two weeks from today? Asked.
      if (m.cue === null && words.slice(Math.max(0, m.start - 1), m.end).some((w) => COUNTED_UNITS[w] !== undefined || SPANISH_COUNTED_UNITS.has(w))) return NONE;
      const departure = leavingOn(m.what, sense.arrival, today);
      if (departure) return { kind: 'stay', arrival: null, departure };
      // "Just tonight", "nada más esta noche": the stay's one night, whichever day it starts.
      if (saysTonight(words, m)) return { kind: 'stay', arrival: null, departure: plusDays(sense.arrival, 1) };
      // Any other day not after the arrival: a new arrival, or a length misheard? Asked, not taken.
      return NONE;
    }
    // "Tonight only", "esta noche nada más": that one night.
    if (oneNightSaid(words, m)) return stayFrom(resolveAlone(m.what, today), (a) => plusDays(a, 1));
    // "The last weekend of January": its Friday to its Sunday.
    if (m.what.kind === 'weekendsOf') return stayFrom(resolveAlone(m.what, today), weekendEnd);
    return stayFrom(resolveAlone(m.what, today), () => null);
  }

  if (mentions.length === 2) {
    let [arrival, departure] = mentions as [Mention, Mention];
    if ((endsRange(arrival.cue) && !endsRange(departure.cue)) || (departure.cue === 'arrival' && arrival.cue !== 'arrival')) {
      [arrival, departure] = [departure, arrival];
    }
    // A partial arrival before a full departure is counted back from it ("del 24 al 27 de diciembre").
    if (isPartial(arrival.what) && !isPartial(departure.what)) {
      const end = resolveAlone(departure.what, plusDays(today, 1));
      const [a, b] = [dayOfMonth(arrival.what), dayOfMonth(departure.what)];
      // "Del 8 al 8 de enero": that day, how long asked; "del 12 al 10 de enero" (the month said once
      // for both?) is asked, as "the 12th to the 10th"; "del 28 al 3 de enero" is a range.
      if (a !== null && a === b) return stayFrom(end, () => null);
      const counted = countedBack(arrival.what, end, today, 0);
      const long = counted?.kind === 'stay' && counted.arrival && counted.departure && daysBetween(counted.arrival, counted.departure) > WRAPPED_DAY_NIGHTS;
      if (a !== null && b !== null && a > b && (long || counted?.kind !== 'stay')) return NONE;
      if (counted) return counted;
    }
    const turned = endNotAfter(arrival.what, departure.what);
    // "Del 8 al 8": the day they come, how long asked (not a month's stay).
    if (turned === 'same') return stayFrom(resolveAlone(arrival.what, today), () => null);
    const range = stayFrom(resolveAlone(arrival.what, today), (a) => resolveAfter(inArrivalsOrder(departure.what, arrival.what, a), a));
    // "The 12th to the 10th", "January 10th to January 8th": its end before its start, said the
    // wrong way round or meant a month on? Asked (not 29 nights, nor a year's). "The 30th to the
    // 2nd" rolls into the next month as said.
    const long = range.kind === 'stay' && range.arrival && range.departure && daysBetween(range.arrival, range.departure) > WRAPPED_DAY_NIGHTS;
    if (turned === 'before' && (long || sameMonthSaid(arrival.what, departure.what))) return NONE;
    // ("12/9 - 12/9": the same day, read a year on.)
    if (range.kind === 'stay' && range.arrival && range.departure?.slice(5) === range.arrival.slice(5)) return { ...range, departure: null };
    // ("12/12 to 12/10": an end that, read alone, comes before the start, read no other way: asked.)
    const start = range.kind === 'stay' && !range.departure ? range.arrival : null;
    const alone = start ? resolveAlone(departure.what, today) : null;
    if (start && alone?.kind === 'dates' && alone.dates.length > 0 && alone.dates.every((d) => d < start)) return NONE;
    return range;
  }

  // "New Year's weekend, Thursday to Sunday": those days of the weekend the holiday is in.
  const namedWeekend = mentions.find((m) => m.what.kind === 'named' && m.what.weekend === true);
  if (namedWeekend && namedWeekend.what.kind === 'named') {
    const days = weekendDays(mentions.filter((m) => m !== namedWeekend), words);
    const day = namedAhead(namedWeekend.what.rule, namedWeekend.what.offset, today);
    const holiday = day.kind === 'dates' ? day.dates[0]! : day.kind === 'past' ? day.next : null;
    const fromFriday = holiday ? WEEKEND_DAY_OFFSET[weekdayOf(holiday)] : undefined;
    if (days && holiday && fromFriday !== undefined) {
      const arrival = plusDays(holiday, days[0] - fromFriday);
      const nights = days[1] - days[0];
      // ("Labor Day weekend, Saturday to Monday" said in December: this year's has passed, next
      // year's is far off: those days of next year's weekend are asked about, as the day would be.)
      if (day.kind === 'past') return stayFrom({ kind: 'past', date: plusDays(day.date, days[0] - fromFriday), next: arrival }, (a) => plusDays(a, nights));
      if (arrival >= today) return ordered(arrival, plusDays(arrival, nights));
    }
  }
  // A holiday said with the stay's dates ("para Año Nuevo, del 31 al 2", "Christmas, the 24th to the
  // 26th"): the dates, when the holiday is in them. (Dates passed this year and far off next, "para
  // el Día de Muertos, del 31 de octubre al 2 de noviembre": asked about, as without the holiday.)
  const holidays = mentions.filter((m) => m.what.kind === 'named');
  const ends = mentions.filter((m) => m.what.kind !== 'named');
  if (holidays.length && ends.length === 2) {
    const range = stayOf(ends, words, sense);
    const span = range.kind === 'stay' ? range : range.kind === 'choice' && range.reason === 'past' && range.options.length === 1 ? range.options[0]! : null;
    const inside = (m: Mention) => {
      const day = resolveAlone(m.what, today);
      const dates = day.kind === 'dates' ? day.dates : day.kind === 'past' && day.next !== null ? [day.next] : [];
      return span !== null && span.arrival !== null && span.departure !== null && dates.length > 0 && dates.every((d) => d >= span.arrival! && d <= span.departure!);
    };
    if (holidays.every(inside)) return range;
  }
  // More than two: the same days said twice ("Thanksgiving weekend, Thursday to Sunday").
  const anchor = mentions.find((m) => !isPartial(m.what));
  const start = anchor ? resolveAlone(anchor.what, today) : null;
  if (!start || start.kind !== 'dates' || start.dates.length !== 1) return NONE;
  const from = plusDays(start.dates[0]!, -1);
  const dates = new Set<IsoDate>();
  for (const m of mentions) {
    const d = m === anchor ? start.dates[0]! : resolveAfter(m.what, from);
    if (!d) return NONE;
    dates.add(d);
  }
  const sorted = [...dates].sort();
  return sorted.length === 2 && sorted[0]! >= today ? ordered(sorted[0]!, sorted[1]!) : NONE;
}

/** Nights said with half a month: a length of stay within it. */
const HALF_NIGHTS = new Set(['night', 'nights', 'noche', 'noches', 'nts', 'nites', 'nite']);

/**
 * Half a month as a stay: the 1st to the 15th, the 16th to the month's last day (as "del 1 al 15",
 * "del 16 al 31" are read). People also say it of a stay somewhere in that half, and the last day
 * may be the 15th or the 16th: the caller confirms it (`unsure`).
 */
function halfStay(what: Extract<What, { kind: 'half' }>, today: IsoDate): StayDates {
  const stay = stayFrom(resolveAlone(what, today), (a) => {
    const { year, month } = partsOf(a);
    return isoDate(year, month, halfBounds(what.half, daysInMonth(year, month)).to);
  });
  return stay.kind === 'stay' ? { ...stay, unsure: true } : stay;
}

/** Words between two dates that make them two things asked for: "and one for", "y otra para", "another". */
const ANOTHER_ITEM = new Set(['another', 'otra', 'otro']);
const ONE_ITEM = new Set(['one', 'una', 'uno']);

function separateItems(gap: readonly string[]): boolean {
  return gap.some((w, i) => ANOTHER_ITEM.has(w) || (AND_WORDS.has(w) && ONE_ITEM.has(gap[i + 1] ?? '')));
}

/**
 * Nights listed are one stay only when they follow one another: "the 3rd and the 5th", "una noche el
 * 3 de enero y otra el 5" are two stays (one booking cannot take them), not the 3rd to the 6th.
 */
function nightsInARow(stay: StayDates, listed: number): StayDates {
  const apart = (a: IsoDate | null, d: IsoDate | null) => a !== null && d !== null && daysBetween(a, d) !== listed;
  if (stay.kind === 'stay' && apart(stay.arrival, stay.departure)) return { kind: 'none', apart: true };
  if (stay.kind === 'choice' && stay.options.some((o) => apart(o.arrival, o.departure))) return { kind: 'none', apart: true };
  return stay;
}

/**
 * A partial arrival counted back from the stay's last date (`after` days before the departure):
 * the stay, or — when that date is long past this year — the same stay next year offered, or a
 * start already past named. Null when the end does not say one date (the mentions are read as
 * they stand). Never the partial day's next occurrence paired with a departure months on.
 */
function countedBack(first: What, end: Resolved, today: IsoDate, after: 0 | 1): StayDates | null {
  if (end.kind === 'noSuchDate') return end;
  if (end.kind === 'past') {
    const passed = resolveBefore(first, plusDays(end.date, after));
    if (end.next === null) return passed ? { kind: 'past', date: passed } : { kind: 'past', date: end.date };
    const start = resolveBefore(first, plusDays(end.next, after));
    if (!start) return null;
    const departure = plusDays(end.next, after);
    return { kind: 'choice', reason: 'past', options: [{ arrival: start, departure: departure > start ? departure : null }], passed: passed ?? end.date };
  }
  if (end.dates.length !== 1) return null;
  const start = resolveBefore(first, plusDays(end.dates[0]!, after));
  if (!start) return null;
  // "Del 1 al 5" said on the 3rd: the stay began before today; that is said, not moved a month on.
  if (start < today) return { kind: 'past', date: start };
  return ordered(start, plusDays(end.dates[0]!, after));
}

/** Right before a date (past "the", "of", "de"), these make it a bound or a neighbourhood, not the day. */
const VAGUE_BEFORE = new Set([
  'after', 'before', 'around', 'about', 'approximately', 'sometime', 'near', 'early', 'late', 'mid', 'siguiente',
  'despues', 'antes', 'alrededor', 'cerca', 'finales', 'fines', 'principios', 'inicios', 'mediados',
]);
/** These only with "of" / "de" between: "the week of the 14th", "la semana del 14", "the end of the month". */
const VAGUE_OF = new Set(['week', 'end', 'semana']);
const VAGUE_FILLER = new Set(['the', 'of', 'de', 'del', 'el', 'la', 'al']);
const OF = new Set(['of', 'de', 'del']);

/** Days said by their name relative to today, late in which is that day: "late tonight". */
const LATE_IN_THE_DAY = new Set(['tonight', 'tonite', 'today', 'tomorrow', 'tmrw']);

/** "After Christmas", "before the 20th", "the week of the 14th", "antes del 20": no day said. */
function vagueAt(words: readonly string[], start: number, found: readonly Mention[]): boolean {
  let p = start;
  let of = false;
  while (p > 0 && VAGUE_FILLER.has(words[p - 1]!)) {
    p--;
    if (OF.has(words[p]!)) of = true;
  }
  const w = words[p - 1] ?? '';
  // "How about the 20th?", "what about the 12th?": a day suggested, not one near it.
  if (w === 'about' && (words[p - 2] === 'how' || words[p - 2] === 'what')) return false;
  // "Late Friday (night)": late in that day, not late in a month.
  if (w === 'late' && p === start && found.some((m) => m.start === start && m.what.kind === 'weekday')) return false;
  // ("Late tonight", "late tomorrow": late in that day too. Not "early": its small hours may be the night before.)
  if (w === 'late' && p === start && LATE_IN_THE_DAY.has(words[start]!)) return false;
  // (Not a word of another date: "el fin de semana del 13".)
  return (VAGUE_BEFORE.has(w) || (of && VAGUE_OF.has(w))) && !found.some((m) => m.start <= p - 1 && p - 1 < m.end);
}

/** Right before "between" / "entre", these make its two days a window to choose in: "sometime between…". */
const WINDOW_LEADS = [
  ['sometime'], ['some', 'time'], ['anytime'], ['any', 'time'], ['any', 'day'], ['some', 'day'], ['somewhere'], ['whenever'],
  ['algun', 'dia'], ['algun', 'momento'], ['cualquier', 'dia'], ['cualquier', 'momento'], ['cuando', 'sea'],
];

/**
 * "Sometime between Christmas and New Year's", "algún día entre el 10 y el 20": days to choose
 * from, not a stay's ends ("between the 14th and the 17th", "between Christmas and New Year's"
 * are a stay).
 */
function windowBetween(words: readonly string[], first: Mention): boolean {
  let p = first.start;
  while (p > 0 && VAGUE_FILLER.has(words[p - 1]!)) p--;
  return BETWEEN_WORDS.has(words[p - 1] ?? '') && WINDOW_LEADS.some((lead) => p - 1 - lead.length >= 0 && phraseAt(words, p - 1 - lead.length, lead));
}

/** After an hour, these make it one in the small hours: "1 am", "a la una de la mañana", "2 in the morning". */
const SMALL_HOURS_AFTER = [['am'], ['a.m'], ['de', 'la', 'manana'], ['de', 'la', 'madrugada'], ['in', 'the', 'morning']];
const SMALL_HOURS = new Set(['midnight', 'medianoche', 'madrugada']);
/** After an hour of the small hours, these say it is night ("12:30 at night"); "11 at night" is the evening's. */
const SAID_AT_NIGHT = [['at', 'night'], ['de', 'la', 'noche']];
const SMALL_NIGHT_LAST = 3;
/** The latest hour said as the night before's ("1am on the 10th" after "late on the 9th"). */
const SMALL_HOURS_LAST = 5;

/** Whether the words from `from` to `to` say an hour after midnight ("like 1am on the", "como a la una de la mañana del"). */
function smallHoursIn(words: readonly string[], from: number, to: number): boolean {
  if (words.slice(from, to).some((w) => RANGE_WORDS.has(w))) return false;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (SMALL_HOURS.has(w)) return true;
    const glued = /^(\d{1,2})(?::\d{2})?(?:am|a\.m)$/.exec(w);
    if (glued) return Number(glued[1]) <= SMALL_HOURS_LAST || Number(glued[1]) === 12;
    // ("12:30 at night", "1:15 am": an hour with its minutes, one word.)
    const withMinutes = /^(\d{1,2}):\d{2}$/.exec(w);
    const n = withMinutes ? { value: Number(withMinutes[1]), end: k + 1 } : (readNumberAt(words, k, 'en') ?? readNumberAt(words, k, 'es'));
    if (n && (n.value <= SMALL_HOURS_LAST || n.value === 12) && firstPhrase(words, n.end, SMALL_HOURS_AFTER) > 0) return true;
    // "12:30 at night", "la 1 de la noche": after midnight, said as the night's.
    if (n && (n.value <= SMALL_NIGHT_LAST || n.value === 12) && firstPhrase(words, n.end, SAID_AT_NIGHT) > 0) return true;
  }
  return false;
}

/**
 * "Checking in around 2am on the 10th", "llegamos el 15 en la madrugada": the small hours of a day
 * are often the night before's, booked from that day. Which is asked: the day before, or the day.
 */
function inTheSmallHours(dates: StayDates, words: readonly string[], mentions: readonly Mention[], today: IsoDate): StayDates {
  if (dates.kind !== 'stay' || !dates.arrival || mentions.length === 0) return dates;
  const m = mentions[0]!;
  if (m.cue === 'departure' || !(smallHoursIn(words, Math.max(0, m.start - SMALL_HOURS_REACH), m.start) || smallHoursIn(words, m.end, Math.min(words.length, m.end + SMALL_HOURS_REACH)))) return dates;
  const before = plusDays(dates.arrival, -1);
  if (before < today) return dates;
  return { kind: 'choice', reason: 'ambiguous', options: [before, dates.arrival].map((arrival) => ({ arrival, departure: dates.departure })) };
}

/** How many words from a day an hour said is the day's: "around 2am on the 10th", "el 15 en la madrugada". */
const SMALL_HOURS_REACH = 5;

const dayOfMonth = (what: What): number | null => (what.kind === 'day' || what.kind === 'date' ? what.day : null);

/**
 * "Late on the 9th, like 1am on the 10th", "el 9 ya tarde, como a la una de la mañana del 10": the
 * small hours of the day after a day said are that day's night, so the stay starts the first day
 * (not a night from the 9th to the 10th, nor an arrival on the 10th).
 */
function sameNight(words: readonly string[], found: Mention[]): Mention[] {
  return found.filter((cur, k) => {
    const prev = found[k - 1];
    if (!prev || cur.start < prev.end || cur.start - prev.end > 12) return true;
    const [a, b] = [dayOfMonth(prev.what), dayOfMonth(cur.what)];
    if (a === null || b !== a + 1) return true;
    if (prev.what.kind === 'date' && cur.what.kind === 'date' && prev.what.month !== cur.what.month) return true;
    return !smallHoursIn(words, prev.end, cur.start);
  });
}

/** Before the second of two dates, these make a bare "no" Spanish ("el 5, no el 6"): the 6th, or not the 6th? */
const SPANISH_BEFORE_DATE = new Set(['el', 'la', 'para', 'del', 'al', 'los', 'las', 'dia']);

/**
 * The dates said, less those taken back ("the 5th, no, the 6th", "el viernes, no, mejor el sábado":
 * the later one stands, as what the earlier one was: an arrival, a departure) or ruled out ("not the
 * 6th", "en vez del 6"). A bare Spanish "no" between two dates ("el 24, no el 25") may be either, so
 * the caller chooses (`either`); with more dates than those two it is not read at all (null).
 */
function afterTakingBack(words: readonly string[], found: readonly Mention[], locale: Locale): { mentions: Mention[]; either: boolean } | null {
  // "Sometime between Christmas and New Year's", "algún día entre el 10 y el 20": a window, no day.
  if (found.length > 1 && windowBetween(words, found[0]!)) return { mentions: [], either: false };
  const vague = found.filter((m) => vagueAt(words, m.start, found));
  // "Friday, the week of the 14th", "the Tuesday after the 8th": a weekday said with a neighbourhood
  // is a weekday of that neighbourhood, not the coming one: no day.
  if (vague.length && found.some((m) => m.what.kind === 'weekday' && m.what.mod === 'bare' && !vague.includes(m))) return { mentions: [], either: false };
  const out = found
    .map((m) => oneAfterRuledOut(words, m) ?? m)
    .filter((m) => !ruledOutAt(words, m.start) && !ruledOutAfter(words, m.end) && !vague.includes(m) && !(m === found[0] && noBeforeAnother(words, found)));
  let either = false;
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const cur = out[k]!;
    if (cur.start <= prev.start) continue; // both ends of "24-27"
    const said = takenBackBetween(words, prev.end, cur.start);
    if (said === null) continue;
    // (Spanish said at the English greeting is Spanish too: "mañana no pasado".)
    const spanish = locale === 'es-MX' || SPANISH_BEFORE_DATE.has(words[cur.start - 1] ?? '') || languageOfTokens(words) === 'es';
    if (said === 'no' && spanish) {
      either = true;
      continue;
    }
    const replaced = cur.cue === null && !cur.rangeEnd ? { ...cur, cue: prev.cue, ...(prev.rangeEnd ? { rangeEnd: true } : {}) } : cur;
    // "El 2 de enero, digo, el 3": the day taken back, the month said with it stands.
    out[k] = inMonthOf(replaced, prev);
    out.splice(k - 1, 1);
    k--;
  }
  if (!either) return { mentions: out, either };
  return out.length === 2 ? { mentions: out, either } : null;
}

/** After a weekday ruled out, the one a week later said by pointing: "not this Friday, the next one", "no este viernes, el siguiente". */
const THE_NEXT_ONE = [
  ['the', 'next', 'one'], ['next', 'one'], ['the', 'one', 'after'], ['the', 'following', 'one'], ['the', 'one', 'after', 'that'],
  ['el', 'siguiente'], ['el', 'que', 'sigue'], ['el', 'de', 'la', 'otra', 'semana'], ['el', 'de', 'la', 'siguiente', 'semana'],
  ['el', 'otro'], ['the', 'other', 'one'],
].sort((a, b) => b.length - a.length);

/**
 * "Not this Friday, the next one": the weekday ruled out, a week on (as "a week from Friday"), in
 * place of the one ruled out, taking the pointing words as its own; null for anything else.
 */
function oneAfterRuledOut(words: readonly string[], m: Mention): Mention | null {
  if (m.what.kind !== 'weekday' || !['bare', 'this', 'coming'].includes(m.what.mod) || m.what.weeks !== undefined) return null;
  // ("No este viernes, el siguiente": an opening "no" rules it out as "not" does.)
  const from = ruledOutFrom(words, m.start) ?? (opensWithNo(words, m.start) ? 0 : null);
  if (from === null) return null;
  const next = THE_NEXT_ONE.find((p) => p.every((w, j) => words[m.end + j] === w));
  if (!next) return null;
  return { ...m, start: from, end: m.end + next.length, what: { kind: 'weekday', weekday: m.what.weekday, mod: 'weekFrom', weeks: 1 } };
}

/** Before the first of two dates said, the words of an opening "no" ("no, el viernes…", "um no the 5th…"). */
const OPENING_NO = new Set(['no', 'nope', 'nah', 'um', 'uh', 'pues', 'este', 'ay', 'oh', 'el', 'la', 'the', 'on', 'para', 'for']);
/** Between the two: nothing, an article, or another "no" ("no el viernes, el sábado", "no el vie no el sáb"). */
const BETWEEN_RULED_OUT_AND_SAID = new Set(['el', 'la', 'the', 'on', 'para', 'for', 'no', 'sino', 'mejor', 'but']);

/** Whether the words before words[start] are an opening "no" and fillers only. */
function opensWithNo(words: readonly string[], start: number): boolean {
  let no = false;
  for (let k = 0; k < start; k++) {
    if (!OPENING_NO.has(words[k]!)) return false;
    no ||= words[k] === 'no' || words[k] === 'nope' || words[k] === 'nah';
  }
  return no;
}

/**
 * "No el viernes, el sábado", "no the 5th the 6th": an opening "no" right before the first of two
 * dates said one after the other with nothing joining them rules the first out; the second stands.
 */
function noBeforeAnother(words: readonly string[], found: readonly Mention[]): boolean {
  const [first, second] = [found[0], found[1]];
  if (!first || !second || second.start < first.end || !opensWithNo(words, first.start)) return false;
  for (let k = first.end; k < second.start; k++) if (!BETWEEN_RULED_OUT_AND_SAID.has(words[k]!)) return false;
  return true;
}

/** A day of the month said to replace a date with its month: that month's day. */
function inMonthOf(cur: Mention, prev: Mention): Mention {
  const p = prev.what;
  const c = cur.what;
  if (c.kind !== 'day' || c.month !== undefined) return cur;
  // ("The 3rd or the 4th of next month": next month's 3rd.)
  if (p.kind === 'day' && p.month !== undefined) return { ...cur, what: { ...c, month: p.month } };
  if (p.kind !== 'date') return cur;
  return { ...cur, what: { kind: 'date', month: p.month, day: c.day, year: p.year, weekday: c.weekday } };
}

/** A date said alone, read as a departure after `arrival`: a weekday the next one after it; any other date as it stands, if after it. */
function leavingOn(what: What, arrival: IsoDate, today: IsoDate): IsoDate | null {
  if (what.kind === 'weekday' || what.kind === 'weekend') return resolveAfter(what, arrival);
  const alone = resolveAlone(what, today);
  return alone.kind === 'dates' && alone.dates.length === 1 && alone.dates[0]! > arrival ? alone.dates[0]! : null;
}

/** "Tonight", "esta noche", "hoy en la noche": the words of a mention that is tonight. */
const TONIGHT = [['tonight'], ['tonite'], ['esta', 'noche'], ['hoy', 'en', 'la', 'noche'], ['hoy', 'por', 'la', 'noche']];

/** Around tonight (or a day's night), these make it the only night: "tonight only", "nada más esta noche". */
const ONLY_BEFORE = [['just'], ['only'], ['solo'], ['nomas'], ['namas'], ['solamente'], ['nada', 'mas']];
const ONLY_BEFORE_FOR = [...ONLY_BEFORE, ...ONLY_BEFORE.map((p) => [...p, 'for']), ...ONLY_BEFORE.map((p) => [...p, 'para'])];
const ONLY_AFTER = [['only'], ['nada', 'mas'], ['nomas'], ['solamente'], ['no', 'mas']];
const ONE_NIGHT_WORDS = new Set(['night', 'nite', 'noche']);

/**
 * Whether the words say tonight is the only night ("tonight only", "nada más esta noche"). ("The
 * night of the 15th" or "Saturday night" alone is the day they come, not how long: asked.)
 */
function oneNightSaid(words: readonly string[], m: Mention): boolean {
  const said = nightSaidOf(words, m);
  if (!said) return false;
  // ("Just the night of the 24th", "nomás la noche del sábado": the article is the night's.)
  const from = said.from - (NIGHT_ARTICLES.has(words[said.from - 1] ?? '') && said.from < m.start ? 1 : 0);
  const before = ONLY_BEFORE_FOR.some((p) => from - p.length >= 0 && p.every((w, j) => words[from - p.length + j] === w));
  return before || ONLY_AFTER.some((p) => phraseAt(words, said.to, p));
}

/** After a day, these say its night: "Saturday night", "el sábado en la noche", "the 9th at night". */
const NIGHT_AFTER = [['night'], ['nite'], ['noche'], ['en', 'la', 'noche'], ['por', 'la', 'noche'], ['at', 'night']];
/** Before a day, past "of", "de", "the": its night ("the night of the 24th", "la noche del sábado"). */
const NIGHT_OF_FILLER = new Set(['of', 'the', 'de', 'del', 'el', 'la']);
const NIGHT_ARTICLES = new Set(['the', 'la']);

/**
 * Where the words say a day's night, the day's words with them: "tonight", "Saturday night", "the
 * night of the 24th", "la noche del sábado", "el sábado en la noche". Null when no night is said.
 */
function nightSaidOf(words: readonly string[], m: Mention): { from: number; to: number } | null {
  if (saysTonight(words, m) || words.slice(m.start, m.end).some((w) => ONE_NIGHT_WORDS.has(w))) return { from: m.start, to: m.end };
  const after = firstPhrase(words, m.end, NIGHT_AFTER);
  if (after) return { from: m.start, to: m.end + after };
  let p = m.start;
  while (p > 0 && NIGHT_OF_FILLER.has(words[p - 1]!)) p--;
  return p < m.start && ONE_NIGHT_WORDS.has(words[p - 1] ?? '') ? { from: p - 1, to: m.end } : null;
}

function saysTonight(words: readonly string[], m: Mention): boolean {
  for (let k = m.start; k < m.end; k++) if (firstPhrase(words, k, TONIGHT)) return true;
  return false;
}

/**
 * Asked how many nights, the arrival known: nights counted from tonight ("just tonight and
 * tomorrow") are the stay's length from its arrival, not a new arrival today.
 */
function lengthFromTonight(dates: StayDates, words: readonly string[], sense: DateSense): StayDates {
  if (!sense.lengthAsked || !sense.arrival || dates.kind !== 'stay' || dates.arrival !== sense.today || !dates.departure || sense.arrival <= sense.today) return dates;
  if (!words.some((_, k) => firstPhrase(words, k, TONIGHT))) return dates;
  return { kind: 'stay', arrival: null, departure: plusDays(sense.arrival, daysBetween(dates.arrival, dates.departure)) };
}

/** After a day: the night after it too. */
const AND_THE_NEXT = [
  'and the next night', 'and the night after', 'and the following night', 'and the next day', 'and the day after',
  'and the night after that', 'y pasado', 'y la noche siguiente', 'y la siguiente noche', 'y el dia siguiente',
  'y la otra noche',
].map((p) => p.split(' '));

/** Words that list nights ("Friday and Saturday"), or offer a choice ("Friday or Saturday"). */
const AND_WORDS = new Set(['and', 'y', 'e', '&', 'plus']);
const OR_WORDS = new Set(['or', 'o', 'u']);
/** Skipped between listed days: "Friday night and Saturday night", "el 24 y el 25". */
const LIST_FILLER = new Set(['the', 'el', 'night', 'nights', 'noche', 'noches', 'on', 'of', 'de', 'also', 'tambien', 'another', 'otra', 'otro']);
/** "The 5th, or maybe the 6th", "el 5 o tal vez el 6": a choice all the same (not a list of nights). */
const HEDGE_WORDS = new Set(['maybe', 'perhaps', 'possibly', 'probably', 'quizas', 'quiza', 'tal', 'vez', 'igual', 'mejor']);
/** The rest of a hedge: "a lo mejor". */
const HEDGE_FILLER = new Set(['a', 'lo']);
/** Words that join two dates said together: a list, a choice, a range. */
const JOINS = new Set([...AND_WORDS, ...OR_WORDS, ...RANGE_WORDS, 'the', 'el', 'del', 'a']);
/** Before the first day, these make "X and Y" the two ends of a stay. */
const BETWEEN_WORDS = new Set(['between', 'entre']);

/**
 * Days said one after another joined by "and" (the nights wanted) or "or" (a choice), none of them
 * marked as an arrival or a departure: "tonight and tomorrow night", "el viernes o el sábado".
 */
function listOf(mentions: readonly Mention[], words: readonly string[]): 'nights' | 'either' | null {
  if (mentions.length < 2) return null;
  if (mentions.some((m, k) => m.rangeEnd || (k > 0 && m.cue !== null) || m.cue === 'departure' || m.what.kind === 'weekend')) return null;
  const first = mentions[0]!;
  if (words.slice(Math.max(0, first.start - 3), first.start).some((w) => BETWEEN_WORDS.has(w))) return null;
  let joins: 'and' | 'or' | null = null;
  for (let k = 1; k < mentions.length; k++) {
    let gap = words.slice(mentions[k - 1]!.end, mentions[k]!.start).filter((w) => !LIST_FILLER.has(w));
    if (gap.some((w) => HEDGE_WORDS.has(w))) {
      // "The 5th and maybe the 6th", "el 5 y a lo mejor el 6": unsure, so a choice too.
      gap = gap.filter((w) => !HEDGE_WORDS.has(w) && !HEDGE_FILLER.has(w));
      if (gap.length > 1 || (gap.length === 1 && !OR_WORDS.has(gap[0]!) && !AND_WORDS.has(gap[0]!))) return null;
      gap = ['or'];
    }
    if (gap.length === 0) continue;
    // "The 15th, I think, or the 16th", "el quince, creo, o el dieciséis", "el 15, o bueno, el 16":
    // an "or" among a few words that say nothing of the stay is a choice all the same.
    if (gap.length > 1 && gap.length <= 4 && gap.some((w) => OR_WORDS.has(w)) && !gap.some((w) => AND_WORDS.has(w) || RANGE_WORDS.has(w) || COUNT_UNITS.has(w) || /\d/.test(w))) gap = ['or'];
    if (gap.length !== 1) return null;
    const join = AND_WORDS.has(gap[0]!) ? 'and' : OR_WORDS.has(gap[0]!) ? 'or' : null;
    if (join === null || (joins !== null && joins !== join)) return null;
    joins = join;
  }
  return joins === 'and' ? 'nights' : joins === 'or' ? 'either' : null;
}

/** Nights to the weekend's end within which "the weekend", asked how long, is until then (from a Thursday). */
const WEEKEND_LENGTH_MAX = 3;
/** Nights to the weekend's end within which "the weekend" is until then at all (from a Tuesday, 5; from a Monday, 6: asked). */
const WEEKEND_AHEAD_MAX = 5;
/** "Just the weekend", "nomás el fin de semana": its nights only. */
const ONLY_WORDS = new Set(['just', 'only', 'solo', 'nomas', 'solamente', 'nada', 'puro']);

/** "The weekend of the 12th": Friday to Sunday of the weekend that day is in (not a weekday's). */
function weekendAround(rest: readonly Mention[], today: IsoDate): StayDates {
  if (rest.length !== 1) return NONE;
  const day = resolveAlone(rest[0]!.what, today);
  if (day.kind !== 'dates' || day.dates.length !== 1) return day.kind === 'noSuchDate' ? day : NONE;
  const d = day.dates[0]!;
  const wd = weekdayOf(d);
  if (wd !== 5 && wd !== 6 && wd !== 0) return NONE;
  const friday = wd === 5 ? d : previousWeekday(d, 5);
  return { kind: 'stay', arrival: friday < today ? today : friday, departure: weekendEnd(friday) };
}

function ordered(a: IsoDate, b: IsoDate): StayDates {
  if (a === b) return { kind: 'stay', arrival: a, departure: null };
  return a < b ? { kind: 'stay', arrival: a, departure: b } : { kind: 'stay', arrival: b, departure: a };
}

/** The stay from an arrival reading and how its departure follows from each possible arrival. */
function stayFrom(arrival: Resolved, departureAfter: (arrival: IsoDate) => IsoDate | null): StayDates {
  if (arrival.kind === 'noSuchDate') return arrival;
  if (arrival.kind === 'past') {
    return arrival.next === null ? { kind: 'past', date: arrival.date } : { kind: 'choice', reason: 'past', options: [stayOption(arrival.next, departureAfter)], passed: arrival.date };
  }
  if (arrival.dates.length === 1) {
    const o = stayOption(arrival.dates[0]!, departureAfter);
    return { kind: 'stay', arrival: o.arrival, departure: o.departure };
  }
  return { kind: 'choice', reason: 'ambiguous', options: arrival.dates.map((a) => stayOption(a, departureAfter)) };
}

function stayOption(a: IsoDate, departureAfter: (arrival: IsoDate) => IsoDate | null): StayOption {
  const d = departureAfter(a);
  return { arrival: a, departure: d !== null && d > a ? d : null };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** The stay's dates in what the caller said or typed, and the words left for the other readers. */
export function readDates(text: string, sense: DateSense): DatesRead {
  try {
    if (!parseIsoDate(sense.today)) return { dates: NONE, rest: '' };
    const words = shortYearDropped(lastYearSaid(dateWords(text), sense.today), sense.today);
    if (words.length === 0) return { dates: NONE, rest: '' };
    const said = mentionsIn(words, sense);
    const used = new Set<number>();
    // ("Our anniversary is on the 12th", "la boda es el 19": the occasion's day, not the stay's; its
    // words are its own, no count for the other readers.)
    const occasions = occasionDays(words, said);
    for (const m of occasions) for (let k = m.start; k < m.end; k++) used.add(k);
    const found = occasions.length ? said.filter((m) => !occasions.includes(m)) : said;
    for (const m of found) for (let k = m.start; k < m.end + (hedgeAfter(words, m.end) ? 3 : 0); k++) used.add(k);
    // (A "not" ruling a date out is the date's: "not sat, sun, 1 rm" leaves "1 rm", not "not 1 rm". "Instead
    // of the 8th" is left for the readers of a change.)
    for (const m of found) {
      const from = ruledOutFrom(words, m.start);
      if (from !== null && words[from] === 'not') for (let k = from; k < m.start; k++) used.add(k);
    }
    if (noBeforeAnother(words, found)) for (let k = 0; k < found[0]!.start; k++) used.add(k);
    // The words joining two dates ("the 12th or 13th", "del 24 al 27") are theirs: left in, "1 king
    // 12th or 13th 2 nts" would read "1 … or 2 nights" to the count reader.
    for (let k = 1; k < found.length; k++) {
      const [from, to] = [found[k - 1]!.end, found[k]!.start];
      if (to > from && to - from <= 2 && words.slice(from, to).every((w) => JOINS.has(w))) for (let j = from; j < to; j++) used.add(j);
    }
    // ("Mar 10" texted in Spanish: martes or marzo, both shortened so: the day is asked, never guessed.)
    if (sense.locale === 'es-MX' && found.some((m) => words.slice(m.start, m.end).includes('mar'))) {
      return { dates: NONE, rest: words.filter((_, k) => !used.has(k)).join(' '), vague: true };
    }
    const night = sameNight(words, found);
    // (The small hours said are the night's: "a la una de la mañana del 10" counts no night.)
    for (const [k, m] of found.entries()) if (!night.includes(m)) for (let j = found[k - 1]!.end; j < m.end; j++) used.add(j);
    // ("Para el 20, mejor el 22": the words taking the 20th back are the dates', not "the best" room.)
    for (let k = 1; k < night.length; k++) {
      const [from, to] = [night[k - 1]!.end, night[k]!.start];
      if (to > from && takenBackBetween(words, from, to) !== null) for (let j = from; j < to; j++) used.add(j);
    }
    const kept = afterTakingBack(words, night, sense.locale);
    const read = kept === null ? NONE : stayOf(kept.mentions, words, sense, kept.either);
    const dates = night.length === found.length && kept ? inTheSmallHours(read, words, kept.mentions, sense.today) : read;
    const vague = found.some((m) => m.what.kind === 'vague');
    return { dates: lengthFromTonight(dates, words, sense), rest: words.filter((_, k) => !used.has(k)).join(' '), ...(vague ? { vague } : {}) };
  } catch {
    return { dates: NONE, rest: asText(text) };
  }
}

/**
 * The weekday said alone ("Friday", "el viernes": no "this", "next", nor a date with it) when it is
 * the only day said, else null. A stay being changed reads it against its own day (flows/stay-change.ts):
 * the coming one may not be the one meant.
 */
export function loneBareWeekday(text: string, sense: DateSense): number | null {
  try {
    const words = shortYearDropped(lastYearSaid(dateWords(text), sense.today), sense.today);
    // ("Ya no llegamos el martes sino el miércoles": the day ruled out or taken back is not said.)
    const said = afterTakingBack(words, mentionsIn(words, sense), sense.locale)?.mentions ?? [];
    const what = said.length === 1 ? said[0]!.what : null;
    return what?.kind === 'weekday' && what.mod === 'bare' && what.weeks === undefined ? what.weekday : null;
  } catch {
    return null;
  }
}

/**
 * MMDD keyed (a trailing '#' tolerated): the next such date (today included), a recently passed
 * one asked about, an impossible one named ("13 is not a month", "no 29 February in 2027").
 * Anything not four digits → none.
 */
export function readDateKeys(digits: string, today: IsoDate): StayDates {
  const m = /^([0-9]{2})([0-9]{2})#?$/.exec(asText(digits).trim());
  if (!m || !parseIsoDate(today)) return NONE;
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || day > daysInMonth(2000, month)) return { kind: 'noSuchDate', month, day, year: null };
  // Keyed MMDD is the next such date, today included (the spec's keypad contract), said back with
  // its year. Only a day passed in the last few weeks is asked about: keying 1120 on November 28 is
  // a slip far more often than a booking a year ahead; 0601 keyed in November is next June.
  const ahead = dateAhead(month, day, today);
  const longPast = ahead.kind === 'past' && ahead.next !== null && daysBetween(ahead.date, today) > KEYED_JUST_PAST_DAYS;
  return stayFrom(longPast ? one(ahead.next!) : ahead, () => null);
}

/** How recently a keyed day may have passed and still be asked about rather than taken for next year. */
const KEYED_JUST_PAST_DAYS = 31;
