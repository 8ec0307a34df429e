// Counts of time from today — "in two weeks", "within 3 days", "two weeks later", "3 days from
// now", "a week out", "two days ago" — read by a chrono parser of our own with a small pattern, in
// place of chrono's English ENTimeUnitWithinFormatParser, ENTimeUnitLaterFormatParser and
// ENTimeUnitAgoFormatParser. Theirs repeat a group of every unit and number word `{0,10}` times
// (800-odd characters each): V8 compiles each to bytecode on a process's first parse and to machine
// code on its second (regexp tier-up), about a quarter of a second for the first caller whose
// answer holds a date-like word (docs/performance.md, "The twenty-sixth session"). Ours reads the
// same words to the same dates, and its results have the spans theirs had (the readers after chrono
// — notADay, the range's cut — see the same text); but a count after "about" that chrono misread (it
// read the duration again from a digit inside the number: "about 10 days ago" was today) is read as
// said. chrono's ENTimeUnitCasualRelativeFormatParser ("next 2 weeks", "after 3 days"), as large, is
// dropped: the date reader kept none of its readings. Pure; built once at load.

import { ParsingComponents } from 'chrono-node/en';
import type { Parser, ParsingContext } from 'chrono-node';

/** chrono's English number words for a count (its INTEGER_WORD_DICTIONARY and the rest of its NUMBER_PATTERN). */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** The units chrono knows, abbreviations included, by the name its durations use. */
const UNITS: Record<string, string> = {
  s: 'second', sec: 'second', second: 'second', seconds: 'second',
  m: 'minute', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  d: 'day', day: 'day', days: 'day',
  w: 'week', week: 'week', weeks: 'week',
  mo: 'month', mon: 'month', mos: 'month', month: 'month', months: 'month',
  qtr: 'quarter', quarter: 'quarter', quarters: 'quarter',
  y: 'year', yr: 'year', year: 'year', years: 'year',
};

/** Longest first, so an alternation takes "minutes" before "m". */
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const NUMBER = String.raw`(?:${alternatives(Object.keys(NUMBER_WORDS))}|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
const ONE_UNIT = String.raw`(?:${NUMBER})\s{0,3}(?:${alternatives(Object.keys(UNITS))})`;
/**
 * "two weeks", "about a week", "2 weeks and 3 days": chrono's time units, their repetition a loop
 * (`*`) where chrono's is `{0,10}`, which V8 unrolls.
 */
const COUNTED = String.raw`(?:(?:about|around)\s{0,3})?${ONE_UNIT}(?:\s{0,5},?(?:\s*and)?\s{0,5}${ONE_UNIT})*`;
const BEFORE = String.raw`(within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?`;
const LATER = ['later', 'after', 'from now', 'henceforth', 'forward', 'out'];
const AGO = ['ago', 'before', 'earlier'];
const AFTER = String.raw`\s{0,5}(${alternatives([...LATER, ...AGO])})`;
/** A word boundary before (chrono's own: a non-word character or the start), then the count with what says its way. */
const PATTERN = new RegExp(String.raw`(\W|^)(?:${BEFORE})?(${COUNTED})(?:${AFTER})?(?=\W|$)`, 'di');
/** One unit of a count, to add them up. */
const EACH_UNIT = new RegExp(String.raw`(${NUMBER})\s{0,3}(${alternatives(Object.keys(UNITS))})`, 'gi');

/** How much a word for a count counts: chrono's parseNumberPattern. */
function countOf(said: string): number {
  const n = said.toLowerCase();
  if (NUMBER_WORDS[n] !== undefined) return NUMBER_WORDS[n];
  if (n === 'a' || n === 'an' || n === 'the') return 1;
  if (/few/.test(n)) return 3;
  if (/half/.test(n)) return 0.5;
  if (/couple/.test(n)) return 2;
  if (/several/.test(n)) return 7;
  return Number.parseFloat(n);
}

/** "2 weeks and 3 days" → { week: 2, day: 3 } (a unit said twice: the last). */
function durationOf(counted: string): Record<string, number> {
  const duration: Record<string, number> = {};
  for (const m of counted.matchAll(EACH_UNIT)) duration[UNITS[m[2]!.toLowerCase()]!] = countOf(m[1]!);
  return duration;
}

/**
 * The count said with what says its way: before it ("in", "within"; "for" is a length, left to the
 * readers after chrono), after it ("later", "from now", "out"; "ago", "earlier": gone). Said on both
 * sides, the longer part is the reading, as chrono's overlap refiner kept the longer of its two
 * parsers' results ("for two weeks from now" is "two weeks from now"; a tie goes to the first).
 */
export const countedTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [all, boundary = '', before, counted = '', after] = match;
    const at = (match.index ?? 0) + boundary.length;
    // Where the count starts and ends in what was matched (the `d` flag's indices are the string's).
    const from = (match as RegExpExecArray).indices![3]![0] - (match as RegExpExecArray).indices![0]![0];
    const to = from + counted.length;
    // chrono's "within" reader read no "for the week" ("for the" is no count of it).
    const prefixed = before !== undefined && !/^for\s*the\s*\w+/i.test(all.slice(boundary.length)) ? all.slice(boundary.length, to) : null;
    // (Said after the count, an "about" before it is the count's: "in about 2 days ago" is "about 2 days ago".)
    const about = after !== undefined && !/^(?:about|around)/i.test(counted) ? /(?:^|\W)((?:about|around)\s{0,3})$/i.exec(all.slice(0, from))?.[1]?.length ?? 0 : 0;
    const suffixed = after !== undefined ? all.slice(from - about) : null;
    if (prefixed === null && suffixed === null) return null;
    const byAfter = suffixed !== null && (prefixed === null || suffixed.length > prefixed.length);
    const sign = byAfter && AGO.includes(after!.toLowerCase()) ? -1 : 1;
    const duration = durationOf(byAfter ? all.slice(from - about, to) : counted);
    if (Object.keys(duration).length === 0) return null;
    for (const unit of Object.keys(duration)) duration[unit] = sign * duration[unit]!;
    const result = byAfter ? context.createParsingResult(at + from - about - boundary.length, suffixed!) : context.createParsingResult(at, prefixed!);
    result.start = ParsingComponents.createRelativeFromReference(context.reference, duration);
    return result;
  },
};

/** chrono's English parsers this one stands for (by class name: chrono exports no parser class). */
export const REPLACED_PARSERS: readonly string[] = ['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitAgoFormatParser'];

/**
 * chrono's English parser of a count after "next", "last", "past", "after", "+" ("next 2 weeks",
 * "after 3 days"): a pattern as large, for readings the date reader never keeps (a count is a
 * length of stay to it, and it hides counts from chrono; "after" a count says no day).
 */
export const DROPPED_PARSERS: readonly string[] = ['ENTimeUnitCasualRelativeFormatParser'];

/** chrono's parsers without those ours stands for (ours where the first of them stood) and those dropped. */
export function withCountedTime(parsers: readonly Parser[]): Parser[] {
  const at = parsers.findIndex((p) => REPLACED_PARSERS.includes(p.constructor.name));
  const kept = parsers.filter((p) => !REPLACED_PARSERS.includes(p.constructor.name) && !DROPPED_PARSERS.includes(p.constructor.name));
  kept.splice(at < 0 ? kept.length : at, 0, countedTimeParser);
  return kept;
}
