// When a guest can be marked arrived: a booked reservation whose arrival day has come in its hotel's
// clock (flows/hotel-time.ts hotelToday). Tomorrow's guest standing at the desk today is an early
// arrival: their stay starts tomorrow, so the desk changes the arrival date (Change) rather than
// checks them in on a night that was never booked. One rule, read by the pages (which offer Arrived
// only then) and by the action (which refuses otherwise, saying why), so a page never offers what
// the server refuses.

import type { IsoDate } from '../../flows/types.ts';

/** Whether the guest's arrival day has come (`today` the hotel's date). */
export function arrivalDayCome(arrival: IsoDate, today: IsoDate): boolean {
  return arrival <= today;
}
