// Guessing one's way into a reservation. Its confirmation number (8 digits) opens a reservation from
// its own phone, and from any other with the last name on it too (flows/reservation-proof.ts); the
// last name alone opens one made from the number calling (docs/security.md). A call
// has three tries before the front desk, and a text conversation three before a callback — but
// nothing stopped the next call, or the next conversation, from trying three more, and caller ID is
// trivial to fake: an automated caller could key confirmation numbers all day, or last names for a
// number it knows, and hear, then cancel, whatever it hit.
//
// So every lookup that finds nothing is counted (a confirmation number that does not exist, a last
// name that does not match), in the database (instances agree; a restart forgets
// nothing), and lookups stop being made for a while:
// - from one number (caller ID, or the texter), after MISSES_PER_NUMBER misses at the property
//   within NUMBER_WINDOW_HOURS;
// - at the property, from any number, after MISSES_PER_PROPERTY misses within PROPERTY_WINDOW_MINUTES
//   — a guesser who changes caller ID at every call;
// - and a reservation's last name, from any number, after WRONG_NAMES_PER_RESERVATION wrong names for
//   it within NUMBER_WINDOW_HOURS: a guesser who has its confirmation number (a photographed
//   confirmation, a forwarded text) and a list of surnames could otherwise try 1,200 a day, a
//   property's whole allowance, on one guest. Past it no name opens it, the right one included:
//   the guest reaches the desk, as after two wrong names in one call.
// A lookup not made is a miss to the caller like any other (the flow's third sends them to the
// desk, who can help anyone), so the guesser cannot tell when the count stopped them. A real guest
// who mistypes misses once or twice; the limits are far above what a hotel's own guests reach.

import type { Sql } from '../storage/sql.ts';

export const MISSES_PER_NUMBER = 10;
export const NUMBER_WINDOW_HOURS = 24;
export const MISSES_PER_PROPERTY = 50;
export const PROPERTY_WINDOW_MINUTES = 60;
export const WRONG_NAMES_PER_RESERVATION = 5;

/** Why lookups are not made now, or null when they are. */
export type LookupRefusal = 'number' | 'property' | null;

export class LookupGuesses {
  constructor(
    private readonly sql: Sql,
    private readonly hotelId: number,
  ) {}

  /** The number a call (or text conversation) comes from, as Twilio reported it ('' when withheld). */
  async callerOf(callSid: string): Promise<string> {
    const row = await this.sql.get<{ from_number: string }>('SELECT from_number FROM calls WHERE call_sid = ?', [callSid]);
    return row?.from_number ?? '';
  }

  /** Whether a lookup from `number` may be made now. */
  async refusal(number: string, now: Date): Promise<LookupRefusal> {
    // Counted, then written at the turn's end: two lookups at once on two instances both read the
    // count before either wrote its miss, and a name sent beside the last allowed one was compared
    // (round 33, test/postgres/lookup-guesses-race.test.ts). A property's lookups go one at a time.
    if (this.sql.inTransaction) await this.sql.lock(`lookup-guesses:${this.hotelId}`);
    const property = await this.sql.get<{ n: number }>('SELECT count(*) AS n FROM reservation_lookup_misses WHERE hotel_id = ? AND at > ?', [
      this.hotelId,
      since(now, PROPERTY_WINDOW_MINUTES * 60_000),
    ]);
    if (Number(property?.n ?? 0) >= MISSES_PER_PROPERTY) return 'property';
    const mine = await this.sql.get<{ n: number }>('SELECT count(*) AS n FROM reservation_lookup_misses WHERE hotel_id = ? AND number = ? AND at > ?', [
      this.hotelId,
      number,
      since(now, NUMBER_WINDOW_HOURS * 3_600_000),
    ]);
    return Number(mine?.n ?? 0) >= MISSES_PER_NUMBER ? 'number' : null;
  }

  /** Whether reservation @reservationId has had its fill of wrong last names today, from any number. */
  async namesSpent(reservationId: number, now: Date): Promise<boolean> {
    const row = await this.sql.get<{ n: number }>('SELECT count(*) AS n FROM reservation_lookup_misses WHERE reservation_id = ? AND at > ?', [
      reservationId,
      since(now, NUMBER_WINDOW_HOURS * 3_600_000),
    ]);
    return Number(row?.n ?? 0) >= WRONG_NAMES_PER_RESERVATION;
  }

  /**
   * A lookup from `number` found nothing: counted, against reservation @reservationId too when it
   * was a wrong last name for it (and the property's misses past every window forgotten).
   * `confirmation`: the number tried, when it matched no reservation (migration 20).
   */
  async missed(number: string, now: Date, reservationId: number | null = null, confirmation: string | null = null): Promise<void> {
    await this.sql.run('DELETE FROM reservation_lookup_misses WHERE hotel_id = ? AND at <= ?', [this.hotelId, since(now, NUMBER_WINDOW_HOURS * 3_600_000)]);
    await this.sql.run('INSERT INTO reservation_lookup_misses (hotel_id, number, at, reservation_id, confirmation) VALUES (?, ?, ?, ?, ?)', [
      this.hotelId,
      number.slice(0, 40),
      now.toISOString(),
      reservationId,
      confirmation?.slice(0, 20) ?? null,
    ]);
  }

  /** Whether `number` was counted a miss for trying `confirmation`, which matched no reservation, within the window. */
  async triedUnknown(number: string, confirmation: string, now: Date): Promise<boolean> {
    const row = await this.sql.get(
      'SELECT 1 AS tried FROM reservation_lookup_misses WHERE hotel_id = ? AND number = ? AND at > ? AND confirmation = ? LIMIT 1',
      [this.hotelId, number.slice(0, 40), since(now, NUMBER_WINDOW_HOURS * 3_600_000), confirmation.slice(0, 20)],
    );
    return row !== undefined;
  }
}

function since(now: Date, ms: number): string {
  return new Date(now.getTime() - ms).toISOString();
}
