// A reservation the front desk makes in the staff console (a caller handed over, a callback due):
// booked through the same inventory as a call's booking (Inventory.book: the re-check and the
// write in one transaction, the room type locked, so the hotel is never overbooked), with the
// same confirmation number and the same hold deadline (the hotel's holdUntil, per payment method
// when set; the end of the day for tonight past that time).

import { randomBytes } from 'node:crypto';
import { holdUntilTime } from '../../flows/hold-time.ts';
import type { IsoDate, Locale, PaymentMethod } from '../../flows/types.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import type { Sql } from '../storage/sql.ts';
import { deadlineFrom, holdDeadline } from './hold-deadline.ts';
import { Inventory } from './inventory.ts';

export interface DeskBooking {
  hotel: LoadedHotel;
  /** The room type's code in the hotel file. */
  roomType: string;
  arrival: IsoDate;
  nights: number;
  rooms: number;
  guestName: string;
  paymentMethod: PaymentMethod;
  /** E.164. */
  callbackNumber: string;
  /** The language of the guest's written confirmation. */
  locale: Locale;
  /** Hotel time "HH:mm" the guest expects to arrive, or null: not said. */
  expectedArrival: string | null;
  /** What the guest asked for (flows/special-requests.ts codes), for the desk to confirm. */
  specialRequests?: readonly string[];
  /**
   * The call the booking is for (the desk booking for a caller the line handed over): the
   * reservation is linked to it, and that call's own live hold (one kept for the desk's callback)
   * counts as its own. Null: a reservation of its own, linked to no call.
   */
  callSid: string | null;
  /** The hotel's date and wall-clock time ("HH:mm") at `now`. */
  today: IsoDate;
  timeOfDay: string;
  now: Date;
  newConfirmation: () => string;
}

export type DeskBookingResult =
  | { ok: true; reservationId: number; confirmation: string; total: number; holdUntil: string }
  /** Not enough rooms of the type: how many are free, and what every active type has free for the stay. */
  | { ok: false; free: number; freeByType: { code: string; free: number }[] };

/** The instant the reservation is held until, as a call's booking gets it. */
export function deskHoldDeadline(b: Pick<DeskBooking, 'hotel' | 'paymentMethod' | 'arrival' | 'today' | 'timeOfDay' | 'now'>): string {
  const time = holdUntilTime({ hotel: b.hotel.info, payment: b.paymentMethod, arrival: b.arrival, today: b.today, timeOfDay: b.timeOfDay });
  return deadlineFrom(b.now, holdDeadline(b.arrival, time, b.hotel.info.timezone));
}

/**
 * Books on `tx` (the staff action's transaction, so the audit entry is written with it, or not at
 * all). A stay without enough free rooms writes nothing and says what is free instead.
 */
export async function bookAtDesk(tx: Sql, b: DeskBooking): Promise<DeskBookingResult> {
  const type = b.hotel.info.roomTypes.find((t) => t.code === b.roomType);
  const roomTypeId = b.hotel.roomTypeIds.get(b.roomType);
  if (!type || roomTypeId === undefined) throw new RangeError(`no active room type ${b.roomType} at hotel ${b.hotel.id}`);
  const inventory = new Inventory(tx);
  const holdUntil = deskHoldDeadline(b);
  // Inventory.book needs a key for the holds it counts as the booking's own and releases; a
  // booking for no call has none, so a key no hold can carry, and the reservation names no call.
  const key = b.callSid ?? `DESK${randomBytes(16).toString('hex')}`;
  const result = await inventory.book({
    callSid: key,
    hotelId: b.hotel.id,
    roomTypeId,
    arrival: b.arrival,
    nights: b.nights,
    rooms: b.rooms,
    rate: type.rate,
    currency: b.hotel.info.currency,
    guestName: b.guestName,
    nameRecordingUrl: null,
    paymentMethod: b.paymentMethod,
    callbackNumber: b.callbackNumber,
    locale: b.locale,
    holdUntil,
    expectedArrival: b.expectedArrival,
    specialRequests: b.specialRequests,
    now: b.now,
    newConfirmation: b.newConfirmation,
  });
  if (!result.ok) return { ok: false, free: result.free, freeByType: await freeByType(inventory, b) };
  if (b.callSid === null) await tx.run('UPDATE reservations SET call_sid = NULL WHERE id = ?', [result.reservationId]);
  return { ok: true, reservationId: result.reservationId, confirmation: result.confirmation, total: result.total, holdUntil };
}

/** Free rooms of each active type for the whole stay, in the order callers hear them (highest rate first). */
export async function freeByType(inventory: Inventory, b: Pick<DeskBooking, 'hotel' | 'arrival' | 'nights' | 'now'>): Promise<{ code: string; free: number }[]> {
  const types = b.hotel.info.roomTypes.filter((t) => b.hotel.roomTypeIds.has(t.code));
  const free = await inventory.alternatives({ roomTypeIds: types.map((t) => b.hotel.roomTypeIds.get(t.code)!), arrival: b.arrival, nights: b.nights, now: b.now });
  return types.map((t, i) => ({ code: t.code, free: free[i]!.free }));
}
