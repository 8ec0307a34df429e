// The outbox: every text the hotel sends, as a row written in the same transaction as what it
// reports (a booking, a cancellation), so a text goes out for every booking and never for one
// that was rolled back. The sender (sender.ts) sends what is due; Twilio's status callback
// (POST /sms/status) records what became of it. Statuses: README "Written confirmations by text".

import type { HotelInfo, Locale } from '../../flows/types.ts';
import type { Db } from '../storage/database.ts';
import { confirmationText } from './confirmation-text.ts';
import type { ConfirmationKind } from './confirmation-text.ts';
import { recordOptOut, smsNumber } from './opt-out.ts';

export const OUTBOX_STATUSES = ['unsent', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_KINDS = ['booking_confirmed', 'booking_cancelled', 'conversation'] as const;
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
}

interface ReservationForText {
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
  room_type_code: string;
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

/** Twilio error 21610: the recipient has opted out (https://www.twilio.com/docs/api/errors/21610). */
export const UNSUBSCRIBED_RECIPIENT = '21610';

export class Outbox {
  readonly #db: Db;
  readonly #insert;
  readonly #existing;
  readonly #reservation;
  readonly #optedOut;
  readonly #due;
  readonly #get;
  readonly #claim;
  readonly #suppress;
  readonly #sent;
  readonly #retry;
  readonly #failed;
  readonly #bySid;
  readonly #setStatus;
  readonly #requeueStale;
  readonly #failStale;
  readonly #claimTx: (id: number, now: string) => ClaimResult;

