// Settings, read once at start from the environment, validated, typed and frozen.
// Every key is documented in .env.example and docs/operations.md.

import { resolve } from 'node:path';

export interface Config {
  port: number;
  /** The URL Twilio uses to reach us (no trailing slash); signatures are computed over it. */
  publicBaseUrl: string;
  twilioAuthToken: string | null;
  twilioAccountSid: string | null;
  twilioPhoneNumber: string | null;
  databasePath: string;
  /** postgres://… : PostgreSQL (any number of instances share it); null: SQLite at databasePath. */
  databaseUrl: string | null;
  hotelFile: string | null;
  /** A hotel group: every *.json in this folder is a property (HOTEL_FILE is for one hotel). */
  hotelsDir: string | null;
  logLevel: string;
  production: boolean;
  /** How long rooms stay held for a caller between the availability check and confirmation. */
  holdMinutes: number;
  /** How long the front desk's phone rings before the call counts as not answered (three rings). */
  deskRingSeconds: number;
  /** A text conversation with no message for this long is over, and its hold freed. */
  smsIdleMinutes: number;
  /** How long a staff login lasts. */
  staffSessionHours: number;
  /** Whether the staff session cookie is marked Secure (STAFF_COOKIE_SECURE=auto: when PUBLIC_BASE_URL is https). */
  staffCookieSecure: boolean;
  /** Failed staff logins allowed per username and address within the window, then 429. */
  staffLoginMaxAttempts: number;
  staffLoginWindowMinutes: number;
  /** How often the SMS sender looks for texts due in the outbox (docs/texting.md). */
  smsSendIntervalMs: number;
  /** Attempts per text before a retryable error (5xx, timeout) marks it failed. */
  smsMaxAttempts: number;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const port = intSetting(env, 'PORT', 3000, 0, 65535);
  const publicBaseUrl = (env.PUBLIC_BASE_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    const url = new URL(publicBaseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an http(s) URL, got "${publicBaseUrl}"`);
  }
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const production = env.NODE_ENV === 'production';
  const twilioAuthToken = env.TWILIO_AUTH_TOKEN?.trim() || null;
  if (production && !twilioAuthToken) {
    throw new ConfigError('TWILIO_AUTH_TOKEN is required when NODE_ENV=production: without it anyone could post to the webhooks');
  }
  const databasePath = env.DATABASE_PATH?.trim() || 'data/conserje.db';
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// (or postgresql://) URL, got "${databaseUrl.replace(/:[^:@/]*@/, ':***@')}"`);
  }
  const hotelFile = env.HOTEL_FILE?.trim() || null;
  const hotelsDir = env.HOTELS_DIR?.trim() || null;
  if (hotelFile && hotelsDir) {
    throw new ConfigError('HOTEL_FILE and HOTELS_DIR are both set: use HOTEL_FILE for one hotel, or put its file in the HOTELS_DIR folder');
  }
  return Object.freeze({
    port,
    publicBaseUrl,
    twilioAuthToken,
    twilioAccountSid: env.TWILIO_ACCOUNT_SID?.trim() || null,
    twilioPhoneNumber: env.TWILIO_PHONE_NUMBER?.trim() || null,
    databasePath: databasePath === ':memory:' ? databasePath : resolve(databasePath),
    databaseUrl,
    hotelFile,
    hotelsDir,
    logLevel,
    production,
    holdMinutes: intSetting(env, 'HOLD_MINUTES', 10, 1, 120),
    deskRingSeconds: intSetting(env, 'DESK_RING_SECONDS', 15, 5, 60),
    smsIdleMinutes: intSetting(env, 'SMS_IDLE_MINUTES', 30, 1, 1440),
    staffSessionHours: intSetting(env, 'STAFF_SESSION_HOURS', 12, 1, 720),
    staffCookieSecure: cookieSecureSetting(env, publicBaseUrl),
    staffLoginMaxAttempts: intSetting(env, 'STAFF_LOGIN_MAX_ATTEMPTS', 5, 1, 100),
    staffLoginWindowMinutes: intSetting(env, 'STAFF_LOGIN_WINDOW_MINUTES', 15, 1, 1440),
    smsSendIntervalMs: intSetting(env, 'SMS_SEND_INTERVAL_MS', 5000, 100, 3_600_000),
    smsMaxAttempts: intSetting(env, 'SMS_MAX_ATTEMPTS', 6, 1, 20),
  });
}

function cookieSecureSetting(env: NodeJS.ProcessEnv, publicBaseUrl: string): boolean {
  const raw = env.STAFF_COOKIE_SECURE?.trim().toLowerCase() || 'auto';
  if (raw === 'auto') return publicBaseUrl.startsWith('https:');
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`STAFF_COOKIE_SECURE must be auto, true or false, got "${env.STAFF_COOKIE_SECURE}"`);
}

function intSetting(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
