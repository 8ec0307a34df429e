// "No, the standard" at the rooms question was nothing: the "no" was read as ruling the standard
// out. And "la suite no" was the suite: a "no" after the type (ruled out, or a tag question "¿la
// suite, no?") was not read at all. The first is now the standard; the second is left to ask.

import { describe, expect, it } from 'vitest';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import type { RequestContext } from '../../../flows/reading/whole-request.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const ctx = (locale: 'en-US' | 'es-MX'): RequestContext => ({ today: '2026-11-28', locale, hotel, arrival: null });
const type = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => readWholeRequest(text, ctx(locale), 'rooms').slots.roomType;

describe('a no, then a room type', () => {
  it.each(['no, the standard', 'no wait, the standard', 'no sorry, I meant the standard', 'no, mejor la estándar'])('"%s" is the Standard', (text) => {
    expect(type(text, /mejor/.test(text) ? 'es-MX' : 'en-US')).toBe('STD');
  });

  it.each([
    ['not the suite', 'en-US'],
    ['no suite please', 'en-US'],
    ['la suite no', 'es-MX'],
    ['quiero la suite, ¿no?', 'es-MX'],
  ] as const)('"%s" chooses nothing', (text, locale) => {
    expect(type(text, locale)).toBeUndefined();
  });

  it('a type ruled out before another is still the other', () => {
    expect(type('no la suite, la doble', 'es-MX')).toBe('DQ');
    expect(type('the double, not the suite')).toBe('DQ');
  });
});
