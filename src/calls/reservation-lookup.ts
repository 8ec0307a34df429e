// Reservations as a guest on the phone hears them: found by confirmation number, or among those
// made from the number calling (by the last name on it, or listed) — at the property called only (a
// group's other hotels are not theirs to read out or cancel). Hold times are given in hotel time;
// a booking past its hold time whose guest has not arrived shows as released (SPEC §5).

import type { ReservationSummary } from '../../flows/call-context.ts';
import { hotelTimeOfDay } from '../../flows/hotel-time.ts';
import type { IsoDate } from '../../flows/types.ts';
import { shownStatus } from '../inventory/reservation-status.ts';
import type { Sql } from '../storage/sql.ts';

interface Row {
  id: number;
  guest_name?: string | null;
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

/**
 * The ids of the reservations at property @hotelId made from the number @number or to be called
 * back on it. Two lookups, each on its own index (migration 10), rather than one OR across a join,
 * which no index serves: that read every reservation the hotel ever had, on every transfer. The
 * CROSS JOIN is SQLite's way of saying "the number's calls first, then their reservations" (it
 * otherwise started from all of the property's reservations); PostgreSQL reads it as a join.
 */
export const RESERVATIONS_OF_NUMBER = `SELECT id FROM reservations WHERE callback_number = @number AND hotel_id = @hotelId
  UNION
  SELECT mine.id FROM calls c CROSS JOIN reservations mine WHERE mine.call_sid = c.call_sid AND c.from_number = @number AND mine.hotel_id = @hotelId`;

/** At most this many reservations are offered by key to a caller (keys 1..3). */
const MAX_OFFERED = 3;
/** Upcoming reservations from one number looked through for a last name. */
const MAX_BY_NAME = 20;

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * Whether the words heard hold the last name on the booking: its last word ("Ana Torres" →
 * torres), or with three words or more also the one before it, a Spanish first surname ("Ana
 * Torres García" → torres or garcia). The first name alone does not match.
 */
export function lastNameMatches(guestName: string | null, heard: string): boolean {
  if (!guestName) return false;
  const booked = words(guestName);
  const said = new Set(words(heard));
  if (booked.length === 0) return false;
  const surnames = booked.length >= 3 ? booked.slice(-2) : booked.slice(-1);
  return surnames.some((w) => w.length >= 2 && said.has(w));
}

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
    return (await this.callerRows(number, today, MAX_OFFERED)).map((row) => this.summary(row, now));
  }

  /**
   * The first upcoming reservation made from (or for) this number whose guest's last name is
   * among the words heard ("Torres", "Ana Torres", "Torres García"). A name recorded only as audio
   * cannot be matched: the confirmation number opens that one.
   */
  async byCallerAndLastName(number: string, heard: string, today: IsoDate, now: Date): Promise<ReservationSummary | null> {
    const row = (await this.callerRows(number, today, MAX_BY_NAME)).find((r) => lastNameMatches(r.guest_name ?? null, heard));
    return row ? this.summary(row, now) : null;
  }

  private async callerRows(number: string, today: IsoDate, limit: number): Promise<Row[]> {
    if (!/^\+\d{6,}$/.test(number)) return [];
    return this.sql.all<Row>(
      `SELECT r.id, r.confirmation, r.arrival, r.nights, r.rooms, r.total, r.status, r.hold_until, t.code, r.guest_name
         FROM reservations r JOIN room_types t ON t.id = r.room_type_id
       WHERE r.id IN (${RESERVATIONS_OF_NUMBER})
         AND r.status IN ('booked', 'arrived') AND r.departure >= @today
       ORDER BY r.arrival, r.id LIMIT @limit`,
      { number, today, hotelId: this.hotelId, limit },
    );
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
