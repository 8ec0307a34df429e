// Numbers said next to a date that are not its year: "December 24 25 26" (the nights, listed) was
// read as December 24, 2025, past; "dec 24 27" as December 24, 2027, booked a year out without a
// word; "el 20 de dic, 2 noches, 1 suite" as 2001 (the counts dropped, then "dic 1" read as a
// year); "24 25 y 26 de diciembre" lost the 24th and booked two nights from the 25th.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';
import type { Locale } from '../../../flows/types.ts';

const today = '2026-12-05';
const read = (text: string, locale: Locale = 'en-US') => readDates(text, { today, locale, country: 'US' }).dates;

describe('numbers beside a date', () => {
  it.each(['december 24 25 26', 'december 24, 25 and 26', 'dec 24 25', 'december 24 27'])('"%s" is this December 24, no other year', (text) => {
    expect(read(text)).toMatchObject({ kind: 'stay', arrival: '2026-12-24' });
  });

  it('a year said is still a year', () => {
    expect(read('december 24 2027')).toMatchObject({ kind: 'stay', arrival: '2027-12-24' });
  });

  it('counts after a Spanish date are not its year', () => {
    expect(read('Hola! Reservación para el 20 de dic, 2 noches, 1 suite. Nombre: Ana Ruiz', 'es-MX')).toEqual({ kind: 'stay', arrival: '2026-12-20', departure: null });
  });

  it('a day listed before the ones a month closes is one of the nights', () => {
    expect(read('24 25 y 26 de diciembre', 'es-MX')).toEqual({ kind: 'stay', arrival: '2026-12-24', departure: '2026-12-27' });
  });
});
