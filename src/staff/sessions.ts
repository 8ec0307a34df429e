// Staff sessions: a random id in an HttpOnly cookie, its SHA-256 in the database with the account, the
// expiry and the session's CSRF token. Logging out or disabling the account deletes the row.

import { randomBytes } from 'node:crypto';
import type { Sql } from '../storage/sql.ts';
import type { Role, StaffUser } from './accounts.ts';
import { sha256 } from './accounts.ts';

export interface Session {
  idHash: string;
  user: StaffUser;
  csrfToken: string;
  expiresAt: string;
}

interface SessionRow {
  id_hash: string;
  csrf_token: string;
  expires_at: string;
  user_id: number;
  username: string;
  role: Role;
  disabled_at: string | null;
}

export class Sessions {
  constructor(private readonly sql: Sql) {}

  /** Opens a session; returns the cookie value (the only place the raw id ever exists). */
  async create(
    user: StaffUser,
    opts: { now: Date; hours: number; ip: string | null; userAgent: string | null },
  ): Promise<{ cookie: string; session: Session }> {
    const now = opts.now.toISOString();
    await this.sql.run('DELETE FROM staff_sessions WHERE expires_at <= ?', [now]);
    const cookie = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    const expiresAt = new Date(opts.now.getTime() + opts.hours * 3_600_000).toISOString();
    const idHash = sha256(cookie);
    await this.sql.run(
      `INSERT INTO staff_sessions (id_hash, user_id, csrf_token, created_at, expires_at, last_seen_at, ip, user_agent)
       VALUES (@idHash, @userId, @csrf, @now, @expiresAt, @now, @ip, @userAgent)`,
      {
        idHash,
        userId: user.id,
        csrf,
        now,
        expiresAt,
        ip: opts.ip?.slice(0, 100) ?? null,
        userAgent: opts.userAgent?.slice(0, 300) ?? null,
      },
    );
    return { cookie, session: { idHash, user, csrfToken: csrf, expiresAt } };
  }

  /** The live session a cookie value opens, or null (unknown, expired, or its account disabled). */
  async get(cookie: string, now: Date): Promise<Session | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(cookie)) return null;
    const idHash = sha256(cookie);
    const row = await this.sql.get<SessionRow>(
      `SELECT s.id_hash, s.csrf_token, s.expires_at, u.id AS user_id, u.username, u.role, u.disabled_at
         FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
        WHERE s.id_hash = ? AND s.expires_at > ?`,
      [idHash, now.toISOString()],
    );
    if (!row || row.disabled_at !== null) return null;
    await this.sql.run('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?', [now.toISOString(), idHash]);
    return {
      idHash,
      user: { id: row.user_id, username: row.username, role: row.role, disabled: false },
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    };
  }

  async destroy(idHash: string): Promise<void> {
    await this.sql.run('DELETE FROM staff_sessions WHERE id_hash = ?', [idHash]);
  }
}
