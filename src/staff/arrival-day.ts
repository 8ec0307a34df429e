// When a guest can be marked arrived: a booked reservation whose arrival day has come in its hotel's
// clock. Tomorrow's guest standing at the desk today is an early arrival: their stay starts
// tomorrow, so the desk changes the arrival date (Change) rather than checks them in on a night
// that was never booked. One rule, read by the pages (which offer Arrived only then) and by the
// action (which refuses otherwise, saying why), so a page never offers what the server refuses.

import type { IsoDate } from '../../flows/types.ts';
import { HotelClock } from './hotel-clock.ts';

/** One clock per zone, built once (STYLE.md: Intl formatters per request halve throughput). */
const clocks = new Map<string, HotelClock>();

/** The hotel's calendar date now, in its own zone. */
export function hotelToday(timezone: string, now: Date): IsoDate {
  let clock = clocks.get(timezone);
  if (!clock) clocks.set(timezone, (clock = new HotelClock(timezone)));
  return clock.today(now);
}

/** Whether the guest's arrival day has come (`today` the hotel's date). */
export function arrivalDayCome(arrival: IsoDate, today: IsoDate): boolean {
  return arrival <= today;
}
