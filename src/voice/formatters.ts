// Words for dates, times, money and digits, per locale, as a person says them on the phone and
// writes them in a text: "Friday, December 4" / "el viernes 4 de diciembre", "6 PM" / "6 p.m.",
// "1,080 dollars" / "1,080 dólares". The Intl formatters are built once per locale and currency,
// never per request: building them per webhook halves throughput (STYLE.md).

import { keep } from '../../flows/kept.ts';
import type { IsoDate, Locale } from '../../flows/types.ts';

export interface Formatter {
  /** "Friday, December 4" / "viernes 4 de diciembre" — with the year when it is not the current one. */
  date(date: IsoDate, today: IsoDate): string;
  /** "6 PM" / "6 p.m." from "18:00"; "6:30 PM" with minutes. As written in a text. */
  time(hhmm: string): string;
  /** The time as said on the phone: "6 PM" / "6 de la tarde", "11:59 de la noche", "12 del día". */
  saidTime(hhmm: string): string;
  /** "1,080 dollars" / "1,080 dólares": the amount and the currency's name as people say it. */
  money(amount: number, currency: string): string;
  /** "1,080": an amount without its currency, once the currency has been said. */
  amount(amount: number): string;
  /** "1 2 3 4", so the voice reads a number digit by digit. */
  digits(value: string): string;
  /** "8 2 4 3, 8 6 2 4": digit by digit in groups of three or four, a pause between, for a number to be noted down. */
  digitGroups(value: string): string;
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

/**
 * A currency's name as a guest says it: Intl's name without the country's adjective, which no
 * one says of their own money ("US dollars" → "dollars", "pesos mexicanos" → "pesos", "libras
 * esterlinas" → "libras"). English puts the adjective first, Spanish after the noun.
 */
function spokenCurrency(intlName: string, locale: Locale): string {
  const words = intlName.trim().split(/\s+/);
  if (/[()]/.test(intlName)) return '';
  if (words.length < 2) return intlName.trim();
  return locale === 'es-MX' ? words[0]! : words[words.length - 1]!;
}

/** Words kept per formatter for each of dates, times and amounts; emptied when full. */
const WORDS_KEPT = 2048;

/**
 * `say(key)` once per key, then the same words: an Intl format call costs 5–20 µs on a loaded
 * server (issue 14), and a call says the same dates, times and amounts turn after turn (the
 * question, the hold notice, the read-back), as do the calls of the same days.
 */
function remembered<K, T>(say: (key: K) => T): (key: K) => T {
  const kept = new Map<K, T>();
  return (key) => {
    const words = kept.get(key);
    return words === undefined ? keep(kept, key, say(key), WORDS_KEPT) : words;
  };
}

/** `make()` the first time it is asked for, the same object after that. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function buildFormatter(locale: Locale): Formatter {
  // Each built on first use, not all at once: a call's first answer needs few of them (the first
  // prompt says no date or amount), and building an Intl object costs milliseconds (issue 14: the
  // region names alone were 5 ms of the first answer after a start).
  // Calendar dates are formatted at UTC noon in UTC, so no time zone can move them a day.
  const withoutYear = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }));
  const withYear = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }));
  const clock = once(() => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  const hourOnly = once(() => new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }));
  const whole = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const cents = once(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  /** Per currency: its name for one, and for many. */
  const currencyNames = new Map<string, { one: string; many: string }>();
  const regions = once(() => new Intl.DisplayNames(locale, { type: 'region' }));
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const calendarDate = (date: IsoDate, format: () => Intl.DateTimeFormat) => {
    const instant = new Date(`${date}T12:00:00Z`);
    if (Number.isNaN(instant.getTime())) return date;
    const text = plain(format().format(instant));
    // Intl writes "viernes, 4 de diciembre"; a Mexican agent says "viernes 4 de diciembre".
    return locale === 'es-MX' ? text.replace(/^(\p{L}+), /u, '$1 ') : text;
  };
  const dateThisYear = remembered((date: IsoDate) => calendarDate(date, withoutYear));
  const dateWithYear = remembered((date: IsoDate) => calendarDate(date, withYear));
  const time = remembered((hhmm: string) => {
    const instant = new Date(`1970-01-01T${hhmm}:00Z`);
    if (Number.isNaN(instant.getTime())) return hhmm;
    return plain((hhmm.endsWith(':00') ? hourOnly : clock)().format(instant));
  });
  const formatAmount = (n: number) => (Number.isInteger(n) ? whole : cents)().format(n);
  const keptAmount = remembered(formatAmount);
  // A Map takes -0 for 0, which Intl writes "-0": that one is not kept.
  const amount = (n: number) => (Object.is(n, -0) ? formatAmount(n) : keptAmount(n));
  return {
    date(date, today) {
      return date.slice(0, 4) === today.slice(0, 4) ? dateThisYear(date) : dateWithYear(date);
    },
    time,
    saidTime(hhmm) {
      return locale === 'es-MX' ? timeOfDayEs(hhmm) ?? time(hhmm) : time(hhmm);
    },
    money(amount, currency) {
      let names = currencyNames.get(currency);
      if (!names) {
        try {
          const named = (n: number) =>
            new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'name', maximumFractionDigits: 0 })
              .formatToParts(n)
              .filter((p) => p.type === 'currency')
              .map((p) => p.value)
              .join('');
          names = { one: spokenCurrency(named(1), locale) || currency, many: spokenCurrency(named(2), locale) || currency };
        } catch {
          names = { one: currency, many: currency }; // a currency Intl does not know (the hotel file checks it)
        }
        currencyNames.set(currency, names);
      }
      return `${this.amount(amount)} ${amount === 1 ? names.one : names.many}`;
    },
    amount,
    digits(value) {
      return value.replace(/\D/g, '').split('').join(' ');
    },
    digitGroups(value) {
      return digitGroups(value.replace(/\D/g, ''))
        .map((g) => g.split('').join(' '))
        .join(', ');
    },
    country(code) {
      try {
        return regions().of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/**
 * A Mexican agent says the part of the day, not "p.m.": "las 6 de la tarde", "las 11:59 de la
 * noche", "las 9 de la mañana", "las 12 del día". Null for what is not a time of day.
 */
function timeOfDayEs(hhmm: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const hour = Number(m[1]);
  const minutes = m[2]!;
  if (hour > 23 || Number(minutes) > 59) return null;
  const part = hour === 0 ? 'de la noche' : hour < 6 ? 'de la madrugada' : hour < 12 ? 'de la mañana' : hour === 12 ? 'del día' : hour < 19 ? 'de la tarde' : 'de la noche';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}${minutes === '00' ? '' : `:${minutes}`} ${part}`;
}

/** Groups of four (three when four would leave one alone), as long numbers are noted down: 8 → 4 4, 9 → 3 3 3, 10 → 4 3 3. */
function digitGroups(digits: string): string[] {
  if (digits.length <= 4) return [digits];
  const count = Math.ceil(digits.length / 4);
  const groups: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.ceil((digits.length - at) / (count - i));
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  return groups;
}
