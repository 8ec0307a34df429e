// Throttles password guessing. Every login attempt is counted BEFORE its password is checked,
// in one transaction with the count it is judged by (locked per username, so instances agree):
// N guesses sent at once are N rows, and only the first STAFF_LOGIN_MAX_ATTEMPTS of them within
// STAFF_LOGIN_WINDOW_MINUTES ever reach the password check; the rest, and any later attempt in
// the window (the right password included), are refused with 429. A successful login removes the
// rows of its username and address; a failed one stays counted. Kept in the database, so a
// restart or a second instance does not reset the count.
//
// The address is the connection's unless TRUST_PROXY names the proxy in front (src/config.ts),
// so a client cannot pick it by writing X-Forwarded-For. A second, wider limit per username alone
// (USERNAME_FACTOR times as many) stops a guesser who has many real addresses; it does not apply
// to an address the account has logged in from before (within KNOWN_ADDRESS_DAYS), so such a
// guesser cannot lock the real user out of their usual place. A third, per address alone (as wide
// as the username's), stops one address trying a password on many usernames (a spray: each name
// and each name-and-address pair saw one guess, and none was ever refused); it too spares an
// address the account has logged in from.

import { redact } from '../privacy/redact.ts';
import type { Sql } from '../storage/sql.ts';

const USERNAME_FACTOR = 4;
const KNOWN_ADDRESS_DAYS = 30;

export type LoginAttempt =
  | {
      allowed: true;
      /** The attempt's row: withdrawn when the password is not checked after all. */
      id: number;
      /** The account has logged in from this address before (its logins go first when busy). */
      knownAddress: boolean;
    }
  | {
      allowed: false;
      /** Seconds until an attempt will be allowed again. */
      retryAfterSeconds: number;
    };

interface Count {
  n: number;
  oldest: string | null;
}

export class LoginLimiter {
  constructor(
    private readonly db: Sql,
    private readonly maxAttempts: number,
    private readonly windowMinutes: number,
  ) {}

  /**
   * Counts an attempt by `username` from `ip`, or refuses it when the limit is reached. `device`:
   * the id of the mark this browser was given when it logged in as `username` (Accounts.deviceMark),
   * if it sent one; its attempts are counted on their own, as if from an address of their own that
   * the account has used, so a guesser at the same address (a hotel's or an office's NAT) cannot
   * lock it out, and its own wrong passwords still can.
   */
  async begin(username: string, address: string, now: Date, device: string | null = null): Promise<LoginAttempt> {
    const name = key(username);
    const ip = device === null ? address : deviceKey(device);
    const since = this.windowStart(now);
    return this.db.transaction(async (tx) => {
      await tx.lock(`staff-login:${name}`);
      // Then the address's (always in this order): guesses at many names from one address are counted one at a time.
      await tx.lock(`staff-login-address:${ip}`);
      await tx.run('DELETE FROM staff_login_failures WHERE username = ? AND at <= ?', [name, since]);
      const knownAddress = device !== null || (await isKnownAddress(tx, name, ip, now));
      const pair = (await tx.get<Count>(
        'SELECT count(*) AS n, min(at) AS oldest FROM staff_login_failures WHERE username = ? AND ip = ? AND at > ?',
        [name, ip, since],
      ))!;
      let blockedBy = pair.n >= this.maxAttempts ? pair.oldest : null;
      if (blockedBy === null && !knownAddress) {
        const user = (await tx.get<Count>(
          'SELECT count(*) AS n, min(at) AS oldest FROM staff_login_failures WHERE username = ? AND at > ?',
          [name, since],
        ))!;
        if (user.n >= this.maxAttempts * USERNAME_FACTOR) blockedBy = user.oldest;
      }
      if (blockedBy === null && !knownAddress) {
        const address = (await tx.get<Count>('SELECT count(*) AS n, min(at) AS oldest FROM staff_login_failures WHERE ip = ? AND at > ?', [ip, since]))!;
        if (address.n >= this.maxAttempts * USERNAME_FACTOR) blockedBy = address.oldest;
      }
      if (blockedBy !== null) {
        const until = new Date(blockedBy).getTime() + this.windowMinutes * 60_000;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
      }
      const row = await tx.get<{ id: number }>(
        'INSERT INTO staff_login_failures (username, ip, at) VALUES (?, ?, ?) RETURNING id',
        [name, ip, now.toISOString()],
      );
      return { allowed: true, id: row!.id, knownAddress };
    });
  }

  /** The attempt was not judged (the server was too busy to check it): it does not count. */
  async withdraw(id: number): Promise<void> {
    await this.db.run('DELETE FROM staff_login_failures WHERE id = ?', [id]);
  }

  /** The password was right: this username and address (or marked browser) start afresh. */
  async succeeded(username: string, address: string, device: string | null = null): Promise<void> {
    await this.db.run('DELETE FROM staff_login_failures WHERE username = ? AND ip = ?', [key(username), device === null ? address : deviceKey(device)]);
  }

  /** Forgets attempts older than the window, for every username (the sweeper calls it). */
  async purge(now: Date): Promise<number> {
    return (await this.db.run('DELETE FROM staff_login_failures WHERE at <= ?', [this.windowStart(now)])).changes;
  }

  private windowStart(now: Date): string {
    return new Date(now.getTime() - this.windowMinutes * 60_000).toISOString();
  }
}

/** Whether the account logged in successfully from this address within KNOWN_ADDRESS_DAYS. */
async function isKnownAddress(sql: Sql, name: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000).toISOString();
  const rows = await sql.all<{ actor: string }>(
    "SELECT actor FROM audit_log WHERE ip = ? AND action = 'login' AND at > ? ORDER BY at DESC LIMIT 50",
    [ip, since],
  );
  return rows.some((r) => r.actor.toLowerCase() === name);
}

/** A marked browser's attempts, counted apart from any address's (no address has this form). */
function deviceKey(device: string): string {
  return `device:${device.slice(0, 40)}`;
}

/** Usernames are case-insensitive; a huge one is cut so the table stays small; whatever was typed is redacted. */
function key(username: string): string {
  return redact(username.slice(0, 200)).trim().toLowerCase().slice(0, 60);
}
