// Is anyone at the front desk now, and if not, when will there be? From the hotel file's
// `frontDeskHours` (hotel time). A shift whose end is earlier than its start runs past midnight.

import { plusDays } from './hotel-time.ts';
import { WEEKDAYS } from './types.ts';
import type { HotelInfo, IsoDate, Weekday } from './types.ts';

export function weekdayOf(date: IsoDate): Weekday {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

function shifts(hotel: HotelInfo, date: IsoDate) {
  return hotel.frontDeskHours?.[weekdayOf(date)] ?? [];
}

export function deskOpenAt(hotel: HotelInfo, today: IsoDate, time: string): boolean {
  if (!hotel.frontDeskHours) return true;
  const overnight = (s: { from: string; to: string }) => s.to <= s.from;
  if (shifts(hotel, today).some((s) => (overnight(s) ? time >= s.from : time >= s.from && time < s.to))) return true;
  // Yesterday's shift that runs past midnight.
  return shifts(hotel, plusDays(today, -1)).some((s) => overnight(s) && time < s.to);
}

/** The next time the desk opens after `time` on `today`, within a week; null when it never does. */
export function nextDeskOpening(hotel: HotelInfo, today: IsoDate, time: string): { date: IsoDate; time: string } | null {
  for (let day = 0; day <= 7; day++) {
    const date = plusDays(today, day);
    const starts = shifts(hotel, date)
      .map((s) => s.from)
      .filter((from) => day > 0 || from > time)
      .sort();
    if (starts[0]) return { date, time: starts[0] };
  }
  return null;
}

/** What a caller is promised when the desk will call back (hotel file `callbackPromiseMinutes`). */
export const DEFAULT_CALLBACK_PROMISE_MINUTES = 60;

export function callbackPromiseMinutes(hotel: Pick<HotelInfo, 'callbackPromiseMinutes'>): number {
  return hotel.callbackPromiseMinutes ?? DEFAULT_CALLBACK_PROMISE_MINUTES;
}
