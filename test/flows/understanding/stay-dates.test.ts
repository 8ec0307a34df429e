import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, plusDays, weekdayOf } from '../../../flows/understanding/calendar.ts';
import { readDateKeys, readDates, ROLL_FORWARD_DAYS } from '../../../flows/understanding/stay-dates.ts';
import type { DateSense, StayDates } from '../../../flows/understanding/stay-dates.ts';
import type { Locale } from '../../../flows/types.ts';

// 2026-11-28 is a Saturday; 2026-12-01 a Tuesday.
const SAT = '2026-11-28';
const TUE = '2026-12-01';

const read = (text: string, today = SAT, more: Partial<DateSense> = {}): StayDates =>
  readDates(text, { today, locale: 'en-US', country: 'US', ...more }).dates;
const es = (text: string, today = SAT, more: Partial<DateSense> = {}) => read(text, today, { locale: 'es-MX', ...more });
const stay = (arrival: string | null, departure: string | null = null): StayDates => ({ kind: 'stay', arrival, departure });
const choice = (...arrivals: string[]): StayDates => ({ kind: 'choice', reason: 'ambiguous', options: arrivals.map((arrival) => ({ arrival, departure: null })) });
/** A past day offered for next year: the day said, this year, is named as passed. */
const pastChoice = (arrival: string, departure: string | null = null): StayDates => ({
  kind: 'choice',
  reason: 'past',
  options: [{ arrival, departure }],
  passed: `${Number(arrival.slice(0, 4)) - 1}${arrival.slice(4)}`,
});

describe('dates chrono reads well', () => {
  it('month and day, in words, digits and slashes, both languages', () => {
    for (const said of ['December 4th', 'December fourth', 'December four', 'December the fourth', 'Dec 4', 'on the 4th of December', '12/24', "I'd like to arrive on December 4th, please"]) {
      expect(read(said), said).toEqual(stay(said === '12/24' ? '2026-12-24' : '2026-12-04'));
    }
    for (const said of ['el 4 de diciembre', 'el cuatro de diciembre', 'diciembre 4', 'dic 4', '24/12', 'quiero llegar el 4 de diciembre por favor']) {
      expect(es(said), said).toEqual(stay(said === '24/12' ? '2026-12-24' : '2026-12-04'));
    }
    expect(read('December twenty-fifth')).toEqual(stay('2026-12-25'));
    expect(es('el treinta y uno de diciembre')).toEqual(stay('2026-12-31'));
    expect(es('el once de diciembre')).toEqual(stay('2026-12-11'));
    expect(es('el primero de enero')).toEqual(stay('2027-01-01'));
    expect(read('January first')).toEqual(stay('2027-01-01'));
  });

  it('relative days', () => {
    expect(read('tomorrow')).toEqual(stay('2026-11-29'));
    expect(read('tmrw')).toEqual(stay('2026-11-29'));
    expect(read('today')).toEqual(stay(SAT));
    expect(read('day after tomorrow')).toEqual(stay('2026-11-30'));
    expect(read('in three days')).toEqual(stay('2026-12-01'));
    expect(read('a week from today')).toEqual(stay('2026-12-05'));
    expect(read('in two weeks')).toEqual(stay('2026-12-12'));
    expect(es('mañana')).toEqual(stay('2026-11-29'));
    expect(es('pasado mañana')).toEqual(stay('2026-11-30'));
    expect(es('en una semana')).toEqual(stay('2026-12-05'));
    expect(es('dentro de dos semanas')).toEqual(stay('2026-12-12'));
  });

  it('is not confused by "por la mañana", times, lengths of stay or months alone', () => {
    expect(es('por la mañana')).toEqual({ kind: 'none' });
    expect(es('mañana por la mañana')).toEqual(stay('2026-11-29'));
    expect(es('el 4 de diciembre por la mañana')).toEqual(stay('2026-12-04'));
    for (const said of ['at 3 pm', 'in December', 'two rooms', 'for a week', 'next week', 'three nights', 'I do not know', '🙂']) {
      expect(read(said), said).toEqual({ kind: 'none' });
    }
    for (const said of ['dos habitaciones', 'tres noches', 'en diciembre', 'la próxima semana', 'somos 4 personas']) expect(es(said), said).toEqual({ kind: 'none' });
  });
});

