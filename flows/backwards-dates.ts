// "From the 9th to the 5th", "del 9 al 5": the day they leave said before the day they arrive. The
// readers take no dates from it (a stay cannot end before it starts), and the caller heard "When do
// you arrive?" as if nothing was said. Asked which, short: the two days the other way round ("the 5th
// to the 9th"), or, the month not said of the second day, to that day of the next month ("the 9th to
// January 5th") when the hotel takes so many nights. One reading only: said back to confirm. Never
// swapped silently. read-question.ts asks it of the words in which no date was read.

import type { CallContext, DateChoice, Heard, QuestionId, Slots } from './call-context.ts';
import type { IsoDate } from './types.ts';
import { daysBetween } from './hotel-time.ts';
import { tokenize } from './understanding/normalize.ts';
import { readDates } from './understanding/stay-dates.ts';
import type { DateSense } from './understanding/stay-dates.ts';

/** Where the stay's dates may be said. */
export const BACKWARDS_READ: ReadonlySet<QuestionId> = new Set(['greeting', 'mainMenu', 'arrivalDate', 'roomType', 'rooms', 'nights']);

/** The words between the two days ("to", "until", "al", "hasta el"). */
const JOINS = new Set(['to', 'until', 'till', 'through', 'thru', 'al', 'hasta']);
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[a-z]*\b|\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/;

function oneDay(words: readonly string[], sense: DateSense): IsoDate | null {
  const read = readDates(words.join(' '), sense).dates;
  return read.kind === 'stay' && read.arrival !== null && read.departure === null ? read.arrival : null;
}

/** The same day of the month after `date`'s, if it exists. */
function dayOfNextMonth(date: IsoDate, day: number): IsoDate | null {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  const iso = `${ny}-${String(nm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return check.getUTCDate() === day ? iso : null;
}

/** The stays the words can mean when their second day comes before the first; null when they say no such thing. */
export function backwardsStay(text: string, ctx: CallContext, question: QuestionId): DateChoice['options'] | null {
  if (!BACKWARDS_READ.has(question)) return null;
  const words = tokenize(text);
  if (words.length > 30) return null;
  // (A bare number is a day here: "del 9 al 5".)
  const sense: DateSense = { today: ctx.today, locale: ctx.locale, country: ctx.hotel.country, bareDay: true };
  for (let j = 1; j < words.length - 1; j++) {
    if (!JOINS.has(words[j]!)) continue;
    const first = oneDay(words.slice(0, j), sense);
    const right = words.slice(j + 1);
    const second = first === null ? null : oneDay(right, sense);
    if (first === null || second === null || second >= first) continue;
    const options: DateChoice['options'] = [{ arrival: second, departure: first }];
    const later = MONTH.test(right.join(' ')) ? null : dayOfNextMonth(first, Number(second.slice(8, 10)));
    if (later !== null && later > first && daysBetween(first, later) <= ctx.hotel.maxNights) options.push({ arrival: first, departure: later });
    return options;
  }
  return null;
}

/** What the caller is asked: which of the two stays (a choice), or the one reading said back to confirm. */
export function backwardsHeard(options: DateChoice['options'], slots: Slots, said: string): Heard {
  const { arrival: _a, departure: _d, nights: _n, dateChoice: _c, ...rest } = slots;
  if (options.length > 1) return { kind: 'answer', value: { q: 'request', slots: { ...rest, dateChoice: { reason: 'ambiguous', options } } } };
  const [only] = options;
  return { kind: 'unsure', value: { q: 'request', slots: { ...rest, arrival: only!.arrival, departure: only!.departure! } }, said: said.slice(0, 200) };
}
