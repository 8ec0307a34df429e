// Words for dates, times, money and digits, per locale. The Intl formatters are built once
// per locale and currency, never per request: building them per webhook halves throughput (STYLE.md).

import type { IsoDate, Locale } from '../../flows/types.ts';

export interface Formatter {
  /** "Friday, December 4" — with the year when it is not the current one. */
  date(date: IsoDate, today: IsoDate): string;
  /** "6:00 PM" from "18:00". */
  time(hhmm: string): string;
  money(amount: number, currency: string): string;
  /** "1 2 3 4", so the voice reads a number digit by digit. */
  digits(value: string): string;
  /** A country's name from its ISO code: "Mexico" / "México". */
  country(code: string): string;
}

const cache = new Map<Locale, Formatter>();

export function formatterFor(locale: Locale): Formatter {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = buildFormatter(locale);
    cache.set(locale, formatter);
  }
  return formatter;
}

function buildFormatter(locale: Locale): Formatter {
  // Calendar dates are formatted at UTC noon in UTC, so no time zone can move them a day.
  const withoutYear = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const withYear = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const currencies = new Map<string, Intl.NumberFormat>();
  const regions = new Intl.DisplayNames(locale, { type: 'region' });
  return {
    date(date, today) {
      const instant = new Date(`${date}T12:00:00Z`);
      if (Number.isNaN(instant.getTime())) return date;
      return (date.slice(0, 4) === today.slice(0, 4) ? withoutYear : withYear).format(instant);
    },
    time(hhmm) {
      const instant = new Date(`1970-01-01T${hhmm}:00Z`);
      return Number.isNaN(instant.getTime()) ? hhmm : clock.format(instant);
    },
    money(amount, currency) {
      let format = currencies.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 0 });
        currencies.set(currency, format);
      }
      return format.format(amount);
    },
    digits(value) {
      return value.replace(/\D/g, '').split('').join(' ');
    },
    country(code) {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
