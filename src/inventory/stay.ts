// Calendar arithmetic on plain dates ('yyyy-MM-dd'), done on epoch days in UTC so that neither
// DST nor the process time zone can ever move a night by one day.
import type { IsoDate } from '../../flows/types.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real calendar date; throws RangeError on anything else ('2026-02-30'). */
export function epochDay(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [, y, m, d] = match as unknown as [string, string, string, string];
    const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
    // Date.UTC maps years 0–99 to 1900–1999 and rolls 02-30 over into March: the round trip catches both.
    if (fromEpochDay(ms / MS_PER_DAY) === date) return ms / MS_PER_DAY;
  }
  throw new RangeError(`not a calendar date (yyyy-MM-dd): ${JSON.stringify(date)}`);
}

export function fromEpochDay(day: number): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  if (!Number.isInteger(day) || !(y >= 1000 && y <= 9999)) {
    throw new RangeError(`date out of range (years 1000–9999): epoch day ${day}`);
  }
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${mm}-${dd}`;
}

export function isIsoDate(value: string): boolean {
  try {
    epochDay(value);
    return true;
  } catch {
    return false;
  }
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return fromEpochDay(epochDay(date) + days);
}

/** The day after the last night. */
export function departureOf(arrival: IsoDate, nights: number): IsoDate {
  checkNights(nights);
  return addDaysIso(arrival, nights);
}

/** The nights a stay occupies: arrival, arrival+1, …, arrival+nights-1. */
export function stayNights(arrival: IsoDate, nights: number): IsoDate[] {
  checkNights(nights);
  const first = epochDay(arrival);
  const out: IsoDate[] = [];
  for (let i = 0; i < nights; i++) out.push(fromEpochDay(first + i));
  return out;
}

function checkNights(nights: number): void {
  if (!Number.isInteger(nights) || nights < 1) {
    throw new RangeError(`nights must be a positive integer: ${nights}`);
  }
}
