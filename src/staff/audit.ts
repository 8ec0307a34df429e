// The audit log: every staff action with who, when, how (web page, API, terminal) and on what.

import { redact, redactDeep } from '../privacy/redact.ts';
import type { Sql } from '../storage/sql.ts';
import { placeholders } from '../storage/sql.ts';

export type AuditVia = 'web' | 'api' | 'terminal';

export interface AuditEntry {
  actorId: number | null;
  actor: string;
  via: AuditVia;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown> | null;
  ip?: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor: string;
  via: AuditVia;
  action: string;
  target: string | null;
  detail_json: string | null;
  ip: string | null;
}

export class AuditLog {
  constructor(private readonly sql: Sql) {}

  async record(entry: AuditEntry, at: Date): Promise<void> {
    await this.sql.run(
      `INSERT INTO audit_log (at, actor_id, actor, via, action, target, detail_json, ip)
       VALUES (@at, @actorId, @actor, @via, @action, @target, @detail, @ip)`,
      {
        at: at.toISOString(),
        actorId: entry.actorId,
        // What someone typed (a failed login's username, a note's detail) is redacted like any input.
        actor: redact(entry.actor),
        via: entry.via,
        action: entry.action,
        target: entry.target ? redact(entry.target) : null,
        detail: entry.detail ? JSON.stringify(redactDeep(entry.detail)) : null,
        ip: entry.ip ?? null,
      },
    );
  }

  /**
   * The latest entries; with a `reach` (a limited admin's, account-reach.ts), only those made by the
   * accounts in it and on its own properties: an account's entries from before it was moved into
   * reach may name another property's reservations and callbacks (their targets say which row, and
   * the row its property). Entries on no property (logins, tokens) are kept.
   */
  async recent(limit = 100, offset = 0, reach?: { ids: ReadonlySet<number>; hotels: ReadonlySet<number> }): Promise<AuditRow[]> {
    if (!reach) return this.sql.all<AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?', [limit, offset]);
    const ids = [...reach.ids];
    if (ids.length === 0) return [];
    const kept: AuditRow[] = [];
    let skip = offset;
    let before = Number.MAX_SAFE_INTEGER;
    // Read in batches until enough are kept: few entries are left out, so one batch is the rule.
    for (;;) {
      const batch = await this.sql.all<AuditRow>(
        `SELECT * FROM audit_log WHERE actor_id IN (${placeholders(ids)}) AND id < ? ORDER BY id DESC LIMIT ?`,
        [...ids, before, AUDIT_BATCH],
      );
      const elsewhere = await this.otherProperties(batch, reach.hotels);
      for (const row of batch) {
        if (elsewhere.has(row.target ?? '')) continue;
        if (skip > 0) skip--;
        else kept.push(row);
        if (kept.length === limit) return kept;
      }
      if (batch.length < AUDIT_BATCH) return kept;
      before = Number(batch.at(-1)!.id);
    }
  }

  /** The targets among `rows` (`reservation:<id>`, `callback:<id>`) whose row is of a property not in `hotels`. */
  private async otherProperties(rows: AuditRow[], hotels: ReadonlySet<number>): Promise<Set<string>> {
    const elsewhere = new Set<string>();
    for (const [kind, table] of TARGET_TABLES) {
      const named = new RegExp(`^${kind}:(\\d{1,15})$`);
      const ids = [...new Set(rows.map((r) => named.exec(r.target ?? '')?.[1]).filter((id) => id !== undefined))].map(Number);
      if (ids.length === 0) continue;
      const found = await this.sql.all<{ id: number; hotel_id: number | null }>(`SELECT id, hotel_id FROM ${table} WHERE id IN (${placeholders(ids)})`, ids);
      for (const row of found) if (row.hotel_id !== null && !hotels.has(Number(row.hotel_id))) elsewhere.add(`${kind}:${row.id}`);
    }
    return elsewhere;
  }
}

/** How many entries `recent` reads at a time for a limited admin. */
const AUDIT_BATCH = 500;

/** The audit targets that name a property's row, and the row's table (its `hotel_id` says the property): a handover note's entry carries its text. */
const TARGET_TABLES = [
  ['reservation', 'reservations'],
  ['callback', 'callback_requests'],
  ['handover', 'handover_notes'],
] as const;

/** An entry's detail as an object ({} when it has none or it cannot be read). */
export function detailOf(detailJson: string | null): Record<string, unknown> {
  try {
    const parsed: unknown = detailJson ? JSON.parse(detailJson) : null;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A token's id as an entry's detail names it (`tokenId` of token.create, `token` of an action done with one), or null. */
export function tokenIdIn(detail: Record<string, unknown>, key: 'tokenId' | 'token'): number | null {
  const id = detail[key];
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
}
