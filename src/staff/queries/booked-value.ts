// What was booked in a period, in the property's own currency: the reservations made in it (by
// phone, text or at the desk) and not cancelled, their room-nights and their value. A manager's
// month end: each property's figure in its own currency, never a sum across currencies.

import type { Sql } from '../../storage/sql.ts';
import type { Period } from '../hotel-clock.ts';
import { inScope } from '../property-scope.ts';

export interface BookedValue {
  reservations: number;
  roomNights: number;
  /** The reservations' totals added up, in `currency`. */
  value: number;
  currency: string;
}

/** The properties in view (one, in a property's own period; see eachOwnPeriod), their reservations made in `period`. */
export async function bookedValue(sql: Sql, period: Pick<Period, 'startIso' | 'endIso'>, currency: string): Promise<BookedValue> {
  const row = await sql.get<{ n: number; nights: number | null; value: number | null }>(
    `SELECT count(*) AS n, sum(nights * rooms) AS nights, sum(total) AS value FROM reservations
      WHERE created_at >= ? AND created_at < ? AND status <> 'cancelled'${inScope('hotel_id')}`,
    [period.startIso, period.endIso],
  );
  return { reservations: Number(row?.n ?? 0), roomNights: Number(row?.nights ?? 0), value: Math.round(Number(row?.value ?? 0) * 100) / 100, currency };
}

/** Each currency's value added up over properties (several properties may share one). */
export function valueByCurrency(parts: readonly BookedValue[]): { currency: string; value: number; reservations: number }[] {
  const sums = new Map<string, { currency: string; value: number; reservations: number }>();
  for (const p of parts) {
    const s = sums.get(p.currency) ?? { currency: p.currency, value: 0, reservations: 0 };
    s.value = Math.round((s.value + p.value) * 100) / 100;
    s.reservations += p.reservations;
    sums.set(p.currency, s);
  }
  return [...sums.values()];
}
