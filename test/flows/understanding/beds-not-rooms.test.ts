// "Two double beds for the 12th" is one room with two beds: it was read as two Double Queen rooms,
// and two were held and booked. A number before a type and a bed word counts beds, not rooms.

import { describe, expect, it } from 'vitest';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import type { RequestContext } from '../../../flows/reading/whole-request.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const ctx = (locale: 'en-US' | 'es-MX'): RequestContext => ({ today: '2026-12-05', locale, hotel, arrival: null });
const slots = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => readWholeRequest(text, ctx(locale), 'greeting').slots;

describe('beds, not rooms', () => {
  it.each([
    ['two double beds for the 12th', 'en-US'],
    ['2 queen beds', 'en-US'],
    ['one king bed', 'en-US'],
    ['dos camas matrimoniales para el 12', 'es-MX'],
  ] as const)('"%s" names the type and no number of rooms', (text, locale) => {
    const got = slots(text, locale);
    expect(got.roomType).toBeDefined();
    expect(got.rooms).toBeUndefined();
  });

  it('rooms said as rooms are still counted', () => {
    expect(slots('two queen rooms')).toMatchObject({ roomType: 'DQ', rooms: 2 });
    expect(slots('two doubles for the 12th')).toMatchObject({ roomType: 'DQ', rooms: 2 });
    expect(slots('2 habitaciones con dos camas', 'es-MX')).toMatchObject({ roomType: 'DQ', rooms: 2 });
    expect(slots('2 kings')).toMatchObject({ roomType: 'DLX', rooms: 2 });
  });
});
