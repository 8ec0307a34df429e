// Staff accounts and their API tokens. Passwords are scrypt hashes (passwords.ts); API tokens are
// random and stored only as their SHA-256, so the database never holds a usable credential.

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { atomically } from '../storage/sql.ts';
import { redact } from '../privacy/redact.ts';
import type { Sql } from '../storage/sql.ts';
import { detailOf, tokenIdIn } from './audit.ts';
import { API_WORDS, refusalWords } from './params.ts';
import type { Refusal, RefusalWords } from './params.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, dummyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';

export const ROLES = ['staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface StaffUser {
  id: number;
  username: string;
  role: Role;
  disabled: boolean;
}

export interface StaffUserRow {
  id: number;
  username: string;
  password_hash: string;
  role: Role;
  disabled_at: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AccountListing {
  id: number;
  username: string;
  role: Role;
  disabled: boolean;
  disabledAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  activeTokens: number;
}

/** An API token as the console and the terminal list it: never the token itself. */
export interface TokenListing {
  id: number;
  username: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

/** How long an API token works unless API_TOKEN_DAYS says otherwise. */
export const DEFAULT_API_TOKEN_DAYS = 90;

/**
 * Why an account could not be made or changed: the English `message` (the API, `npm run staff`),
 * and the refusal a page says in the desk's own words (`said`). A plain string (the command's own
 * checks) is said as it is.
 */
export class AccountError extends Error {
  readonly refusal: Refusal;
  constructor(why: Refusal | string) {
    const refusal: Refusal = typeof why === 'string' ? { key: 'said', values: { words: why } } : why;
    super(refusalWords(API_WORDS, '', refusal));
    this.refusal = refusal;
  }

