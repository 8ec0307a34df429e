// The call statechart with its inventory actions supplied: the one place where the pure flow
// meets SQLite. Each action runs inside the turn's transaction (see call-service.ts).

import { assign } from 'xstate';
import type { CallContext, CallEvent, OfferOption } from '../../flows/call-context.ts';
import { callMachine } from '../../flows/call-machine.ts';
import { holdUntilTime } from '../../flows/hold-time.ts';
import { callerNumber } from '../../flows/reading/guest-questions.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { holdDeadline } from '../inventory/hold-deadline.ts';
import type { Inventory } from '../inventory/inventory.ts';
import type { CallbackRequests } from './callback-requests.ts';
import type { ReservationLookup } from './reservation-lookup.ts';

export interface CallFlowDeps {
  inventory: Inventory;
  callbacks: CallbackRequests;
  reservations: ReservationLookup;
  /** Told of every reservation made or cancelled, inside the same transaction (the written confirmation). */
  onReservationChange: (reservationId: number, change: 'booking_confirmed' | 'booking_cancelled', now: Date, ctx: CallContext) => void;
  hotel: LoadedHotel;
  holdMinutes: number;
  newConfirmation: () => string;
}

/** Keys 1..8 can take an alternative; 9 is "other dates". */
const MAX_OPTIONS = 8;

type ActionArgs = { context: CallContext; event: CallEvent };

/** A deadline that passed while the guest was confirming (23:59 tonight) still holds the room an hour. */
function holdDeadlineAfter(now: Date, deadline: string): string {
  const floor = new Date(now.getTime() + 60 * 60 * 1000).toISOString();
  return deadline > now.toISOString() ? deadline : floor;
}

export function buildCallFlow(deps: CallFlowDeps) {
  const { inventory, hotel } = deps;
  const typeId = (code: string | null) => (code === null ? undefined : hotel.roomTypeIds.get(code));

  /** What can be offered instead of the stay asked for: other types with enough rooms, or fewer rooms. */
  const alternatives = (ctx: CallContext, now: Date): OfferOption[] => {
    const ids = ctx.hotel.roomTypes.map((t) => typeId(t.code)).filter((id): id is number => id !== undefined);
    const free = inventory.alternatives({
      roomTypeIds: ids,
      arrival: ctx.arrival!,
      nights: ctx.nights!,
      now,
      excludeCallSid: ctx.callSid,
    });
    const codeOf = new Map([...hotel.roomTypeIds].map(([code, id]) => [id, code]));
    const options: OfferOption[] = [];
    for (const { roomTypeId, free: n } of free) {
      const code = codeOf.get(roomTypeId);
      if (!code) continue;
      if (code === ctx.roomType) {
        if (n > 0 && n < (ctx.rooms ?? 1)) options.push({ kind: 'fewerRooms', rooms: n });
      } else if (n >= (ctx.rooms ?? 1)) {
        options.push({ kind: 'roomType', code, free: n });
      }
    }
    return options.slice(0, MAX_OPTIONS);
  };

  return callMachine.provide({
    actions: {
      checkAndHold: assign(({ context, event }: ActionArgs): Partial<CallContext> => {
        const now = new Date(event.at);
        const roomTypeId = typeId(context.roomType);
        if (roomTypeId !== undefined) {
          const result = inventory.checkAndHold({
            callSid: context.callSid,
            roomTypeId,
            arrival: context.arrival!,
            nights: context.nights!,
            rooms: context.rooms!,
            now,
            holdMinutes: deps.holdMinutes,
          });
          if (result.held) return { held: true, holdExpiresAt: result.expiresAt, offer: null };
        } else {
          inventory.releaseHolds(context.callSid, now);
        }
        return { held: false, holdExpiresAt: null, offer: alternatives(context, now) };
      }),

      book: assign(({ context, event }: ActionArgs): Partial<CallContext> => {
        const now = new Date(event.at);
        const type = context.hotel.roomTypes.find((t) => t.code === context.roomType);
        const roomTypeId = typeId(context.roomType);
        if (type && roomTypeId !== undefined) {
          const result = inventory.book({
            callSid: context.callSid,
            hotelId: hotel.id,
            roomTypeId,
            arrival: context.arrival!,
            nights: context.nights!,
            rooms: context.rooms!,
            rate: type.rate,
            currency: context.hotel.currency,
            guestName: context.guestName,
            nameRecordingUrl: context.nameRecordingUrl,
            paymentMethod: context.payment!,
            callbackNumber: context.callback!,
            locale: context.locale,
            holdUntil: holdDeadlineAfter(now, holdDeadline(context.arrival!, holdUntilTime(context), context.hotel.timezone)),
            now,
            newConfirmation: deps.newConfirmation,
          });
          if (result.ok) {
            deps.onReservationChange(result.reservationId, 'booking_confirmed', now, context);
            return { confirmation: result.confirmation, reservationId: result.reservationId, held: false, offer: null };
          }
        }
        return { confirmation: null, held: false, holdExpiresAt: null, offer: alternatives(context, now) };
      }),

      requestCallback: assign(({ context, event }: ActionArgs): Partial<CallContext> => {
        deps.callbacks.add(context, event.at);
        return { callbackRequested: true };
      }),

      findCallerReservations: assign(({ context, event }: ActionArgs): Partial<CallContext> => ({
        callerReservations: deps.reservations.byCaller(callerNumber(context) ?? '', context.today, new Date(event.at)),
      })),

      findReservation: assign(({ context, event }: ActionArgs): Partial<CallContext> => {
        const asked = context.lookupAsked;
        if (asked === null) return { found: null };
        if (typeof asked === 'object') return { found: context.callerReservations[asked.pick] ?? null };
        return { found: deps.reservations.byConfirmation(asked, new Date(event.at)) };
      }),

      cancelReservation: assign(({ context, event }: ActionArgs): Partial<CallContext> => {
        const now = new Date(event.at);
        if (!context.found || !inventory.cancel(context.found.id, now)) return {};
        deps.onReservationChange(context.found.id, 'booking_cancelled', now, context);
        return { found: { ...context.found, status: 'cancelled' } };
      }),

      releaseHold: assign(({ context, event }: ActionArgs): Partial<CallContext> => {
        inventory.releaseHolds(context.callSid, new Date(event.at));
        return { held: false, holdExpiresAt: null };
      }),
    },
  });
}

export type CallFlow = ReturnType<typeof buildCallFlow>;
