// A reservation's stay changed by the guest on the phone (flows/stay-change.ts), on the turn's
// transaction: checked first with nothing written (the change made in a savepoint, then undone),
// so the caller hears the new stay and its hold before saying yes; then made, checked again the
// same way (inventory/reservation-change.ts: its own rooms count as free, the type's rows locked,
// never overbooked), with the one `booking_changed` text to the guest. Only the arrival, the
// nights and the rooms change here; the type, the name, the payment and the number stay as booked.

import type { EffectParams, EffectResultEvent, StayChangeResult, TextResult } from '../../flows/effects.ts';
import { hotelWallClock } from '../../flows/hotel-time.ts';
import type { PaymentMethod } from '../../flows/types.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { changeStay } from '../inventory/reservation-change.ts';
import type { StayChangeResult as InventoryResult } from '../inventory/reservation-change.ts';
import { Outbox } from '../messaging/outbox.ts';
import type { Sql } from '../storage/sql.ts';

/** Thrown to undo a check's savepoint: carries what the change would have come to. */
class Undone extends Error {
  constructor(readonly result: InventoryResult) {
    super('stay change only checked');
  }
}

interface Row {
  room_type_id: number;
  arrival: string;
  nights: number;
  rooms: number;
  guest_name: string | null;
  payment_method: PaymentMethod;
  callback_number: string;
  special_requests: string | null;
}

/**
 * Checks (`apply` false) or makes the change. `textingOn`: whether texts go out at all for the
 * property; the text is written only for a change made, and says why not when it is not sent.
 */
export async function changeStayByPhone(
  tx: Sql,
  hotel: LoadedHotel,
  asked: EffectParams['changeStay'],
  now: Date,
  at: string,
  textingOn: boolean,
): Promise<EffectResultEvent> {
  const result = await changedOrChecked(tx, hotel, asked, now);
  return { type: 'stay.checked', result: result.ok && asked.apply ? { ...result, texted: await text(tx, hotel, asked.reservationId, now, textingOn) } : result, at };
}

async function changedOrChecked(tx: Sql, hotel: LoadedHotel, asked: EffectParams['changeStay'], now: Date): Promise<StayChangeResult> {
  const row = await tx.get<Row>(
    `SELECT room_type_id, arrival, nights, rooms, guest_name, payment_method, callback_number, special_requests FROM reservations WHERE id = ? AND hotel_id = ?${tx.dialect.forUpdate}`,
    [asked.reservationId, hotel.id],
  );
  const roomType = row ? [...hotel.roomTypeIds].find(([, id]) => id === Number(row.room_type_id))?.[0] : undefined;
  if (!row || roomType === undefined || !asHeard(row, roomType, asked.was)) return { ok: false, why: 'notChangeable' };
  const clock = hotelWallClock(now, hotel.info.timezone);
  const change = {
    reservationId: asked.reservationId,
    hotel,
    roomType,
    arrival: asked.arrival,
    nights: asked.nights,
    rooms: asked.rooms,
    guestName: row.guest_name,
    paymentMethod: row.payment_method,
    callbackNumber: row.callback_number,
    specialRequests: row.special_requests ? row.special_requests.split(',') : [],
    // The language chosen in this call, with a change of the stay (never a change of it alone: "the same stay" stays that).
    ...(asked.textsIn && !sameStay(row, asked) ? { locale: asked.textsIn } : {}),
    today: clock.date,
    timeOfDay: clock.time,
    now,
  };
  const outcome = asked.apply ? await changeStay(tx, change) : await checkOnly(tx, (sp) => changeStay(sp, change));
  if (!outcome.ok) return outcome.why === 'no_rooms' ? { ok: false, why: 'full', free: outcome.freeByType } : { ok: false, why: outcome.why === 'nothing' ? 'same' : 'notChangeable' };
  const hold = hotelWallClock(outcome.after.holdUntil, hotel.info.timezone);
  return { ok: true, holdUntil: hold.time, holdDate: hold.date };
}

function sameStay(row: Row, asked: EffectParams['changeStay']): boolean {
  return row.arrival === asked.arrival && Number(row.nights) === asked.nights && Number(row.rooms) === asked.rooms;
}

/**
 * Whether the reservation is still the stay the caller was read when it was found. The desk may
 * have changed it since (round 31): the caller's yes, to figures of before, would silently undo
 * the desk's change (2 rooms given back to 1, made 2 again); such a change is the desk's.
 */
function asHeard(row: Row, roomType: string, was: EffectParams['changeStay']['was']): boolean {
  return row.arrival === was.arrival && Number(row.nights) === was.nights && Number(row.rooms) === was.rooms && roomType === was.roomType;
}

/** What `run` comes to, run in a savepoint that is then undone: nothing it wrote stays. */
async function checkOnly(tx: Sql, run: (sp: Sql) => Promise<InventoryResult>): Promise<InventoryResult> {
  try {
    await tx.transaction(async (sp) => {
      throw new Undone(await run(sp));
    });
  } catch (err) {
    if (err instanceof Undone) return err.result;
    throw err;
  }
  throw new Error('unreachable: a check always undoes its savepoint');
}

/**
 * The one text with the new details (an earlier change's unsent text withdrawn), written as a
 * booking's confirmation is, whether or not texts go out yet; what the caller is told of it.
 */
async function text(tx: Sql, hotel: LoadedHotel, reservationId: number, now: Date, textingOn: boolean): Promise<TextResult> {
  const outbox = new Outbox(tx);
  const { status } = (await outbox.get(await outbox.enqueueReservationChange(reservationId, hotel.info, now)))!;
  return !textingOn ? 'off' : status === 'suppressed' ? 'optedOut' : status === 'failed' ? 'refused' : 'sent';
}
