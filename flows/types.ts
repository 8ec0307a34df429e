// Types shared by the call flow and the parts of src/ that feed it.
// Nothing here does I/O: the flow receives the hotel as data and the time inside each event.

export const LOCALES = ['en-US', 'es-MX'] as const;
export type Locale = (typeof LOCALES)[number];

/** A localised string: one entry per language (the hotel file's `{ "en": …, "es": … }`). */
export interface Localised<T> {
  en: T;
  es: T;
}

export const PAYMENT_METHODS = ['credit_card', 'cash', 'debit_card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface RoomTypeInfo {
  code: string;
  name: Localised<string>;
  /** Nightly rate in the hotel's currency. */
  rate: number;
  /** Number of physical rooms of this type. */
  rooms: number;
  synonyms: Localised<string[]>;
}

/** What a call needs to know about the hotel; copied into the call's context when it starts. */
export interface HotelInfo {
  name: string;
  timezone: string;
  currency: string;
  /** ISO 3166 country of the hotel's phone numbers, derived from `frontDesk` (e.g. "US"). */
  country: string;
  frontDesk: string;
  /** "HH:mm", hotel time, on the arrival date. */
  holdUntil: string;
  holdUntilByPayment?: Partial<Record<PaymentMethod, string>>;
  maxRoomsPerBooking: number;
  maxNights: number;
  bookingHorizonDays: number;
  groupDesk?: string;
  /** The front desk's hours per weekday, hotel time; absent: always staffed. A day left out: closed. */
  frontDeskHours?: Partial<Record<Weekday, { from: string; to: string }[]>>;
  /** The language the front desk hears whispers in (default en-US). */
  staffLocale?: Locale;
  /**
   * The language a call starts in, and a text whose words say neither (default en-US): a hotel in
   * Mexico greets in Spanish and offers English with 9.
   */
  guestLocale?: Locale;
  /**
   * Caller ID alone opens a reservation made from that phone (hear it, cancel it) when the call
   * carries full STIR/SHAKEN attestation (StirVerstat TN-Validation-Passed-A). Default off: the
   * confirmation number or the last name on the booking is asked for.
   */
  verifiedCallerIdOpensReservations?: boolean;
  /** Minutes within which the desk promises to call back (default 60). */
  callbackPromiseMinutes?: number;
  /**
   * Minutes the rooms a caller had found stay held after they ask the desk to call them back, so
   * the desk can still book them; absent: they are released when the call ends (and the caller is
   * told which).
   */
  callbackHoldMinutes?: number;
  /** Highest nightly rate first: the order the seed procedure prescribes. */
  roomTypes: RoomTypeInfo[];
  /** Answers to common questions (check-in, parking, breakfast, …), by topic. */
  answers?: HotelAnswers;
}

/** One answer to a common question: what is said, and the words that ask for it, per language. */
export interface HotelAnswer {
  en: string;
  es: string;
  words: Localised<string[]>;
}

export type HotelAnswers = Record<string, HotelAnswer>;

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** yyyy-MM-dd, a calendar date in the hotel's time zone. */
export type IsoDate = string;
