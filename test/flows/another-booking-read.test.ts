// "Another booking" is read one way wherever it is asked for: just booked (the anything-else
// question) and at a reservation heard (a caller who called about one and wants a new one too).
// At the reservation, words must ask to book in so many words ("two rooms" alone is a change to it,
// the desk's); past that, the same words start the same booking with the same details. They were
// two readings: at a reservation heard, "another room" was one more than the reservation's rooms
// (3, not 1), and "for next month" a guest named Next Month. Through flows/read-question.ts on the
// demo hotel.

import { describe, expect, it } from 'vitest';
import type { CallContext, Heard } from '../../flows/call-context.ts';
import { readQuestion } from '../../flows/read-question.ts';
import type { Locale } from '../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const AT = '2026-11-28T15:00:00Z';
/** A reservation found (2 rooms, Ocean Suite), heard by its guest. */
const atReservation = (locale: Locale): CallContext => ({ ...catalogueContexts(hotel, locale)[0]!, locale });
/** Just booked: a Deluxe King for 2 nights from December 4, for Ana Diaz. */
const justBooked = (locale: Locale): CallContext => ({
  ...atReservation(locale), found: null, confirmation: '12345678', reservationId: 1, arrival: '2026-12-04', nights: 2, rooms: 1, roomType: 'DLX', guestName: 'Ana Diaz',
});
const heard = (question: 'existingReservation' | 'anythingElse', text: string, locale: Locale): Heard =>
  readQuestion(question, question === 'existingReservation' ? atReservation(locale) : justBooked(locale), { type: 'caller.speech', text, confidence: 0.9, at: AT });

describe('another booking, asked for in so many words', () => {
  const ASKED: [string, Locale][] = [
    ['I also want to book another room for the 20th', 'en-US'],
    ['I would like to make a new reservation', 'en-US'],
    ['quiero hacer otra reservación', 'es-MX'],
    ['y otra reservación para mi hermana el 12 de diciembre', 'es-MX'],
    ['also book a suite for my sister for december 12th', 'en-US'],
    ['another room for next month', 'en-US'],
    ['I want to book 12 more rooms for the 20th', 'en-US'],
    ['book another room, just me, for the 20th', 'en-US'],
    ['book another one under the name Peter Park', 'en-US'],
    ['I want to reserve another deluxe king', 'en-US'],
  ];
  it.each(ASKED)('"%s" starts the same booking at a reservation heard as just after one', (text, locale) => {
    const afterBooking = heard('anythingElse', text, locale);
    expect(afterBooking).toMatchObject({ kind: 'route', route: 'book' });
    expect(heard('existingReservation', text, locale)).toEqual(afterBooking);
  });

  it('"another room" is one room, and "for next month" no guest name, wherever it is said', () => {
    expect(heard('existingReservation', 'another room for next month', 'en-US')).toEqual({ kind: 'route', route: 'book' });
    expect(heard('existingReservation', 'I also want to book another room for the 20th', 'en-US')).toEqual({
      kind: 'route', route: 'book', value: { q: 'request', slots: { arrival: '2026-12-20', rooms: 1 } },
    });
    // For someone else: the name on it is asked again.
    expect(heard('existingReservation', 'also book a suite for my sister for december 12th', 'en-US')).toMatchObject({ anotherGuest: true });
  });

  it('a day already past, with words asking to book: a booking, asked from its date', () => {
    expect(heard('existingReservation', 'I want to book another room for yesterday', 'en-US')).toEqual({ kind: 'route', route: 'book' });
  });
});

describe('what each question keeps for itself', () => {
  it('a detail alone just after one is asked about (a change of it, or another?: flows/change-just-booked.ts); at a reservation heard, never a booking (a change of a booked one: test/e2e/d30-change-by-phone.test.ts)', () => {
    for (const text of ['two rooms', 'the 20th']) {
      expect(heard('anythingElse', text, 'en-US')).toEqual({ kind: 'route', route: 'changeOrAnother' });
      expect(heard('existingReservation', text, 'en-US')).not.toMatchObject({ kind: 'route', route: 'book' });
    }
  });

  it('"yes" is another booking just after one, and names nothing at a reservation offering cancel and change', () => {
    expect(heard('anythingElse', 'yes', 'en-US')).toEqual({ kind: 'route', route: 'book' });
    expect(heard('existingReservation', 'yes', 'en-US')).toMatchObject({ kind: 'miss' });
    expect(heard('existingReservation', 'sí', 'es-MX')).toMatchObject({ kind: 'miss' });
    for (const q of ['anythingElse', 'existingReservation'] as const) expect(heard(q, 'no thanks', 'en-US')).toEqual({ kind: 'route', route: 'done' });
  });
});
