import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDaysIso, departureOf, epochDay, isIsoDate, stayNights } from '../../src/inventory/stay.ts';

describe('stay nights', () => {
  it('lists the nights from arrival, departure being the day after the last', () => {
    expect(stayNights('2026-07-10', 3)).toEqual(['2026-07-10', '2026-07-11', '2026-07-12']);
    expect(departureOf('2026-07-10', 3)).toBe('2026-07-13');
    expect(stayNights('2026-07-10', 1)).toEqual(['2026-07-10']);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(stayNights('2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(departureOf('2028-02-28', 1)).toBe('2028-02-29');
    expect(departureOf('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDaysIso('2026-07-10', 0)).toBe('2026-07-10');
  });

  it('is not moved by DST changes, whatever the time zone of the process', () => {
    const saved = process.env.TZ;
    try {
      // Node applies a change of TZ at once, to every Date.
      for (const tz of ['UTC', 'America/New_York', 'Europe/Madrid', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(stayNights('2026-03-07', 3), tz).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
        expect(stayNights('2026-10-31', 3), tz).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
        expect(stayNights('2026-03-28', 3), tz).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
        expect(addDaysIso('2026-11-02', -2), tz).toBe('2026-10-31');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses dates that do not exist and nights that are not positive integers', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-7-1', '20260701', '', '0099-01-01', '2026-07-01T00:00']) {
      expect(() => stayNights(bad, 1), bad).toThrow(RangeError);
      expect(isIsoDate(bad)).toBe(false);
    }
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => stayNights('2026-07-01', n)).toThrow(RangeError);
    expect(() => addDaysIso('2026-07-01', 0.5)).toThrow(RangeError);
    expect(() => addDaysIso('9999-12-31', 1)).toThrow(RangeError);
  });

  it('agrees with day counting for any date and offset', () => {
    const day = fc.integer({ min: epochDay('1990-01-01'), max: epochDay('2090-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
        const moved = addDaysIso(date, n);
        expect(epochDay(moved) - epochDay(date)).toBe(n);
        expect(addDaysIso(moved, -n)).toBe(date);
      }),
    );
  });
});
