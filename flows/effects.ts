// What the call flow asks of the world — the inventory, the reservations, the callback queue —
// written down as data, and what comes back.
//
// The flow stays pure and the statechart stays the one definition of the call: a state that needs
// the world names an effect as its entry action (with the parameters built here from the
// context) and waits for the effect's result event; the call service reads the effects from
// XState's pure `transition()`, performs them inside the turn's database transaction, and sends
// the result back into the machine — on SQLite and PostgreSQL alike, one code path. A snapshot is
// saved only once no effect is pending, so a saved call never waits on one.
// Effects with no result (release a hold, queue a callback) are performed and not answered.

import { extend } from './extend.ts';
import type { SpecialRequest } from './special-requests.ts';
import { holdUntilTime } from './hold-time.ts';
import { callerNumber, reachableNumber } from './reading/guest-questions.ts';
import type { CallContext, OfferOption, ReservationSummary } from './call-context.ts';
import type { IsoDate, Locale, PaymentMethod } from './types.ts';

/** The stay the guest asked for: what is checked, held and booked. */
export interface StayAsked {
  roomType: string | null;
  arrival: IsoDate;
  nights: number;
  rooms: number;
}

export interface BookingAsked extends StayAsked {
  guestName: string | null;
  nameRecordingUrl: string | null;
  payment: PaymentMethod;
  callback: string;
  locale: Locale;
  /** Hotel time "HH:mm" on the arrival date until which the reservation is held. */
  holdUntil: string;
  /** A text conversation's reply is its written confirmation; a call's is queued as a text. */
  channel: CallContext['channel'];
  /** The nightly rate the caller was read back (CallContext.quotedRate); absent: the rate now. */
  rate?: number;
  /** A late arrival said along the way (CallContext.lateArrival, "HH:mm"): the reservation keeps it for the night desk. */
  expectedArrival?: string;
  /** Special requests said along the way (CallContext.requests): the reservation keeps them for the desk, which confirms them. */
  requests?: SpecialRequest[];
}

export interface CallbackAsked {
  /** Keep the call's hold this many minutes past now for the desk's callback (hotel setting); null: release it with the call. */
  keepHoldMinutes: number | null;
  /** Where staff call back: the number given, else the calling number, else Twilio's caller ID as is. */
  number: string;
  locale: Locale;
  reason: string;
  recordingUrl: string | null;
  /** What the call had collected, for staff. */
  partial: Record<string, unknown>;
}

/** Each effect by its action name, with its parameters. */
export interface EffectParams {
  checkAndHold: StayAsked;
  book: BookingAsked;
  /** `keep`: the hold stays for the desk's callback (the hotel's `callbackHoldMinutes`), so nothing is released. */
  releaseHold: { keep: boolean } | undefined;
  requestCallback: CallbackAsked;
  findCallerReservations: { number: string | null; today: IsoDate };
  /**
   * By confirmation number, opened at once only from the reservation's own `number`, else with
   * its `lastName` (flows/reservation-proof.ts); or by the last name on a reservation made from
   * (or for) `number`.
   */
  findReservation: { confirmation: string; number: string | null; lastName?: string } | { lastName: string; number: string | null; today: IsoDate };
  cancelReservation: { reservationId: number | null; channel: CallContext['channel'] };
  /**
   * Text a reservation to its own callback number, never to the number calling (flows/text-asked.ts):
   * `resend`, a reservation heard, texted again; else the one just booked, whose text is already
   * written (told where it went, not written twice).
   */
  textReservation: { reservationId: number | null; resend: boolean };
  /** "Any room" at the room-type question: how many rooms of each type are free on these nights (flows/any-room.ts). */
  findFreeTypes: { arrival: IsoDate; nights: number };
  /**
   * A reservation's new stay (flows/stay-change.ts): `apply` false, only checked (free, its own rooms
   * counted as free, and its new hold), nothing written; true, changed, and its text written.
   */
  changeStay: StayChangeAsked;
}

export interface StayChangeAsked {
  reservationId: number;
  arrival: IsoDate;
  nights: number;
  rooms: number;
  apply: boolean;
  /**
   * Changed in a text conversation: the number texting. Its reply is the change's confirmation in
   * writing (the new details), so the `booking_changed` text goes only to a reservation whose texts
   * go to another number. Null: a call; the text goes to the reservation's number, as always.
   */
  textedFrom: string | null;
  /**
   * The stay as the caller heard it when the reservation was found: the change is refused (the
   * desk's) when the reservation is no longer so, as the desk may have changed it meanwhile.
   */
  was: { arrival: IsoDate; nights: number; rooms: number; roomType: string };
  /**
   * The language the caller chose in this call, when not the hotel's greeting's: the reservation's
   * texts (the change's among them) go in it from now on. Null: the reservation's as the desk set it.
   */
  textsIn?: Locale | null;
}

export type EffectName = keyof EffectParams;
export const EFFECT_NAMES: readonly EffectName[] = [
  'checkAndHold',
  'book',
  'releaseHold',
  'requestCallback',
  'findCallerReservations',
  'findReservation',
  'cancelReservation',
  'textReservation',
  'findFreeTypes',
  'changeStay',
];

