// A booking cut off: what the caller's last call from this number understood, when it ended
// minutes ago without a reservation (hung up, or the line dropped) and had an arrival still to
// come. Read from that call's stored snapshot (call-snapshot.ts's JSON), so nothing new is stored;
// the new call offers to go on with it (flows/resume-booking.ts). Only this property's calls, and
// only by voice: a withheld number matches nobody, nor does a caller ID that is no phone number
// (Twilio's stand-ins for a withheld one, such as +266696687, "ANONYMOUS" on a keypad, are many
// callers'). Caller ID is easy to fake, so the stay is all that is taken up: rooms and dates, which
// the offer says anyway; the guest's name and how they pay are asked again, or a faked caller ID
// heard them in the read-back (round 29, test/security/resumed-booking-caller-id.test.ts). They are held
// back instead, taken up only when the caller says the same name again (flows/resumed-details.ts).

import type { ResumeHeld, Slots } from '../../flows/call-context.ts';
import { PAYMENT_METHODS } from '../../flows/types.ts';
import type { Sql } from '../storage/sql.ts';
import { identifiesCaller } from './caller-history.ts';

/** How long after the hang-up a call back still picks the booking up. */
export const RESUME_WITHIN_MINUTES = 15;

/** A call that ended so: the caller was not done. */
const CUT_OFF = ['abandoned', 'regret'];

interface StoredStay {
  locale?: unknown;
  today?: unknown;
  arrival?: unknown;
  nights?: unknown;
  rooms?: unknown;
  roomType?: unknown;
  confirmation?: unknown;
  guestName?: unknown;
  payment?: unknown;
  card?: unknown;
  callback?: unknown;
}

export interface ResumableBooking {
  slots: Slots;
  locale: 'en-US' | 'es-MX' | null;
  /** The name, payment and number it heard: held back, never said, until the caller says that name (flows/resumed-details.ts). */
  held: ResumeHeld | null;
}

/** The booking the caller's previous call left unfinished, or null. `now`: ISO time; `today`: the hotel's date. */
export async function resumableBooking(
  sql: Sql,
  call: { from: string; hotelId: number; callSid: string },
  now: string,
  today: string,
): Promise<ResumableBooking | null> {
  if (!identifiesCaller(call.from)) return null;
  const since = new Date(Date.parse(now) - RESUME_WITHIN_MINUTES * 60_000).toISOString();
  const last = await sql.get<{ outcome: string | null; status: string | null; ended_at: string | null; reservation_id: number | null; snapshot_json: string }>(
    `SELECT outcome, status, ended_at, reservation_id, snapshot_json FROM calls
     WHERE from_number = @from AND hotel_id = @hotelId AND call_sid != @callSid AND channel = 'voice'
     ORDER BY started_at DESC LIMIT 1`,
    { from: call.from, hotelId: call.hotelId, callSid: call.callSid },
  );
  if (!last || last.reservation_id !== null || !last.ended_at || last.ended_at < since || !CUT_OFF.includes(last.outcome ?? '')) return null;
  // Ended by the sweep (Twilio's status callback lost): its ended_at is the sweep's, and the caller
  // went quiet STALE_CALL_MINUTES (30) before it, so the booking is older than the offer allows.
  if (last.status === 'expired') return null;
  return stayOf(last.snapshot_json, today);
}

/** The stay a stored snapshot holds, when it has an arrival not yet past and nothing booked. */
function stayOf(json: string, today: string): ResumableBooking | null {
  let ctx: StoredStay;
  try {
    ctx = (JSON.parse(json) as { context?: StoredStay }).context ?? {};
  } catch {
    return null;
  }
  if (typeof ctx.arrival !== 'string' || ctx.arrival < today || ctx.confirmation) return null;
  const slots: Slots = { arrival: ctx.arrival };
  if (typeof ctx.nights === 'number') slots.nights = ctx.nights;
  if (typeof ctx.rooms === 'number') slots.rooms = ctx.rooms;
  if (typeof ctx.roomType === 'string') slots.roomType = ctx.roomType;
  const locale = ctx.locale === 'en-US' || ctx.locale === 'es-MX' ? ctx.locale : null;
  return { slots, locale, held: heldBack(ctx) };
}

/** The guest details the snapshot holds, when it holds a name: the one thing the caller must say again to have them. */
function heldBack(ctx: StoredStay): ResumeHeld | null {
  if (typeof ctx.guestName !== 'string' || ctx.guestName.trim() === '') return null;
  return {
    name: ctx.guestName,
    payment: (PAYMENT_METHODS as readonly unknown[]).includes(ctx.payment) ? (ctx.payment as ResumeHeld['payment']) : null,
    card: ctx.card === true,
    callback: typeof ctx.callback === 'string' ? ctx.callback : null,
  };
}
