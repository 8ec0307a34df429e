// A reservation's stay changed by the guest on the phone (flows/stay-change.ts), on the turn's
// transaction: checked first with nothing written (the change made in a savepoint, then undone),
// so the caller hears the new stay and its hold before saying yes; then made, checked again the
// same way (inventory/reservation-change.ts: its own rooms count as free, the type's rows locked,
// never overbooked), with the one `booking_changed` text to the guest — by text, the reply in the
// conversation is that confirmation, and the text goes only to a reservation's other number. Only
// the arrival, the nights and the rooms change here; the type, the name, the payment and the
// number stay as booked.

import type { ChangeInWriting, EffectParams, EffectResultEvent, StayChangeResult, TextResult } from '../../flows/effects.ts';
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
  const checked = await changedOrChecked(tx, hotel, asked, now);
  if (!checked.ok || !asked.apply) return { type: 'stay.checked', result: checked.result, at };
  const { result, row } = checked;
  if (asked.textedFrom === null) return { type: 'stay.checked', result: { ...result, texted: await text(tx, hotel, asked.reservationId, now, textingOn) }, at };
  // By text: the reply is the confirmation in writing. An earlier change's text not yet gone would
  // now tell the guest a stay that no longer is: withdrawn; the reservation's own number, when it is
  // not the one texting, is still told (anyone with the confirmation number may text a change).
  let texted: TextResult | undefined;
  if (sameNumber(row.callback_number, asked.textedFrom)) await new Outbox(tx).withdraw({ reservationId: asked.reservationId, kind: 'booking_changed' }, REPLIED, now);
  else texted = await text(tx, hotel, asked.reservationId, now, textingOn);
  const written: ChangeInWriting = { total: result.total, currency: hotel.info.currency, holdAt: checked.holdAt, specialRequests: row.special_requests };
  return { type: 'stay.checked', result: { ...result, ...(texted ? { texted } : {}), written }, at };
}

/** Why an unsent change's text is withdrawn when a later change is made by text. */
const REPLIED = 'a later change was made by text, and its reply gave the new details';

/** Whether two numbers are one ("+1 212…", "whatsapp:+1212…"): by their digits. */
function sameNumber(a: string, b: string): boolean {
  const digits = (n: string) => n.replace(/\D/g, '');
  return digits(a) !== '' && digits(a) === digits(b);
}

type Checked =
  | { ok: false; result: StayChangeResult }
  | { ok: true; result: Extract<StayChangeResult, { ok: true }>; row: Row; holdAt: string };

async function changedOrChecked(tx: Sql, hotel: LoadedHotel, asked: EffectParams['changeStay'], now: Date): Promise<Checked> {
  const row = await tx.get<Row>(
    `SELECT room_type_id, arrival, nights, rooms, guest_name, payment_method, callback_number, special_requests FROM reservations WHERE id = ? AND hotel_id = ?${tx.dialect.forUpdate}`,
    [asked.reservationId, hotel.id],
  );
  const roomType = row ? [...hotel.roomTypeIds].find(([, id]) => id === Number(row.room_type_id))?.[0] : undefined;
  // Still the stay the caller was read when it was found (the desk may have changed it since: the
  // caller's yes, to figures of before, would silently undo the desk's change; round 31): else the desk's.
  if (!row || roomType === undefined || !sameStay(row, asked.was) || roomType !== asked.was.roomType) return { ok: false, result: { ok: false, why: 'notChangeable' } };
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
  if (!outcome.ok) {
    return { ok: false, result: outcome.why === 'no_rooms' ? { ok: false, why: 'full', free: outcome.freeByType } : { ok: false, why: outcome.why === 'nothing' ? 'same' : 'notChangeable' } };
  }
  const hold = hotelWallClock(outcome.after.holdUntil, hotel.info.timezone);
  return { ok: true, result: { ok: true, holdUntil: hold.time, holdDate: hold.date, total: outcome.after.total }, row, holdAt: outcome.after.holdUntil };
}

/** Whether the row is that stay (the arrival, the nights and the rooms). */
function sameStay(row: Row, stay: { arrival: string; nights: number; rooms: number }): boolean {
  return row.arrival === stay.arrival && Number(row.nights) === stay.nights && Number(row.rooms) === stay.rooms;
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
