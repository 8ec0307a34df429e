// Password hashing with node:crypto's scrypt. The cost parameters are stored in the hash itself
// ("scrypt$N$r$p$salt$key"), so raising them later still verifies the passwords already stored.
// N=2^15, r=8, p=1 uses 32 MiB and takes ~0.1 s per login: slow enough to make guessing a stolen
// file expensive, fast enough for a hotel's handful of logins (RFC 7914 §2; Node's default is 2^14).

import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_BYTES = 64;
const SALT_BYTES = 16;

/** Shortest password `npm run staff -- add` accepts. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password read: scrypt would take anything, the login form need not. */
export const MAX_PASSWORD_LENGTH = 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number, keyBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128·N·r bytes, or scrypt refuses (32 MiB by default: exactly our need, so double it).
    scrypt(password.normalize('NFC'), salt, keyBytes, { N: n, r, p, maxmem: 256 * n * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, N, R, P, KEY_BYTES);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when the password matches. A malformed hash never matches (and never throws). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![n, r, p].every((v) => Number.isInteger(v) && v > 0) || n > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (salt.length === 0 || expected.length < 16) return false;
  const actual = await derive(password, salt, n, r, p, expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of a random password, verified against when the username does not exist, so that a
 * wrong username takes as long as a wrong password (no account enumeration by timing).
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
