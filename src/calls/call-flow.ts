// The effects the call flow asks for (flows/effects.ts), performed: the one place where the pure
// flow meets the inventory, the reservations and the callback queue. Each runs on the turn's
// transaction (see call-service.ts) and answers with the result event the flow waits for.

import type { OfferOption } from '../../flows/call-context.ts';
import { callMachine } from '../../flows/call-machine.ts';
import { EFFECT_NAMES } from '../../flows/effects.ts';
import type { EffectName, EffectParams, EffectResultEvent, FreeType, StayAsked } from '../../flows/effects.ts';
import type { FlowAction } from '../../flows/settle.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { deadlineFrom, holdDeadline } from '../inventory/hold-deadline.ts';
import { Inventory } from '../inventory/inventory.ts';
import { Outbox } from '../messaging/outbox.ts';
import type { Sql } from '../storage/sql.ts';
import { CallbackRequests } from './callback-requests.ts';
import { LookupGuesses } from './lookup-guesses.ts';
import type { LookupRefusal } from './lookup-guesses.ts';
import { ReservationLookup } from './reservation-lookup.ts';
import { changeStayByPhone } from './stay-change.ts';

/** The flow itself: built once; its effects are read from each transition, not provided. */
export const callFlow = callMachine;
export type CallFlow = typeof callFlow;

export interface CallEffectsDeps {
  holdMinutes: number;
  newConfirmation: () => string;
  /** Told of every reservation made or cancelled, inside the same transaction (the written confirmation). */
  onReservationChange: (
    tx: Sql,
    reservationId: number,
    hotel: LoadedHotel,
    change: 'booking_confirmed' | 'booking_cancelled',
    now: Date,
    channel: 'voice' | 'sms',
  ) => Promise<void>;
  /**
   * Whether texts go out at all for this property (the Twilio settings, a number to send from):
   * when not, a text asked for on the phone is not written, and the caller is told. Absent: on.
   */
  textingOn?: (hotel: LoadedHotel) => boolean;
  /** Told of a reservation lookup not made because too many found nothing (lookup-guesses.ts): the log's warning. */
  onLookupRefused?: (hotel: LoadedHotel, callSid: string, why: Exclude<LookupRefusal, null>) => void;
}


/** Keys 1..8 can take an alternative; 9 is "other dates". */
const MAX_OPTIONS = 8;

const EFFECTS: ReadonlySet<string> = new Set(EFFECT_NAMES);

export function isEffect(action: FlowAction): action is { type: EffectName; params: EffectParams[EffectName] } {
  return EFFECTS.has(action.type);
}

/** Room type id → code, per property (built once per loaded hotel). */
const CODES_BY_ID = new WeakMap<LoadedHotel, Map<number, string>>();

function codeOf(hotel: LoadedHotel, roomTypeId: number): string | undefined {
  let codes = CODES_BY_ID.get(hotel);
  if (!codes) {
    codes = new Map([...hotel.roomTypeIds].map(([code, id]) => [id, code]));
    CODES_BY_ID.set(hotel, codes);
  }
  return codes.get(roomTypeId);
}

function typeIdOf(hotel: LoadedHotel, code: string | null): number | undefined {
  return code === null ? undefined : hotel.roomTypeIds.get(code);
}

export class CallEffects {
  constructor(private readonly deps: CallEffectsDeps) {}

