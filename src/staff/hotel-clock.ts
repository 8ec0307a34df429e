// Dates and times as the hotel sees them: staff read everything in the hotel's time zone, while
// the database stores UTC instants. The Intl formatters are built once (STYLE.md: building them per
// request halves throughput).

import { TZDate } from '@date-fns/tz';
import type { IsoDate } from '../../flows/types.ts';
import { addDaysIso, epochDay } from '../inventory/stay.ts';
import { deskWords } from './desk-language.ts';
import { dayDate } from './words.ts';

export interface Period {
  from: IsoDate;
  to: IsoDate;
  /** UTC instant of 00:00 hotel time on `from`. */
  startIso: string;
  /** UTC instant of 00:00 hotel time the day after `to` (exclusive). */
  endIso: string;
  days: number;
}

export class HotelClock {
  readonly #parts: Intl.DateTimeFormat;
  readonly #zone: Intl.DateTimeFormat;
  readonly #weekday: Intl.DateTimeFormat;

  constructor(readonly timezone: string) {
    this.#parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    this.#zone = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'short' });
    this.#weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short' });
  }

  private fields(iso: string): Record<string, string> | null {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return null;
    return Object.fromEntries(this.#parts.formatToParts(date).map((p) => [p.type, p.value]));
  }

  /** The hotel's calendar date at an instant. */
  dateOf(instant: Date | string): IsoDate {
    const f = this.fields(typeof instant === 'string' ? instant : instant.toISOString());
    return f ? `${f.year}-${f.month}-${f.day}` : '';
  }

  today(now: Date): IsoDate {
    return this.dateOf(now);
  }

  /** "2026-11-28 10:05" in hotel time ('' for an unreadable instant). */
  dateTime(iso: string | null | undefined): string {
    const f = iso ? this.fields(iso) : null;
    return f ? `${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}` : '';
  }

  /**
   * An instant as a clerk says it, near the hotel's `today`: "today 13:06", "yesterday 22:10",
   * "tomorrow 18:00", else "Fri, Dec 4 18:00" (", 2027" after the day when not this year's).
   * For the desk's pages; the API and the terminal keep dateTime's sortable form.
   */
  nearDateTime(iso: string | null | undefined, today: IsoDate): string {
    const f = iso ? this.fields(iso) : null;
    if (!f) return '';
    const date = `${f.year}-${f.month}-${f.day}`;
    const w = deskWords().common;
    const named: Record<string, string> = { [today]: w.today, [addDaysIso(today, -1)]: w.yesterday, [addDaysIso(today, 1)]: w.tomorrow };
    const day = named[date] ?? `${dayDate(date)}${f.year === today.slice(0, 4) ? '' : `, ${f.year}`}`;
    return `${day} ${f.hour}:${f.minute}`;
  }

  /** "10:05" in hotel time: the hour and minute, as the hotel file writes desk hours. */
  hourMinute(iso: string): string {
    const f = this.fields(iso);
    return f ? `${f.hour}:${f.minute}` : '';
  }

  /** The UTC instant of a hotel date and "HH:mm" time. */
  instant(date: IsoDate, time: string): Date {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [h, min] = time.split(':').map(Number) as [number, number];
    return new Date(new TZDate(y, m - 1, d, h, min, 0, 0, this.timezone).getTime());
  }

  /** "10:05:09" in hotel time. */
  time(iso: string): string {
    const f = this.fields(iso);
    return f ? `${f.hour}:${f.minute}:${f.second}` : '';
  }

  hourOf(iso: string): number {
    const f = this.fields(iso);
    return f ? Number(f.hour) : 0;
  }

  /** The zone's abbreviation at an instant, e.g. "EST" or "EDT". */
  zoneName(at: Date): string {
    return this.#zone.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? this.timezone;
  }

  weekday(date: IsoDate): string {
    return this.#weekday.format(new Date(epochDay(date) * 86_400_000));
  }

  /** UTC instant (ISO) of 00:00 hotel time on a date. */
  dayStart(date: IsoDate): string {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, this.timezone).getTime()).toISOString();
  }

  period(from: IsoDate, to: IsoDate): Period {
    const days = epochDay(to) - epochDay(from) + 1;
    return { from, to, startIso: this.dayStart(from), endIso: this.dayStart(addDaysIso(to, 1)), days };
  }
}
