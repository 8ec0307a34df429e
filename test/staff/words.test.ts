// The words the front desk reads for what the phone line understood.

import { describe, expect, it } from 'vitest';
import { understoodWords } from '../../src/staff/words.ts';

const hotel = { roomTypes: [{ code: 'DLX', name: { en: 'Deluxe King', es: 'Deluxe King' } }] } as const;
const words = (s: string) => understoodWords(s, hotel as never);

describe("what the line understood, in the desk's words", () => {
  it('says what the caller wanted, never a route or intent id', () => {
    expect(words('agent')).toBe('asked for the front desk');
    expect(words('leaveMessage')).toBe('will leave a message');
    expect(words('callMeBack')).toBe('wants a call back');
    expect(words('spanish')).toBe('Spanish, please');
  });

  it('says why an answer was asked again', () => {
    expect(words('miss: noInput')).toBe('nothing heard');
    expect(words('miss: dateInPast')).toBe('a date already past');
    expect(words('miss: somethingNew')).toBe('an answer that did not fit the question');
  });

  it('reads answers with the hotel’s room names, days and plain counts', () => {
    expect(words('arrival 2026-12-24')).toBe('arriving Thu, Dec 24');
    expect(words('room type DLX')).toBe('Deluxe King');
    expect(words('takes room type DLX')).toBe('takes Deluxe King');
    expect(words('1 room(s)')).toBe('1 room');
    expect(words('takes 2 room(s)')).toBe('takes 2 rooms');
    expect(words('3 night(s)')).toBe('3 nights');
    expect(words('pays by debit_card')).toBe('pays by debit card');
    expect(words('change arrivalDate')).toBe('wants to change the arrival date');
    expect(words('unsure: room type DLX')).toBe('Deluxe King (heard with low confidence, so asked to confirm)');
    expect(words('name "Ana Torres"')).toBe('name "Ana Torres"');
  });
});
