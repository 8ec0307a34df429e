// The written confirmation (issue 6): a short text in the guest's language with the hotel, the
// confirmation number (once, as digits), the rooms, nights and dates, the total with its currency
// named, and until when the rooms are held (hotel time). One sentence per idea, in the same words
// as the call ("1 Ocean Suite", "2 habitaciones Deluxe King", "480 dólares"), with proper accents
// (issue 10). English is GSM-7 and fits two SMS segments; Spanish accents (á, í, ó, ú) make a text
// UCS-2, 67 characters a segment: it is written short and fits three. No card data exists to
// include; nothing here could add it.

import type { HotelInfo, IsoDate, Locale } from '../../flows/types.ts';
import { formatterFor } from '../voice/formatters.ts';
import type { Formatter } from '../voice/formatters.ts';
import { atHour, esPronoun, listed, nightsEn, nightsEs, REQUEST_WORDS_ES, roomCountEn, roomCountEs } from '../voice/prompts/room-words.ts';
import { REQUEST_NAMES, requestsOf } from '../../flows/special-requests.ts';
import type { SpecialRequest } from '../../flows/special-requests.ts';
import { plainTypography, smsSize } from './sms-encoding.ts';

/** booking_changed: the reservation changed at the desk (new dates, rooms or type): its new details, told once. */
export type ConfirmationKind = 'booking_confirmed' | 'booking_cancelled' | 'booking_changed';

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
  /** The special requests noted on the phone ("crib,highFloor", as stored), which the desk confirms. Absent or null: none. */
  specialRequests?: string | null;
}

export interface ConfirmationTextInput {
  kind: ConfirmationKind;
  locale: Locale;
  hotel: HotelInfo;
  reservation: ConfirmationReservation;
  /** When the text is written: a stay within the coming months needs no year (Spanish); absent: the year is said. */
  now?: Date;
  /** False: a reply in the guest's own text conversation (a change made by text), which needs no opt-out hint. Absent: with it. */
  optOut?: boolean;
}

/** A departure before this many days from now is named without its year: no date in that window repeats. */
const NO_YEAR_WITHIN_DAYS = 330;

/** The most segments a confirmation may cost, per locale (see above). */
export const MAX_TEXT_SEGMENTS: Record<Locale, number> = { 'en-US': 2, 'es-MX': 3 };

export function confirmationText(input: ConfirmationTextInput): string {
  const { kind, locale, hotel, reservation: r } = input;
  const words = locale === 'es-MX' ? SPANISH : ENGLISH;
  const f = formatsFor(locale, hotel.timezone);
  const roomType = hotel.roomTypes.find((t) => t.code === r.roomTypeCode);
  const crossesYear = r.arrival.slice(0, 4) !== r.departure.slice(0, 4);
  const soon = input.now !== undefined && r.departure < new Date(input.now.getTime() + NO_YEAR_WITHIN_DAYS * 86_400_000).toISOString().slice(0, 10);
  const details: Details = {
    hotel: hotel.name,
    confirmation: r.confirmation,
    roomType: roomType ? (locale === 'es-MX' ? roomType.name.es : roomType.name.en) : r.roomTypeCode,
    rooms: r.rooms,
    nights: r.nights,
    dates: words.dates(f.stayDate(r.arrival, crossesYear), f.stayDate(r.departure, crossesYear || words.departureYear || !soon)),
    total: writtenMoney(f.words.money(r.total, r.currency), locale, r.currency),
    holdTime: f.holdTime(r.holdUntil),
    holdDate: f.holdDate(r.holdUntil),
  };
  const sentences = kind === 'booking_confirmed' ? words.confirmed(details) : kind === 'booking_changed' ? words.changed(details) : words.cancelled(details);
  const max = MAX_TEXT_SEGMENTS[locale];
  const written = (parts: string[]) => plainTypography(parts.join(' '));
  const fits = (text: string, segments: number) => smsSize(text).segments <= segments;
  const optOut = input.optOut === false ? [] : [words.optOut];
  const requests = kind === 'booking_cancelled' ? [] : requestsOf(r.specialRequests);
  if (requests.length) {
    // The requests noted go after the stay, before the hold: named, else (too long) said to be noted.
    // They may cost one segment more (a Spanish text is UCS-2: any request passes its three), never
    // the opt-out hint.
    const withRequests = (said: string) => written([...sentences.slice(0, 2), said, ...sentences.slice(2), ...optOut]);
    const told = [words.requests(requests), words.requestsNoted].map(withRequests).find((text) => fits(text, max + 1));
    if (told) return told;
  }
  // A long hotel or room type name could push it past its segments: the opt-out hint goes then.
  const full = written([...sentences, ...optOut]);
  return fits(full, max) ? full : written(sentences);
}

/** A Mexican text writes pesos with their sign: "$3,700 pesos"; the voice says "3,700 pesos" (a "$" would be read out). */
function writtenMoney(said: string, locale: Locale, currency: string): string {
  return locale === 'es-MX' && currency === 'MXN' ? `$${said}` : said;
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
  /** The confirmation's sentences under a first that says the reservation was changed (same number). */
  changed(d: Details): string[];
  cancelled(d: Details): string[];
  /** The special requests noted, by name, and that the desk confirms them. */
  requests(requests: readonly SpecialRequest[]): string;
  /** The same, without their names, when they would not fit. */
  requestsNoted: string;
  optOut: string;
  /**
   * Whether the departure says its year even when the stay is in one year and soon. Spanish leaves
   * it out then, so the text keeps its opt-out hint within three UCS-2 segments.
   */
  departureYear: boolean;
}

