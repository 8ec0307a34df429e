// The utterance corpus (issue 9): how guests really speak and text, each line with what the flow
// must take from it at once, or the question it must raise instead of guessing.

import type { Locale, PaymentMethod } from '../../flows/types.ts';

/** Where in a conversation the words are said. */
export type Moment =
  /** A call's English greeting (a Spanish speaker is heard there too). */
  | 'greeting'
  /** A call's Spanish main menu, after the caller pressed 9. */
  | 'menu'
  /** The first text of a conversation. */
  | 'first'
  | 'arrivalDate'
  /** "Next Friday" ("el próximo viernes" on a Spanish call) said on the case's day, and the caller is asked which Friday. */
  | 'dateChoice'
  | 'roomType'
  | 'rooms'
  | 'nights'
  | 'name'
  | 'payment'
  /** The callback number, after the payment (cash). */
  | 'callback'
  | 'readBack'
  /** The rooms asked for are not free: other types offered (the Deluxe King, Double Queen, Standard). */
  | 'offer'
  /** The menu's "existing reservation": its confirmation number is asked. */
  | 'existing'
  /** A reservation found by its number (12345678) and read to the caller. */
  | 'reservation';

export interface Slots {
  arrival: string;
  /** A departure heard before any arrival (else it is `nights`). */
  departure: string;
  nights: number;
  rooms: number;
  roomType: string;
  name: string;
  payment: PaymentMethod;
  /** The callback number kept, E.164. */
  callback: string;
  locale: Locale;
}

export type SlotName = keyof Slots;

/** A question the flow must ask rather than guess or drop. */
export type Raise =
  /** The caller chooses between these arrival dates. */
  | { choose: string[] }
  /** A day already past is asked about, not rolled forward. */
  | 'past'
  /** A date that does not exist is named as such. */
  | 'noSuchDate'
  /** Two room types in one booking is explained. */
  | 'oneType'
  /** More rooms than one booking takes goes to the group (or front) desk. */
  | 'group'
  /** "By card": credit or debit? */
  | 'cardKind'
  /** A common question answered (the hotel file's `answers` topic). */
  | { answer: string }
  /** "What was the total?" at the read-back. */
  | 'total'
  /** Low-confidence speech is confirmed before it is used. */
  | 'confirm'
  /** A plain request to book: the booking questions start. */
  | 'book'
  /** At the read-back: this detail is asked again. */
  | { change: 'name' | 'callback' | 'payment' | 'roomType' | 'arrivalDate' }
  /** A person asked for: the call goes to the front desk. */
  | 'desk'
  /** At the read-back: a yes, the reservation is booked. */
  | 'booked'
  /** Neither an answer nor a change ("hold on"): the same question, nothing taken. */
  | 'wait'
  /** At an offer: other dates, the arrival asked again. */
  | 'otherDates'
  /** A confirmation number heard: the reservation it opens is read. */
  | 'found'
  /** An existing reservation asked about (to confirm, to cancel): its confirmation number is asked. */
  | 'lookup'
  /** At a reservation read: the caller wants it cancelled (asked to confirm). */
  | 'cancel'
  /** At the read-back: a no, nothing booked (what to change is asked). */
  | 'notBooked';

export interface CorpusCase {
  /** Words spoken (a speech transcript) or typed. */
  say?: string;
  /** Keys pressed (or digits typed). */
  keys?: string;
  at: Moment;
  /** The hotel's date when it is said (Hotel Miramar, New York). */
  today: string;
  /** Speech recognition confidence; default 0.9 (texts are always 1). */
  confidence?: number | null;
  /** The number calling, when not the default New York one (+12125550123). */
  caller?: string;
  /** Keys answered on the way to a later question, where not the default (1 room, 2 nights). */
  keyed?: { rooms?: string; nights?: string };
  want?: Partial<Slots>;
  raise?: Raise;
}

export interface CorpusFile {
  channel: 'voice' | 'text';
  lang: 'en' | 'es';
  cases: CorpusCase[];
}
