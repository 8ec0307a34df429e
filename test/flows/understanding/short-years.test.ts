// A year said short after a month, as in Mexico: "el 3 de enero del 27" is January 3, 2027. It
// was read as "from the 27th": a seven-night stay from December 27, booked without a question;
// "14 de diciembre del 26" was refused as a day passed.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';

const read = (text: string) => readDates(text, { today: '2026-12-05', locale: 'es-MX', country: 'MX' }).dates;

describe('a year said short', () => {
  it.each([
    ['el 3 de enero del 27', '2027-01-03'],
    ['el 3 de enero del veintisiete', '2027-01-03'],
    ['el 3 de enero de 27', '2027-01-03'],
    ['14 de diciembre del 26', '2026-12-14'],
    ['catorce de diciembre del veintiséis', '2026-12-14'],
  ])('"%s" is %s', (text, arrival) => {
    expect(read(text)).toEqual({ kind: 'stay', arrival, departure: null });
  });

  it('"del 26 al 28" after a month is still the 26th to the 28th', () => {
    expect(read('en diciembre del 26 al 28')).toEqual({ kind: 'stay', arrival: '2026-12-26', departure: '2026-12-28' });
    expect(read('del 27 de diciembre al 3 de enero')).toEqual({ kind: 'stay', arrival: '2026-12-27', departure: '2027-01-03' });
  });
});
