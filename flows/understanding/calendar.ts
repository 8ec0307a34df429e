// Calendar arithmetic on plain dates (yyyy-MM-dd), for reading dates the way people say them.
// Pure: no clock, no time zone (a calendar date is already in the hotel's zone).

import { daysBetween, plusDays } from '../hotel-time.ts';
import type { IsoDate } from '../types.ts';

export { daysBetween, plusDays };

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parts of a real 'yyyy-MM-dd' date, or null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value : '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function partsOf(date: IsoDate): CalendarDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The Monday of the week `date` is in (weeks run Monday to Sunday). */
export function mondayOf(date: IsoDate): IsoDate {
  return plusDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The first `weekday` after `date` (on `date` itself too when `orSame`). */
export function nextWeekday(date: IsoDate, weekday: number, orSame = false): IsoDate {
  const ahead = (weekday - weekdayOf(date) + 7) % 7;
  return plusDays(date, ahead === 0 && !orSame ? 7 : ahead);
}

/** The last `weekday` before `date` (on `date` itself too when `orSame`). */
export function previousWeekday(date: IsoDate, weekday: number, orSame = false): IsoDate {
  const back = (weekdayOf(date) - weekday + 7) % 7;
  return plusDays(date, -(back === 0 && !orSame ? 7 : back));
}

/** The `n`th `weekday` of a month (n = -1: the last one). */
export function nthWeekdayOf(year: number, month: number, weekday: number, n: number): IsoDate {
  if (n < 0) return previousWeekday(isoDate(year, month, daysInMonth(year, month)), weekday, true);
  return plusDays(nextWeekday(isoDate(year, month, 1), weekday, true), 7 * (n - 1));
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterOf(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}
