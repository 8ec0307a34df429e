// Which staff actions on reservations can still be taken back: the latest action on each, if it
// was "arrived", "cancel", "keep room" (a hold moved later) or "change" and is younger than the undo window.

import { detailOf } from '../audit.ts';
import { placeholders } from '../../storage/sql.ts';
import type { Sql } from '../../storage/sql.ts';

/** How long after marking arrived or cancelling the front desk can take it back. */
export const UNDO_MINUTES = 10;

export type Undoable = 'arrived' | 'cancelled' | 'held' | 'changed';

const UNDOABLE: Record<string, Undoable> = { 'reservation.arrived': 'arrived', 'reservation.cancel': 'cancelled', 'reservation.hold': 'held', 'reservation.change': 'changed' };

export class UndoQueries {
  constructor(private readonly sql: Sql) {}

  /** For each of these reservations whose latest staff action can be undone: what it made it. */
  async undoable(ids: number[], now: Date): Promise<Map<number, Undoable>> {
    const found = new Map<number, Undoable>();
    if (ids.length === 0) return found;
    const since = new Date(now.getTime() - UNDO_MINUTES * 60_000).toISOString();
    const targets = ids.map((id) => `reservation:${id}`);
    const rows = await this.sql.all<{ target: string; action: string; at: string; id: number }>(
      `SELECT a.target, a.action, a.at, a.id FROM audit_log a
        WHERE a.target IN (${placeholders(targets)})
          AND a.id = (SELECT max(b.id) FROM audit_log b WHERE b.target = a.target)`,
      targets,
    );
    for (const row of rows) {
      const kind = UNDOABLE[row.action];
      if (kind && row.at >= since) found.set(Number(row.target.slice('reservation:'.length)), kind);
    }
    return found;
  }

  /** The reservation's latest change: what it was before (its audit entry: the stay, payment, requests, hold, rate) and the text it queued. */
  async lastChange(id: number): Promise<{ before: Record<string, unknown>; outboxId: number | null } | null> {
    const row = await this.sql.get<{ detail_json: string | null }>(
      "SELECT detail_json FROM audit_log WHERE target = ? AND action = 'reservation.change' ORDER BY id DESC LIMIT 1",
      [`reservation:${id}`],
    );
    const detail = detailOf(row?.detail_json ?? null);
    const before = detail.before;
    if (before === null || typeof before !== 'object' || Array.isArray(before)) return null;
    return { before: before as Record<string, unknown>, outboxId: typeof detail.outboxId === 'number' ? detail.outboxId : null };
  }

  /** The hold the reservation's latest Keep room moved: from when, until when (its audit entry), or null. */
  async lastKept(id: number): Promise<{ from: string; until: string } | null> {
    const row = await this.sql.get<{ detail_json: string | null }>(
      "SELECT detail_json FROM audit_log WHERE target = ? AND action = 'reservation.hold' ORDER BY id DESC LIMIT 1",
      [`reservation:${id}`],
    );
    const detail = detailOf(row?.detail_json ?? null);
    return typeof detail.from === 'string' && typeof detail.until === 'string' ? { from: detail.from, until: detail.until } : null;
  }
}