  /** The refusal in a words table (the page's: deskWords().params.refusals). */
  said(words: RefusalWords): string {
    return refusalWords(words, '', this.refusal);
  }
}

const NONE: Record<string, never> = {};

/** Letters, digits and . _ - ; 2–40 characters; what a login form and a shell both handle plainly. */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/;
const TOKEN_PREFIX = 'cnj_';

export function isValidUsername(name: string): boolean {
  return USERNAME.test(name);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function toUser(row: Pick<StaffUserRow, 'id' | 'username' | 'role' | 'disabled_at'>): StaffUser {
  return { id: row.id, username: row.username, role: row.role, disabled: row.disabled_at !== null };
}

export class Accounts {
  /** `tokenDays`: how long a new API token works (API_TOKEN_DAYS). */
  constructor(
    private readonly sql: Sql,
    private readonly tokenDays = DEFAULT_API_TOKEN_DAYS,
  ) {}

  // Usernames are case-insensitive: compared lower-cased (they are ASCII), the same on both engines.
  find(username: string): Promise<StaffUserRow | undefined> {
    return this.sql.get<StaffUserRow>('SELECT * FROM staff_users WHERE lower(username) = lower(?)', [username]);
  }

  get(id: number): Promise<StaffUserRow | undefined> {
    return this.sql.get<StaffUserRow>('SELECT * FROM staff_users WHERE id = ?', [id]);
  }

  async add(username: string, password: string, role: Role, now: Date): Promise<StaffUser> {
    if (!isValidUsername(username)) {
      throw new AccountError({ key: 'usernameShape', values: NONE });
    }
    // The audit log and the login limit keep names redacted like anything typed: a name that reads
    // as a card number would be kept as "[card number hidden, ending 1111]", under which another
    // such name's actions would be audited too.
    if (redact(username) !== username) throw new AccountError({ key: 'usernameCard', values: NONE });
    if (!isRole(role)) throw new AccountError({ key: 'role', values: { values: ROLES } });
    checkPassword(password);
    if (await this.find(username)) throw new AccountError({ key: 'accountExists', values: { name: username } });
    const hash = await hashPassword(password);
    const at = now.toISOString();
    const row = await this.sql.get<{ id: number }>(
      'INSERT INTO staff_users (username, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
      [username, hash, role, at, at],
    );
    return { id: row!.id, username, role, disabled: false };
  }

  /**
   * `keepSession`: the session (id hash) the change was made in, which goes on (the console's own
   * password page); every other one ends.
   */
  async setPassword(username: string, password: string, now: Date, keepSession: string | null = null): Promise<void> {
    const row = await this.require(username);
    checkPassword(password);
    const hash = await hashPassword(password);
    await atomically(this.sql, async (tx) => {
      await tx.run('UPDATE staff_users SET password_hash = ?, updated_at = ? WHERE id = ?', [hash, now.toISOString(), row.id]);
      // A new password ends every session opened with the old one, and every API token made
      // while the old one was in use (it may be why the password changed).
      await tx.run('DELETE FROM staff_sessions WHERE user_id = ? AND id_hash <> ?', [row.id, keepSession ?? '']);
      await tx.run('UPDATE staff_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', [now.toISOString(), row.id]);
      await revokeTokensMadeBy(tx, row.id, now.toISOString());
    });
  }

  async setRole(username: string, role: Role, now: Date): Promise<StaffUser> {
    if (!isRole(role)) throw new AccountError({ key: 'role', values: { values: ROLES } });
    const row = await this.require(username);
    await this.sql.run('UPDATE staff_users SET role = ?, updated_at = ? WHERE id = ?', [role, now.toISOString(), row.id]);
    return toUser({ ...row, role });
  }

  /** Disables the account, ends its sessions and revokes its API tokens. */
  async disable(username: string, now: Date): Promise<StaffUser> {
    const row = await this.require(username);
    const at = now.toISOString();
    await atomically(this.sql, async (tx) => {
      await tx.run('UPDATE staff_users SET disabled_at = ?, updated_at = ? WHERE id = ? AND disabled_at IS NULL', [at, at, row.id]);
      await tx.run('DELETE FROM staff_sessions WHERE user_id = ?', [row.id]);
      await tx.run('UPDATE staff_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', [at, row.id]);
      await revokeTokensMadeBy(tx, row.id, at);
    });
    return toUser({ ...row, disabled_at: row.disabled_at ?? at });
  }

  /** The properties an account is limited to (hotel ids); null: the whole group. */
  async hotelIdsOf(userId: number): Promise<number[] | null> {
    const rows = await this.sql.all<{ hotel_id: number }>('SELECT hotel_id FROM staff_user_hotels WHERE user_id = ? ORDER BY hotel_id', [userId]);
    return rows.length ? rows.map((r) => Number(r.hotel_id)) : null;
  }

  /**
   * Limits an account to these properties, by their codes (`--hotel MIR`); none: the whole group.
   * An unknown code changes nothing and names the codes there are.
   */
  async setHotels(username: string, codes: readonly string[], now: Date): Promise<string[]> {
    const row = await this.require(username);
    const hotels = await this.propertiesOf(codes);
    await atomically(this.sql, async (tx) => {
      await tx.run('DELETE FROM staff_user_hotels WHERE user_id = ?', [row.id]);
      for (const h of hotels) await tx.run('INSERT INTO staff_user_hotels (user_id, hotel_id) VALUES (?, ?)', [row.id, h.id]);
      // Every request reads the account's properties afresh: this holds from its next page or call.
      await tx.run('UPDATE staff_users SET updated_at = ? WHERE id = ?', [now.toISOString(), row.id]);
    });
    return hotels.map((h) => h.code);
  }

  /** The properties with these codes (any case, each once), or an AccountError naming the codes there are. */
  async propertiesOf(codes: readonly string[]): Promise<{ id: number; code: string }[]> {
    const known = await this.sql.all<{ id: number; code: string | null }>('SELECT id, code FROM hotels ORDER BY id');
    const found: { id: number; code: string }[] = [];
    for (const code of codes) {
      const hotel = known.find((h) => h.code !== null && h.code.toUpperCase() === code.toUpperCase());
      if (!hotel) {
        const there = known.map((h) => h.code).filter((c): c is string => c !== null);
        throw new AccountError({ key: 'noPropertyCode', values: { code, there } });
      }
      if (!found.some((h) => h.id === hotel.id)) found.push({ id: hotel.id, code: hotel.code! });
    }
    return found;
  }

  /** Each account's properties by code (accounts of the whole group are not listed). */
  async hotelCodes(): Promise<Map<number, string[]>> {
    const rows = await this.sql.all<{ user_id: number; code: string | null; id: number }>(
      'SELECT s.user_id, h.code, h.id FROM staff_user_hotels s JOIN hotels h ON h.id = s.hotel_id ORDER BY h.id',
    );
    const out = new Map<number, string[]>();
    for (const r of rows) out.set(Number(r.user_id), [...(out.get(Number(r.user_id)) ?? []), r.code ?? `#${r.id}`]);
    return out;
  }

  /** Lets a disabled account log in again (its old tokens stay revoked). */
  async enable(username: string, now: Date): Promise<StaffUser> {
    const row = await this.require(username);
    await this.sql.run('UPDATE staff_users SET disabled_at = NULL, updated_at = ? WHERE id = ?', [now.toISOString(), row.id]);
    return toUser({ ...row, disabled_at: null });
  }

  async list(now: Date = new Date()): Promise<AccountListing[]> {
    const rows = await this.sql.all<Omit<AccountListing, 'disabled'> & { disabled: number }>(
      `SELECT u.id, u.username, u.role, CASE WHEN u.disabled_at IS NOT NULL THEN 1 ELSE 0 END AS disabled,
              u.disabled_at AS "disabledAt", u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt",
              (SELECT count(*) FROM staff_tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL AND t.expires_at > ?) AS "activeTokens"
         FROM staff_users u
        ORDER BY lower(u.username)`,
      [now.toISOString()],
    );
    return rows.map((r) => ({ ...r, disabled: Boolean(r.disabled) }));
  }

  /**
   * Checks a username and password. Takes about as long whether or not the account exists, and
   * says nothing about which of the two was wrong. A disabled account never authenticates.
   */
  async authenticate(username: string, password: string, now: Date): Promise<StaffUser | null> {
    const row = isValidUsername(username) ? await this.find(username) : undefined;
    if (password.length > MAX_PASSWORD_LENGTH) return null;
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
    if (!row || !ok || row.disabled_at !== null) return null;
    await this.sql.run('UPDATE staff_users SET last_login_at = ? WHERE id = ?', [now.toISOString(), row.id]);
    return toUser(row);
  }

  /**
   * A mark for a browser that has just logged in as this account (the login limiter counts its
   * attempts on their own, so a guesser at the same address cannot lock it out): a random id and
   * an HMAC of it keyed by the account's password hash, so it names one account, cannot be made
   * without the database, and is worth nothing once the password changes.
   */
  async deviceMark(userId: number): Promise<string | null> {
    const row = await this.get(userId);
    if (!row) return null;
    const id = randomBytes(12).toString('base64url');
    return `${row.id}.${id}.${deviceMac(row, id)}`;
  }

  /** The mark's id when `mark` is one this account's browser was given (deviceMark), else null. */
  async deviceOf(username: string, mark: string | undefined): Promise<string | null> {
    const parts = typeof mark === 'string' && mark.length <= 200 ? mark.split('.') : [];
    if (parts.length !== 3 || !isValidUsername(username)) return null;
    const row = await this.find(username);
    if (!row || String(row.id) !== parts[0] || row.disabled_at !== null) return null;
    const expected = Buffer.from(deviceMac(row, parts[1]!));
    const sent = Buffer.from(parts[2]!);
    return expected.length === sent.length && timingSafeEqual(expected, sent) ? parts[1]! : null;
  }

  /** Whether a password is the account's own (the console's password page asks for it first); no login is recorded. */
  async passwordMatches(userId: number, password: string): Promise<boolean> {
    const row = await this.get(userId);
    if (password.length > MAX_PASSWORD_LENGTH) return false;
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
    return ok && row !== undefined && row.disabled_at === null;
  }

  /** A new API token for the account: returned once, stored only as its SHA-256. */
  async createToken(username: string, label: string | null, now: Date): Promise<{ token: string; id: number; user: StaffUser; expiresAt: string }> {
    const row = await this.require(username);
    if (row.disabled_at !== null) throw new AccountError({ key: 'accountDisabled', values: { name: row.username } });
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.tokenDays * 86_400_000).toISOString();
    const inserted = await this.sql.get<{ id: number }>(
      'INSERT INTO staff_tokens (user_id, token_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
      [row.id, sha256(token), label === null ? null : redact(label), now.toISOString(), expiresAt],
    );
    return { token, id: inserted!.id, user: toUser(row), expiresAt };
  }

  /** The tokens that work now (not revoked, not expired), of one account or of all, newest first. */
  liveTokens(now: Date, username?: string): Promise<TokenListing[]> {
    return this.sql.all<TokenListing>(
      `SELECT t.id, u.username, t.label, t.created_at AS "createdAt", t.expires_at AS "expiresAt", t.last_used_at AS "lastUsedAt"
         FROM staff_tokens t JOIN staff_users u ON u.id = t.user_id
        WHERE t.revoked_at IS NULL AND t.expires_at > ?${username === undefined ? '' : ' AND lower(u.username) = lower(?)'}
        ORDER BY t.id DESC`,
      username === undefined ? [now.toISOString()] : [now.toISOString(), username],
    );
  }

  /** Revokes one API token; the token revoked, or null when there is no live token with that id. */
  async revokeToken(id: number, now: Date): Promise<TokenListing | null> {
    const live = (await this.liveTokens(now)).find((t) => t.id === id) ?? null;
    if (!live) return null;
    const { changes } = await this.sql.run('UPDATE staff_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now.toISOString(), id]);
    return changes === 1 ? live : null;
  }

  /** The account an API token belongs to (and the token's id), when the token is live and the account enabled. */
  async byToken(token: string, now: Date): Promise<{ user: StaffUser; tokenId: number } | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const row = await this.sql.get<StaffUserRow & { token_id: number }>(
      `SELECT u.*, t.id AS token_id FROM staff_tokens t JOIN staff_users u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?`,
      [sha256(token), now.toISOString()],
    );
    if (!row || row.disabled_at !== null) return null;
    await this.sql.run('UPDATE staff_tokens SET last_used_at = ? WHERE id = ?', [now.toISOString(), row.token_id]);
    return { user: toUser(row), tokenId: Number(row.token_id) };
  }

  /** Whether an API token found earlier (by id) is still live and its account enabled; nothing is touched. */
  async tokenIsLive(tokenId: number, now: Date): Promise<boolean> {
    const row = await this.sql.get<{ one: number }>(
      `SELECT 1 AS one FROM staff_tokens t JOIN staff_users u ON u.id = t.user_id
        WHERE t.id = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.disabled_at IS NULL`,
      [tokenId, now.toISOString()],
    );
    return row !== undefined;
  }

  private async require(username: string): Promise<StaffUserRow> {
    const row = await this.find(username);
    if (!row) throw new AccountError({ key: 'noAccount', values: { name: username } });
    return row;
  }
}

/**
 * Revokes the live API tokens an admin made for other accounts (their token.create entries in the
 * audit log name them). Whoever held the admin's session — a copy of its cookie — could have made
 * one for any account in reach, to keep working after a new password or a disabled account.
 */
async function revokeTokensMadeBy(sql: Sql, userId: number, at: string): Promise<void> {
  const made = await sql.all<{ detail_json: string | null }>("SELECT detail_json FROM audit_log WHERE actor_id = ? AND action = 'token.create'", [userId]);
  const ids = made.map((r) => tokenIdIn(detailOf(r.detail_json), 'tokenId')).filter((id): id is number => id !== null);
  for (const id of ids) await sql.run('UPDATE staff_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [at, id]);
}

/** The strength rules a new password meets, the same from the command and the console (throws AccountError). */
export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError({ key: 'passwordShort', values: { min: MIN_PASSWORD_LENGTH } });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AccountError({ key: 'passwordLong', values: { max: MAX_PASSWORD_LENGTH } });
  }
}

function deviceMac(row: StaffUserRow, id: string): string {
  return createHmac('sha256', row.password_hash).update(`login-device:${row.id}:${id}`).digest('base64url');
}
