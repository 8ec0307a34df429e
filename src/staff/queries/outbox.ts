// Texts for staff: the outbox (src/messaging/outbox.ts) newest first, by status or by reservation,
// paged, each with the confirmation number of the reservation it is about.

import type { Outbox, OutboxRow, OutboxStatus } from '../../messaging/outbox.ts';
import type { Db } from '../../storage/database.ts';
import { maskCardNumbers } from '../redact.ts';
import { StatementCache } from './statements.ts';

export interface OutboxFilter {
  status?: OutboxStatus;
  reservationId?: number;
}

export interface OutboxMessageView extends OutboxRow {
  reservation: { id: number; confirmation: string } | null;
}

export class OutboxQueries {
  readonly #outbox: Outbox;
  readonly #statements: StatementCache;
  readonly #confirmation;

  constructor(db: Db, outbox: Outbox) {
    this.#outbox = outbox;
    this.#statements = new StatementCache(db);
    this.#confirmation = db.prepare<[number], string>('SELECT confirmation FROM reservations WHERE id = ?').pluck();
  }

  list(filter: OutboxFilter, page: number, perPage: number): { total: number; messages: OutboxMessageView[] } {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (filter.status !== undefined) {
      clauses.push('status = ?');
      params.push(filter.status);
    }
    if (filter.reservationId !== undefined) {
      clauses.push('reservation_id = ?');
      params.push(filter.reservationId);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const total = this.#statements.get<{ n: number }>(`SELECT count(*) AS n FROM outbox ${where}`).get(...params)!.n;
    const rows = this.#outbox.list({ ...filter, limit: perPage, offset: (page - 1) * perPage });
    return { total, messages: rows.map((row) => this.#view(row)) };
  }

  /** How many texts are in each status (every text, whatever the filter). */
  counts(): Record<OutboxStatus, number> {
    return this.#outbox.counts();
  }

  #view(row: OutboxRow): OutboxMessageView {
    const confirmation = row.reservationId === null ? undefined : this.#confirmation.get(row.reservationId);
    return {
      ...row,
      // Texts are written by Conserje and hold no card number; masked anyway, like everything staff see.
      body: maskCardNumbers(row.body),
      reservation: row.reservationId !== null && confirmation !== undefined ? { id: row.reservationId, confirmation } : null,
    };
  }
}