  /**
   * Performs one action of a transition on `tx`, for call `callSid` to property `hotel`, at the
   * turn's time `at`: the result event for an effect that has one, null otherwise (and for any
   * other action). Everything it reads or writes is that property's.
   */
  async perform(tx: Sql, hotel: LoadedHotel, callSid: string, action: FlowAction, at: string): Promise<EffectResultEvent | null> {
    if (!isEffect(action)) return null;
    const now = new Date(at);
    switch (action.type) {
      case 'checkAndHold':
        return this.#checkAndHold(tx, hotel, callSid, action.params as EffectParams['checkAndHold'], now, at);
      case 'book':
        return this.#book(tx, hotel, callSid, action.params as EffectParams['book'], now, at);
      case 'releaseHold':
        if (!(action.params as EffectParams['releaseHold'])?.keep) await new Inventory(tx).releaseHolds(callSid, now);
        return null;
      case 'requestCallback': {
        const asked = action.params as EffectParams['requestCallback'];
        // The hotel keeps the rooms for the desk's callback: staff see until when.
        const keptUntil = asked.keepHoldMinutes
          ? await new Inventory(tx).keepHold(callSid, now, new Date(now.getTime() + asked.keepHoldMinutes * 60_000))
          : null;
        await new CallbackRequests(tx).add(callSid, hotel.id, keptUntil ? { ...asked, partial: { ...asked.partial, holdExpiresAt: keptUntil } } : asked, at);
        return null;
      }
      case 'findCallerReservations': {
        const p = action.params as EffectParams['findCallerReservations'];
        const { reservations, more } = await this.#lookup(tx, hotel).listedFor(p.number ?? '', p.today, now);
        return { type: 'reservations.listed', reservations, more, at };
      }
      case 'findReservation': {
        const p = action.params as EffectParams['findReservation'];
        // Guessing is counted across calls and texts: past the limits, nothing is looked up (lookup-guesses.ts).
        const guesses = new LookupGuesses(tx, hotel.id);
        const caller = await guesses.callerOf(callSid);
        const refused = await guesses.refusal(caller, now);
        if (refused) {
          this.deps.onLookupRefused?.(hotel, callSid, refused);
          // A confirmation number alone is still asked its last name: past the limits too, the words are the same.
          return { type: 'reservation.found', found: null, proofNeeded: 'confirmation' in p && p.lastName === undefined, at };
        }
        const lookup = this.#lookup(tx, hotel);
        if ('confirmation' in p) {
          // Opened at once from the reservation's own phone; from another, with the last name on it (flows/reservation-proof.ts).
          const spent = (id: number) => guesses.namesSpent(id, now);
          const { found, proofNeeded, missed, reservationId } = await lookup.byConfirmationFor(p.confirmation, p.number, p.lastName ?? null, now, spent);
          // A wrong last name counts against the reservation too; a number that does not exist, against none.
          if (missed) await guesses.missed(caller, now, p.lastName !== undefined ? reservationId : null, reservationId === null ? p.confirmation : null);
          // A number that does not exist, said with its last name in one answer (at the greeting): no
          // step asked for it alone and counted it, so it is counted here, once (migration 20).
          const unknownWithName = p.lastName !== undefined && reservationId === null && !found;
          if (unknownWithName && !(await guesses.triedUnknown(caller, p.confirmation, now))) await guesses.missed(caller, now, null, p.confirmation);
          return { type: 'reservation.found', found, proofNeeded, at };
        }
        const found = await lookup.byCallerAndLastName(p.number ?? '', p.lastName, p.today, now);
        if (!found) await guesses.missed(caller, now);
        return { type: 'reservation.found', found, at };
      }
      case 'cancelReservation': {
        const { reservationId, channel } = action.params as EffectParams['cancelReservation'];
        const cancelled = reservationId !== null && (await new Inventory(tx).cancel(reservationId, now));
        if (cancelled) await this.deps.onReservationChange(tx, reservationId, hotel, 'booking_cancelled', now, channel);
        return { type: 'reservation.cancelled', cancelled, at };
      }
      case 'textReservation': {
        const { reservationId, resend } = action.params as EffectParams['textReservation'];
        return this.#textReservation(tx, hotel, reservationId, resend, now, at);
      }
      case 'findFreeTypes': {
        // "Any room": every type's free rooms on those nights (this call's own hold not counted against it).
        return { type: 'inventory.free', free: await this.#freeTypes(tx, hotel, callSid, action.params as EffectParams['findFreeTypes'], now), at };
      }
      case 'changeStay':
        // The guest's own change of their stay (flows/stay-change.ts): checked, then made.
        return changeStayByPhone(tx, hotel, action.params as EffectParams['changeStay'], now, at, this.deps.textingOn?.(hotel) ?? true);
    }
  }

  /**
   * The reservation found, texted again to its own callback number (never the number calling), by
   * the outbox the booking's text takes; not written when texting is off.
   */
  async #textReservation(tx: Sql, hotel: LoadedHotel, reservationId: number | null, resend: boolean, now: Date, at: string): Promise<EffectResultEvent> {
    if (reservationId === null) return { type: 'reservation.texted', reservationId, result: 'refused', last4: null, at };
    if (this.deps.textingOn && !this.deps.textingOn(hotel)) return { type: 'reservation.texted', reservationId, result: 'off', last4: null, at };
    const outbox = new Outbox(tx);
    // Just booked: its confirmation text was written with the booking (idempotent: the same row).
    const id = resend
      ? await outbox.enqueueReservationAgain(reservationId, hotel.info, now)
      : await outbox.enqueueReservationMessage(reservationId, 'booking_confirmed', hotel.info, now);
    const { status, toNumber } = (await outbox.get(id))!;
    const result = status === 'suppressed' ? 'optedOut' : status === 'failed' ? 'refused' : 'sent';
    return { type: 'reservation.texted', reservationId, result, last4: toNumber.replace(/\D/g, '').slice(-4) || null, at };
  }

