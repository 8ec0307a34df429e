// After a type asked about ("The Deluxe King is 240 dollars a night. Would you like it?"), a count
// said with the yes ("ok let's do two of those", "sale, deme dos de esas") was lost: the type taken,
// "How many rooms?" asked. It is kept with the type, as "two deluxe kings" at the list is; a number
// alone ("two": the type's key, said) or a count of something else ("I'll take 3 nights") is not.

import { describe, expect, it } from 'vitest';
import type { CallContext, Heard } from '../../flows/call-context.ts';
import { readQuestion } from '../../flows/read-question.ts';
import type { Locale } from '../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';

const AT = '2026-11-28T15:00:00Z';

function atTheType(file: string, locale: Locale, asked: string): (text: string) => Heard {
  const hotel = toHotelInfo(readHotelFile(file));
  const base = catalogueContexts(hotel, locale)[0]!;
  const ctx: CallContext = { ...base, found: null, roomType: null, rooms: null, arrival: '2026-12-20', nights: 2, typeAsked: [asked], locale };
  return (text) => readQuestion('roomType', ctx, { type: 'caller.speech', text, confidence: 0.9, at: AT });
}

const taken = (roomType: string, rooms: number): Heard => ({ kind: 'answer', value: { q: 'request', slots: { roomType, rooms } } });

describe('a count said with the yes to a type asked about', () => {
  const miramar = atTheType('src/hotel/demo-group/miramar.json', 'en-US', 'DLX');
  const sierra = atTheType('src/hotel/demo-group/sierra.json', 'es-MX', 'JR');

  it('is kept with the type ("two of those", "I\'ll take 3", "make it two", "dos de esas", "me da tres")', () => {
    expect(miramar('ok lets do two of those')).toEqual(taken('DLX', 2));
    expect(miramar('yes two of them')).toEqual(taken('DLX', 2));
    expect(miramar("sure i'll take 3")).toEqual(taken('DLX', 3));
    expect(miramar('yes make it two')).toEqual(taken('DLX', 2));
    expect(sierra('sale, deme dos de esas')).toEqual(taken('JR', 2));
    expect(sierra('sí, me da tres')).toEqual(taken('JR', 3));
  });

  it('a yes alone is the type alone, and a number alone is no count', () => {
    expect(miramar('yes')).toEqual({ kind: 'answer', value: { q: 'roomType', code: 'DLX' } });
    expect(sierra('sí')).toEqual({ kind: 'answer', value: { q: 'roomType', code: 'JR' } });
    expect(miramar('two')).not.toEqual(taken('DLX', 2));
  });

  it('a count of something else, or past the most a booking takes, is no count of rooms', () => {
    for (const said of ["i'll take 3 nights", 'ok make it 2 people', 'yes for 2 nights', 'yes, 40 of those']) {
      const heard = miramar(said);
      expect(heard.kind === 'answer' && heard.value.q === 'request' ? heard.value.slots.rooms : undefined, said).toBeUndefined();
    }
  });
});
