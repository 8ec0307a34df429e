// The audit log: every staff action with who, when, how (web page, API, terminal) and on what.

import type { Db } from '../storage/database.ts';

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
  readonly #insert;
  readonly #recent;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO audit_log (at, actor_id, actor, via, action, target, detail_json, ip)
       VALUES (@at, @actorId, @actor, @via, @action, @target, @detail, @ip)`,
    );
    this.#recent = db.prepare<[number, number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?');
  }

  record(entry: AuditEntry, at: Date): void {
    this.#insert.run({
      at: at.toISOString(),
      actorId: entry.actorId,
      actor: entry.actor,
      via: entry.via,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.ip ?? null,
    });
  }

  recent(limit = 100, offset = 0): AuditRow[] {
    return this.#recent.all(limit, offset);
  }
}
