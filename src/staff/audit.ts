// The audit log: every staff action with who, when, how (web page, API, terminal) and on what.

import { redact, redactDeep } from '../privacy/redact.ts';
import type { Sql } from '../storage/sql.ts';

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

  /** The latest entries; with `actorIds`, only those entries made by these accounts (account-reach.ts). */
  recent(limit = 100, offset = 0, actorIds?: ReadonlySet<number>): Promise<AuditRow[]> {
    if (!actorIds) return this.sql.all<AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?', [limit, offset]);
    const ids = [...actorIds];
    if (ids.length === 0) return Promise.resolve([]);
    return this.sql.all<AuditRow>(`SELECT * FROM audit_log WHERE actor_id IN (${ids.map(() => '?').join(', ')}) ORDER BY id DESC LIMIT ? OFFSET ?`, [
      ...ids,
      limit,
      offset,
    ]);
  }
}

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
