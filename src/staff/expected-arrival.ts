// When a guest expects to arrive (reservations.expected_arrival, migration 23): said on the call
// ("we get in around 11 pm": flows/late-arrival.ts keeps it as context.lateArrival, the read-back
// says until when the room is held, and the booking stores it: Inventory.book) or typed by the
// clerk who books at the desk. Hotel time "HH:mm" on the arrival day; a time before 06:00 is the
// night after it (a guest "landing at 1:30"). The night clerk sees it on Arrivals, Not arrived and
// the reservation's page, and a guest expected after the hold ends comes first on Not arrived:
// Keep room is for them, before the hold runs out.

import { holdDeadline } from '../inventory/hold-deadline.ts';
import { HOTEL_TIME } from '../inventory/inventory.ts';
import { addDaysIso } from '../inventory/stay.ts';

/** Before this hotel time, an expected arrival is the night after the arrival day's evening. */
const NIGHT_ENDS = '06:00';

/** The time if it is a hotel time "HH:mm" (00:00–23:59), else null. */
export function expectedArrivalOf(value: unknown): string | null {
  return typeof value === 'string' && HOTEL_TIME.test(value) ? value : null;
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
