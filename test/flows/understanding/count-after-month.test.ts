// A count said right after a month ("in March, 2 nights", "enero 3 noches", "January, two rooms")
// is how many, not the day: with the comma gone from a transcript, "March 2" was read as the
// arrival and the count was lost. The month alone names no day: nothing is guessed.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';
import type { Locale } from '../../../flows/types.ts';

const today = '2026-12-05';
const read = (text: string, locale: Locale) => readDates(text, { today, locale, country: 'US' });

describe('a count after a month', () => {
  it.each([
    ['sometime in january, 2 rooms', 'en-US'],
    ['in march, 2 nights', 'en-US'],
    ['in march 2 nights please', 'en-US'],
    ['january, two rooms', 'en-US'],
    ['algo para enero, 3 noches', 'es-MX'],
    ['febrero dos noches', 'es-MX'],
    ['para abril, dos habitaciones', 'es-MX'],
  ] as const)('"%s" names no arrival day, and leaves the count to be read', (text, locale) => {
    const got = read(text, locale);
    expect(got.dates.kind).toBe('none');
    expect(got.rest).toMatch(/\b(2|3|two|dos) (rooms|nights|noches|habitaciones)\b/);
  });

  it('a day said with the month is still read, the count after it left alone', () => {
    expect(read('march 2, 2 nights', 'en-US')).toMatchObject({ dates: { kind: 'stay', arrival: '2027-03-02' }, rest: '2 nights' });
    expect(read('january the 3rd, 2 rooms', 'en-US')).toMatchObject({ dates: { kind: 'stay', arrival: '2027-01-03' } });
    expect(read('el 3 de enero, 2 noches', 'es-MX')).toMatchObject({ dates: { kind: 'stay', arrival: '2027-01-03' } });
    expect(read('December, 4 nights, from the 20th', 'en-US')).toMatchObject({ dates: { kind: 'stay', arrival: '2026-12-20' } });
  });
});
