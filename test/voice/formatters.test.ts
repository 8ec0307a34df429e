import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../src/voice/formatters.ts';

describe('formatters', () => {
  it('say dates, times and amounts as a person says them, in both languages', () => {
    const en = formatterFor('en-US');
    const es = formatterFor('es-MX');
    expect(en.date('2026-12-04', '2026-12-03')).toBe('Friday, December 4');
    expect(en.date('2027-01-08', '2026-12-03')).toBe('Friday, January 8, 2027');
    expect(es.date('2026-12-04', '2026-12-03')).toBe('viernes 4 de diciembre');
    expect(en.time('18:00')).toBe('6 PM');
    expect(en.time('18:30')).toBe('6:30 PM');
    expect(en.money(1080, 'USD')).toBe('1,080 dollars');
    expect(es.money(1, 'MXN')).toBe('1 peso');
    expect(en.amount(99.5)).toBe('99.50');
  });

  it('give the same words however often and in whatever order they are asked', () => {
    const en = formatterFor('en-US');
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const first = new Map<string, string>();
    // Past the number of words each formatter keeps (2,048), twice over, in two orders.
    for (const order of [1, -1]) {
      for (let i = 0; i < 5000; i++) {
        const n = order === 1 ? i : 4999 - i;
        const said = [en.date(day(n % 800), n % 2 ? '2026-06-01' : '2027-06-01'), en.amount(n / 4), en.time(`${String(n % 24).padStart(2, '0')}:${n % 2 ? '30' : '00'}`)].join(' | ');
        if (order === 1) first.set(String(n), said);
        else expect(said, String(n)).toBe(first.get(String(n)));
      }
    }
    // The same date is said with its year, or without, by the year of "today", not by what was said before.
    expect(en.date('2026-12-04', '2026-01-01')).toBe('Friday, December 4');
    expect(en.date('2026-12-04', '2025-12-31')).toBe('Friday, December 4, 2026');
  });

  it('keep zero and minus zero apart, as Intl writes them', () => {
    const en = formatterFor('en-US');
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    expect(en.amount(0)).toBe(intl.format(0));
    expect(en.amount(-0)).toBe(intl.format(-0));
    expect(en.amount(0)).toBe(intl.format(0));
  });
});
