// "Book 2 rooms, one for the 20th and one for the 21st", "a room for my mom from the 20th and
// another for me from the 21st": two stays, which one booking cannot take. They were read as one
// stay from the 20th to the 21st (one night), booked without a question. Now no day is taken.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';
import type { Locale } from '../../../flows/types.ts';

const read = (text: string, locale: Locale = 'en-US') => readDates(text, { today: '2026-12-05', locale, country: 'US' }).dates;

describe('two stays in one breath', () => {
  it.each([
    ['book 2 rooms, one for the 20th and one for the 21st', 'en-US'],
    ['a room for my mom from the 20th, 2 nights, and another for me from the 21st', 'en-US'],
    ['one room from the 20th and another from the 22nd', 'en-US'],
    ['una para el 20 y otra para el 21', 'es-MX'],
  ] as const)('"%s" takes no day', (text, locale) => {
    expect(read(text, locale)).toEqual({ kind: 'none', apart: true });
  });

  it('days listed or a range are one stay still', () => {
    expect(read('the 20th and the 21st')).toEqual({ kind: 'stay', arrival: '2026-12-20', departure: '2026-12-22' });
    expect(read('from the 20th to the 22nd')).toEqual({ kind: 'stay', arrival: '2026-12-20', departure: '2026-12-22' });
  });
});
