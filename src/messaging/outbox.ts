// The outbox: every text the hotel sends, as a row written in the same transaction as what it
// reports (a booking, a cancellation), so a text goes out for every booking and never for one
// that was rolled back. The sender (sender.ts) sends what is due; Twilio's status callback
// (POST /sms/status) records what became of it. Statuses: docs/texting.md.

import type { HotelInfo, Locale } from '../../flows/types.ts';
import { atomically } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';
import { confirmationText } from './confirmation-text.ts';
import type { ConfirmationKind } from './confirmation-text.ts';
import { isOptedOut, recordOptOut, smsNumber } from './opt-out.ts';

export const OUTBOX_STATUSES = ['unsent', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_KINDS = ['booking_confirmed', 'booking_cancelled', 'booking_changed', 'conversation'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxRow {
  id: number;
  createdAt: string;
  reservationId: number | null;
  toNumber: string;
  locale: Locale;
  kind: OutboxKind;
  body: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  messageSid: string | null;
  updatedAt: string;
  /** The property the text is from (its own number sends it), when known. */
  hotelId: number | null;
}

/** A reservation's texts of one kind to take back (Outbox.withdraw); `textId`: only that one, null: none. */
export interface TextsToWithdraw {
  reservationId: number;
  kind: ConfirmationKind;
  textId?: number | null;
}

/** What a withdraw came to: how many texts were taken back, and whether one had gone already. */
export interface Withdrawn {
  withdrawn: number;
  alreadySent: boolean;
}

/** What claiming a row for sending came to. */
export type ClaimResult = 'claimed' | 'suppressed' | 'taken';

interface Row {
  id: number;
  created_at: string;
  reservation_id: number | null;
  to_number: string;
  locale: string;
  kind: OutboxKind;
  body: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  message_sid: string | null;
  updated_at: string;
  hotel_id: number | null;
}

interface ReservationForText {
  hotel_id: number;
  confirmation: string;
  arrival: string;
  departure: string;
  nights: number;
  rooms: number;
  total: number;
  currency: string;
  callback_number: string;
  locale: string;
  hold_until: string;
  status: string;
  room_type_code: string;
  special_requests: string | null;
}

/** Where each status stands: a callback never moves a text backwards (callbacks can arrive out of order). */
const RANK: Readonly<Record<OutboxStatus, number>> = {
  unsent: 0,
  queued: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  undelivered: 3,
  failed: 3,
  suppressed: 3,
};

const MAX_ERROR = 500;

/** How a withdrawn text's last_error begins (Outbox.withdraw): told apart from a text that failed. */
const WITHDRAWN = 'withdrawn: ';
/** Why a change's text not yet sent is withdrawn by the next change (enqueueReservationChange). */
const LATER_CHANGE = 'a later change of the reservation has its own text';

/**
 * At most this many reservation texts go to one number in RECIPIENT_WINDOW_HOURS, from every
 * property of the deployment together. A caller gives any callback number (and caller ID is easy
 * to fake), so without a limit anyone could book, cancel and book again to have the hotel text
 * a stranger over and over, paid for by the hotel and reported as spam against its number. A
 * guest who books twice and cancels one stays well inside it; past it the text is written
 * 'failed' with the reason, for staff to see, and not sent.
 */
export const RECIPIENT_TEXT_LIMIT = 5;
export const RECIPIENT_WINDOW_HOURS = 24;
export const RECIPIENT_LIMIT_REASON = `not sent: ${RECIPIENT_TEXT_LIMIT} texts about reservations already went to this number in ${RECIPIENT_WINDOW_HOURS} hours (a guard against texting someone over and over)`;

/**
 * Reservation texts written to a number since a time, not counting those never sent for a reason
 * of ours: by the texts' own number, not by the reservations now at it. Counted by the latter, a
 * reservation changed onto a number, texted to the limit and moved off again took its texts with
 * it, and the next one started from nothing (round 30: a clerk's token texted one number 9 times
 * in a row with the console's Change; test/security/change-reservation-attacks.test.ts). Read by
 * outbox_to_erase (the window's rows; a text's body is erased only days later), so it costs the
 * day's texts, not the outbox's size; read only when a reservation's text is written, never on a turn.
 */
const RECENT_TEXTS_TO_SQL = `
  SELECT count(*) AS n FROM outbox
   WHERE to_number = ? AND created_at >= ? AND body <> '' AND reservation_id IS NOT NULL AND status NOT IN ('failed', 'suppressed')`;

/**
 * Whether the number a reservation's texts go to is, right now, at the cancel question of its own
 * text conversation with that property: the cancel being made is the guest's, and the
 * conversation's reply tells them. By the calls_from_hotel index; read only when a text cancels.
 */
const RECIPIENT_CANCELLING_SQL = `
  SELECT 1 AS own FROM reservations r JOIN calls c ON c.from_number = r.callback_number AND c.hotel_id = r.hotel_id
   WHERE r.id = ? AND c.channel = 'sms' AND c.ended_at IS NULL AND c.state = 'confirmingCancel' LIMIT 1`;

/** Twilio error 21610: the recipient has opted out (https://www.twilio.com/docs/api/errors/21610). */
export const UNSUBSCRIBED_RECIPIENT = '21610';

/** The outbox, on the database or inside the transaction of what a text reports (whichever `sql` is). */
export class Outbox {
  constructor(private readonly sql: Sql) {}

  /**
   * Writes the confirmation (or cancellation) text of a reservation, addressed to its callback
   * number in its language. Meant to be called inside the transaction that books or cancels:
   * rolled back with it. Idempotent per reservation and kind: a second call returns the first
   * row's id and writes nothing, so a retried webhook never texts twice. A withdrawn text does not
   * count: a reservation cancelled, taken back (its text withdrawn) and cancelled again gets its text.
   * Throws when the reservation does not exist.
   */
  async enqueueReservationMessage(reservationId: number, kind: ConfirmationKind, hotel: HotelInfo, now: Date): Promise<number> {
    const existing = await this.sql.get<{ id: number }>(
      `SELECT id FROM outbox WHERE reservation_id = ? AND kind = ? AND NOT (status = 'failed' AND last_error LIKE '${WITHDRAWN}%') ORDER BY id LIMIT 1`,
      [reservationId, kind],
    );
    if (existing !== undefined) return existing.id;
    return this.#writeReservationText(reservationId, await this.#reservationForText(reservationId), kind, hotel, now);
  }

  async #reservationForText(reservationId: number): Promise<ReservationForText> {
    const r = await this.sql.get<ReservationForText>(
      `SELECT r.hotel_id, r.confirmation, r.arrival, r.departure, r.nights, r.rooms, r.total, r.currency, r.callback_number,
              r.locale, r.hold_until, r.status, r.special_requests, t.code AS room_type_code
         FROM reservations r JOIN room_types t ON t.id = r.room_type_id
        WHERE r.id = ?`,
      [reservationId],
    );
    if (!r) throw new Error(`no reservation with id ${reservationId}`);
    return r;
  }

  async #writeReservationText(reservationId: number, r: ReservationForText, kind: ConfirmationKind, hotel: HotelInfo, now: Date): Promise<number> {
    const locale: Locale = r.locale === 'es-MX' ? 'es-MX' : 'en-US';
    const body = confirmationText({
      kind,
      locale,
      hotel,
      reservation: {
        confirmation: r.confirmation,
        arrival: r.arrival,
        departure: r.departure,
        nights: r.nights,
        rooms: r.rooms,
        total: r.total,
        currency: r.currency,
        roomTypeCode: r.room_type_code,
        holdUntil: r.hold_until,
        specialRequests: r.special_requests,
      },
      now,
    });
    const since = new Date(now.getTime() - RECIPIENT_WINDOW_HOURS * 3_600_000).toISOString();
    // Two texts to one number written at once on two instances both read the count before either
    // wrote (round 33, test/postgres/texts-to-one-number-race.test.ts): one number's are counted one at a time.
    if (this.sql.inTransaction) await this.sql.lock(`texts-to:${r.callback_number}`);
    const recent = await this.sql.get<{ n: number }>(RECENT_TEXTS_TO_SQL, [r.callback_number, since]);
    const refused = Number(recent?.n ?? 0) >= RECIPIENT_TEXT_LIMIT ? RECIPIENT_LIMIT_REASON : null;
    return this.#write(reservationId, r.callback_number, locale, kind, body, now, r.hotel_id, refused);
  }

  /**
   * Texts a reservation's details again, asked for by the guest on the phone: its confirmation (or,
   * cancelled, its cancellation), to its own callback number only, in its language. A new row each
   * time (the caller asked for it), under the same rules: suppressed when the number opted out,
   * refused past the recipient limit. Returns the row's id. Throws when the reservation does not exist.
   */
  async enqueueReservationAgain(reservationId: number, hotel: HotelInfo, now: Date): Promise<number> {
    const r = await this.#reservationForText(reservationId);
    const kind: ConfirmationKind = r.status === 'cancelled' ? 'booking_cancelled' : 'booking_confirmed';
    return this.#writeReservationText(reservationId, r, kind, hotel, now);
  }

  /**
   * Texts the guest a reservation's new details after the desk changed it: one text, in its
   * language, to its (new) callback number, under the same rules (suppressed when opted out,
   * refused past the recipient limit). A new row for every change; an earlier change's text not
   * yet sent is withdrawn first, so a guest changed twice in a minute gets the latest details once.
   * Meant for the change's own transaction. Returns the row's id.
   */
  async enqueueReservationChange(reservationId: number, hotel: HotelInfo, now: Date): Promise<number> {
    await this.withdraw({ reservationId, kind: 'booking_changed' }, LATER_CHANGE, now);
    return this.#writeReservationText(reservationId, await this.#reservationForText(reservationId), 'booking_changed', hotel, now);
  }

  /**
   * Takes back a reservation's texts of one kind that have not gone yet (unsent, or queued for a
   * retry): they become 'failed', "withdrawn: {why}", and are never due again (next_attempt_at
   * cleared). With `textId`, only that text (the one an action wrote; null: it wrote none). One
   * UPDATE guarded by the status, so a text the sender has claimed meanwhile ('sending') is not
   * withdrawn, and a text withdrawn before is left as it was (its reason and time kept).
   * `alreadySent`: one of them went to the guest all the same (the sender had it, or Twilio did);
   * a text never sent for a reason of ours (opted out, over the recipient limit, withdrawn) or one
   * Twilio failed is no news to the guest. Meant for the transaction of what takes the text back.
   */
  async withdraw(which: TextsToWithdraw, why: string, now: Date): Promise<Withdrawn> {
    if (which.textId === null) return { withdrawn: 0, alreadySent: false };
    const one = which.textId === undefined ? '' : ' AND id = ?';
    const params = [which.reservationId, which.kind, ...(which.textId === undefined ? [] : [which.textId])];
    const { changes } = await this.sql.run(
      `UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = NULL, updated_at = ?
        WHERE reservation_id = ? AND kind = ?${one} AND status IN ('unsent', 'queued')`,
      [`${WITHDRAWN}${why}`.slice(0, MAX_ERROR), now.toISOString(), ...params],
    );
    const sent = await this.sql.get<{ n: number }>(
      `SELECT count(*) AS n FROM outbox WHERE reservation_id = ? AND kind = ?${one} AND status IN ('sending', 'sent', 'delivered', 'undelivered')`,
      params,
    );
    return { withdrawn: changes, alreadySent: Number(sent?.n ?? 0) > 0 };
  }

  /**
   * Whether the reservation's text written last before `textId` (a change's) was withdrawn for that
   * change, unsent: the guest was never told the details it gave, which undoing the change brings
   * back (two changes in a minute, the second undone: round 30).
   */
  async earlierTextWithdrawnFor(reservationId: number, textId: number): Promise<boolean> {
    const row = await this.sql.get<{ status: string; last_error: string | null }>(
      "SELECT status, last_error FROM outbox WHERE reservation_id = ? AND id < ? AND status <> 'suppressed' ORDER BY id DESC LIMIT 1",
      [reservationId, textId],
    );
    return row?.status === 'failed' && row.last_error === `${WITHDRAWN}${LATER_CHANGE}`;
  }

  /**
   * Whether a cancellation made by text needs its own text to the guest: not when the guest is
   * the one texting (RECIPIENT_CANCELLING_SQL), else yes, whoever had the confirmation number.
   */
  async cancelNeedsText(reservationId: number): Promise<boolean> {
    return (await this.sql.get(RECIPIENT_CANCELLING_SQL, [reservationId])) === undefined;
  }

  /** Writes any text (a reply in an SMS conversation). Same rules: suppressed when opted out. */
  enqueueText(to: string, locale: Locale, kind: 'conversation', body: string, now: Date, hotelId: number | null = null): Promise<number> {
    if (body.length === 0) return Promise.reject(new Error('an empty text cannot be sent'));
    return this.#write(null, to, locale, kind, body, now, hotelId);
  }

  /** Texts due to be sent at `now`, oldest due first. */
  async due(now: Date, limit: number): Promise<OutboxRow[]> {
    // The same condition as the partial index outbox_due, so SQLite reads the index alone.
    const rows = await this.sql.all<Row>(
      `SELECT * FROM outbox WHERE status IN ('unsent','queued') AND next_attempt_at <= ?
       ORDER BY next_attempt_at, id LIMIT ?`,
      [now.toISOString(), limit],
    );
    return rows.map(toOutboxRow);
  }

  async get(id: number): Promise<OutboxRow | null> {
    const row = await this.sql.get<Row>('SELECT * FROM outbox WHERE id = ?', [id]);
    return row ? toOutboxRow(row) : null;
  }

  /**
   * Claims a due row for sending (unsent/queued → sending, one more attempt) in a write
   * transaction. 'taken': another sender has it, or it is no longer due; 'suppressed': its number
   * opted out meanwhile, and the row says so now. Only a 'claimed' row may be sent.
   */
  markSending(id: number, now: Date): Promise<ClaimResult> {
    const at = now.toISOString();
    // The row is locked before it is read (a write transaction; FOR UPDATE on PostgreSQL), so two
    // senders (two processes, two instances) cannot both see it unsent and both send it.
    return atomically(this.sql, async (tx): Promise<ClaimResult> => {
      const row = await tx.get<Row>(`SELECT * FROM outbox WHERE id = ?${tx.dialect.forUpdate}`, [id]);
      if (!row || (row.status !== 'unsent' && row.status !== 'queued')) return 'taken';
      // The guest may have texted STOP after the text was written.
      if (await isOptedOut(tx, row.to_number)) {
        await tx.run(
          `UPDATE outbox SET status = 'suppressed', last_error = 'opted out', next_attempt_at = NULL, updated_at = ?
           WHERE id = ? AND status IN ('unsent','queued')`,
          [at, id],
        );
        return 'suppressed';
      }
      const { changes } = await tx.run(
        `UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ?
         WHERE id = ? AND status IN ('unsent','queued') AND next_attempt_at <= ?`,
        [at, id, at],
      );
      return changes === 1 ? 'claimed' : 'taken';
    });
  }

  /** Twilio accepted the text. */
  async markSent(id: number, messageSid: string, now: Date): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE outbox SET status = 'sent', message_sid = ?, last_error = NULL, next_attempt_at = NULL, updated_at = ?
       WHERE id = ? AND status = 'sending'`,
      [messageSid, now.toISOString(), id],
    );
    return changes === 1;
  }

  /**
   * The attempt failed. With `retryAt`, the text waits as 'queued' until then; without, it is
   * 'failed' for good.
   */
  async markFailed(id: number, error: string, now: Date, retryAt: Date | null = null): Promise<boolean> {
    const message = error.slice(0, MAX_ERROR);
    const { changes } = retryAt
      ? await this.sql.run(
          `UPDATE outbox SET status = 'queued', last_error = ?, next_attempt_at = ?, updated_at = ?
           WHERE id = ? AND status = 'sending'`,
          [message, retryAt.toISOString(), now.toISOString(), id],
        )
      : await this.sql.run(
          `UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = NULL, updated_at = ?
           WHERE id = ? AND status IN ('sending','unsent','queued')`,
          [message, now.toISOString(), id],
        );
    return changes === 1;
  }

  /**
   * A row left 'sending' for longer than any request takes belongs to a sender that stopped
   * mid-request (a crash, a kill): it is queued again, or failed when out of attempts. Twilio may
   * have accepted it before the sender died, so the guest may get it twice: rather twice than never.
   * Returns how many rows were requeued or failed.
   */
  recoverStale(olderThan: Date, now: Date, maxAttempts: number): Promise<number> {
    const before = olderThan.toISOString();
    const at = now.toISOString();
    return atomically(this.sql, async (tx) => {
      const requeued = await tx.run(
        `UPDATE outbox SET status = 'queued', next_attempt_at = ?, updated_at = ?,
                last_error = 'interrupted while sending (the sender stopped mid-request); sending again'
         WHERE status = 'sending' AND updated_at < ? AND attempts < ?`,
        [at, at, before, maxAttempts],
      );
      const failed = await tx.run(
        `UPDATE outbox SET status = 'failed', next_attempt_at = NULL, updated_at = ?,
                last_error = 'interrupted while sending, out of attempts'
         WHERE status = 'sending' AND updated_at < ? AND attempts >= ?`,
        [at, before, maxAttempts],
      );
      return requeued.changes + failed.changes;
    });
  }

  /**
   * Applies Twilio's status callback to the text with that MessageSid. Twilio's queued / accepted /
   * sending / sent all mean "Twilio has it" and read as 'sent' here (our own 'queued' and
   * 'sending' are the sender's, never Twilio's); delivered, undelivered and failed are final. A
   * status never moves a text backwards, as callbacks may arrive out of order. Returns false when
   * no text has that sid or the status is not one Twilio sends for outgoing messages.
   */
  async applyStatus(messageSid: string, status: string, errorCode: string | undefined, now: Date): Promise<boolean> {
    const target = fromTwilioStatus(status);
    if (!target) return false;
    return atomically(this.sql, async (tx) => {
      const row = await tx.get<Row>(`SELECT * FROM outbox WHERE message_sid = ? ORDER BY id LIMIT 1${tx.dialect.forUpdate}`, [messageSid]);
      if (!row) return false;
      const code = errorCode?.trim().slice(0, 20) || undefined;
      // Forward only; among final statuses only good news overrides (a late "delivered").
      const moves =
        RANK[target] > RANK[row.status] || (target === 'delivered' && (row.status === 'undelivered' || row.status === 'failed'));
      if (moves) {
        const error = target === 'undelivered' || target === 'failed' ? `twilio: ${status}${code ? ` (error ${code})` : ''}` : null;
        await tx.run(
          // A delivery clears the error of an earlier attempt; a failure records its own.
          `UPDATE outbox SET status = @status, updated_at = @now,
                  last_error = CASE WHEN @status = 'delivered' THEN NULL ELSE coalesce(@error, last_error) END
           WHERE id = @id`,
          { status: target, error, now: now.toISOString(), id: row.id },
        );
      }
      // 21610: the recipient unsubscribed (texted STOP to Twilio); nothing more goes to them. Only
      // as news (`moves`): the same callback replayed after the guest texted START opted them out again.
      if (code === UNSUBSCRIBED_RECIPIENT && moves) await recordOptOut(tx, row.to_number, now);
      return true;
    });
  }

  /** Texts newest first, for staff. */
  async list(opts: { status?: string; reservationId?: number; limit: number; offset: number; condition?: string | null }): Promise<OutboxRow[]> {
    const where: string[] = opts.condition ? [opts.condition] : [];
    const params: (string | number)[] = [];
    if (opts.status !== undefined) {
      where.push('status = ?');
      params.push(opts.status);
    }
    if (opts.reservationId !== undefined) {
      where.push('reservation_id = ?');
      params.push(opts.reservationId);
    }
    const sql = `SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ? OFFSET ?`;
    params.push(clampCount(opts.limit, 1000), clampCount(opts.offset, Number.MAX_SAFE_INTEGER));
    return (await this.sql.all<Row>(sql, params)).map(toOutboxRow);
  }

  /** How many texts are in each status, for staff (`condition`: their properties' only) and metrics. */
  async counts(condition: string | null = null): Promise<Record<OutboxStatus, number>> {
    const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
    const rows = await this.sql.all<{ status: OutboxStatus; n: number }>(`SELECT status, count(*) AS n FROM outbox${condition ? ` WHERE ${condition}` : ''} GROUP BY status`);
    for (const { status, n } of rows) counts[status] = n;
    return counts;
  }

  /** Writes one text: 'unsent' (due now), 'suppressed' when its number opted out, 'failed' with `refused` as its reason. */
  async #write(
    reservationId: number | null,
    to: string,
    locale: Locale,
    kind: OutboxKind,
    body: string,
    now: Date,
    hotelId: number | null,
    refused: string | null = null,
  ): Promise<number> {
    const number = smsNumber(to);
    const optedOut = await isOptedOut(this.sql, number);
    const at = now.toISOString();
    const status: OutboxStatus = optedOut ? 'suppressed' : refused ? 'failed' : 'unsent';
    const row = await this.sql.get<{ id: number }>(
      `INSERT INTO outbox (created_at, reservation_id, to_number, locale, kind, body, status, attempts, next_attempt_at, last_error, updated_at, hotel_id)
       VALUES (@now, @reservationId, @to, @locale, @kind, @body, @status, 0, @nextAttemptAt, @lastError, @now, @hotelId) RETURNING id`,
      {
        now: at,
        hotelId,
        reservationId,
        to: number,
        locale,
        kind,
        body,
        status,
        nextAttemptAt: status === 'unsent' ? at : null,
        lastError: optedOut ? 'opted out' : refused,
      },
    );
    return row!.id;
  }
}

/** Our status for a Twilio MessageStatus of an outgoing message; null for anything else. */
export function fromTwilioStatus(status: string): OutboxStatus | null {
  switch (status) {
    case 'accepted':
    case 'scheduled':
    case 'queued':
    case 'sending':
    case 'sent':
      return 'sent';
    case 'delivered':
    case 'read': // WhatsApp's "read" comes after delivered
      return 'delivered';
    case 'undelivered':
      return 'undelivered';
    case 'failed':
    case 'canceled':
      return 'failed';
    default:
      return null;
  }
}

function clampCount(value: number, max: number): number {
  return Number.isInteger(value) && value >= 0 ? Math.min(value, max) : 0;
}

function toOutboxRow(row: Row): OutboxRow {
  return {
    id: row.id,
    createdAt: row.created_at,
    reservationId: row.reservation_id,
    toNumber: row.to_number,
    locale: row.locale === 'es-MX' ? 'es-MX' : 'en-US',
    kind: row.kind,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    messageSid: row.message_sid,
    updatedAt: row.updated_at,
    hotelId: row.hotel_id ?? null,
  };
}
