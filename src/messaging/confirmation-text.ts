// The written confirmation (issue 6): a short text in the guest's language with the hotel, the
// dates, room type, rooms, total, until when the rooms are held (hotel time) and the confirmation
// number. Two SMS segments at most: written in the GSM-7 alphabet (see sms-encoding.ts), so
// 306 characters. No card data exists to include; nothing here could add it.

import type { HotelInfo, IsoDate, Locale } from '../../flows/types.ts';
import { smsSize, toGsm7 } from './sms-encoding.ts';

export type ConfirmationKind = 'booking_confirmed' | 'booking_cancelled';

export interface ConfirmationReservation {
  confirmation: string;
  arrival: IsoDate;
  departure: IsoDate;
  nights: number;
  rooms: number;
  total: number;
  currency: string;
  roomTypeCode: string;
  /** ISO instant: unarrived past this, the rooms are released. Shown in the hotel's time zone. */
  holdUntil: string;
}

export interface ConfirmationTextInput {
  kind: ConfirmationKind;
  locale: Locale;
  hotel: HotelInfo;
  reservation: ConfirmationReservation;
}

/** Two GSM-7 segments (2 × 153 septets). */
export const MAX_TEXT_SEGMENTS = 2;

export function confirmationText(input: ConfirmationTextInput): string {
  const { kind, locale, hotel, reservation: r } = input;
  const words = locale === 'es-MX' ? SPANISH : ENGLISH;
  const f = formatsFor(locale, hotel.timezone);
  const roomType = hotel.roomTypes.find((t) => t.code === r.roomTypeCode);
  const details: Details = {
    hotel: hotel.name,
    confirmation: r.confirmation,
    roomType: roomType ? (locale === 'es-MX' ? roomType.name.es : roomType.name.en) : r.roomTypeCode,
    rooms: r.rooms,
    nights: r.nights,
    dates: words.dates(f.stayDate(r.arrival, r.arrival.slice(0, 4) !== r.departure.slice(0, 4)), f.stayDate(r.departure, true)),
    total: f.money(r.total, r.currency),
    holdTime: f.holdTime(r.holdUntil),
    holdDate: f.holdDate(r.holdUntil),
  };
  const sentences = kind === 'booking_confirmed' ? words.confirmed(details) : words.cancelled(details);
  const full = toGsm7([...sentences, words.optOut].join(' '));
  // A long hotel or room type name could push it past two segments: the opt-out hint goes first.
  return smsSize(full).segments <= MAX_TEXT_SEGMENTS ? full : toGsm7(sentences.join(' '));
}

// ---------------------------------------------------------------------------------------------
// Words

interface Details {
  hotel: string;
  confirmation: string;
  roomType: string;
  rooms: number;
  nights: number;
  dates: string;
  total: string;
  holdTime: string;
  holdDate: string;
}

interface Words {
  dates(arrival: string, departure: string): string;
  confirmed(d: Details): string[];
  cancelled(d: Details): string[];
  optOut: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const ENGLISH: Words = {
  dates: (arrival, departure) => `${arrival} to ${departure}`,
  confirmed: (d) => [
    `${d.hotel}: your reservation is confirmed. Confirmation number ${d.confirmation}.`,
    `${d.roomType}, ${plural(d.rooms, 'room', 'rooms')}, ${plural(d.nights, 'night', 'nights')}, ${d.dates}. Total ${d.total}.`,
    d.rooms === 1
      ? `We hold your room until ${d.holdTime} on ${d.holdDate}; after that it may be released.`
      : `We hold your rooms until ${d.holdTime} on ${d.holdDate}; after that they may be released.`,
  ],
  cancelled: (d) => [
    `${d.hotel}: your reservation ${d.confirmation} is cancelled.`,
    `${d.roomType}, ${plural(d.rooms, 'room', 'rooms')}, ${plural(d.nights, 'night', 'nights')}, ${d.dates}. Total ${d.total}.`,
    d.rooms === 1 ? 'The room is no longer held for you.' : 'The rooms are no longer held for you.',
  ],
  optOut: 'Reply STOP to opt out.',
};

const SPANISH: Words = {
  dates: (arrival, departure) => `del ${arrival} al ${departure}`,
  confirmed: (d) => [
    `${d.hotel}: su reservación está confirmada, número ${d.confirmation}.`,
    `${d.roomType}, ${plural(d.rooms, 'habitación', 'habitaciones')}, ${plural(d.nights, 'noche', 'noches')}, ${d.dates}. Total ${d.total}.`,
    d.rooms === 1
      ? `Guardamos su habitación hasta las ${d.holdTime} del ${d.holdDate}; después puede liberarse.`
      : `Guardamos sus habitaciones hasta las ${d.holdTime} del ${d.holdDate}; después pueden liberarse.`,
  ],
  cancelled: (d) => [
    `${d.hotel}: su reservación ${d.confirmation} está cancelada.`,
    `${d.roomType}, ${plural(d.rooms, 'habitación', 'habitaciones')}, ${plural(d.nights, 'noche', 'noches')}, ${d.dates}. Total ${d.total}.`,
    d.rooms === 1 ? 'Ya no guardamos la habitación.' : 'Ya no guardamos las habitaciones.',
  ],
  optOut: 'Responda STOP para darse de baja.',
};

// ---------------------------------------------------------------------------------------------
// Formats, built once per locale and time zone (STYLE.md: never per request)

interface Formats {
  /** "Fri, Dec 4" / "vie, 4 de dic", with the year when asked: "Sun, Dec 6, 2026". */
  stayDate(date: IsoDate, withYear: boolean): string;
  /** "6:00 PM" / "6:00 p.m." in the hotel's time zone. */
  holdTime(instant: string): string;
  /** "Fri, Dec 4" / "vie 4 de dic" in the hotel's time zone. */
  holdDate(instant: string): string;
  money(amount: number, currency: string): string;
}

const formatsCache = new Map<string, Formats>();

function formatsFor(locale: Locale, timeZone: string): Formats {
  const key = `${locale}|${timeZone}`;
  let formats = formatsCache.get(key);
  if (!formats) {
    formats = buildFormats(locale, timeZone);
    formatsCache.set(key, formats);
  }
  return formats;
}

function buildFormats(locale: Locale, timeZone: string): Formats {
  // Calendar dates are formatted at UTC noon in UTC, so no time zone can move them a day.
  const shortDate = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const shortDateYear = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const hotelTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const hotelDate = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone });
  const money = new Map<string, { whole: Intl.NumberFormat; cents: Intl.NumberFormat }>();
  const instant = (iso: string): Date | null => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? null : at;
  };
  return {
    stayDate(date, withYear) {
      const at = instant(`${date}T12:00:00Z`);
      return at ? (withYear ? shortDateYear : shortDate).format(at) : date;
    },
    holdTime(iso) {
      const at = instant(iso);
      return at ? hotelTime.format(at) : iso;
    },
    holdDate(iso) {
      const at = instant(iso);
      return at ? hotelDate.format(at) : iso;
    },
    money(amount, currency) {
      let formats = money.get(currency);
      if (!formats) {
        try {
          formats = {
            whole: new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }),
            cents: new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          };
        } catch {
          return `${amount.toFixed(2)} ${currency}`; // a currency Intl does not know (the hotel file checks it)
        }
        money.set(currency, formats);
      }
      return (Number.isInteger(amount) ? formats.whole : formats.cents).format(amount);
    },
  };
}