  #lookup(tx: Sql, hotel: LoadedHotel): ReservationLookup {
    return new ReservationLookup(tx, hotel.id, hotel.info.timezone);
  }

  async #checkAndHold(tx: Sql, hotel: LoadedHotel, callSid: string, stay: StayAsked, now: Date, at: string): Promise<EffectResultEvent> {
    const inventory = new Inventory(tx);
    const roomTypeId = typeIdOf(hotel, stay.roomType);
    if (roomTypeId !== undefined) {
      const result = await inventory.checkAndHold({
        callSid,
        roomTypeId,
        arrival: stay.arrival,
        nights: stay.nights,
        rooms: stay.rooms,
        now,
        holdMinutes: this.deps.holdMinutes,
      });
      if (result.held) return { type: 'inventory.checked', held: true, holdExpiresAt: result.expiresAt, offer: null, at };
    } else {
      await inventory.releaseHolds(callSid, now);
    }
    return { type: 'inventory.checked', held: false, holdExpiresAt: null, offer: await this.#alternatives(tx, hotel, callSid, stay, now), at };
  }

  async #book(tx: Sql, hotel: LoadedHotel, callSid: string, asked: EffectParams['book'], now: Date, at: string): Promise<EffectResultEvent> {
    const type = hotel.info.roomTypes.find((t) => t.code === asked.roomType);
    const roomTypeId = typeIdOf(hotel, asked.roomType);
    if (type && roomTypeId !== undefined) {
      const result = await new Inventory(tx).book({
        callSid,
        hotelId: hotel.id,
        roomTypeId,
        arrival: asked.arrival,
        nights: asked.nights,
        rooms: asked.rooms,
        // The rate the caller was read back, should the hotel file have changed it since.
        rate: asked.rate ?? type.rate,
        currency: hotel.info.currency,
        guestName: asked.guestName,
        nameRecordingUrl: asked.nameRecordingUrl,
        paymentMethod: asked.payment,
        callbackNumber: asked.callback,
        locale: asked.locale,
        holdUntil: deadlineFrom(now, holdDeadline(asked.arrival, asked.holdUntil, hotel.info.timezone)),
        expectedArrival: asked.expectedArrival ?? null,
        specialRequests: asked.requests ?? [],
        now,
        newConfirmation: this.deps.newConfirmation,
      });
      if (result.ok) {
        await this.deps.onReservationChange(tx, result.reservationId, hotel, 'booking_confirmed', now, asked.channel);
        return { type: 'inventory.booked', confirmation: result.confirmation, reservationId: result.reservationId, offer: null, at };
      }
    }
    return { type: 'inventory.booked', confirmation: null, reservationId: null, offer: await this.#alternatives(tx, hotel, callSid, asked, now), at };
  }

  /** Every active type's rooms free for the whole stay, by code, in the inventory's order (this call's own hold not counted against it). */
  async #freeTypes(tx: Sql, hotel: LoadedHotel, callSid: string, stay: { arrival: string; nights: number }, now: Date): Promise<FreeType[]> {
    const ids = hotel.info.roomTypes.map((t) => typeIdOf(hotel, t.code)).filter((id): id is number => id !== undefined);
    const free = await new Inventory(tx).alternatives({
      roomTypeIds: ids,
      arrival: stay.arrival,
      nights: stay.nights,
      now,
      excludeCallSid: callSid,
    });
    return free.flatMap(({ roomTypeId, free: n }) => {
      const code = codeOf(hotel, roomTypeId);
      return code ? [{ code, free: n }] : [];
    });
  }

  /** What can be offered instead of the stay asked for: other types with enough rooms, or fewer rooms. */
  async #alternatives(tx: Sql, hotel: LoadedHotel, callSid: string, stay: StayAsked, now: Date): Promise<OfferOption[]> {
    const options: OfferOption[] = [];
    for (const { code, free: n } of await this.#freeTypes(tx, hotel, callSid, stay, now)) {
      if (code === stay.roomType) {
        // The type asked for, fewer rooms: the nearest to what was asked, so first (said right after
        // "we don't have 3 Standard rooms", "Just 1 left" is clear; at its place by price it came
        // after other types, a "1 left" of nothing named, or was cut off the three for dearer ones).
        if (n > 0 && n < stay.rooms) options.unshift({ kind: 'fewerRooms', rooms: n });
      } else if (n >= stay.rooms) {
        options.push({ kind: 'roomType', code, free: n });
      }
    }
    return options.slice(0, MAX_OPTIONS);
  }
}
