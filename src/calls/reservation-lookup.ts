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

/** A reservation as the guest hears it, with the name on it (compared, never said). */
const SELECT_WITH_NAME = `SELECT r.id, r.confirmation, r.arrival, r.nights, r.rooms, r.total, r.status, r.hold_until, t.code, r.guest_name
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

/** Words inside a surname ("María de la Cruz", "João dos Santos", "Van der Berg"): never a surname alone. */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'das', 'do', 'dos', 'di', 'van', 'von', 'der', 'den', 'le', 'du']);

/**
 * Whether the words heard hold the last name on the booking, compared kindly: accents and case
 * aside, its last word ("Ana Torres" → torres), or with three words or more also the one before
 * it, a Spanish first surname ("Ana Torres García" → torres or garcia: one of two suffices);
 * particles are no surname ("María de la Cruz" → cruz, not la), and a surname said as one word or
 * as two ("de la Cruz", "Delacruz"; "Mc Donald", "McDonald") is the same. The first name alone
 * does not match (with two first names and one surname, the second first name does: the words
 * cannot tell it from a first surname).
 */
export function lastNameMatches(guestName: string | null, heard: string): boolean {
  if (!guestName) return false;
  const booked = words(guestName);
  const names = booked.filter((w) => !PARTICLES.has(w));
  if (names.length === 0) return false;
  const said = words(heard);
  // What was said, word by word and run together two or three words at a time.
  const forms = new Set(said);
  for (let i = 0; i < said.length; i++) {
    if (i + 1 < said.length) forms.add(said[i]! + said[i + 1]!);
    if (i + 2 < said.length) forms.add(said[i]! + said[i + 1]! + said[i + 2]!);
  }
  const surnames = names.length >= 3 ? names.slice(-2) : names.slice(-1);
  // A surname written in parts, said run together: its particles with it ("de la Cruz": delacruz),
  // two surnames as one ("Whitfield-Jones": whitfieldjones).
  const joined = names.length >= 3 ? [surnames.join('')] : [];
  for (let i = 1; i < booked.length; i++) {
    if (!PARTICLES.has(booked[i]!) || PARTICLES.has(booked[i - 1]!)) continue;
    const end = booked.findIndex((w, k) => k > i && !PARTICLES.has(w));
    if (end > 0) joined.push(booked.slice(i, end + 1).join(''));
  }
  if (![...surnames, ...joined].some((w) => w.length >= 2 && forms.has(w))) return false;
  return fewWordsOffTheName(booked, said);
}

/** Words said around a name, not of it: "it is under Ana Torres", "a nombre de Cruz", "my last name is Ruiz". */
const AROUND_A_NAME = new Set([
  'it', 'is', 'its', 's', 'under', 'the', 'name', 'names', 'last', 'surname', 'my', 'a', 'an', 'for', 'i', 'im', 'am', 'this', 'that',
  'reservation', 'booking', 'nombre', 'apellido', 'apellidos', 'es', 'mi', 'soy', 'esta', 'reservacion', 'reserva', 'por', 'para', 'en', 'con',
  'el', 'se', 'llama', 'llamo', 'me', 'called', 'calling', 'mr', 'mrs', 'ms', 'miss', 'dr', 'senor', 'senora', 'sr', 'sra', 'licenciado', 'lic',
]);

/**
 * Whether the words said are the booked name's own, but for one word at most, and that one only
 * among three or more ("Ana María Díaz" for "Ana Díaz"). A list of surnames in one answer
 * ("Hernández López Martínez González Pérez García") would otherwise open every reservation that
 * has any one of them: six guesses at a time where the proof allows one.
 */
function fewWordsOffTheName(booked: readonly string[], said: readonly string[]): boolean {
  // The booked name's words, and its words run together two or three at a time ("de la Cruz": delacruz).
  const known = new Set(booked);
  for (let i = 0; i < booked.length; i++) {
    if (i + 1 < booked.length) known.add(booked[i]! + booked[i + 1]!);
    if (i + 2 < booked.length) known.add(booked[i]! + booked[i + 1]! + booked[i + 2]!);
  }
  // A word said is the name's alone, or with the one or two said after it run together ("Mc Donald").
  // (A letter alone is a spelling's: "Torres, con T".)
  const covered = said.map((w) => known.has(w) || PARTICLES.has(w) || AROUND_A_NAME.has(w) || w.length === 1);
  for (let i = 0; i < said.length; i++) {
    for (const span of [2, 3]) {
      if (i + span <= said.length && known.has(said.slice(i, i + span).join(''))) covered.fill(true, i, i + span);
    }
  }
  const off = covered.filter((c) => !c).length;
  // (Only words that could be a name count toward the three: "for the reservation Hernández García" is two.)
  const names = said.filter((w) => !PARTICLES.has(w) && !AROUND_A_NAME.has(w) && w.length > 1).length;
  return off === 0 || (off === 1 && names >= 3);
}

export class ReservationLookup {
  constructor(
    private readonly sql: Sql,
    private readonly hotelId: number,
    private readonly timezone: string,
  ) {}

  /**
   * The reservation with this confirmation number, as the caller on `number` may have it
   * (flows/reservation-proof.ts): at once from the reservation's own phone (made from it, or to be
   * called back on it); from any other (or a withheld one) only with the last name on it, which
   * `proofNeeded` asks for. A number no reservation has asks for it just the same, so the words
   * never tell a stranger whether it exists. `missed`: counted as a guess (lookup-guesses.ts).
   */
  async byConfirmationFor(
    confirmation: string,
    number: string | null,
    lastName: string | null,
    now: Date,
    namesSpent: (reservationId: number) => Promise<boolean> = async () => false,
  ): Promise<{ found: ReservationSummary | null; proofNeeded: boolean; missed: boolean; reservationId: number | null }> {
    const row = await this.sql.get<Row>(`${SELECT_WITH_NAME} WHERE r.confirmation = ? AND r.hotel_id = ?`, [confirmation, this.hotelId]);
    if (lastName !== null) {
      // (A number that does not exist was counted when it was given.) Past its wrong names for the
      // day (lookup-guesses.ts), no name opens the reservation, the right one included.
      const proven = row !== undefined && !(await namesSpent(row.id)) && lastNameMatches(row.guest_name ?? null, lastName);
      return { found: proven ? this.summary(row, now) : null, proofNeeded: false, missed: row !== undefined && !proven, reservationId: row?.id ?? null };
    }
    if (row && number !== null && (await this.isOfNumber(row.id, number))) return { found: this.summary(row, now), proofNeeded: false, missed: false, reservationId: row.id };
    return { found: null, proofNeeded: true, missed: !row, reservationId: null };
  }

  /** Whether reservation @id was made from @number or is to be called back on it. */
  private async isOfNumber(id: number, number: string): Promise<boolean> {
    if (!/^\+\d{6,}$/.test(number)) return false;
    const mine = await this.sql.get<{ id: number }>(`SELECT id FROM reservations WHERE id = @id AND id IN (${RESERVATIONS_OF_NUMBER})`, {
      id,
      number,
      hotelId: this.hotelId,
    });
    return mine !== undefined;
  }

  /** Upcoming reservations made from (or to be called back on) this number; none for a withheld one. */
  async byCaller(number: string, today: IsoDate, now: Date): Promise<ReservationSummary[]> {
    return (await this.listedFor(number, today, now)).reservations;
  }

  /**
   * The same, with `more`: the number has more than those listed (a switchboard's, an agency's),
   * so the flow can tell three listed from a full list (one more row is read to know).
   */
  async listedFor(number: string, today: IsoDate, now: Date): Promise<{ reservations: ReservationSummary[]; more: boolean }> {
    const rows = await this.callerRows(number, today, MAX_OFFERED + 1);
    return { reservations: rows.slice(0, MAX_OFFERED).map((row) => this.summary(row, now)), more: rows.length > MAX_OFFERED };
  }

  /**
   * The first upcoming reservation made from (or for) this number whose guest's last name is
   * among the words heard ("Torres", "Ana Torres", "Torres García"). A name recorded only as audio
   * cannot be matched: the confirmation number opens that one.
   */
  async byCallerAndLastName(number: string, heard: string, today: IsoDate, now: Date): Promise<ReservationSummary | null> {
    const rows = await this.callerRows(number, today, MAX_BY_NAME);
    // A number with more upcoming reservations than the list names (a company's switchboard, an
    // agency: public, and fakeable) is many guests' phone: a common surname would open whichever
    // has it. From it, the confirmation number.
    if (rows.length > MAX_OFFERED) return null;
    const row = rows.find((r) => lastNameMatches(r.guest_name ?? null, heard));
    return row ? this.summary(row, now) : null;
  }

  private async callerRows(number: string, today: IsoDate, limit: number): Promise<Row[]> {
    if (!/^\+\d{6,}$/.test(number)) return [];
    return this.sql.all<Row>(
      `${SELECT_WITH_NAME}
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
