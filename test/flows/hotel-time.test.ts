import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { expect, it } from 'vitest';
import { daysBetween, hotelTimeOfDay, hotelToday, plusDays } from '../../flows/hotel-time.ts';
it("reads the hotel date and time exactly as date-fns TZDate + format does, across zones and DST", () => {
  for (const tz of ['America/New_York', 'America/Mexico_City', 'Europe/Madrid', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata']) {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000 * 29 + 60_000 * 13) {
      const at = new Date(t).toISOString();
      expect(hotelToday(at, tz)).toBe(format(new TZDate(at, tz), 'yyyy-MM-dd'));
      expect(hotelTimeOfDay(at, tz)).toBe(format(new TZDate(at, tz), 'HH:mm'));
    }
  }
  for (const d of ['2026-01-01', '2026-03-08', '2026-11-01', '2028-02-28', '2027-12-31']) {
    for (const n of [-400, -1, 0, 1, 30, 365, 1000]) {
      expect(plusDays(d, n)).toBe(format(addDays(parseISO(d), n), 'yyyy-MM-dd'));
      expect(daysBetween(d, plusDays(d, n))).toBe(differenceInCalendarDays(parseISO(plusDays(d, n)), parseISO(d)));
    }
  }
});