  constructor(db: Db) {
    this.#db = db;
    this.#insert = db.prepare<[Record<string, unknown>]>(
      `INSERT INTO outbox (created_at, reservation_id, to_number, locale, kind, body, status, attempts, next_attempt_at, last_error, updated_at)
       VALUES (@now, @reservationId, @to, @locale, @kind, @body, @status, 0, @nextAttemptAt, @lastError, @now)`,
    );
    this.#existing = db
      .prepare<[number, string], number>('SELECT id FROM outbox WHERE reservation_id = ? AND kind = ? ORDER BY id LIMIT 1')
      .pluck();
    this.#reservation = db.prepare<[number], ReservationForText>(
      `SELECT r.confirmation, r.arrival, r.departure, r.nights, r.rooms, r.total, r.currency, r.callback_number,
              r.locale, r.hold_until, t.code AS room_type_code
         FROM reservations r JOIN room_types t ON t.id = r.room_type_id
        WHERE r.id = ?`,
    );
    this.#optedOut = db.prepare<[string], number>('SELECT 1 FROM sms_opt_outs WHERE number = ?').pluck();
    // The same condition as the partial index outbox_due, so SQLite reads the index alone.
    this.#due = db.prepare<[string, number], Row>(
      `SELECT * FROM outbox WHERE status IN ('unsent','queued') AND next_attempt_at <= ?
       ORDER BY next_attempt_at, id LIMIT ?`,
    );
    this.#get = db.prepare<[number], Row>('SELECT * FROM outbox WHERE id = ?');
    this.#claim = db.prepare<[string, number, string]>(
      `UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ?
       WHERE id = ? AND status IN ('unsent','queued') AND next_attempt_at <= ?`,
    );
    this.#suppress = db.prepare<[string, number]>(
      `UPDATE outbox SET status = 'suppressed', last_error = 'opted out', next_attempt_at = NULL, updated_at = ?
       WHERE id = ? AND status IN ('unsent','queued')`,
    );
    this.#sent = db.prepare<[string, string, number]>(
      `UPDATE outbox SET status = 'sent', message_sid = ?, last_error = NULL, next_attempt_at = NULL, updated_at = ?
       WHERE id = ? AND status = 'sending'`,
    );
    this.#retry = db.prepare<[string, string, string, number]>(
      `UPDATE outbox SET status = 'queued', last_error = ?, next_attempt_at = ?, updated_at = ?
       WHERE id = ? AND status = 'sending'`,
    );
    this.#failed = db.prepare<[string, string, number]>(
      `UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = NULL, updated_at = ?
       WHERE id = ? AND status IN ('sending','unsent','queued')`,
    );
    this.#bySid = db.prepare<[string], Row>('SELECT * FROM outbox WHERE message_sid = ? ORDER BY id LIMIT 1');
    this.#setStatus = db.prepare<[{ status: OutboxStatus; error: string | null; now: string; id: number }]>(
      // A delivery clears the error of an earlier attempt; a failure records its own.
      `UPDATE outbox SET status = @status, updated_at = @now,
              last_error = CASE WHEN @status = 'delivered' THEN NULL ELSE coalesce(@error, last_error) END
       WHERE id = @id`,
    );
    this.#requeueStale = db.prepare<[string, string, string, number]>(
      `UPDATE outbox SET status = 'queued', next_attempt_at = ?, updated_at = ?,
              last_error = 'interrupted while sending (the sender stopped mid-request); sending again'
       WHERE status = 'sending' AND updated_at < ? AND attempts < ?`,
    );
    this.#failStale = db.prepare<[string, string, number]>(
      `UPDATE outbox SET status = 'failed', next_attempt_at = NULL, updated_at = ?,
              last_error = 'interrupted while sending, out of attempts'
       WHERE status = 'sending' AND updated_at < ? AND attempts >= ?`,
    );

    const claim = db.transaction((id: number, now: string): ClaimResult => {
      const row = this.#get.get(id);
      if (!row || (row.status !== 'unsent' && row.status !== 'queued')) return 'taken';
      // The guest may have texted STOP after the text was written.
      if (this.#optedOut.get(row.to_number) !== undefined) {
        this.#suppress.run(now, id);
        return 'suppressed';
      }
      return this.#claim.run(now, id, now).changes === 1 ? 'claimed' : 'taken';
    });
    // IMMEDIATE: the write lock is taken before the read, so two senders (two processes on one
    // file) cannot both see the row unsent and both send it.
    this.#claimTx = (id, now) => claim.immediate(id, now);
  }

  /**
   * Writes the confirmation (or cancellation) text of a reservation, addressed to its callback
   * number in its language. Synchronous, and meant to be called inside the transaction that books
   * or cancels: rolled back with it. Idempotent per reservation and kind: a second call returns
   * the first row's id and writes nothing, so a retried webhook never texts twice.
   * Throws when the reservation does not exist.
   */
  enqueueReservationMessage(reservationId: number, kind: ConfirmationKind, hotel: HotelInfo, now: Date): number {
    const existing = this.#existing.get(reservationId, kind);
    if (existing !== undefined) return existing;
    const r = this.#reservation.get(reservationId);
    if (!r) throw new Error(`no reservation with id ${reservationId}`);
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
      },
    });
    return this.#write(reservationId, r.callback_number, locale, kind, body, now);
  }

  /** Writes any text (a reply in an SMS conversation). Same rules: synchronous, suppressed when opted out. */
  enqueueText(to: string, locale: Locale, kind: 'conversation', body: string, now: Date): number {
    if (body.length === 0) throw new Error('an empty text cannot be sent');
    return this.#write(null, to, locale, kind, body, now);
  }

  /** Texts due to be sent at `now`, oldest due first. */
  due(now: Date, limit: number): OutboxRow[] {
    return this.#due.all(now.toISOString(), limit).map(toOutboxRow);
  }

  get(id: number): OutboxRow | null {
    const row = this.#get.get(id);
    return row ? toOutboxRow(row) : null;
  }

  /**
   * Claims a due row for sending (unsent/queued → sending, one more attempt) in an IMMEDIATE
   * transaction. 'taken': another sender has it, or it is no longer due; 'suppressed': its number
   * opted out meanwhile, and the row says so now. Only a 'claimed' row may be sent.
   */
  markSending(id: number, now: Date): ClaimResult {
    return this.#claimTx(id, now.toISOString());
  }

  /** Twilio accepted the text. */
  markSent(id: number, messageSid: string, now: Date): boolean {
    return this.#sent.run(messageSid, now.toISOString(), id).changes === 1;
  }

  /**
   * The attempt failed. With `retryAt`, the text waits as 'queued' until then; without, it is
   * 'failed' for good.
   */
  markFailed(id: number, error: string, now: Date, retryAt: Date | null = null): boolean {
    const message = error.slice(0, MAX_ERROR);
    if (retryAt) return this.#retry.run(message, retryAt.toISOString(), now.toISOString(), id).changes === 1;
    return this.#failed.run(message, now.toISOString(), id).changes === 1;
  }

  /**
   * A row left 'sending' for longer than any request takes belongs to a sender that stopped
   * mid-request (a crash, a kill): it is queued again, or failed when out of attempts. Twilio may
   * have accepted it before the sender died, so the guest may get it twice: rather twice than never.
   * Returns how many rows were requeued or failed.
   */
  recoverStale(olderThan: Date, now: Date, maxAttempts: number): number {
    const before = olderThan.toISOString();
    const at = now.toISOString();
    return this.#db.transaction(
      () => this.#requeueStale.run(at, at, before, maxAttempts).changes + this.#failStale.run(at, before, maxAttempts).changes,
    )();
  }

  /**
   * Applies Twilio's status callback to the text with that MessageSid. Twilio's queued / accepted /
   * sending / sent all mean "Twilio has it" and read as 'sent' here (our own 'queued' and
   * 'sending' are the sender's, never Twilio's); delivered, undelivered and failed are final. A
   * status never moves a text backwards, as callbacks may arrive out of order. Returns false when
   * no text has that sid or the status is not one Twilio sends for outgoing messages.
   */
  applyStatus(messageSid: string, status: string, errorCode: string | undefined, now: Date): boolean {
    const target = fromTwilioStatus(status);
    if (!target) return false;
    const row = this.#bySid.get(messageSid);
    if (!row) return false;
    const code = errorCode?.trim().slice(0, 20) || undefined;
    // Forward only; among final statuses only good news overrides (a late "delivered").
    const moves =
      RANK[target] > RANK[row.status] || (target === 'delivered' && (row.status === 'undelivered' || row.status === 'failed'));
    if (moves) {
      const error = target === 'undelivered' || target === 'failed' ? `twilio: ${status}${code ? ` (error ${code})` : ''}` : null;
      this.#setStatus.run({ status: target, error, now: now.toISOString(), id: row.id });
    }
    // 21610: the recipient unsubscribed (texted STOP to Twilio); nothing more goes to them.
    if (code === UNSUBSCRIBED_RECIPIENT) recordOptOut(this.#db, row.to_number, now);
    return true;
  }

  /** Texts newest first, for staff. */
  list(opts: { status?: string; reservationId?: number; limit: number; offset: number }): OutboxRow[] {
    const where: string[] = [];
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
    return this.#db.prepare<(string | number)[], Row>(sql).all(...params).map(toOutboxRow);
  }

  /** How many texts are in each status, for staff and metrics. */
  counts(): Record<OutboxStatus, number> {
    const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
    const rows = this.#db.prepare<[], { status: OutboxStatus; n: number }>('SELECT status, count(*) AS n FROM outbox GROUP BY status').all();
    for (const { status, n } of rows) counts[status] = n;
    return counts;
  }

  #write(reservationId: number | null, to: string, locale: Locale, kind: OutboxKind, body: string, now: Date): number {
    const number = smsNumber(to);
    const optedOut = this.#optedOut.get(number) !== undefined;
    const at = now.toISOString();
    const result = this.#insert.run({
      now: at,
      reservationId,
      to: number,
      locale,
      kind,
      body,
      status: optedOut ? 'suppressed' : 'unsent',
      nextAttemptAt: optedOut ? null : at,
      lastError: optedOut ? 'opted out' : null,
    });
    return Number(result.lastInsertRowid);
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
  };
}
