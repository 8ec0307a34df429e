// Two days with an "or" between them are a choice, also when a few words come with the "or"
// ("the 15th, I think, or the 16th", "el quince, creo, o el dieciséis", "el 15, o bueno, el 16").
// With those words between, the two days were read as the arrival and the departure: one night
// from the 15th, booked without a question.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';
import type { Locale } from '../../../flows/types.ts';

const today = '2026-12-05';
const read = (text: string, locale: Locale) => readDates(text, { today, locale, country: 'MX', bareDay: true }).dates;
const either = { kind: 'choice', reason: 'ambiguous', options: [{ arrival: '2026-12-15', departure: null }, { arrival: '2026-12-16', departure: null }] };

describe('an "or" among a few words between two days', () => {
  it.each([
    ['este... para el quince, creo, o el dieciséis', 'es-MX'],
    ['el 15, o bueno, el 16', 'es-MX'],
    ['el quince pienso o el dieciseis', 'es-MX'],
    ['the 15th I think, or the 16th', 'en-US'],
    ['the 15th, or well, the 16th', 'en-US'],
    ['the 15th um or uh the 16th', 'en-US'],
  ] as const)('"%s" offers both days', (text, locale) => {
    expect(read(text, locale)).toEqual(either);
  });

  it('a range or a list is still read as one', () => {
    expect(read('from the 15th to the 16th', 'en-US')).toMatchObject({ kind: 'stay', arrival: '2026-12-15', departure: '2026-12-16' });
    expect(read('del 15 al 18', 'es-MX')).toMatchObject({ kind: 'stay', arrival: '2026-12-15', departure: '2026-12-18' });
    expect(read('the 15th and the 16th', 'en-US')).toMatchObject({ kind: 'stay', arrival: '2026-12-15', departure: '2026-12-17' });
  });
});
