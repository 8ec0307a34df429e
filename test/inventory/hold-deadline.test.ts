import { describe, expect, it } from 'vitest';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';

describe('hold deadline', () => {
  it("is the hotel's wall-clock time on the arrival date, with that date's offset", () => {
    expect(holdDeadline('2026-07-04', '18:00', 'America/New_York')).toBe('2026-07-04T22:00:00.000Z');
    expect(holdDeadline('2026-12-04', '18:00', 'America/New_York')).toBe('2026-12-04T23:00:00.000Z');
    expect(holdDeadline('2026-07-04', '18:00', 'Europe/Madrid')).toBe('2026-07-04T16:00:00.000Z');
    expect(holdDeadline('2026-12-04', '18:00', 'Europe/Madrid')).toBe('2026-12-04T17:00:00.000Z');
    expect(holdDeadline('2026-12-04', '18:00', 'America/Mexico_City')).toBe('2026-12-05T00:00:00.000Z');
    expect(holdDeadline('2026-07-04', '18:00', 'Asia/Kathmandu')).toBe('2026-07-04T12:15:00.000Z');
    expect(holdDeadline('2026-07-04', '18:00', 'UTC')).toBe('2026-07-04T18:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    // 2026-03-08 and 2026-11-01: New York switches at 02:00; 18:00 is already on the new offset.
    expect(holdDeadline('2026-03-08', '18:00', 'America/New_York')).toBe('2026-03-08T22:00:00.000Z');
    expect(holdDeadline('2026-03-07', '18:00', 'America/New_York')).toBe('2026-03-07T23:00:00.000Z');
    expect(holdDeadline('2026-11-01', '18:00', 'America/New_York')).toBe('2026-11-01T23:00:00.000Z');
    expect(holdDeadline('2026-10-31', '18:00', 'America/New_York')).toBe('2026-10-31T22:00:00.000Z');
    expect(holdDeadline('2026-11-01', '00:30', 'America/New_York')).toBe('2026-11-01T04:30:00.000Z');
    // 02:30 does not exist on 2026-03-08 in New York: it moves forward to 03:30 EDT.
    expect(holdDeadline('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('does not depend on the time zone of the process', () => {
    const saved = process.env.TZ;
    try {
      // Node applies a change of TZ at once, to every Date.
      for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Chatham', 'America/Sao_Paulo']) {
        process.env.TZ = tz;
        expect(holdDeadline('2026-07-04', '18:00', 'America/New_York'), tz).toBe('2026-07-04T22:00:00.000Z');
        expect(holdDeadline('2026-12-04', '18:00', 'America/New_York'), tz).toBe('2026-12-04T23:00:00.000Z');
        expect(holdDeadline('2026-07-04', '00:00', 'America/Los_Angeles'), tz).toBe('2026-07-04T07:00:00.000Z');
        expect(holdDeadline('2026-07-04', '23:59', 'Pacific/Auckland'), tz).toBe('2026-07-04T11:59:00.000Z');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses a bad time, date or zone', () => {
    for (const t of ['6pm', '18', '24:00', '18:60', '8:00', '18:00:00', ''])
      expect(() => holdDeadline('2026-07-04', t, 'UTC'), t).toThrow(RangeError);
    expect(() => holdDeadline('2026-02-30', '18:00', 'UTC')).toThrow(RangeError);
    expect(() => holdDeadline('2026-07-04', '18:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('answers the same when asked again, and refuses a bad input every time it is asked', () => {
    // Kept answers (hold-deadline.ts) are by zone, date and time together: another zone or time is worked out anew.
    expect(holdDeadline('2026-07-04', '18:00', 'America/New_York')).toBe('2026-07-04T22:00:00.000Z');
    expect(holdDeadline('2026-07-04', '18:00', 'America/New_York')).toBe('2026-07-04T22:00:00.000Z');
    expect(holdDeadline('2026-07-04', '18:00', 'America/Chicago')).toBe('2026-07-04T23:00:00.000Z');
    expect(holdDeadline('2026-07-04', '17:00', 'America/New_York')).toBe('2026-07-04T21:00:00.000Z');
    for (let i = 0; i < 2; i++) {
      expect(() => holdDeadline('2026-07-04', '18:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
      expect(() => holdDeadline('2026-02-30', '18:00', 'UTC')).toThrow(RangeError);
    }
  });

  it('keeps giving right answers past the number it keeps', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let n = 0; n < 5000; n++) holdDeadline(day(n % 700), n < 2500 ? '18:00' : '09:30', 'Europe/Madrid');
    expect(holdDeadline('2026-07-04', '18:00', 'Europe/Madrid')).toBe('2026-07-04T16:00:00.000Z');
    expect(holdDeadline('2026-12-04', '09:30', 'Europe/Madrid')).toBe('2026-12-04T08:30:00.000Z');
  });
});
