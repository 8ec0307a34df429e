// Staff accounts and their API tokens. Passwords are scrypt hashes (passwords.ts); API tokens are
// random and stored only as their SHA-256, so the database never holds a usable credential.

import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../storage/database.ts';
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

export class AccountError extends Error {}

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
  readonly #byName;
  readonly #byId;
  readonly #insert;
  readonly #setPassword;
  readonly #setRole;
  readonly #disable;
  readonly #enable;
  readonly #lastLogin;
  readonly #list;
  readonly #insertToken;
  readonly #byToken;
  readonly #touchToken;
  readonly #revokeTokens;
  readonly #dropSessions;

  constructor(private readonly db: Db) {
    this.#byName = db.prepare<[string], StaffUserRow>('SELECT * FROM staff_users WHERE username = ?');
    this.#byId = db.prepare<[number], StaffUserRow>('SELECT * FROM staff_users WHERE id = ?');
    this.#insert = db.prepare<[string, string, Role, string, string]>(
      'INSERT INTO staff_users (username, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.#setPassword = db.prepare<[string, string, number]>(
      'UPDATE staff_users SET password_hash = ?, updated_at = ? WHERE id = ?',
    );
    this.#setRole = db.prepare<[Role, string, number]>('UPDATE staff_users SET role = ?, updated_at = ? WHERE id = ?');
    this.#disable = db.prepare<[string, string, number]>(
      'UPDATE staff_users SET disabled_at = ?, updated_at = ? WHERE id = ? AND disabled_at IS NULL',
    );
    this.#enable = db.prepare<[string, number]>('UPDATE staff_users SET disabled_at = NULL, updated_at = ? WHERE id = ?');
    this.#lastLogin = db.prepare<[string, number]>('UPDATE staff_users SET last_login_at = ? WHERE id = ?');
    this.#list = db.prepare<[], Omit<AccountListing, 'disabled'> & { disabled: number }>(
      `SELECT u.id, u.username, u.role, u.disabled_at IS NOT NULL AS disabled, u.disabled_at AS disabledAt,
              u.last_login_at AS lastLoginAt, u.created_at AS createdAt,
              (SELECT count(*) FROM staff_tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS activeTokens
         FROM staff_users u
        ORDER BY u.username COLLATE NOCASE`,
    );
    this.#insertToken = db.prepare<[number, string, string | null, string]>(
      'INSERT INTO staff_tokens (user_id, token_hash, label, created_at) VALUES (?, ?, ?, ?)',
    );
    this.#byToken = db.prepare<[string], StaffUserRow & { token_id: number }>(
      `SELECT u.*, t.id AS token_id FROM staff_tokens t JOIN staff_users u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
    );
    this.#touchToken = db.prepare<[string, number]>('UPDATE staff_tokens SET last_used_at = ? WHERE id = ?');
    this.#revokeTokens = db.prepare<[string, number]>(
      'UPDATE staff_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
    );
    this.#dropSessions = db.prepare<[number]>('DELETE FROM staff_sessions WHERE user_id = ?');
  }

  find(username: string): StaffUserRow | undefined {
    return this.#byName.get(username);
  }

  get(id: number): StaffUserRow | undefined {
    return this.#byId.get(id);
  }

  async add(username: string, password: string, role: Role, now: Date): Promise<StaffUser> {
    if (!isValidUsername(username)) {
      throw new AccountError('a username is 2–40 letters, digits, dots, dashes or underscores, starting with a letter or digit');
    }
    if (!isRole(role)) throw new AccountError(`a role is one of ${ROLES.join(', ')}`);
    checkPassword(password);
    if (this.find(username)) throw new AccountError(`there is already an account named ${username}`);
    const hash = await hashPassword(password);
    const at = now.toISOString();
    const { lastInsertRowid } = this.#insert.run(username, hash, role, at, at);
    return { id: Number(lastInsertRowid), username, role, disabled: false };
  }

  async setPassword(username: string, password: string, now: Date): Promise<void> {
    const row = this.require(username);
    checkPassword(password);
    const hash = await hashPassword(password);
    this.db
      .transaction(() => {
        this.#setPassword.run(hash, now.toISOString(), row.id);
        // A new password ends every session opened with the old one.
        this.#dropSessions.run(row.id);
      })
      .immediate();
  }

  setRole(username: string, role: Role, now: Date): StaffUser {
    if (!isRole(role)) throw new AccountError(`a role is one of ${ROLES.join(', ')}`);
    const row = this.require(username);
    this.#setRole.run(role, now.toISOString(), row.id);
    return toUser({ ...row, role });
  }

  /** Disables the account, ends its sessions and revokes its API tokens. */
  disable(username: string, now: Date): StaffUser {
    const row = this.require(username);
    const at = now.toISOString();
    this.db
      .transaction(() => {
        this.#disable.run(at, at, row.id);
        this.#dropSessions.run(row.id);
        this.#revokeTokens.run(at, row.id);
      })
      .immediate();
    return toUser({ ...row, disabled_at: row.disabled_at ?? at });
  }

  /** Lets a disabled account log in again (its old tokens stay revoked). */
  enable(username: string, now: Date): StaffUser {
    const row = this.require(username);
    this.#enable.run(now.toISOString(), row.id);
    return toUser({ ...row, disabled_at: null });
  }

  list(): AccountListing[] {
    return this.#list.all().map((r) => ({ ...r, disabled: Boolean(r.disabled) }));
  }

  /**
   * Checks a username and password. Takes about as long whether or not the account exists, and
   * says nothing about which of the two was wrong. A disabled account never authenticates.
   */
  async authenticate(username: string, password: string, now: Date): Promise<StaffUser | null> {
    const row = isValidUsername(username) ? this.find(username) : undefined;
    if (password.length > MAX_PASSWORD_LENGTH) return null;
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
    if (!row || !ok || row.disabled_at !== null) return null;
    this.#lastLogin.run(now.toISOString(), row.id);
    return toUser(row);
  }

  /** A new API token for the account: returned once, stored only as its SHA-256. */
  createToken(username: string, label: string | null, now: Date): { token: string; id: number; user: StaffUser } {
    const row = this.require(username);
    if (row.disabled_at !== null) throw new AccountError(`${row.username} is disabled: enable the account first`);
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const { lastInsertRowid } = this.#insertToken.run(row.id, sha256(token), label, now.toISOString());
    return { token, id: Number(lastInsertRowid), user: toUser(row) };
  }

  /** The account an API token belongs to, when the token is live and the account enabled. */
  byToken(token: string, now: Date): StaffUser | null {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const row = this.#byToken.get(sha256(token));
    if (!row || row.disabled_at !== null) return null;
    this.#touchToken.run(now.toISOString(), row.token_id);
    return toUser(row);
  }

  private require(username: string): StaffUserRow {
    const row = this.find(username);
    if (!row) throw new AccountError(`no account named ${username}`);
    return row;
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AccountError(`a password has at most ${MAX_PASSWORD_LENGTH} characters`);
  }
}
