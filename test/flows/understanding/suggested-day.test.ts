// "How about the 20th?", "what about the 12th?": a day suggested (at an offer, or after a date
// refused), not "about the 20th", a day near it that names none. It was not understood.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';

const read = (text: string) => readDates(text, { today: '2026-12-05', locale: 'en-US', country: 'US' }).dates;

describe('a day suggested', () => {
  it.each([
    ['how about the 20th', '2026-12-20'],
    ['what about the 12th?', '2026-12-12'],
    ['ok, how about december 28th then', '2026-12-28'],
  ])('"%s" is that day', (text, arrival) => {
    expect(read(text)).toMatchObject({ kind: 'stay', arrival });
  });

  it('"about the 20th" alone still names no day', () => {
    expect(read('sometime about the 20th')).toEqual({ kind: 'none' });
  });
});
