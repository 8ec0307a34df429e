// Throttles password guessing: failed logins are counted per username + address over a sliding
// window (STAFF_LOGIN_MAX_ATTEMPTS per STAFF_LOGIN_WINDOW_MINUTES); at the limit, further attempts
// are refused with 429 without checking the password. Kept in the database, so a restart or a
// second process does not reset the count.
//
// The address comes from req.ip, and the app trusts X-Forwarded-For (it runs behind a tunnel or
// proxy), so a guesser could vary that header: a second, wider limit per username alone
// (USERNAME_FACTOR times as many) stops that too, at the cost of locking the name for the window.

import type { Sql } from '../storage/sql.ts';

const USERNAME_FACTOR = 4;

export interface LimitCheck {
  allowed: boolean;
  /** Seconds until an attempt will be allowed again (when not allowed). */
  retryAfterSeconds: number;
}

export class LoginLimiter {
  constructor(
    private readonly sql: Sql,
    private readonly maxAttempts: number,
    private readonly windowMinutes: number,
  ) {}

  async check(username: string, ip: string, now: Date): Promise<LimitCheck> {
    const since = this.windowStart(now);
    const pair = (await this.sql.get<{ n: number; oldest: string | null }>(
      'SELECT count(*) AS n, min(at) AS oldest FROM staff_login_failures WHERE username = ? AND ip = ? AND at > ?',
      [key(username), ip, since],
    ))!;
    const user = (await this.sql.get<{ n: number; oldest: string | null }>(
      'SELECT count(*) AS n, min(at) AS oldest FROM staff_login_failures WHERE username = ? AND at > ?',
      [key(username), since],
    ))!;
    const blockedBy =
      pair.n >= this.maxAttempts ? pair.oldest : user.n >= this.maxAttempts * USERNAME_FACTOR ? user.oldest : null;
    if (blockedBy === null) return { allowed: true, retryAfterSeconds: 0 };
    const until = new Date(blockedBy).getTime() + this.windowMinutes * 60_000;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
  }

  async fail(username: string, ip: string, now: Date): Promise<void> {
    await this.sql.run('DELETE FROM staff_login_failures WHERE at <= ?', [this.windowStart(now)]);
    await this.sql.run('INSERT INTO staff_login_failures (username, ip, at) VALUES (?, ?, ?)', [key(username), ip, now.toISOString()]);
  }

  async succeed(username: string, ip: string): Promise<void> {
    await this.sql.run('DELETE FROM staff_login_failures WHERE username = ? AND ip = ?', [key(username), ip]);
  }

  private windowStart(now: Date): string {
    return new Date(now.getTime() - this.windowMinutes * 60_000).toISOString();
  }
}

/** Usernames are case-insensitive; a huge one is cut so the table stays small. */
function key(username: string): string {
  return username.trim().toLowerCase().slice(0, 60);
}
