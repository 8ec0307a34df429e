// When a guest expects to arrive (reservations.expected_arrival, migration 23): said on the call
// ("we get in around 11 pm": flows/late-arrival.ts keeps it as context.lateArrival, the read-back
// says until when the room is held) or typed by the clerk who books at the desk. Hotel time "HH:mm"
// on the arrival day; a time before 06:00 is the night after it (a guest "landing at 1:30"). The
// night clerk sees it on Arrivals, Not arrived and the reservation's page, and a guest expected
// after the hold ends comes first on Not arrived: Keep room is for them, before the hold runs out.

import type { EffectResultEvent } from '../../flows/effects.ts';
import { holdDeadline } from '../inventory/hold-deadline.ts';
import { addDaysIso } from '../inventory/stay.ts';
import type { Sql } from '../storage/sql.ts';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Before this hotel time, an expected arrival is the night after the arrival day's evening. */
const NIGHT_ENDS = '06:00';

/** The time if it is a hotel time "HH:mm" (00:00–23:59), else null. */
export function expectedArrivalOf(value: unknown): string | null {
  return typeof value === 'string' && TIME.test(value) ? value : null;
}

/**
 * The late arrival a call said, as the `book` effect's state had it: an executed action carries
 * the context it ran in (xstate's ExecutableActionObject `info.context`), so the flow's effect
 * parameters stay as they are.
 */
export function lateArrivalOf(action: unknown): string | null {
  const info = (action as { info?: { context?: { lateArrival?: unknown } } } | null)?.info;
  return expectedArrivalOf(info?.context?.lateArrival);
}

/**
 * For the `book` effect's result (src/calls/call-flow.ts): the reservation it made keeps the late
 * arrival said on the call. Nothing is written when none was said or nothing was booked.
 */
export function noteExpectedArrival(tx: Sql, action: unknown): (booked: EffectResultEvent) => Promise<EffectResultEvent> {
  return async (booked) => {
    const time = lateArrivalOf(action);
    if (time !== null && booked.type === 'inventory.booked' && booked.reservationId !== null) {
      await setExpectedArrival(tx, booked.reservationId, time);
    }
    return booked;
  };
}

/** Writes (or, with null, clears) a reservation's expected arrival. */
export async function setExpectedArrival(tx: Sql, reservationId: number, time: string | null): Promise<void> {
  await tx.run('UPDATE reservations SET expected_arrival = ? WHERE id = ?', [time === null ? null : expectedArrivalOf(time), reservationId]);
}

/** The instant a guest arriving on `arrival` expects to be in, in the property's zone. */
export function expectedInstant(arrival: string, time: string, timezone: string): string {
  return holdDeadline(time < NIGHT_ENDS ? addDaysIso(arrival, 1) : arrival, time, timezone);
}

/** Whether the guest expects to arrive after the reservation's hold ends: the desk keeps the room, or it is released first. */
export function expectedAfterHold(r: { arrival: string; expectedArrival: string | null; holdUntil: string }, timezone: string): boolean {
  return r.expectedArrival !== null && expectedInstant(r.arrival, r.expectedArrival, timezone) > r.holdUntil;
}

/** "~11:00 PM", "~1:30 AM": as a guest said it, near enough. */
export function expectedWords(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return `~${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}