const ENGLISH: Words = {
  dates: (arrival, departure) => `${arrival} to ${departure}`,
  confirmed: (d) => [
    `${d.hotel}: you're booked. Confirmation number ${d.confirmation}.`,
    `${roomCountEn(d.rooms, d.roomType).text}, ${nightsEn(d.nights)}, ${d.dates}: ${d.total}.`,
    `We hold ${d.rooms === 1 ? 'it' : 'them'} until ${d.holdTime} on ${d.holdDate}; after that, ${d.rooms === 1 ? 'it' : 'they'} may be released.`,
  ],
  changed: (d) => [`${d.hotel}: reservation ${d.confirmation} is changed.`, ...ENGLISH.confirmed(d).slice(1)],
  cancelled: (d) => [
    `${d.hotel}: reservation ${d.confirmation} is cancelled.`,
    `${roomCountEn(d.rooms, d.roomType).text}, ${nightsEn(d.nights)}, ${d.dates}.`,
    `${d.rooms === 1 ? 'It is' : 'They are'} no longer held for you.`,
  ],
  requests: (requests) => `Requested: ${listed(requests.map((q) => REQUEST_NAMES[q]), 'and')}; the front desk will confirm.`,
  requestsNoted: 'Your special requests are noted; the front desk will confirm.',
  optOut: 'Reply STOP to opt out.',
  departureYear: true,
};

/** "del vie 4 al dom 6 de dic de 2026": the month said once when both dates share it. */
function spanishRange(arrival: string, departure: string): string {
  const month = / de .+$/.exec(arrival)?.[0];
  const sameMonth = month !== undefined && departure.replace(/ de \d{4}$/, '').endsWith(month);
  return sameMonth ? `del ${arrival.slice(0, -month.length)} al ${departure}` : `del ${arrival} al ${departure}`;
}

const SPANISH: Words = {
  dates: spanishRange,
  confirmed: (d) => {
    const count = roomCountEs(d.rooms, d.roomType);
    return [
      `${d.hotel}: reservación ${d.confirmation} confirmada.`,
      `${capitalized(count.text)}, ${nightsEs(d.nights)}, ${d.dates}: ${d.total}.`,
      // "Apartadas hasta las 6 p.m. del vie 4": the arrival's month was just said; short enough for the opt-out hint.
      `${count.feminine ? 'Apartada' : 'Apartado'}${count.plural ? 's' : ''} hasta ${atHour(d.holdTime)} del ${d.holdDate.replace(/ de \p{L}+$/u, '')}.`,
    ];
  },
  changed: (d) => [`${d.hotel}: reservación ${d.confirmation} modificada.`, ...SPANISH.confirmed(d).slice(1)],
  cancelled: (d) => {
    const count = roomCountEs(d.rooms, d.roomType);
    return [
      `${d.hotel}: reservación ${d.confirmation} cancelada.`,
      `${capitalized(count.text)}, ${nightsEs(d.nights)}, ${d.dates}.`,
      `Ya no ${esPronoun(count)} guardamos.`,
    ];
  },
  // Short: a Spanish text is UCS-2, and three segments already hold the stay and the opt-out hint.
  requests: (requests) => `Con ${listed(requests.map((q) => REQUEST_WORDS_ES[q]), 'y')}, por confirmar.`,
  requestsNoted: 'Con peticiones por confirmar.',
  optOut: 'Responda STOP para darse de baja.',
  departureYear: false,
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Formats, built once per locale and time zone (STYLE.md: never per request)

interface Formats {
  /** "Fri, Dec 4" / "vie 4 de dic", with the year when asked: "Sun, Dec 6, 2026" / "dom 6 de dic de 2026". */
  stayDate(date: IsoDate, withYear: boolean): string;
  /** "6 PM" / "6 p.m." in the hotel's time zone. */
  holdTime(instant: string): string;
  /** "Fri, Dec 4" / "vie 4 de dic" in the hotel's time zone. */
  holdDate(instant: string): string;
  /** The call's own words for money: "480 dollars", "1,080 dólares". */
  words: Formatter;
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
  const hotelHour = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone });
  const hotelMinute = new Intl.DateTimeFormat('en', { minute: 'numeric', timeZone });
  const hotelDate = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone });
  const instant = (iso: string): Date | null => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? null : at;
  };
  // Intl writes "vie, 4 de dic" and "dic." with a period; a text reads "vie 4 de dic".
  const spanish = (text: string) => (locale === 'es-MX' ? text.replace(/^(\p{L}+)\.?, /u, '$1 ').replace(/(\p{L})\./gu, '$1') : text);
  return {
    stayDate(date, withYear) {
      const at = instant(`${date}T12:00:00Z`);
      return at ? spanish((withYear ? shortDateYear : shortDate).format(at)) : date;
    },
    holdTime(iso) {
      const at = instant(iso);
      if (!at) return iso;
      return (hotelMinute.format(at) === '0' ? hotelHour : hotelTime).format(at);
    },
    holdDate(iso) {
      const at = instant(iso);
      return at ? spanish(hotelDate.format(at)) : iso;
    },
    words: formatterFor(locale),
  };
}
