import { TZDate } from '@date-fns/tz';
import { keep } from '../../flows/kept.ts';
import type { IsoDate } from '../../flows/types.ts';
import { epochDay } from './stay.ts';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Deadlines worked out lately, by zone, date and time: the answer for the three never changes,
 * and TZDate's offset search took about 110 µs of a booking turn on a loaded server (a fifth of
 * the booking's own work; issue 14), for dates that repeat across calls. Bounded: emptied when
 * full. Only answers are kept; a bad input throws every time.
 */
const known = new Map<string, string>();
const DEADLINES_KEPT = 4096;

/**
 * The instant (UTC ISO, as `toISOString()` writes it) of the hotel's wall-clock `holdUntil`
 * ("HH:mm") on the arrival date in the hotel's time zone. The offset is the one in force on that
 * date, so 18:00 in New York is 22:00Z in July and 23:00Z in December. A time that does not exist
 * that day (inside a spring-forward gap) moves forward by the gap, as TZDate does; a time that
 * occurs twice (fall-back) is the first of the two.
 */
export function holdDeadline(arrival: IsoDate, holdUntil: string, timezone: string): string {
  const key = `${timezone} ${arrival} ${holdUntil}`;
  return known.get(key) ?? keep(known, key, workedOut(arrival, holdUntil, timezone), DEADLINES_KEPT);
}

/** How long a booking whose deadline has already passed is still held. */
const LATE_FLOOR_MS = 60 * 60 * 1000;

/**
 * The deadline a booking made `now` gets: `deadline`, or an hour from now when that has passed
 * (a reservation for tonight made at 23:59, by phone or at the desk, still holds the room an hour).
 */
export function deadlineFrom(now: Date, deadline: string): string {
  return deadline > now.toISOString() ? deadline : new Date(now.getTime() + LATE_FLOOR_MS).toISOString();
}

function workedOut(arrival: IsoDate, holdUntil: string, timezone: string): string {
  epochDay(arrival); // validates the date
  const time = HH_MM.exec(holdUntil);
  if (!time) throw new RangeError(`holdUntil must be "HH:mm" (00:00–23:59): ${JSON.stringify(holdUntil)}`);
  const [year, month, day] = arrival.split('-').map(Number) as [number, number, number];
  const at = new TZDate(year, month - 1, day, Number(time[1]), Number(time[2]), 0, 0, timezone);
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`unknown time zone: ${JSON.stringify(timezone)}`);
  // TZDate#toISOString keeps the zone's offset; the database compares UTC strings.
  return new Date(ms).toISOString();
}
