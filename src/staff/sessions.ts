// Staff sessions: a random id in an HttpOnly cookie, its SHA-256 in the database with the account, the
// expiry and the session's CSRF token. Logging out or disabling the account deletes the row.
// Besides its absolute lifetime a session ends when idle: a request that finds it unused for longer
// than the idle limit (last_seen_at, kept in the database, not a cookie's age) ends it there. The
// console's own background polls (live.js) are not use: a screen left open at the desk still ends.

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
  last_seen_at: string;
  user_id: number;
  username: string;
  role: Role;
  disabled_at: string | null;
}

/** Why a cookie opened no session: it ended for want of use, or for any other reason (unknown, expired, logged out). */
export type SessionEnd = 'idle' | 'gone';

export interface SessionLookup {
  /** Whether the request is the clerk's own use (a page, an action), which keeps the session alive; a background poll is not. */
  touch: boolean;
}

export class Sessions {
  /** `idleMinutes`: how long a session may go unused before it ends. */
  constructor(
    private readonly sql: Sql,
    readonly idleMinutes: number,
  ) {}

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

  /** The live session a cookie value opens, or null (unknown, expired, idle too long, or its account disabled). */
  async get(cookie: string, now: Date, lookup: SessionLookup = { touch: true }): Promise<Session | null> {
    const found = await this.open(cookie, now, lookup);
    return 'session' in found ? found.session : null;
  }

  /** The session a cookie opens, or why it opens none; a session found idle too long is deleted here. */
  async open(cookie: string, now: Date, lookup: SessionLookup): Promise<{ session: Session } | { ended: SessionEnd }> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(cookie)) return { ended: 'gone' };
    const idHash = sha256(cookie);
    const row = await this.sql.get<SessionRow>(
      `SELECT s.id_hash, s.csrf_token, s.expires_at, s.last_seen_at, u.id AS user_id, u.username, u.role, u.disabled_at
         FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
        WHERE s.id_hash = ? AND s.expires_at > ?`,
      [idHash, now.toISOString()],
    );
    if (!row || row.disabled_at !== null) return { ended: 'gone' };
    if (Date.parse(row.last_seen_at) + this.idleMinutes * 60_000 <= now.getTime()) {
      await this.destroy(idHash);
      return { ended: 'idle' };
    }
    if (lookup.touch) await this.sql.run('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?', [now.toISOString(), idHash]);
    return { session: {
      idHash,
      user: { id: row.user_id, username: row.username, role: row.role, disabled: false },
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    } };
  }

  /**
   * Whether a session opened earlier is still there: not logged out, not expired, its account not
   * disabled (a long answer, the CSV export, asks again as it goes; nothing is touched).
   */
  async isOpen(idHash: string, now: Date): Promise<boolean> {
    const row = await this.sql.get<{ one: number }>(
      `SELECT 1 AS one FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
        WHERE s.id_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
      [idHash, now.toISOString()],
    );
    return row !== undefined;
  }

  async destroy(idHash: string): Promise<void> {
    await this.sql.run('DELETE FROM staff_sessions WHERE id_hash = ?', [idHash]);
  }
}
