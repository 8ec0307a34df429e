// A room type's price asked as callers ask it: "precio de la suite para el 24" (no question mark,
// no question word: speech-to-text writes none), "me pueden informar precios de habitación doble",
// "what are your prices for a double queen on Christmas weekend?". The first two went on to the
// booking without the price; the third said "I don't have that detail" of "Christmas".

import { describe, expect, it } from 'vitest';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import type { RequestContext } from '../../../flows/reading/whole-request.ts';
import { roomTypeAsked } from '../../../flows/understanding/room-type-asked.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const asked = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => roomTypeAsked(text, locale, hotel.roomTypes, true);
const ctx = (locale: 'en-US' | 'es-MX'): RequestContext => ({ today: '2026-11-28', locale, hotel, arrival: null });

describe('a room type\'s price asked plainly', () => {
  it.each([
    ['precio de la suite para el 24 de diciembre', 'es-MX', 'OCEAN'],
    ['me pueden informar precios de habitación doble para el 24 de diciembre', 'es-MX', 'DQ'],
    ['me podría dar el precio de la suite', 'es-MX', 'OCEAN'],
    ['rates for the king this weekend', 'en-US', 'DLX'],
  ] as const)('"%s" asks the price of one type', (text, locale, code) => {
    expect(asked(text, locale)).toEqual({ codes: [code], unknown: false, confirmed: false });
  });

  it.each([
    'what are your prices for a double queen on christmas weekend?',
    "how much is the suite over new year's eve",
    "what's the king's rate for valentine's day",
    'how much is the suite for the long weekend of presidents day',
    '¿cuánto cuesta la suite durante el puente de navidad?',
  ])('"%s": a day named is when, not a detail the file lacks', (text) => {
    expect(asked(text, /cuesta/.test(text) ? 'es-MX' : 'en-US')?.unknown).toBe(false);
  });

  it('what the file does not say is still unknown beside a day named', () => {
    expect(asked('does the suite have a balcony over new years')?.unknown).toBe(true);
  });

  it('the whole request says the rate when a price opens the words', () => {
    const read = readWholeRequest('precio de la suite para el 24 de diciembre', ctx('es-MX'), 'arrivalDate');
    expect(read.notices).toContainEqual({ id: 'rate', params: { type: 'OCEAN' } });
    const plain = readWholeRequest('la suite para el 24 de diciembre', ctx('es-MX'), 'arrivalDate');
    expect(plain.notices.some((n) => n.id === 'rate')).toBe(false);
  });
});