/** The results fed back into the flow, as events (the service stamps the turn's time on them). */
export type EffectResultEvent =
  | { type: 'inventory.checked'; held: boolean; holdExpiresAt: string | null; offer: OfferOption[] | null; at: string }
  | { type: 'inventory.booked'; confirmation: string | null; reservationId: number | null; offer: OfferOption[] | null; at: string }
  /** `more`: the number has more upcoming reservations than listed (a switchboard's); absent: false. */
  | { type: 'reservations.listed'; reservations: ReservationSummary[]; more?: boolean; at: string }
  /** `proofNeeded`: a confirmation number alone, not from the reservation's phone (or no such reservation): its last name is asked. */
  | { type: 'reservation.found'; found: ReservationSummary | null; proofNeeded?: boolean; at: string }
  | { type: 'reservation.cancelled'; cancelled: boolean; at: string }
  /** `last4`: of the reservation's own number, which the text went to (or would have). */
  | { type: 'reservation.texted'; reservationId: number | null; result: TextResult; last4: string | null; at: string }
  | { type: 'inventory.free'; free: FreeType[]; at: string }
  /**
   * A stay change checked (or made): `ok`, with its hold; else why not (`full`, with every type's
   * free rooms then; `same`, nothing differs; `notChangeable`, no longer booked).
   */
  | { type: 'stay.checked'; result: StayChangeResult; at: string };

export type StayChangeResult =
  | { ok: true; holdUntil: string; holdDate: IsoDate; total: number; texted?: TextResult; written?: ChangeInWriting }
  | { ok: false; why: 'full'; free: FreeType[] }
  | { ok: false; why: 'same' | 'notChangeable' };

/**
 * A change made by text: what its written confirmation says besides the stay, for the reply to
 * carry it (src/sms/texts/change-in-writing.ts): the new total, the hold as an instant, the requests noted.
 */
export interface ChangeInWriting {
  total: number;
  currency: string;
  holdAt: string;
  specialRequests: string | null;
}

/** A room type and how many of its rooms are free for every night asked (held by others counted as taken). */
export interface FreeType {
  code: string;
  free: number;
}

/** What a text asked for came to: queued, or why not (texting off, the number opted out, too many texts to it). */
export type TextResult = 'sent' | 'off' | 'optedOut' | 'refused';

export function stayAsked(ctx: CallContext): StayAsked {
  return { roomType: ctx.roomType, arrival: ctx.arrival!, nights: ctx.nights!, rooms: ctx.rooms! };
}

/** The nights "any room" is looked up for: those asked, else the first (the rooms are counted by flows/any-room.ts). */
export function freeTypesAsked(ctx: CallContext): EffectParams['findFreeTypes'] {
  return { arrival: ctx.arrival!, nights: ctx.nights ?? 1 };
}

export function bookingAsked(ctx: CallContext): BookingAsked {
  return extend(stayAsked(ctx), {
    guestName: ctx.guestName,
    nameRecordingUrl: ctx.nameRecordingUrl,
    payment: ctx.payment!,
    callback: ctx.callback!,
    locale: ctx.locale,
    holdUntil: holdUntilTime(ctx),
    channel: ctx.channel,
    ...(ctx.quotedRate !== undefined ? { rate: ctx.quotedRate } : {}),
    ...(ctx.lateArrival !== undefined ? { expectedArrival: ctx.lateArrival } : {}),
    ...(ctx.requests?.length ? { requests: ctx.requests } : {}),
  });
}

/**
 * Whether the rooms a caller found stay held for the desk's callback (the hotel's
 * `callbackHoldMinutes`): only rooms actually held (a call past its hold limit, or whose number
 * holds rooms in another call, found rooms without holding them: src/inventory/inventory.ts).
 */
export function keepsHoldForCallback(ctx: CallContext): boolean {
  return ctx.held && ctx.holdExpiresAt !== null && (ctx.hotel.callbackHoldMinutes ?? 0) > 0;
}

export function callbackAsked(ctx: CallContext): CallbackAsked {
  return {
    keepHoldMinutes: keepsHoldForCallback(ctx) ? ctx.hotel.callbackHoldMinutes! : null,
    // A withheld caller ID is kept as Twilio gave it, so staff can see why they cannot call back.
    number: reachableNumber(ctx) ?? (ctx.caller || 'unknown'),
    locale: ctx.locale,
    reason: ctx.deskClosed ? `desk_closed:${ctx.transferReason ?? 'caller_asked'}` : (ctx.transferReason ?? 'caller_asked'),
    recordingUrl: ctx.messageUrl,
    partial: {
      arrival: ctx.arrival,
      roomType: ctx.roomType,
      rooms: ctx.rooms,
      nights: ctx.nights,
      guestName: ctx.guestName,
      nameRecordingUrl: ctx.nameRecordingUrl,
      payment: ctx.payment,
      held: ctx.held,
      holdExpiresAt: ctx.holdExpiresAt,
      dialStatus: ctx.dialStatus,
    },
  };
}

export function callerReservationsAsked(ctx: CallContext): EffectParams['findCallerReservations'] {
  return { number: callerNumber(ctx), today: ctx.today };
}

/** What the guest gave to find their reservation: a confirmation number (with its last name), or a last name. */
export function reservationAsked(ctx: CallContext): EffectParams['findReservation'] {
  const asked = ctx.lookupAsked;
  const number = callerNumber(ctx);
  if (asked !== null && typeof asked === 'object' && 'confirmation' in asked) return { confirmation: asked.confirmation, lastName: asked.lastName, number };
  if (asked !== null && typeof asked === 'object' && 'lastName' in asked) return { lastName: asked.lastName, number, today: ctx.today };
  return { confirmation: String(asked), number };
}
