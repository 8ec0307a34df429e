// Until when a late guest's room is kept, from the time of day the clerk types ("01:30"): the
// first such time of the property's clock from the guest's arrival day, or from now when that day
// has begun: at 23:00 on the arrival day "01:30" is the night's 01:30, the next morning; typed the
// morning after for a guest released overnight, it is that morning's (or afternoon's) time.

import { holdDeadline } from '../inventory/hold-deadline.ts';
import { addDaysIso } from '../inventory/stay.ts';
import type { IsoDate } from '../../flows/types.ts';
import type { HotelClock } from './hotel-clock.ts';

export function keptUntil(time: string, arrival: IsoDate, clock: HotelClock, now: Date): Date {
  const today = clock.today(now);
  const from = arrival > today ? arrival : today;
  const first = holdDeadline(from, time, clock.timezone);
  return new Date(first > now.toISOString() ? first : holdDeadline(addDaysIso(from, 1), time, clock.timezone));
}
