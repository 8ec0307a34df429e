import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../../flows/call-context.ts';
import { readDateChoice } from '../../../flows/reading/date-choice.ts';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
// "Next Friday" said on Tuesday 1 December: Friday 4 or Friday 11.
const ctx = {
  today: '2026-12-01',
  locale: 'en-US',
  hotel,
  arrival: null,
  dateChoice: { reason: 'ambiguous', options: [{ arrival: '2026-12-04', departure: null }, { arrival: '2026-12-11', departure: null }] },
} as unknown as CallContext;

/** The arrival chosen, or null when nothing was taken (asked again). */
function chosen(text: string, asked: CallContext = ctx): string | null {
  const heard = readDateChoice(asked, { kind: 'speech', text, confidence: 0.9 }, readWholeRequest(text, asked, 'dateChoice'));
  if (heard?.kind !== 'answer') return null;
  const v = heard.value;
  return v.q === 'arrivalDate' ? v.date : v.q === 'request' ? (v.slots.arrival ?? null) : null;
}

describe('choosing between the dates offered', () => {
  it('a key said alone, or with the words around a key, picks that date', () => {
    for (const [said, date] of [['one', '2026-12-04'], ['number 2', '2026-12-11'], ['option one please', '2026-12-04'], ['la opción 2', '2026-12-11']] as const) {
      expect(chosen(said), said).toBe(date);
    }
  });

  it('"one" said as a pronoun picks nothing', () => {
    // Was: Friday the 4th, each of them.
    for (const said of ['The blue one.', "I don't know, which one is cheaper?", 'the big one']) expect(chosen(said), said).toBeNull();
  });

  it('another date said with "one" is that date', () => {
    // Was: Friday the 4th.
    expect(chosen('Neither one, the 18th.')).toBe('2026-12-18');
  });

  it('"the one after", "el que sigue" are the later date', () => {
    // Was: the 4th ("one"), or nothing.
    for (const said of ['The one after.', 'the following one', 'El que sigue.', 'the latter']) expect(chosen(said), said).toBe('2026-12-11');
    expect(chosen('the former')).toBe('2026-12-04');
  });
});

describe('a weekday said alone between dates on different weekdays', () => {
  // "The 12th or the 13th" said on Tuesday 1 December: Saturday 12 or Sunday 13.
  const weekend = { ...ctx, dateChoice: { reason: 'ambiguous', options: [{ arrival: '2026-12-12', departure: null }, { arrival: '2026-12-13', departure: null }] } } as unknown as CallContext;
  const pickedOn = (text: string) => chosen(text, weekend);

  it('picks the date offered on that weekday, not the coming one', () => {
    // Was: "el domingo" booked Sunday 6 December, unasked; "Saturday" asked between the 5th and the 12th.
    for (const [said, date] of [['el domingo', '2026-12-13'], ['Saturday', '2026-12-12'], ['on sunday please', '2026-12-13'], ['el sábado', '2026-12-12'], ['Sun', '2026-12-13']] as const) {
      expect(pickedOn(said), said).toBe(date);
    }
  });

  it('a weekday with more said is read as before ("this Sunday" names a date of its own)', () => {
    expect(pickedOn('this sunday')).toBe('2026-12-06');
  });
});

describe('the weekday asked about said again', () => {
  it('"Friday" when asked which Friday picks none; "this Friday", "Friday the 11th" do', () => {
    // Was: Friday the 4th (the coming one), each of them.
    for (const said of ['Friday.', 'On Friday.', 'El viernes.']) expect(chosen(said), said).toBeNull();
    expect(chosen('This Friday.')).toBe('2026-12-04');
    expect(chosen('Friday the 11th.')).toBe('2026-12-11');
  });
});
