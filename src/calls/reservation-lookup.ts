// Reservations as a guest on the phone hears them: found by confirmation number, or those made
// from the number calling — at the property called only (a group's other hotels are not theirs to
// read out or cancel). Hold times are given in hotel time; a booking past its hold time whose
// guest has not arrived shows as released (SPEC §5).

import type { ReservationSummary } from '../../flows/call-context.ts';
import { hotelTimeOfDay } from '../../flows/hotel-time.ts';
import type { IsoDate } from '../../flows/types.ts';
import { shownStatus } from '../inventory/reservation-status.ts';
import type { Sql } from '../storage/sql.ts';

interface Row {
  id: number;
  confirmation: string;
  arrival: string;
  nights: number;
  rooms: number;
  total: number;
  status: 'booked' | 'arrived' | 'cancelled';
  hold_until: string;
  code: string;
}

const SELECT = `SELECT r.id, r.confirmation, r.arrival, r.nights, r.rooms, r.total, r.status, r.hold_until, t.code
  FROM reservations r JOIN room_types t ON t.id = r.room_type_id`;

/** At most this many reservations are offered by key to a caller (keys 1..3). */
const MAX_OFFERED = 3;

export class ReservationLookup {
  constructor(
    private readonly sql: Sql,
    private readonly hotelId: number,
    private readonly timezone: string,
  ) {}

  async byConfirmation(confirmation: string, now: Date): Promise<ReservationSummary | null> {
    const row = await this.sql.get<Row>(`${SELECT} WHERE r.confirmation = ? AND r.hotel_id = ?`, [confirmation, this.hotelId]);
    return row ? this.summary(row, now) : null;
  }

  /** Upcoming reservations made from (or to be called back on) this number; none for a withheld one. */
  async byCaller(number: string, today: IsoDate, now: Date): Promise<ReservationSummary[]> {
    if (!/^\+\d{6,}$/.test(number)) return [];
    const rows = await this.sql.all<Row>(
      `${SELECT} LEFT JOIN calls c ON c.call_sid = r.call_sid
       WHERE (r.callback_number = @number OR c.from_number = @number) AND r.hotel_id = @hotelId
         AND r.status IN ('booked', 'arrived') AND r.departure >= @today
       ORDER BY r.arrival, r.id LIMIT @limit`,
      { number, today, hotelId: this.hotelId, limit: MAX_OFFERED },
    );
    return rows.map((row) => this.summary(row, now));
  }

  private summary(row: Row, now: Date): ReservationSummary {
    return {
      id: row.id,
      confirmation: row.confirmation,
      arrival: row.arrival,
      nights: row.nights,
      rooms: row.rooms,
      roomType: row.code,
      total: row.total,
      status: shownStatus(row.status, row.hold_until, now),
      holdUntil: hotelTimeOfDay(row.hold_until, this.timezone),
    };
  }
}
