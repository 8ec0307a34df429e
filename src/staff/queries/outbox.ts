// Texts for staff: the outbox (src/messaging/outbox.ts) newest first, by status or by reservation,
// paged, each with the confirmation number of the reservation it is about.

import type { Outbox, OutboxRow, OutboxStatus } from '../../messaging/outbox.ts';
import type { Sql } from '../../storage/sql.ts';
import { maskCardNumbers } from '../redact.ts';
import { inScope, scopeCondition } from '../property-scope.ts';

export interface OutboxFilter {
  status?: OutboxStatus;
  reservationId?: number;
}

export interface OutboxMessageView extends OutboxRow {
  reservation: { id: number; confirmation: string } | null;
  /** The name on the reservation the text is about, when it has one. */
  guestName: string | null;
}

export class OutboxQueries {
  readonly #outbox: Outbox;

  constructor(
    private readonly sql: Sql,
    outbox: Outbox,
  ) {
    this.#outbox = outbox;
  }

  /**
   * Texts written in [startIso, endIso) that did not reach the guest, by status: failed (refused, or
   * out of attempts) and undelivered (the carrier's word), for the properties in view.
   */
  async notDelivered(startIso: string, endIso: string): Promise<{ failed: number; undelivered: number }> {
    const rows = await this.sql.all<{ status: string; n: number }>(
      `SELECT status, count(*) AS n FROM outbox WHERE status IN ('failed', 'undelivered') AND created_at >= ? AND created_at < ?${inScope('hotel_id')} GROUP BY status`,
      [startIso, endIso],
    );
    const n = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
    return { failed: n('failed'), undelivered: n('undelivered') };
  }

  async list(filter: OutboxFilter, page: number, perPage: number): Promise<{ total: number; messages: OutboxMessageView[] }> {
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
    const scope = scopeCondition('hotel_id');
    if (scope) clauses.push(scope);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const total = (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM outbox ${where}`, params))!.n;
    const rows = await this.#outbox.list({ ...filter, limit: perPage, offset: (page - 1) * perPage, condition: scope });
    const messages: OutboxMessageView[] = [];
    for (const row of rows) messages.push(await this.#view(row));
    return { total, messages };
  }

  /** How many texts are in each status (every text, whatever the filter). */
  counts(): Promise<Record<OutboxStatus, number>> {
    return this.#outbox.counts(scopeCondition('hotel_id'));
  }

  async #view(row: OutboxRow): Promise<OutboxMessageView> {
    const about =
      row.reservationId === null
        ? undefined
        : await this.sql.get<{ confirmation: string; guest_name: string | null }>('SELECT confirmation, guest_name FROM reservations WHERE id = ?', [row.reservationId]);
    return {
      ...row,
      // Texts are written by Conserje and hold no card number; masked anyway, like everything staff see.
      body: maskCardNumbers(row.body),
      reservation: row.reservationId !== null && about !== undefined ? { id: row.reservationId, confirmation: about.confirmation } : null,
      guestName: about?.guest_name ? maskCardNumbers(about.guest_name) : null,
    };
  }
}
