// "This coming weekend", said on a Friday or a Saturday, may be the weekend begun or the next one:
// both are offered. It was read as the weekend begun, one night from today, without a question.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';

const read = (text: string, today: string) => readDates(text, { today, locale: 'en-US', country: 'US' }).dates;

describe('"this coming weekend"', () => {
  it.each(['2026-12-04', '2026-12-05'])('said on %s (a Friday, a Saturday), offers this weekend and the next', (today) => {
    for (const text of ['this coming weekend', 'the coming weekend']) {
      const got = read(text, today);
      expect(got.kind, text).toBe('choice');
      expect(got.kind === 'choice' && got.options.map((o) => o.arrival)).toEqual([today, '2026-12-11']);
    }
  });

  it('said on a weekday it is the weekend ahead; said on a Sunday, the next', () => {
    expect(read('this coming weekend', '2026-12-02')).toEqual({ kind: 'stay', arrival: '2026-12-04', departure: '2026-12-06' });
    expect(read('this coming weekend', '2026-12-06')).toEqual({ kind: 'stay', arrival: '2026-12-11', departure: '2026-12-13' });
  });

  it('"this weekend" on a Saturday is still this one', () => {
    expect(read('this weekend', '2026-12-05')).toEqual({ kind: 'stay', arrival: '2026-12-05', departure: '2026-12-06' });
  });
});
