import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { IsoDate } from './types.ts';

/** The hotel's calendar date at an instant (the flow never reads the clock: `at` comes with each event). */
export function hotelToday(at: string, timezone: string): IsoDate {
  return format(new TZDate(at, timezone), 'yyyy-MM-dd');
}

/** The hotel's wall-clock time at an instant, "HH:mm". */
export function hotelTimeOfDay(at: string, timezone: string): string {
  return format(new TZDate(at, timezone), 'HH:mm');
}

/** Whole days from one calendar date to another (negative when `date` is earlier). */
export function daysBetween(from: IsoDate, date: IsoDate): number {
  return differenceInCalendarDays(parseISO(date), parseISO(from));
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}
