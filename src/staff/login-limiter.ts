// Throttles password guessing: failed logins are counted per username + address over a sliding
// window (STAFF_LOGIN_MAX_ATTEMPTS per STAFF_LOGIN_WINDOW_MINUTES); at the limit, further attempts
// are refused with 429 without checking the password. Kept in SQLite, so a restart or a second
// process does not reset the count.
//
// The address comes from req.ip, and the app trusts X-Forwarded-For (it runs behind a tunnel or
// proxy), so a guesser could vary that header: a second, wider limit per username alone
// (USERNAME_FACTOR times as many) stops that too, at the cost of locking the name for the window.

import type { Db } from '../storage/database.ts';

const USERNAME_FACTOR = 4;

export interface LimitCheck {
  allowed: boolean;
  /** Seconds until an attempt will be allowed again (when not allowed). */
  retryAfterSeconds: number;
}

export class LoginLimiter {
  readonly #countPair;
  readonly #countUser;
  readonly #insert;
  readonly #clear;
  readonly #purge;

  constructor(
    db: Db,
    private readonly maxAttempts: number,
    private readonly windowMinutes: number,
  ) {
    this.#countPair = db.prepare<[string, string, string], { n: number; oldest: string | null }>(
      'SELECT count(*) AS n, min(at) AS oldest FROM staff_login_failures WHERE username = ? AND ip = ? AND at > ?',
    );
    this.#countUser = db.prepare<[string, string], { n: number; oldest: string | null }>(
      'SELECT count(*) AS n, min(at) AS oldest FROM staff_login_failures WHERE username = ? AND at > ?',
    );
    this.#insert = db.prepare<[string, string, string]>('INSERT INTO staff_login_failures (username, ip, at) VALUES (?, ?, ?)');
    this.#clear = db.prepare<[string, string]>('DELETE FROM staff_login_failures WHERE username = ? AND ip = ?');
    this.#purge = db.prepare<[string]>('DELETE FROM staff_login_failures WHERE at <= ?');
  }

  check(username: string, ip: string, now: Date): LimitCheck {
    const since = this.windowStart(now);
    const pair = this.#countPair.get(key(username), ip, since)!;
    const user = this.#countUser.get(key(username), since)!;
    const blockedBy =
      pair.n >= this.maxAttempts ? pair.oldest : user.n >= this.maxAttempts * USERNAME_FACTOR ? user.oldest : null;
    if (blockedBy === null) return { allowed: true, retryAfterSeconds: 0 };
    const until = new Date(blockedBy).getTime() + this.windowMinutes * 60_000;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
  }

  fail(username: string, ip: string, now: Date): void {
    this.#purge.run(this.windowStart(now));
    this.#insert.run(key(username), ip, now.toISOString());
  }

  succeed(username: string, ip: string): void {
    this.#clear.run(key(username), ip);
  }

  private windowStart(now: Date): string {
    return new Date(now.getTime() - this.windowMinutes * 60_000).toISOString();
  }
}

/** Usernames are case-insensitive; a huge one is cut so the table stays small. */
function key(username: string): string {
  return username.trim().toLowerCase().slice(0, 60);
}
