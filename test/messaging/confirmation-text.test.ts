import { describe, expect, it } from 'vitest';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { confirmationText, MAX_TEXT_SEGMENTS } from '../../src/messaging/confirmation-text.ts';
import type { ConfirmationReservation } from '../../src/messaging/confirmation-text.ts';
import { plainTypography, smsSize, toGsm7 } from '../../src/messaging/sms-encoding.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));

const reservation: ConfirmationReservation = {
  confirmation: '48219375',
  arrival: '2026-12-04',
  departure: '2026-12-06',
  nights: 2,
  rooms: 1,
  total: 480,
  currency: 'USD',
  roomTypeCode: 'DLX',
  holdUntil: holdDeadline('2026-12-04', '18:00', 'America/New_York'),
};

describe('confirmationText', () => {
  it('confirms a booking in English with hotel, number, rooms, nights, dates, total and hold time, one sentence per idea', () => {
    const text = confirmationText({ kind: 'booking_confirmed', locale: 'en-US', hotel, reservation });
    expect(text).toBe(
      "Hotel Miramar: you're booked. Confirmation number 48219375. " +
        '1 Deluxe King room, 2 nights, Fri, Dec 4 to Sun, Dec 6, 2026: 480 dollars. ' +
        'We hold it until 6 PM on Fri, Dec 4; after that, it may be released. Reply STOP to opt out.',
    );
    // The confirmation number once, as digits.
    expect(text.split('48219375')).toHaveLength(2);
  });

  it('confirms a booking in Spanish with proper accents, the room type in Spanish and words that agree with it', () => {
    const text = confirmationText({
      kind: 'booking_confirmed',
      locale: 'es-MX',
      hotel,
      reservation: { ...reservation, roomTypeCode: 'STD', rooms: 2, total: 520 },
      now: new Date('2026-11-28T15:00:00Z'),
    });
    expect(text).toContain('Hotel Miramar: reservación 48219375 confirmada.');
    expect(text).toContain('2 habitaciones estándar, 2 noches, del vie 4 al dom 6 de dic: 520 dólares.');
    expect(text).toContain('Apartadas hasta las 6 p.m. del vie 4.');
    // An ordinary stay keeps its opt-out hint within three UCS-2 segments.
    expect(text).toMatch(/Responda STOP para darse de baja\.$/);
    expect(text).not.toMatch(/\.\./);
    const one = confirmationText({ kind: 'booking_confirmed', locale: 'es-MX', hotel, reservation: { ...reservation, roomTypeCode: 'OCEAN' }, now: new Date('2026-11-28T15:00:00Z') });
    expect(one).toContain('Una suite con vista al mar, 2 noches');
    expect(one).toContain('Apartada hasta');
    expect(one).toContain('STOP');
    // Booked a year and more ahead, the year is said.
    const far = confirmationText({ kind: 'booking_confirmed', locale: 'es-MX', hotel, reservation, now: new Date('2025-11-28T15:00:00Z') });
    expect(far).toContain('del vie 4 al dom 6 de dic de 2026');
    expect(smsSize(text).segments).toBeLessThanOrEqual(MAX_TEXT_SEGMENTS['es-MX']);
  });

  it('says a cancelled reservation is cancelled, in both languages', () => {
    const en = confirmationText({ kind: 'booking_cancelled', locale: 'en-US', hotel, reservation });
    expect(en).toMatch(/^Hotel Miramar: reservation 48219375 is cancelled\. 1 Deluxe King room, 2 nights, /);
    expect(en).toContain('no longer held');
    expect(en).not.toContain('until');
    const es = confirmationText({ kind: 'booking_cancelled', locale: 'es-MX', hotel, reservation: { ...reservation, rooms: 3 } });
    expect(es).toMatch(/^Hotel Miramar: reservación 48219375 cancelada\. 3 habitaciones Deluxe King, 2 noches, /);
    expect(es).toContain('Ya no las guardamos.');
  });

  it('gives the hold time in the hotel time zone, summer or winter', () => {
    const july = confirmationText({
      kind: 'booking_confirmed',
      locale: 'en-US',
      hotel,
      reservation: { ...reservation, arrival: '2026-07-03', departure: '2026-07-05', holdUntil: holdDeadline('2026-07-03', '18:00', hotel.timezone) },
    });
    expect(july).toContain('until 6 PM on Fri, Jul 3');
    const tokyo = confirmationText({
      kind: 'booking_confirmed',
      locale: 'en-US',
      hotel: { ...hotel, timezone: 'Asia/Tokyo' },
      reservation: { ...reservation, holdUntil: holdDeadline('2026-12-04', '14:30', 'Asia/Tokyo') },
    });
    expect(tokyo).toContain('until 2:30 PM on Fri, Dec 4');
  });

  it('shows both years for a stay across New Year, cents only when there are cents, and the hotel currency by name', () => {
    const text = confirmationText({
      kind: 'booking_confirmed',
      locale: 'en-US',
      hotel,
      reservation: { ...reservation, arrival: '2026-12-30', departure: '2027-01-02', nights: 3, total: 1234.5 },
    });
    expect(text).toContain('3 nights, Wed, Dec 30, 2026 to Sat, Jan 2, 2027: 1,234.50 dollars.');
    const pesos = confirmationText({ kind: 'booking_confirmed', locale: 'es-MX', hotel, reservation: { ...reservation, currency: 'MXN', total: 9600 } });
    expect(pesos).toContain('9,600 pesos');
  });

  it('stays within its segments at the longest: 9 rooms, 30 nights, long names, both languages', () => {
    const longHotel = { ...hotel, name: 'Gran Hotel Miramar & Spa Cancun' };
    for (const locale of ['en-US', 'es-MX'] as const) {
      for (const kind of ['booking_confirmed', 'booking_cancelled'] as const) {
        for (const roomType of hotel.roomTypes) {
          const text = confirmationText({
            kind,
            locale,
            hotel: longHotel,
            reservation: { ...reservation, roomTypeCode: roomType.code, rooms: 9, nights: 30, departure: '2027-01-03', total: 64_800.75 },
          });
          const size = smsSize(text);
          // English is GSM-7: two segments. Spanish keeps its accents (UCS-2): four at the very longest.
          if (locale === 'en-US') expect(size.encoding, text).toBe('GSM-7');
          expect(size.segments, text).toBeLessThanOrEqual(locale === 'en-US' ? 2 : 4);
          expect(text).toContain('48219375');
        }
      }
    }
  });

  it('drops the opt-out hint rather than go past its segments', () => {
    const text = confirmationText({
      kind: 'booking_confirmed',
      locale: 'en-US',
      hotel: { ...hotel, name: 'The Grand Hotel and Conference Centre by the Old Harbour Lighthouse, Downtown Waterfront District' },
      reservation,
    });
    expect(text).not.toContain('STOP');
    expect(smsSize(text).segments).toBeLessThanOrEqual(MAX_TEXT_SEGMENTS['en-US']);
  });

  it('uses the room type code when the hotel no longer lists the type', () => {
    const text = confirmationText({ kind: 'booking_cancelled', locale: 'en-US', hotel, reservation: { ...reservation, roomTypeCode: 'OLD' } });
    expect(text).toContain('1 OLD room');
  });
});

describe('SMS encoding', () => {
  it('counts GSM-7 and UCS-2 segments as carriers do', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161)).segments).toBe(2);
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
    expect(smsSize('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSize('á'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsSize('á'.repeat(71)).segments).toBe(2);
  });

  it('writes Spanish accents and typography the GSM-7 way, keeping what GSM-7 has', () => {
    expect(toGsm7('Habitación Estándar, sábado — “único” ¿Sí? ¡Señor Müller! café… 6:00\u202fp.m.')).toBe(
      'Habitacion Estandar, sabado - "unico" ¿Si? ¡Señor Müller! café... 6:00 p.m.',
    );
    expect(toGsm7('東京ホテル')).toBe('東京ホテル');
  });

  it('writes typography the GSM-7 way but keeps the accents of a text written with them', () => {
    expect(plainTypography('Habitación — “única” 6\u202fp.m.')).toBe('Habitación - "única" 6 p.m.');
  });
});
