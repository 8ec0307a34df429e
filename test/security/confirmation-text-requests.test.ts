// Round 29: the confirmation text names the special requests a caller asked for, and it goes to a
// callback number the caller chose. What a caller controls (the requests, every one of them, the
// stored list repeated or with unknown words; rooms and nights at the hotel's limits) costs at most
// one segment more than the same booking without requests, whatever the hotel's names. Where it
// may go is the same as without requests (test/sms/text-destinations.test.ts: no premium-rate
// number, only the deployment's countries, 5 a day to one number, 500 a day in all).

import { describe, expect, it } from 'vitest';
import { SPECIAL_REQUESTS } from '../../flows/special-requests.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { confirmationText, MAX_TEXT_SEGMENTS } from '../../src/messaging/confirmation-text.ts';
import type { ConfirmationReservation } from '../../src/messaging/confirmation-text.ts';
import { smsSize } from '../../src/messaging/sms-encoding.ts';

const demo = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));

/** Hotel and room names at the hotel file's 80 characters, in the alphabet that costs most. */
const NAMES = { demo: null, gsm: 'G'.repeat(80), cyrillic: 'Ж'.repeat(80), emoji: '🏨'.repeat(40) };

const longest: ConfirmationReservation = {
  confirmation: '48219375',
  arrival: '2026-12-04',
  departure: '2027-03-13',
  nights: 99,
  rooms: 99,
  total: 9_801_000_000.99,
  currency: 'MXN',
  roomTypeCode: 'DLX',
  holdUntil: holdDeadline('2026-12-04', '18:00', 'America/New_York'),
};

const ASKED = [SPECIAL_REQUESTS.join(','), `${SPECIAL_REQUESTS.join(',')},${SPECIAL_REQUESTS.join(',')},a pony,${'crib,'.repeat(500)}`];

describe('a confirmation with every special request', () => {
  for (const [label, name] of Object.entries(NAMES)) {
    it(`costs at most one segment more than without them (${label} names)`, () => {
      const hotel = name === null ? demo : { ...demo, name, roomTypes: demo.roomTypes.map((r) => ({ ...r, name: { en: name, es: name } })) };
      for (const locale of ['en-US', 'es-MX'] as const) {
        const without = smsSize(confirmationText({ kind: 'booking_confirmed', locale, hotel, reservation: longest })).segments;
        for (const specialRequests of ASKED) {
          const text = confirmationText({ kind: 'booking_confirmed', locale, hotel, reservation: { ...longest, specialRequests } });
          expect(smsSize(text).segments, text).toBeLessThanOrEqual(Math.max(without, MAX_TEXT_SEGMENTS[locale]) + 1);
          expect(text).not.toContain('pony');
          expect(text.length).toBeLessThan(500);
        }
      }
    });
  }
});