describe('dates chrono lacks', () => {
  it('a day of the month alone: ordinals in digits or words, "el 24", a bare number when a date was asked', () => {
    for (const said of ['the 24th', '24th', 'the twenty fourth', 'the twenty-fourth', 'on the 24th please']) expect(read(said), said).toEqual(stay('2026-12-24'));
    for (const said of ['el 24', 'el veinticuatro', 'para el 24', 'el día 24']) expect(es(said), said).toEqual(stay('2026-12-24'));
    expect(read('24', SAT, { bareDay: true })).toEqual(stay('2026-12-24'));
    expect(es('veintidós', TUE, { bareDay: true })).toEqual(stay('2026-12-22'));
    expect(read('the 28th')).toEqual(stay(SAT));
    // A bare number is a count anywhere else.
    expect(read('24')).toEqual({ kind: 'none' });
    expect(read('the first one')).toEqual({ kind: 'none' });
  });

  it('weekdays: this, next, after next, a week from, next week; ambiguous ones are a choice', () => {
    expect(read('Friday', TUE)).toEqual(stay('2026-12-04'));
    expect(read('this Friday', TUE)).toEqual(stay('2026-12-04'));
    expect(read('next Friday', TUE)).toEqual(choice('2026-12-04', '2026-12-11'));
    expect(read('next Friday', SAT)).toEqual(stay('2026-12-04'));
    expect(read('next Friday', '2026-12-04')).toEqual(stay('2026-12-11'));
    expect(read('Friday', '2026-12-04')).toEqual(choice('2026-12-04', '2026-12-11'));
    expect(read('this Friday', '2026-12-04')).toEqual(stay('2026-12-04'));
    expect(read('Friday after next', TUE)).toEqual(stay('2026-12-11'));
    expect(read('a week from Friday', TUE)).toEqual(stay('2026-12-11'));
    expect(read('Friday next week', TUE)).toEqual(stay('2026-12-11'));
    expect(es('el viernes en ocho', TUE)).toEqual(stay('2026-12-11'));
    expect(es('el viernes de la próxima semana', TUE)).toEqual(stay('2026-12-11'));
    expect(es('el próximo viernes', TUE)).toEqual(choice('2026-12-04', '2026-12-11'));
    expect(es('el viernes que viene', '2026-12-03')).toEqual(choice('2026-12-04', '2026-12-11'));
    expect(es('el lunes', TUE)).toEqual(stay('2026-12-07'));
  });

  it('"for a week from Friday" is seven nights from Friday, not a date a week later', () => {
    const r = readDates('for a week from Friday', { today: TUE, locale: 'en-US', country: 'US' });
    expect(r.dates).toEqual(stay('2026-12-04'));
    expect(r.rest).toContain('a week');
  });

  it('a weekday said with a date is checked against it', () => {
    expect(read('Friday the 4th', TUE)).toEqual(stay('2026-12-04'));
    expect(es('el sábado 5', TUE)).toEqual(stay('2026-12-05'));
    expect(read('Friday, December 5th', TUE)).toEqual(choice('2026-12-04', '2026-12-05'));
    expect(es('el sábado 11 de diciembre', TUE)).toEqual(choice('2026-12-11', '2026-12-12'));
  });

  it('weekends are Friday to Sunday', () => {
    expect(read('this weekend', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(read('the whole weekend', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(es('este fin de semana', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(es('el finde', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    // On a Saturday, this weekend is tonight; on a Sunday, the coming one.
    expect(read('this weekend', SAT)).toEqual(stay(SAT, '2026-11-29'));
    expect(read('this weekend', '2026-11-29')).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(read('next weekend', TUE)).toEqual({
      kind: 'choice',
      reason: 'ambiguous',
      options: [{ arrival: '2026-12-04', departure: '2026-12-06' }, { arrival: '2026-12-11', departure: '2026-12-13' }],
    });
    expect(read('this weekend until Monday', TUE)).toEqual(stay('2026-12-04', '2026-12-07'));
  });

  it('named days, in both languages, and the hotel country’s holidays', () => {
    expect(read('Christmas Eve')).toEqual(stay('2026-12-24'));
    expect(read('xmas eve')).toEqual(stay('2026-12-24'));
    expect(es('Nochebuena')).toEqual(stay('2026-12-24'));
    expect(es('Navidad')).toEqual(stay('2026-12-25'));
    expect(read("New Year's Eve")).toEqual(stay('2026-12-31'));
    expect(read("New Year's Day")).toEqual(stay('2027-01-01'));
    expect(es('Año Nuevo')).toEqual(stay('2027-01-01'));
    expect(es('el Día de Reyes')).toEqual(stay('2027-01-06'));
    expect(read('the day after Christmas')).toEqual(stay('2026-12-26'));
    expect(read('Thanksgiving', '2026-11-03')).toEqual(stay('2026-11-26'));
    expect(read('Memorial Day', '2027-03-01')).toEqual(stay('2027-05-31'));
    expect(read('Easter', '2027-01-10')).toEqual(stay('2027-03-28'));
    // The same name, each country's own day.
    expect(read('Independence Day', '2027-03-01', { country: 'US' })).toEqual(stay('2027-07-04'));
    expect(es('el día de la independencia', '2027-03-01', { country: 'MX' })).toEqual(stay('2027-09-16'));
    expect(es('día de muertos', '2026-10-01', { country: 'MX' })).toEqual(stay('2026-11-02'));
  });
});

describe('stays: two dates, a departure alone', () => {
  it('two dates are the arrival and the departure, whatever the shape', () => {
    const christmas = stay('2026-12-24', '2026-12-27');
    for (const said of ['from December 24th through the 27th', 'Dec 24-27', 'December 24 to 27', 'the 24th to the 27th', '12/24 - 12/27', 'arriving the 24th and leaving the 27th', 'checking in the 24th, out the 27th', 'between the 24th and the 27th']) {
      expect(read(said), said).toEqual(christmas);
    }
    for (const said of ['del 24 al 27 de diciembre', 'del 24 al 27', 'llegamos el 24 y salimos el 27', 'desde el 24 hasta el 27']) expect(es(said), said).toEqual(christmas);
    expect(read('from Sunday until Wednesday', TUE)).toEqual(stay('2026-12-06', '2026-12-09'));
    expect(read('fri-sun', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(es('del 28 de diciembre al 2 de enero', TUE)).toEqual(stay('2026-12-28', '2027-01-02'));
    expect(read('christmas day to new years day')).toEqual(stay('2026-12-25', '2027-01-01'));
    expect(read('Thanksgiving weekend, Thursday to Sunday', '2026-11-03')).toEqual(stay('2026-11-26', '2026-11-29'));
  });

  it('the earlier is the arrival, even said second', () => {
    expect(read('leaving the 27th, arriving the 24th')).toEqual(stay('2026-12-24', '2026-12-27'));
  });

  it('a departure alone: "until Monday", "hasta el lunes", counted from the arrival when it is known', () => {
    expect(read('until Monday', TUE)).toEqual(stay(null, '2026-12-07'));
    expect(read('check out on Monday', TUE)).toEqual(stay(null, '2026-12-07'));
    expect(es('hasta el lunes', TUE)).toEqual(stay(null, '2026-12-07'));
    expect(read('until Monday', TUE, { arrival: '2026-12-08' })).toEqual(stay(null, '2026-12-14'));
    expect(read('through the 12th', TUE, { arrival: '2026-12-08' })).toEqual(stay(null, '2026-12-12'));
    // "to" alone is not a departure: "change it to Friday" names the arrival.
    expect(read('change it to Friday', TUE)).toEqual(stay('2026-12-04'));
  });
});

describe('nights listed, days offered, months named', () => {
  it('days joined by "and" are the nights wanted: out the morning after the last', () => {
    expect(read('Friday and Saturday night', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(read('Friday night and Saturday night', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(read('tonight and tomorrow night', TUE)).toEqual(stay(TUE, '2026-12-03'));
    expect(read('for the nineteenth and twentieth', TUE)).toEqual(stay('2026-12-19', '2026-12-21'));
    expect(read('the 19th and 20th', TUE)).toEqual(stay('2026-12-19', '2026-12-21'));
    expect(read('Thursday, Friday and Saturday', TUE)).toEqual(stay('2026-12-03', '2026-12-06'));
    expect(es('el 24 y el 25', TUE)).toEqual(stay('2026-12-24', '2026-12-26'));
    expect(es('viernes y sábado', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
  });

  it('a range is still a range: "between", "and leaving", "y salimos"', () => {
    expect(read('between the 10th and the 12th', TUE)).toEqual(stay('2026-12-10', '2026-12-12'));
    expect(read('arriving the 10th and leaving the 12th', TUE)).toEqual(stay('2026-12-10', '2026-12-12'));
    expect(es('llegamos el 3 y salimos el 6', TUE)).toEqual(stay('2026-12-03', '2026-12-06'));
  });

  it('days joined by "or" are a choice, neither taken', () => {
    expect(read('Friday or Saturday', TUE)).toEqual(choice('2026-12-04', '2026-12-05'));
    expect(es('el 10 o el 11', TUE)).toEqual(choice('2026-12-10', '2026-12-11'));
  });

  it('a day of this month or next month, as said', () => {
    expect(read('the 22nd of this month', TUE)).toEqual(stay('2026-12-22'));
    expect(read('the 5th of next month', TUE)).toEqual(stay('2027-01-05'));
    expect(es('el 5 del mes que viene', TUE)).toEqual(stay('2027-01-05'));
    expect(read('the 31st of next month', '2027-01-10')).toEqual({ kind: 'noSuchDate', month: 2, day: 31, year: 2027 });
    expect(read('the 1st of this month', TUE)).toEqual(stay(TUE));
    expect(read('the 2nd of this month', '2026-12-05')).toEqual({ kind: 'past', date: '2026-12-02' });
  });

  it('"de hoy en ocho", "de mañana en quince" (Mexico): a week, two weeks', () => {
    expect(es('de hoy en ocho', TUE)).toEqual(stay('2026-12-08'));
    expect(es('de mañana en ocho', TUE)).toEqual(stay('2026-12-09'));
    expect(es('de hoy en quince', TUE)).toEqual(stay('2026-12-15'));
  });

  it('the month said before the day, and a day alone is the next such day', () => {
    expect(read('next month, the 10th', TUE)).toEqual(stay('2027-01-10'));
    expect(es('el mes que viene, el 10', TUE)).toEqual(stay('2027-01-10'));
    expect(read('the 30th', TUE)).toEqual(stay('2026-12-30'));
    expect(read('the 10th', TUE)).toEqual(stay('2026-12-10'));
  });

  it('weeks from a weekday, and a range opened by a bare day', () => {
    expect(read('two weeks from Friday', TUE)).toEqual(stay('2026-12-18'));
    expect(read('three weeks from next Monday', TUE)).toEqual(stay('2026-12-28'));
    expect(es('el viernes en quince', TUE)).toEqual(stay('2026-12-18'));
    expect(read('for a week from Friday', TUE)).toEqual(stay('2026-12-04'));
    expect(es('suite 24 al 26 dic', SAT)).toEqual(stay('2026-12-24', '2026-12-26'));
  });

  it('a new count is not a day: "the nights to six", "las noches a cinco"', () => {
    expect(read('change the number of nights to six', TUE)).toEqual({ kind: 'none' });
    expect(es('cambie las noches a cinco', TUE)).toEqual({ kind: 'none' });
  });

  it('"12-18" typed in English near December: December 18, or the 12th to the 18th, asked', () => {
    expect(read('12-18', TUE)).toEqual({
      kind: 'choice',
      reason: 'ambiguous',
      options: [{ arrival: '2026-12-18', departure: null }, { arrival: '2026-12-12', departure: '2026-12-18' }],
    });
    expect(read('5-7', TUE)).toEqual(stay('2026-12-05', '2026-12-07'));
    // Far from December, a long stay is asked about too: was the 12th to the 28th of March, 16 nights.
    expect(read('arriving 12-28', '2027-02-27')).toEqual({
      kind: 'choice',
      reason: 'ambiguous',
      options: [{ arrival: '2027-12-28', departure: null }, { arrival: '2027-03-12', departure: '2027-03-28' }],
    });
    // Two days after December 28: not the 12th to the 28th of January (was), nor next December; asked again.
    expect(read('arriving 12-28', '2027-12-30')).toEqual({ kind: 'none' });
    expect(read('dec 12-18', TUE)).toEqual(stay('2026-12-12', '2026-12-18'));
    expect(es('12-18', TUE)).toEqual(stay('2026-12-12', '2026-12-18'));
  });

  it('the next night, a list with the month at its end, a weekday with its day', () => {
    expect(read('tomorrow and the next night', TUE)).toEqual(stay('2026-12-02', '2026-12-04'));
    expect(es('mañana y pasado', TUE)).toEqual(stay('2026-12-02', '2026-12-04'));
    expect(es('8 y 9 de enero', TUE)).toEqual(stay('2027-01-08', '2027-01-10'));
    expect(read('next Saturday the 12th', TUE)).toEqual(stay('2026-12-12'));
    expect(es('el próximo viernes 11', TUE)).toEqual(stay('2026-12-11'));
    expect(read('through the weekend', TUE, { arrival: '2026-12-08' })).toEqual(stay(null, '2026-12-13'));
  });

  it('ages, times and prices are not days', () => {
    expect(read('our kids, they are 5 and 7, on the 18th', TUE)).toEqual(stay('2026-12-18'));
    expect(es('2 niños de 5 y 8 años, para el 19', TUE)).toEqual(stay('2026-12-19'));
    expect(read('we get in around 10 on Friday', TUE)).toEqual(stay('2026-12-04'));
    expect(read('the 8th, we arrive after 9 pm', TUE)).toEqual(stay('2026-12-08'));
  });

  it('"one" alone is never the 1st', () => {
    expect(read('the one next week', TUE, { bareDay: true })).toEqual({ kind: 'none' });
    expect(read('the second one', TUE, { bareDay: true })).toEqual({ kind: 'none' });
    expect(es('el uno de enero', TUE)).toEqual(stay('2027-01-01'));
  });

  it('the weekend a day is in', () => {
    expect(read('the weekend of the 12th', TUE)).toEqual(stay('2026-12-11', '2026-12-13'));
    expect(es('el fin de semana del 13', TUE)).toEqual(stay('2026-12-11', '2026-12-13'));
    expect(read('the weekend of the 15th', TUE)).toEqual({ kind: 'none' });
  });

  it('"we\'d" is not Wednesday', () => {
    expect(read("We'd check out on Christmas.", TUE)).toEqual(stay(null, '2026-12-25'));
    expect(read('a double on the 23rd, we\'d check out on Christmas', TUE)).toEqual(stay('2026-12-23', '2026-12-25'));
    expect(read("New Year's Eve", TUE)).toEqual(stay('2026-12-31'));
  });

  it('slashed dates with a dash between them', () => {
    expect(read('12/24-12/26', SAT)).toEqual(stay('2026-12-24', '2026-12-26'));
    expect(read('12/24-26', SAT)).toEqual(stay('2026-12-24', '2026-12-26'));
  });
});

describe('never a silent wrong date', () => {
  it('a day already past this year is asked about; one soon next year is simply next year', () => {
    expect(read('November 20th')).toEqual(pastChoice('2027-11-20'));
    expect(es('el 20 de noviembre')).toEqual(pastChoice('2027-11-20'));
    expect(es('del 20 de noviembre al 22')).toEqual(pastChoice('2027-11-20', '2027-11-22'));
    expect(read('January 5th', TUE)).toEqual(stay('2027-01-05'));
    expect(read('Christmas', '2026-12-27')).toEqual(pastChoice('2027-12-25'));
  });

  it('a date in the past with its year, or yesterday, is past', () => {
    expect(read('yesterday')).toEqual({ kind: 'past', date: '2026-11-27' });
    expect(read('November 20th, 2026')).toEqual({ kind: 'past', date: '2026-11-20' });
  });

  it('names a date that does not exist', () => {
    expect(read('February 29th', TUE)).toEqual({ kind: 'noSuchDate', month: 2, day: 29, year: 2027 });
    expect(read('February 29th 2027', TUE)).toEqual({ kind: 'noSuchDate', month: 2, day: 29, year: 2027 });
    expect(read('2/29', TUE)).toEqual({ kind: 'noSuchDate', month: 2, day: 29, year: 2027 });
    expect(es('29/02', TUE)).toEqual({ kind: 'noSuchDate', month: 2, day: 29, year: 2027 });
    expect(read('June 31st', TUE)).toEqual({ kind: 'noSuchDate', month: 6, day: 31, year: null });
    expect(es('el 30 de febrero', TUE)).toEqual({ kind: 'noSuchDate', month: 2, day: 30, year: null });
    // 29 February of a leap year is a date.
    expect(read('February 29th', '2027-12-01')).toEqual(stay('2028-02-29'));
    // Said on 29 February itself it is today (it had been the next year's, which has none), and
    // the 28th of a common year still names the coming one as not existing.
    expect(read('February 29th', '2028-02-29')).toEqual(stay('2028-02-29'));
    expect(read('from February 29th to March 2nd', '2028-02-29')).toEqual(stay('2028-02-29', '2028-03-02'));
    expect(es('del 29 de febrero al 2 de marzo', '2028-02-29')).toEqual(stay('2028-02-29', '2028-03-02'));
    expect(read('2/29', '2028-02-29')).toEqual(stay('2028-02-29'));
    expect(read('February 29th', '2027-02-28')).toEqual({ kind: 'noSuchDate', month: 2, day: 29, year: 2027 });
    expect(read('February 29th', '2028-03-01')).toEqual({ kind: 'noSuchDate', month: 2, day: 29, year: 2029 });
  });
});

describe('never a silent wrong date: times, ranges into next year, weekends after next', () => {
  it('a time of day said with a date is not a second date', () => {
    // "at 8" was a departure on the 8th of next month (27 nights), "a las 3" three nights.
    expect(read('the twelfth at eight', TUE, { bareDay: true })).toEqual(stay('2026-12-12'));
    expect(read('on the 12th at 8', TUE, { bareDay: true })).toEqual(stay('2026-12-12'));
    expect(read('tomorrow, around 4', TUE, { bareDay: true })).toEqual(stay('2026-12-02'));
    expect(es('mañana a las 3', '2027-02-27', { bareDay: true })).toEqual(stay('2027-02-28'));
    expect(es('el 12 a las 8', TUE, { bareDay: true })).toEqual(stay('2026-12-12'));
    expect(es('el sábado como a las 5', TUE, { bareDay: true })).toEqual(stay('2026-12-05'));
    // A day is still a day after "by the", "until the".
    expect(read('the 12th until the 15th', TUE)).toEqual(stay('2026-12-12', '2026-12-15'));
  });

  it('a range whose month is long past this year is asked about, not moved to another month', () => {
    // Was: arrival March 3 2027, departure January 5 2028 (308 nights).
    expect(read('from the 3rd to the 5th of January', '2027-02-27')).toEqual({
      kind: 'choice', reason: 'past', options: [{ arrival: '2028-01-03', departure: '2028-01-05' }], passed: '2027-01-03',
    });
    expect(es('del 3 al 5 de enero', '2027-02-27')).toEqual({
      kind: 'choice', reason: 'past', options: [{ arrival: '2028-01-03', departure: '2028-01-05' }], passed: '2027-01-03',
    });
    expect(es('el 8 y 9 de enero', '2027-02-27')).toEqual({
      kind: 'choice', reason: 'past', options: [{ arrival: '2028-01-08', departure: '2028-01-10' }], passed: '2027-01-08',
    });
    // A range that began before today: its start is past, not the same day next month.
    expect(read('from the 1st to the 5th of December', '2026-12-03')).toEqual({ kind: 'past', date: '2026-12-01' });
    expect(es('del 1 al 5 de diciembre', '2026-12-03')).toEqual({ kind: 'past', date: '2026-12-01' });
  });

  it('a holiday weekend ending on a Monday (or a holiday on the weekend) is its Friday or Saturday, asked', () => {
    // Was: arrival on Memorial Day, the Monday the weekend ends.
    expect(read('Memorial Day weekend', '2027-03-01')).toEqual(choice('2027-05-28', '2027-05-29'));
    expect(read('Labor Day weekend', '2027-03-01')).toEqual(choice('2027-09-03', '2027-09-04'));
    expect(read('Easter weekend', '2027-03-01')).toEqual(choice('2027-03-26', '2027-03-27'));
    // A holiday on a Thursday or Friday is the day itself; the holiday alone is the holiday.
    expect(read('Thanksgiving weekend', '2026-11-03')).toEqual(stay('2026-11-26'));
    expect(read('Memorial Day', '2027-03-01')).toEqual(stay('2027-05-31'));
  });

  it('the weekend after next, "el otro fin de semana"', () => {
    expect(read('the weekend after next', '2026-12-03')).toEqual(stay('2026-12-11', '2026-12-13'));
    expect(read('weekend after next', '2027-02-27')).toEqual(stay('2027-03-12', '2027-03-14'));
    expect(es('el fin de semana después del próximo', '2026-12-03')).toEqual(stay('2026-12-11', '2026-12-13'));
    expect(es('el otro fin de semana', TUE)).toEqual(read('next weekend', TUE));
  });

  it('"una semana", "dos semanas" after a Spanish month is a length, not a day of that month', () => {
    // Was: the 1st and 2nd of January a year on, as the departure.
    expect(es('para el 3 de enero, una semana', TUE)).toEqual(stay('2027-01-03'));
    expect(es('el 3 de enero dos semanas', TUE)).toEqual(stay('2027-01-03'));
  });
});

describe('never a silent wrong date: what the caller takes back', () => {
  it('a date taken back mid-sentence gives way to the one said after it', () => {
    // Was: arrival the 5th, departure the 6th (one night), for every one of these.
    expect(read('the 5th, no, the 6th', TUE)).toEqual(stay('2026-12-06'));
    expect(read('the fifth, no wait, the sixth', TUE)).toEqual(stay('2026-12-06'));
    expect(read('Friday, actually Saturday', TUE)).toEqual(stay('2026-12-05'));
    expect(read('leaving the 8th, sorry, the 9th', TUE)).toEqual(stay(null, '2026-12-09'));
    expect(read('from the 5th to the 8th, no, the 9th', TUE)).toEqual(stay('2026-12-05', '2026-12-09'));
    expect(es('el cinco, perdón, el seis', TUE)).toEqual(stay('2026-12-06'));
    expect(es('el viernes, no, mejor el sábado', TUE)).toEqual(stay('2026-12-05'));
    expect(es('el 5, digo, el 6', TUE)).toEqual(stay('2026-12-06'));
  });

  it('a date ruled out is not taken', () => {
    expect(read('the 6th, not the 5th', TUE)).toEqual(stay('2026-12-06'));
    expect(read('not Friday', TUE)).toEqual({ kind: 'none' });
    expect(es('en vez del 24, el 25', TUE)).toEqual(stay('2026-12-25'));
  });

  it('a bare Spanish "no" between two dates (taken back, or ruled out?) is a choice', () => {
    expect(es('el 5, no, el 6', TUE)).toEqual(choice('2026-12-05', '2026-12-06'));
    expect(es('para el 24, no el 25', TUE)).toEqual(choice('2026-12-24', '2026-12-25'));
    expect(es('del 5 al 7, no, al 8', TUE)).toEqual({ kind: 'none' });
    // A range, a list and a choice are as they were.
    expect(read('the 5th to the 8th', TUE)).toEqual(stay('2026-12-05', '2026-12-08'));
    expect(es('el 24 y el 25', TUE)).toEqual(stay('2026-12-24', '2026-12-26'));
    expect(read('the 5th, no smoking', TUE)).toEqual(stay('2026-12-05'));
  });
});

describe('never a silent wrong date: no day said', () => {
  it('a bound or a neighbourhood is not the day named in it', () => {
    // Was: the day itself (Christmas, the 15th, the 20th, Friday, December 31).
    for (const said of ['after Christmas', 'before Christmas', 'the week after Christmas', 'the week of the 14th', 'around Christmas', 'after the 15th', 'before the 20th', 'sometime after Friday', 'the end of December']) {
      expect(read(said, TUE), said).toEqual({ kind: 'none' });
    }
    for (const said of ['después de Navidad', 'antes del 20', 'la semana del 14', 'a finales de diciembre']) expect(es(said, TUE), said).toEqual({ kind: 'none' });
    // A day said with them still is one.
    expect(read('two days after Christmas', TUE)).toEqual(stay('2026-12-27'));
    expect(es('tres días antes de Navidad', TUE)).toEqual(stay('2026-12-22'));
    expect(read('the day after Christmas', TUE)).toEqual(stay('2026-12-26'));
    expect(read('one week, the 14th to the 21st', TUE)).toEqual(stay('2026-12-14', '2026-12-21'));
    expect(es('el fin de semana del 13', TUE)).toEqual(stay('2026-12-11', '2026-12-13'));
  });

  it('one of several weekends or weekdays is no day; last Friday is gone', () => {
    // Was: this weekend (or the first weekend of January), this Friday.
    for (const said of ['every weekend', 'the weekends']) expect(read(said, '2026-12-03'), said).toEqual({ kind: 'none' });
    expect(es('cada fin de semana', '2026-12-03')).toEqual({ kind: 'none' });
    // Which one of a month said (round 19): that weekend, Friday to Sunday.
    expect(read('the second weekend of January', '2026-12-03')).toEqual(stay('2027-01-08', '2027-01-10'));
    expect(read('the last weekend of the month', '2026-12-03')).toEqual(stay('2026-12-25', '2026-12-27'));
    expect(es('el segundo fin de semana de enero', '2026-12-03')).toEqual(stay('2027-01-08', '2027-01-10'));
    expect(read('last Friday', '2026-12-03')).toEqual({ kind: 'past', date: '2026-11-27' });
    expect(es('el viernes pasado', '2026-12-03')).toEqual({ kind: 'past', date: '2026-11-27' });
    expect(es('pasado mañana', '2026-12-03')).toEqual(stay('2026-12-05'));
  });

  it('nights listed with commas: "the first, second and third"', () => {
    // Was: the 1st to the 3rd (two nights; the second was not read).
    expect(read('a room for the first, second and third', '2026-12-03')).toEqual(stay('2027-01-01', '2027-01-04'));
  });

  it('"a day later", "two days earlier" count from a day not said, not from today', () => {
    // Was: tomorrow, the day after, yesterday.
    for (const said of ['a day later', 'two days later', 'a day earlier', 'a day after that']) expect(read(said, TUE), said).toEqual({ kind: 'none' });
    // Was: tomorrow ("in a day").
    for (const said of ['come in a day early', 'get in two days later']) expect(read(said, TUE), said).toEqual({ kind: 'none' });
    expect(read('the day after tomorrow', TUE)).toEqual(stay('2026-12-03'));
    expect(read('two days from now', TUE)).toEqual(stay('2026-12-03'));
  });
});

describe('a weekday a week on, in British English and Mexican Spanish', () => {
  const MON = '2026-11-30';
  it('"Tuesday week", "a week Tuesday", "Tuesday fortnight": as "a week from Tuesday"', () => {
    // Was: this Friday ("Friday week"), a choice with today ("Tuesday week"), fourteen nights ("Tuesday fortnight").
    for (const said of ['Tuesday week', 'a week Tuesday', 'a week on Tuesday']) {
      expect(read(said, TUE), said).toEqual(stay('2026-12-08'));
      expect(read(said, MON), said).toEqual(stay('2026-12-08'));
    }
    expect(read('Friday week', TUE)).toEqual(stay('2026-12-11'));
    expect(read('Tuesday fortnight', TUE)).toEqual(stay('2026-12-15'));
    expect(read('a fortnight on Friday', TUE)).toEqual(stay('2026-12-18'));
    // A length, not the British date: "for a week Friday", "a week Friday to Friday".
    expect(read('for a week Friday', TUE)).toEqual(stay('2026-12-04'));
    expect(read('a week Friday to Friday', TUE)).toEqual(stay('2026-12-04', '2026-12-11'));
  });

  it('"el otro martes", "el martes que entra", "el martes siguiente"', () => {
    // Was: a choice with today, or tomorrow said on a Monday.
    expect(es('el otro martes', TUE)).toEqual(stay('2026-12-08'));
    expect(es('el otro martes', MON)).toEqual(stay('2026-12-08'));
    // Said on a Saturday the coming Tuesday is next week's already: that one, or the one after?
    expect(es('el otro martes', SAT)).toEqual(choice('2026-12-01', '2026-12-08'));
    expect(es('el martes que entra', TUE)).toEqual(stay('2026-12-08'));
    expect(es('el martes siguiente', TUE)).toEqual(stay('2026-12-08'));
  });

  it('"this Tuesday, no, the other one": a week after the one first said', () => {
    // Was: this Tuesday (this weekend).
    expect(es('este martes no, el otro', TUE)).toEqual(stay('2026-12-08'));
    expect(es('el martes no, el otro', SAT)).toEqual(stay('2026-12-08'));
    expect(read('this Friday, no, the other one', MON)).toEqual(stay('2026-12-11'));
    expect(es('este fin de semana no, el otro', TUE)).toEqual(stay('2026-12-11', '2026-12-13'));
  });

  it('a day said not to suit is not taken', () => {
    // Was: Friday ("el viernes no"), and Friday for one night before Saturday.
    for (const said of ['el viernes no', 'el viernes no puedo', 'el viernes no nos queda']) expect(es(said, TUE), said).toEqual({ kind: 'none' });
    expect(read("Friday doesn't work", TUE)).toEqual({ kind: 'none' });
    expect(es('el viernes no puedo, mejor el sábado', TUE)).toEqual(stay('2026-12-05'));
    expect(read("Friday won't work, Saturday is better", TUE)).toEqual(stay('2026-12-05'));
  });
});

describe('nights listed, and a weekday said after its day', () => {
  it('nights listed are one stay only when they follow one another', () => {
    // Was: the 3rd to the 6th (three nights), January 3rd to 5th.
    const apart = { kind: 'none', apart: true };
    expect(read('a room on the 3rd and the 5th', TUE)).toEqual(apart);
    expect(read('one night on Jan 3 and another on Jan 5', TUE)).toEqual(apart);
    expect(es('una noche el 3 de enero y otra el 5 de enero', TUE)).toEqual(apart);
    expect(read('Friday and Sunday', TUE)).toEqual(apart);
    expect(read('Friday and Saturday night', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(es('8 y 9 de enero', TUE)).toEqual(stay('2027-01-08', '2027-01-10'));
  });

  it('"the 12th, a Friday": the weekday checks the day', () => {
    // Was: the 12th to the next Friday (six nights).
    expect(read('the 12th, a Friday', TUE)).toEqual(choice('2026-12-11', '2026-12-12'));
    expect(read('the 11th, a Friday', TUE)).toEqual(stay('2026-12-11'));
    expect(es('el 12, que es sábado', TUE)).toEqual(stay('2026-12-12'));
  });

  it('a weekday said with a neighbourhood is no day', () => {
    // Was: this Friday; a choice of today or the 8th ("the Tuesday after the 8th").
    for (const said of ['Friday, the week of the 14th', 'sometime after the 15th, maybe Friday', 'the Tuesday after the 8th']) expect(read(said, TUE), said).toEqual({ kind: 'none' });
    for (const said of ['el martes después del 8', 'el martes siguiente al 8']) expect(es(said, TUE), said).toEqual({ kind: 'none' });
    // A day of the month with it is still that day.
    expect(read('after Christmas, on the 28th', TUE)).toEqual(stay('2026-12-28'));
  });

  it('"first thing tomorrow" is tomorrow', () => {
    // Was: today to tomorrow (the 1st, and tomorrow).
    expect(read('first thing tomorrow', TUE, { bareDay: true })).toEqual(stay('2026-12-02'));
  });
});

describe('slashed dates whose numbers could both be months', () => {
  it('are asked, in either language: month and day, or day and month', () => {
    // Was: March 4th in English, the 3rd of April in Spanish; December 4th, the 4th of December.
    expect(read('3/4', TUE)).toEqual(choice('2027-03-04', '2027-04-03'));
    expect(es('3/4', TUE)).toEqual(choice('2027-03-04', '2027-04-03'));
    expect(read('12/4')).toEqual(choice('2026-12-04', '2027-04-12'));
    expect(es('4/12')).toEqual(choice('2026-12-04', '2027-04-12'));
    expect(read('3/4/2027', TUE)).toEqual(choice('2027-03-04', '2027-04-03'));
    // One number above 12, or both the same: one date.
    expect(read('12/24', TUE)).toEqual(stay('2026-12-24'));
    expect(es('24/12', TUE)).toEqual(stay('2026-12-24'));
    expect(read('5/5', TUE)).toEqual(stay('2027-05-05'));
    // The locale's reading passed this year, the other ahead: both, the locale's as next year's.
    // Was: only November 5th, asked about as a past day.
    expect(read('11/5', TUE)).toEqual(choice('2027-05-11', '2027-11-05'));
    // The other reading passed this year: the locale's, as it stands.
    expect(read('1/8', TUE)).toEqual(stay('2027-01-08'));
  });

  it('a range reads both ends the same way', () => {
    expect(read('3/4 to 3/6', TUE)).toEqual({ kind: 'choice', reason: 'ambiguous', options: [{ arrival: '2027-03-04', departure: '2027-03-06' }, { arrival: '2027-04-03', departure: '2027-06-03' }] });
  });
});

describe('a year said in words', () => {
  it('is that year', () => {
    // Was: 2002, 2020, and the 2nd to the 27th.
    expect(es('el 5 de enero de dos mil veintisiete', TUE)).toEqual(stay('2027-01-05'));
    expect(read('January 5th twenty twenty seven', TUE)).toEqual(stay('2027-01-05'));
    expect(read('January fifth, two thousand twenty seven', TUE)).toEqual(stay('2027-01-05'));
    expect(es('dos mil veintisiete', TUE, { bareDay: true })).toEqual({ kind: 'none' });
    // An amount is not a year.
    expect(es('el 5 de enero, dos mil veinte pesos la noche', TUE)).toEqual(stay('2027-01-05'));
  });
});

describe('half a month, and long weekends', () => {
  const unsure = (arrival: string, departure: string): StayDates => ({ kind: 'stay', arrival, departure, unsure: true });
  it('"la primera quincena de enero", "the second half of January": that half, to confirm', () => {
    // Was: fourteen nights and no day; today ("the first half of January"), tomorrow ("the second half").
    expect(es('la primera quincena de enero', TUE)).toEqual(unsure('2027-01-01', '2027-01-15'));
    expect(es('la segunda quincena de enero', TUE)).toEqual(unsure('2027-01-16', '2027-01-31'));
    expect(es('la segunda quincena de febrero de 2027', TUE)).toEqual(unsure('2027-02-16', '2027-02-28'));
    expect(es('la segunda quincena del mes que viene', TUE)).toEqual(unsure('2027-01-16', '2027-01-31'));
    expect(read('the first half of January', TUE)).toEqual(unsure('2027-01-01', '2027-01-15'));
    expect(read('the second half of January', TUE)).toEqual(unsure('2027-01-16', '2027-01-31'));
    expect(es('las dos primeras semanas de enero', TUE)).toEqual(unsure('2027-01-01', '2027-01-15'));
    // A half already begun is asked about, not moved a year on.
    expect(es('la primera quincena de diciembre', '2026-12-05').kind).toBe('choice');
  });

  it('a quincena without its month, or which one, is no day', () => {
    for (const said of ['la segunda quincena', 'la quincena de enero', 'primera quincena']) expect(es(said, TUE), said).toEqual({ kind: 'none' });
  });

  it('a month\'s long weekend is that of its one holiday in the hotel\'s country that makes one', () => {
    // Was: no day. Presidents' Day (Monday 15 February 2027) in the US; Constitution Day (Monday 1
    // February) in Mexico.
    expect(es('el fin de semana largo de febrero', TUE)).toEqual(choice('2027-02-12', '2027-02-13'));
    expect(read('the long weekend in February', TUE)).toEqual(choice('2027-02-12', '2027-02-13'));
    expect(es('el fin de semana largo de febrero', TUE, { country: 'MX' })).toEqual(choice('2027-01-29', '2027-01-30'));
    // Two holidays that make one (January: New Year's Day, Martin Luther King Day): no day.
    expect(read('the long weekend in January', TUE)).toEqual({ kind: 'none' });
  });

  it('a long weekend said with its days is those days', () => {
    // Was: no day ("long weekend" read as no day, and the days with it dropped).
    expect(read("we're doing a long weekend trip, Friday to Monday", TUE)).toEqual(stay('2026-12-04', '2026-12-07'));
    expect(read('long weekend trip fri to mon, 2 ppl', TUE)).toEqual(stay('2026-12-04', '2026-12-07'));
  });

  it('a holiday said with the stay\'s dates, inside them, is the dates', () => {
    // Was: no day.
    expect(es('Para Año Nuevo, del 31 al 2.', TUE)).toEqual(stay('2026-12-31', '2027-01-02'));
    expect(read('christmas, from the 24th to the 26th', TUE)).toEqual(stay('2026-12-24', '2026-12-26'));
    expect(es('para Navidad, del 27 al 29', TUE)).toEqual({ kind: 'none' });
  });

  it('a long weekend is the holiday said with it, else no day (not this weekend)', () => {
    // Was: this weekend, Friday to Sunday.
    for (const said of ['the long weekend', 'over the long weekend', 'the long weekend in January']) expect(read(said, TUE), said).toEqual({ kind: 'none' });
    for (const said of ['el fin de semana largo', 'el fin de semana largo de noviembre', 'el puente de noviembre']) expect(es(said, TUE), said).toEqual({ kind: 'none' });
    // Was: Saturday the 12th itself. A holiday on a Saturday: its Friday or its Saturday, asked.
    expect(es('el puente del 12 de diciembre', TUE)).toEqual(choice('2026-12-11', '2026-12-12'));
    expect(es('el puente de Navidad', TUE)).toEqual(stay('2026-12-25'));
    expect(read('the long weekend for New Year', TUE)).toEqual(stay('2027-01-01'));
  });
});

describe('nights listed, and a day taken back', () => {
  it('a number listed after a day of the month is a day too', () => {
    // Was: the 10th alone, no nights.
    expect(es('para las noches del 10 y 11', TUE)).toEqual(stay('2026-12-10', '2026-12-12'));
    expect(es('cuarto doble para el 24 y 25', TUE)).toEqual(stay('2026-12-24', '2026-12-26'));
    expect(es('el 24 y 2 noches', TUE)).toEqual(stay('2026-12-24'));
    // "+" and "&" list nights as "and" does. Was: one night.
    expect(read('room for nye + new years day', TUE)).toEqual(stay('2026-12-31', '2027-01-02'));
  });

  it('days counted from tomorrow or today are that day, not a stay', () => {
    // Was: tomorrow (and fourteen nights, read by the counts).
    expect(read('2 weeks from tomorrow', TUE)).toEqual(stay('2026-12-16'));
    expect(read('a week from today', TUE)).toEqual(stay('2026-12-08'));
    expect(read('three days from now', TUE)).toEqual(stay('2026-12-04'));
    // A length from tomorrow is that.
    expect(read('for a week from tomorrow', TUE)).toEqual(stay('2026-12-02'));
    // Was: no day.
    expect(read('day after tmrw', TUE)).toEqual(stay('2026-12-03'));
  });

  it('a choice hedged is a choice; the month said once is both days\'', () => {
    // Was: the 5th to the 6th (one night); December 3rd or January 2nd.
    expect(read('the 5th, or maybe the 6th', TUE)).toEqual(choice('2026-12-05', '2026-12-06'));
    expect(es('el 5 o tal vez el 6', TUE)).toEqual(choice('2026-12-05', '2026-12-06'));
    expect(read('Jan 2nd or 3rd', TUE)).toEqual(choice('2027-01-02', '2027-01-03'));
  });

  it('"del que entra", "del que viene": next month, the word "mes" left unsaid', () => {
    // Was: this month's days.
    expect(es('del 3 al 5 del que entra', TUE)).toEqual(stay('2027-01-03', '2027-01-05'));
    expect(es('el 5 del que viene', TUE)).toEqual(stay('2027-01-05'));
  });

  it('a day taken back keeps the month said with it', () => {
    // Was: December 3rd.
    expect(es('El 2 de enero, digo, el 3.', TUE)).toEqual(stay('2027-01-03'));
    expect(read('the 5th of January, no sorry the 6th', TUE)).toEqual(stay('2027-01-06'));
  });
});

describe('never a silent wrong date: a date said for the number of nights', () => {
  it('asked how many nights, a date said alone after the arrival is the day of leaving', () => {
    // Was: a new arrival on that day.
    const asked = { arrival: '2026-12-08', lengthAsked: true };
    expect(read('the 12th', TUE, asked)).toEqual(stay(null, '2026-12-12'));
    expect(es('el 12', TUE, asked)).toEqual(stay(null, '2026-12-12'));
    expect(read('Sunday', TUE, asked)).toEqual(stay(null, '2026-12-13'));
    expect(read('the weekend', TUE, asked)).toEqual(stay(null, '2026-12-13'));
    // Elsewhere than the nights question, it is what it was.
    expect(read('the 12th', TUE, { arrival: '2026-12-08' })).toEqual(stay('2026-12-12'));
    // "To" a day, asked how long, is the day of leaving too. Was: a new arrival on the 10th.
    expect(read('two nights to the 10th', TUE, asked)).toEqual(stay(null, '2026-12-10'));
  });

  it('asked how many nights, tonight is one night, and a day before the arrival is asked', () => {
    const asked = { arrival: '2026-12-08', lengthAsked: true };
    // Was: a new arrival today (the stay moved a week earlier, unasked).
    for (const said of ['just tonight', 'only tonight', 'tonight']) expect(read(said, TUE, asked), said).toEqual(stay(null, '2026-12-09'));
    for (const said of ['nada más esta noche', 'nomas esta noche', 'solo hoy en la noche']) expect(es(said, TUE, asked), said).toEqual(stay(null, '2026-12-09'));
    // Was: a new arrival on that day. A new arrival, or the nights misheard? Not taken.
    expect(read('the 5th', TUE, asked)).toEqual({ kind: 'none' });
    expect(read('tomorrow', TUE, asked)).toEqual({ kind: 'none' });
    // Nights counted from tonight are the length. Was: arriving today, two nights.
    expect(read('just tonight and tomorrow', TUE, asked)).toEqual(stay(null, '2026-12-10'));
  });
});

describe('keyed dates (MMDD)', () => {
  it('the next such date, today included', () => {
    expect(readDateKeys('1231', SAT)).toEqual(stay('2026-12-31'));
    expect(readDateKeys('0105', SAT)).toEqual(stay('2027-01-05'));
    expect(readDateKeys('1128', SAT)).toEqual(stay(SAT));
    expect(readDateKeys('1129#', SAT)).toEqual(stay('2026-11-29'));
    expect(readDateKeys('0101', '2026-12-31')).toEqual(stay('2027-01-01'));
  });

  it('asks about a day just past, names one that does not exist', () => {
    expect(readDateKeys('1127', SAT)).toEqual(pastChoice('2027-11-27'));
    // Long past this year: next year's, as the keypad contract says (said back with its year).
    expect(readDateKeys('0601', SAT)).toEqual(stay('2027-06-01'));
    expect(readDateKeys('1027', SAT)).toEqual(stay('2027-10-27'));
    expect(readDateKeys('0229', SAT)).toEqual({ kind: 'noSuchDate', month: 2, day: 29, year: 2027 });
    expect(readDateKeys('0229', '2028-02-29')).toEqual(stay('2028-02-29'));
    expect(readDateKeys('1301', SAT)).toEqual({ kind: 'noSuchDate', month: 13, day: 1, year: null });
    expect(readDateKeys('0431', SAT)).toEqual({ kind: 'noSuchDate', month: 4, day: 31, year: null });
    expect(readDateKeys('0230', SAT)).toEqual({ kind: 'noSuchDate', month: 2, day: 30, year: null });
  });

  it('ignores what is not four digits', () => {
    for (const bad of ['123', '12345', '', '#', '12a4', '12*4', '1231##', ' 12 31']) expect(readDateKeys(bad, SAT), bad).toEqual({ kind: 'none' });
    expect(readDateKeys('1231', 'tomorrow')).toEqual({ kind: 'none' });
  });
});

describe('whatever the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
    it(`gives the same calendar dates with TZ=${tz}`, () => {
      process.env.TZ = tz;
      expect(read('tomorrow', '2026-12-31')).toEqual(stay('2027-01-01'));
      expect(es('pasado mañana', '2026-12-31')).toEqual(stay('2027-01-02'));
      expect(read('in three days', '2026-12-30')).toEqual(stay('2027-01-02'));
      expect(read('tomorrow', '2026-03-07')).toEqual(stay('2026-03-08'));
      expect(read('tomorrow', '2026-10-31')).toEqual(stay('2026-11-01'));
      expect(read('Dec 24-27')).toEqual(stay('2026-12-24', '2026-12-27'));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Properties

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const md = (date: string) => ({ m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) });

/** Ways to say "from D1 to D2", each with the language it is in. */
const RANGES: ((a: string, b: string) => [string, Locale])[] = [
  (a, b) => [`from ${EN_MONTHS[md(a).m - 1]} ${ordinal(md(a).d)} to ${EN_MONTHS[md(b).m - 1]} ${ordinal(md(b).d)}`, 'en-US'],
  (a, b) => [`I need a room from ${EN_MONTHS[md(a).m - 1]} ${md(a).d} until ${EN_MONTHS[md(b).m - 1]} ${md(b).d}, thanks`, 'en-US'],
  (a, b) => [`checking in ${md(a).m}/${md(a).d} out ${md(b).m}/${md(b).d}`, 'en-US'],
  (a, b) => [`del ${md(a).d} de ${ES_MONTHS[md(a).m - 1]} al ${md(b).d} de ${ES_MONTHS[md(b).m - 1]}`, 'es-MX'],
  (a, b) => [`llegamos el ${md(a).d}/${md(a).m} y salimos el ${md(b).d}/${md(b).m}`, 'es-MX'],
  (a, b) => [`quiero reservar desde el ${md(a).d} de ${ES_MONTHS[md(a).m - 1]} hasta el ${md(b).d} de ${ES_MONTHS[md(b).m - 1]} por favor`, 'es-MX'],
];

describe('date properties', () => {
  const todays = fc.integer({ min: 0, max: 3 * 365 }).map((n) => plusDays('2026-01-01', n));

  it('for any "from D1 to D2", the arrival is D1 and the stay D2 − D1 nights', () => {
    fc.assert(
      fc.property(todays, fc.integer({ min: 0, max: ROLL_FORWARD_DAYS }), fc.integer({ min: 1, max: 30 }), fc.nat(RANGES.length - 1), (today, ahead, nights, shape) => {
        const d1 = plusDays(today, ahead);
        const d2 = plusDays(d1, nights);
        const [said, locale] = RANGES[shape]!(d1, d2);
        const r = readDates(said, { today, locale, country: 'US' }).dates;
        // Slashed dates whose numbers could both be months ("3/1"): the stay is one of those offered.
        if (r.kind === 'choice' && said.includes('/')) {
          expect(r.options, `${said} (today ${today})`).toContainEqual({ arrival: d1, departure: d2 });
          return;
        }
        expect(r, `${said} (today ${today})`).toEqual(stay(d1, d2));
        if (r.kind === 'stay') expect(daysBetween(r.arrival!, r.departure!)).toBe(nights);
      }),
      { numRuns: 400 },
    );
  });

  it('a day-of-month range within the coming month: arrival the next such day, departure after it (a long one across the month\'s end asked)', () => {
    fc.assert(
      fc.property(todays, fc.integer({ min: 0, max: 27 }), fc.integer({ min: 1, max: 20 }), (today, ahead, nights) => {
        const d1 = plusDays(today, ahead);
        const d2 = plusDays(d1, nights);
        const r = read(`from the ${ordinal(md(d1).d)} to the ${ordinal(md(d2).d)}`, today);
        // An end day before the start day rolls into the next month for a short stay only ("the
        // 30th to the 2nd"); a long one ("the 12th to the 10th") may be said the wrong way round: asked.
        expect(r).toEqual(md(d2).d < md(d1).d && nights > 14 ? { kind: 'none' } : stay(d1, d2));
      }),
      { numRuns: 300 },
    );
  });

  const words = fc.constantFrom(
    'tomorrow', 'mañana', 'next', 'friday', 'viernes', 'el', 'de', 'diciembre', 'december', '4th', 'cuatro', 'twenty',
    'y', 'uno', 'por', 'la', 'pasado', 'in', 'days', '12/4', 'the', 'of', '31', '2027', 'once', 'yesterday', 'ayer',
    'until', 'hasta', 'from', 'del', 'al', 'weekend', 'fin', 'semana', 'after', 'a', 'week', 'christmas', 'navidad',
    'february', '29', '13/05', 'last', 'pasado', '2025', 'november', 'noviembre', '20', '-', 'to', 'this', 'en', 'ocho',
  );

  it('no input yields an arrival in the past, and nothing throws', () => {
    fc.assert(
      fc.property(todays, fc.array(words, { maxLength: 12 }), fc.constantFrom<Locale>('en-US', 'es-MX'), fc.boolean(), (today, ws, locale, bareDay) => {
        const r = readDates(ws.join(' '), { today, locale, country: 'US', bareDay }).dates;
        const arrivals = r.kind === 'stay' ? [r.arrival] : r.kind === 'choice' ? r.options.map((o) => o.arrival) : [];
        for (const a of arrivals) if (a !== null) expect(a >= today, `${ws.join(' ')} (today ${today}): ${a}`).toBe(true);
        if (r.kind === 'stay' && r.arrival && r.departure) expect(r.departure > r.arrival).toBe(true);
        if (r.kind === 'choice') for (const o of r.options) if (o.departure) expect(o.departure > o.arrival).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('no keyed date is in the past either', () => {
    fc.assert(
      fc.property(todays, fc.stringMatching(/^[0-9]{4}#?$/), (today, keys) => {
        const r = readDateKeys(keys, today);
        if (r.kind === 'stay') expect(r.arrival! >= today).toBe(true);
        if (r.kind === 'choice') for (const o of r.options) expect(o.arrival >= today).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('any text at all: an answer of the right shape, never an exception', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }));
    fc.assert(
      fc.property(anyText, fc.constantFrom<Locale>('en-US', 'es-MX'), (text, locale) => {
        const r = readDates(text, { today: SAT, locale, country: 'US' });
        expect(['none', 'stay', 'choice', 'past', 'noSuchDate']).toContain(r.dates.kind);
        expect(typeof r.rest).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('weekdays land on their weekday', () => {
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(todays, fc.nat(6), fc.constantFrom('', 'this ', 'next ', 'a week from '), (today, wd, mod) => {
        const r = read(`${mod}${days[wd]}`, today);
        const arrivals = r.kind === 'stay' ? [r.arrival!] : r.kind === 'choice' ? r.options.map((o) => o.arrival) : [];
        expect(arrivals.length).toBeGreaterThan(0);
        for (const a of arrivals) {
          expect(weekdayOf(a)).toBe(wd);
          expect(daysBetween(today, a)).toBeLessThanOrEqual(14);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('slashed dates read the way the same words write them', () => {
  const on = (said: string, today: string, locale: Locale = 'en-US') => readDates(said, { today, locale, country: 'US' }).dates;

  it('takes the order another date in the words shows ("1/31" is month first, "31/1" day first)', () => {
    expect(on('checking in 1/31 out 3/2', '2026-01-02')).toEqual(stay('2026-01-31', '2026-03-02'));
    expect(on('del 31/1 al 3/2', '2026-01-02', 'es-MX')).toEqual(stay('2026-01-31', '2026-02-03'));
    expect(on('from 3/2 to 3/20', '2026-01-02')).toEqual(stay('2026-03-02', '2026-03-20'));
  });

  it('reads the end of a range after an arrival in words the way the language writes dates', () => {
    expect(on('January 1 to 1/2', '2026-12-03')).toEqual(stay('2027-01-01', '2027-01-02'));
    expect(on('del 1 de enero al 1/2', '2026-12-03', 'es-MX')).toEqual(stay('2027-01-01', '2027-02-01'));
  });

  it('reads both ends of a slashed range the same way, in each date offered', () => {
    const r = on('checking in 2/1 out 3/2', '2025-12-20');
    expect(r.kind).toBe('choice');
    if (r.kind === 'choice') {
      expect(r.options).toContainEqual({ arrival: '2026-02-01', departure: '2026-03-02' });
      expect(r.options).toContainEqual({ arrival: '2026-01-02', departure: '2026-02-03' });
    }
  });
});

describe('never a silent wrong date: held-out round 12', () => {
  it('"right now" is what the caller is doing, not an arrival today; "para ahorita" is today', () => {
    // Was: arrival today.
    expect(read("I'm driving right now", TUE)).toEqual({ kind: 'none' });
    expect(read("right now I'm at work, can I get a room for the 9th", TUE)).toEqual(stay('2026-12-09'));
    expect(es('ahorita estoy en el trabajo', TUE)).toEqual({ kind: 'none' });
    expect(es('para ahorita', TUE)).toEqual(stay(TUE));
    // Counted from now, it still counts.
    expect(read('a week from now', TUE)).toEqual(stay('2026-12-08'));
  });

  it('"this coming Tuesday" said on a Tuesday is next week\'s, not today', () => {
    // Was: today.
    expect(read('this coming Tuesday', TUE)).toEqual(stay('2026-12-08'));
    expect(read('this coming Friday', TUE)).toEqual(stay('2026-12-04'));
  });

  it('two days said with a hedge are offered as a choice, "and maybe" as "or maybe"', () => {
    // Was: the first day taken, one night.
    expect(read('the 5th and maybe the 6th', TUE)).toEqual(choice('2026-12-05', '2026-12-06'));
    expect(es('el 5 y a lo mejor el 6', TUE)).toEqual(choice('2026-12-05', '2026-12-06'));
    expect(es('el 5 y tal vez el 6', TUE)).toEqual(choice('2026-12-05', '2026-12-06'));
    // Without a hedge, "and" still lists the nights.
    expect(read('the 5th and the 6th', TUE)).toEqual(stay('2026-12-05', '2026-12-07'));
  });

  it('"no, espere, el 12" takes the 10th back', () => {
    expect(es('el 10, no, espere, el 12', TUE)).toEqual(stay('2026-12-12'));
    expect(read('the 10th, hold on, the 12th', TUE)).toEqual(stay('2026-12-12'));
  });

  it('"tonight only", "esta noche nada más", "just for tomorrow night" is one night; "Saturday night" alone says no length', () => {
    expect(read('a room for tonight only', TUE)).toEqual(stay(TUE, '2026-12-02'));
    expect(es('una habitación para esta noche nada más', TUE)).toEqual(stay(TUE, '2026-12-02'));
    expect(read('just for tonight', TUE)).toEqual(stay(TUE, '2026-12-02'));
    expect(read('a room tonight', TUE)).toEqual(stay(TUE));
    expect(read('just for tomorrow night', TUE)).toEqual(stay('2026-12-02', '2026-12-03'));
    expect(read('only Saturday night', TUE)).toEqual(stay('2026-12-05', '2026-12-06'));
    expect(read('Saturday night', TUE)).toEqual(stay('2026-12-05'));
    expect(read('the night of the 15th', TUE)).toEqual(stay('2026-12-15'));
  });

  it('"next weekend, Friday to Sunday" is those days of the weekend, which weekend asked as for the weekend alone', () => {
    // Was: nothing (the weekend and its days read as two different stays).
    const either = { kind: 'choice', reason: 'ambiguous', options: [{ arrival: '2026-12-04', departure: '2026-12-06' }, { arrival: '2026-12-11', departure: '2026-12-13' }] };
    expect(read('next weekend, Friday to Sunday', TUE)).toEqual(either);
    expect(read('next wknd fri-sun', TUE)).toEqual(either);
    expect(es('el próximo fin de semana, de viernes a domingo', TUE)).toEqual(either);
    expect(read('this weekend, Saturday to Monday', TUE)).toEqual(stay('2026-12-05', '2026-12-07'));
    // "El fin de semana del viernes" is still the weekend of that Friday.
    expect(es('el fin de semana del 12', TUE)).toEqual(stay('2026-12-11', '2026-12-13'));
  });

  it('"para Reyes" is the 6th of January; "new yrs" is New Year\'s Day; a guest named Reyes is no day', () => {
    expect(es('dos habitaciones para Reyes', TUE)).toEqual(stay('2027-01-06'));
    expect(read('suite xmas thru new yrs', TUE)).toEqual(stay('2026-12-25', '2027-01-01'));
    expect(es('para Juan Reyes', TUE)).toEqual({ kind: 'none' });
  });

  it('"fri to sun, 1 king": after a weekday, a number then a room type is a count, not the 1st', () => {
    // Was: Friday the 4th to January 1st (Sunday read as "Sunday the 1st").
    expect(read('fri to sun, 1 king', TUE)).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(read('sunday, 1 king', TUE)).toEqual(stay('2026-12-06'));
    // After a month it is still a date.
    expect(read('dec 1 king', TUE)).toEqual(stay('2026-12-01'));
  });

  it('reads texted "mñn" as mañana', () => {
    expect(es('mñn', TUE)).toEqual(stay('2026-12-02'));
  });

  it('asked how many nights of a stay from a Tuesday, "just the weekend" is asked, not until Sunday', () => {
    const asked = { arrival: '2026-12-08', lengthAsked: true };
    expect(read('just the weekend', TUE, asked)).toEqual({ kind: 'none' });
    // From a Friday it is the weekend's two nights.
    expect(read('just the weekend', TUE, { arrival: '2026-12-11', lengthAsked: true })).toEqual(stay(null, '2026-12-13'));
  });

  it('asked how many nights of a stay from a Sunday or a Monday, "for the weekend" is asked (was 7 and 6 nights), "through the weekend" is until', () => {
    for (const arrival of ['2026-12-06', '2026-12-07']) {
      for (const said of ['for the weekend', 'the weekend', 'el fin de semana']) expect(read(said, TUE, { arrival, lengthAsked: true }), `${said} from ${arrival}`).toEqual({ kind: 'none' });
    }
    expect(read('through the weekend', TUE, { arrival: '2026-12-07', lengthAsked: true })).toEqual(stay(null, '2026-12-13'));
    // From a Thursday, the weekend's three nights.
    expect(read('for the weekend', TUE, { arrival: '2026-12-10', lengthAsked: true })).toEqual(stay(null, '2026-12-13'));
  });
});
