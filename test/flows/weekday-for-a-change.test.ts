// A weekday said alone to move a reservation (flows/stay-change.ts): booked past the coming one, it
// may be the coming one or the one nearest the stay, so both are offered; "this Friday", "next
// Friday" said late in the week, or a date with its number, are the one day they name. On the demo
// hotel, today Monday, December 7, 2026.

import { describe, expect, it } from 'vitest';
import type { Answer, CallContext, ReservationSummary } from '../../flows/call-context.ts';
import { changeSaidAtReservation, readStayChange } from '../../flows/stay-change.ts';
import { readWholeRequest } from '../../flows/reading/whole-request.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const base = (locale: 'en-US' | 'es-MX') => catalogueContexts(hotel, locale)[0]!;
/** The found reservation booked on `arrival`, its stay in the slots as the change flow has it. */
function withBooking(arrival: string, locale: 'en-US' | 'es-MX' = 'en-US', today = '2026-12-07'): CallContext {
  const ctx = base(locale);
  const found: ReservationSummary = { ...ctx.found!, status: 'booked', arrival, nights: 2, rooms: 1 };
  return { ...ctx, today, found, arrival, nights: 2, rooms: 1 };
}
const choice = (...days: string[]): Answer => ({ q: 'request', slots: { dateChoice: { reason: 'ambiguous', options: days.map((arrival) => ({ arrival, departure: null })) } } });
const arrival = (day: string): Answer => ({ q: 'request', slots: { arrival: day } });

describe('a weekday said to move a reservation', () => {
  it.each([
    ['en-US', 'move it to Friday', '2026-12-18', choice('2026-12-11', '2026-12-25')],
    ['en-US', 'can we change it to friday instead', '2026-12-16', choice('2026-12-11', '2026-12-18')],
    ['es-MX', 'la quiero mover al viernes', '2026-12-18', choice('2026-12-11', '2026-12-25')],
    ['es-MX', 'cámbiela para el viernes', '2026-12-16', choice('2026-12-11', '2026-12-18')],
  ] as const)('%s "%s", booked %s: the two days offered', (locale, words, booked, expected) => {
    expect(changeSaidAtReservation(withBooking(booked, locale), words)).toEqual(expected);
  });

  it.each([
    // The one day the words name under the booking's own rules.
    ['move it to this Friday', '2026-12-18', arrival('2026-12-11')],
    ['move it to Friday the 11th', '2026-12-18', arrival('2026-12-11')],
    ['move it to December 11', '2026-12-18', arrival('2026-12-11')],
    ['la quiero mover a este viernes', '2026-12-18', arrival('2026-12-11')],
    ['move it to Friday after next', '2026-12-25', arrival('2026-12-18')],
    // The coming Friday after the booked day: no earlier day it could be.
    ['move it to Friday', '2026-12-08', arrival('2026-12-11')],
  ] as const)('"%s", booked %s: that day', (words, booked, expected) => {
    expect(changeSaidAtReservation(withBooking(booked, words.startsWith('la ') ? 'es-MX' : 'en-US'), words)).toEqual(expected);
  });

  it('at the "what would you like to change?" question too (the words read as that question reads them)', () => {
    const ctx = withBooking('2026-12-18');
    const text = 'move it to Friday please';
    const heard = readStayChange(ctx, { kind: 'speech', text, confidence: 0.95 }, readWholeRequest(text, ctx, 'stayChange'));
    expect(heard).toEqual({ kind: 'answer', value: choice('2026-12-11', '2026-12-25') });
  });
});
