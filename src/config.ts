// Settings, read once at start from the environment, validated, typed and frozen.
// Every key is documented in .env.example and docs/operations.md.

import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_RETENTION_DAYS } from './privacy/retention.ts';

// Pure: it reads only the environment it is given. `.env` is applied by each program at its start
// (src/server.ts and the scripts, with applyEnvFileOrExit in env-file.ts), before it calls
// loadConfig, so importing this module (a test does) reads no file.

export interface Config {
  port: number;
  /** The URL Twilio uses to reach us (no trailing slash); signatures are computed over it. */
  publicBaseUrl: string;
  twilioAuthToken: string | null;
  /**
   * A Webhooks Rule's shared key: with a rule matching our URL, Twilio signs webhooks with it (and the
   * rule's algorithm, named in X-Twilio-Webhooks-Signature-Settings) instead of the auth token.
   */
  twilioWebhooksSharedKey: string | null;
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
  /** A text conversation with no message for this long is over (a day by default: a guest may answer hours later); holds end on their own deadline. */
  smsIdleMinutes: number;
  /** A call with no webhook for this long (outside a transfer) is closed, and its hold freed. */
  staleCallMinutes: number;
  /** How long a staff login lasts. */
  staffSessionHours: number;
  /** Minutes a console session may go unused before it ends (STAFF_IDLE_MINUTES). */
  staffIdleMinutes: number;
  /** How long a new API token works. */
  apiTokenDays: number;
  /** Days what callers said, texts' bodies and unbooked callers' numbers are kept (src/privacy/retention.ts). */
  retentionDays: number;
  /** Whether the staff session cookie is marked Secure (STAFF_COOKIE_SECURE=auto: when PUBLIC_BASE_URL is https). */
  staffCookieSecure: boolean;
  /** Failed staff logins allowed per username and address within the window, then 429. */
  staffLoginMaxAttempts: number;
  staffLoginWindowMinutes: number;
  /**
   * Which proxies in front of the server to believe about the client's address (express
   * `trust proxy`): false (the default) believes none, so X-Forwarded-For is ignored and the
   * address is the connection's; a hop count or a list of proxy addresses/subnets otherwise.
   */
  trustProxy: false | number | string[];
  /** A bearer token that opens GET /metrics from anywhere; without it /metrics answers only on this machine. */
  metricsToken: string | null;
  /** How often the SMS sender looks for texts due in the outbox (docs/texting.md). */
  smsSendIntervalMs: number;
  /** Attempts per text before a retryable error (5xx, timeout) marks it failed. */
  smsMaxAttempts: number;
  /**
   * SMS_COUNTRIES: the countries (ISO 3166 codes) texts may go to; '*' any. Unset (null): the
   * countries of the numbers texts go out from (docs/security.md, "SMS pumping").
   */
  smsCountries: readonly string[] | '*' | null;
  /** SMS_DAILY_LIMIT: texts the whole deployment hands Twilio in 24 hours, at most. */
  smsDailyLimit: number;
  /**
   * SMS_CONVERSATIONS_PER_HOUR: text conversations a property starts in an hour, from all numbers
   * together (src/sms/text-flood.ts); a text that would start one more is not answered.
   */
  smsConversationsPerHour: number;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const port = intSetting(env, 'PORT', 3000, 0, 65535);
  const publicBaseUrl = publicBaseUrlSetting(env, port);
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  // "Production" and " PRODUCTION " mean production too: a typo in case must not turn the checks off.
  const production = env.NODE_ENV?.trim().toLowerCase() === 'production';
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
    twilioWebhooksSharedKey: env.TWILIO_WEBHOOKS_SHARED_KEY?.trim() || null,
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
    smsIdleMinutes: intSetting(env, 'SMS_IDLE_MINUTES', 1440, 1, 1440),
    staleCallMinutes: intSetting(env, 'STALE_CALL_MINUTES', 30, 5, 1440),
    staffSessionHours: intSetting(env, 'STAFF_SESSION_HOURS', 12, 1, 720),
    staffIdleMinutes: intSetting(env, 'STAFF_IDLE_MINUTES', 30, 5, 720),
    apiTokenDays: intSetting(env, 'API_TOKEN_DAYS', 90, 1, 3650),
    retentionDays: retentionDaysSetting(env),
    staffCookieSecure: cookieSecureSetting(env, publicBaseUrl),
    staffLoginMaxAttempts: intSetting(env, 'STAFF_LOGIN_MAX_ATTEMPTS', 5, 1, 100),
    staffLoginWindowMinutes: intSetting(env, 'STAFF_LOGIN_WINDOW_MINUTES', 15, 1, 1440),
    trustProxy: trustProxySetting(env),
    metricsToken: env.METRICS_TOKEN?.trim() || null,
    smsSendIntervalMs: intSetting(env, 'SMS_SEND_INTERVAL_MS', 5000, 100, 3_600_000),
    smsMaxAttempts: intSetting(env, 'SMS_MAX_ATTEMPTS', 6, 1, 20),
    smsCountries: countriesSetting(env),
    smsDailyLimit: intSetting(env, 'SMS_DAILY_LIMIT', 500, 1, 1_000_000),
    smsConversationsPerHour: intSetting(env, 'SMS_CONVERSATIONS_PER_HOUR', 60, 1, 100_000),
  });
}

/** The end of a webhook's own URL (the ones set in Twilio's console, with their status callbacks). */
const WEBHOOK_URL_END = /\/(?:voice|sms)(?:\/status)?$/i;

/**
 * PUBLIC_BASE_URL: the scheme, host, port and (optional) path prefix Twilio posts to; every
 * webhook's signature is checked against it. A query, a fragment or credentials in it would make
 * every signature fail (or put a password in the log), so they are refused — and the message
 * never repeats a password.
 */
function publicBaseUrlSetting(env: NodeJS.ProcessEnv, port: number): string {
  const raw = (env.PUBLIC_BASE_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an http(s) URL, got "${raw.replace(/\/\/[^/@]*@/, '//***@')}"`);
  }
  const shown = () => {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    return copy.href.replace(/\/+$/, '');
  };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`PUBLIC_BASE_URL must be an http(s) URL, got "${shown()}"`);
  if (url.username || url.password) throw new ConfigError(`PUBLIC_BASE_URL must not carry a user name or password (got one in "${shown()}")`);
  if (url.search || raw.includes('?')) throw new ConfigError(`PUBLIC_BASE_URL must not have a query ("?…"): Twilio signs the URL it posts to, got "${shown()}"`);
  if (url.hash || raw.includes('#')) throw new ConfigError(`PUBLIC_BASE_URL must not have a fragment ("#…"), got "${shown()}"`);
  // The voice or messaging webhook's own URL pasted in (".../voice"): the app would then look for its
  // webhooks under /voice/voice, and refuse every real call's signature — each caller hearing
  // "an application error has occurred".
  const webhook = WEBHOOK_URL_END.exec(url.pathname.replace(/\/+$/, ''));
  if (webhook) {
    const base = shown().slice(0, -webhook[0].length);
    throw new ConfigError(`PUBLIC_BASE_URL is the server's base URL, not a webhook's: got "${shown()}", which ends in ${webhook[0]}; set it to "${base}"`);
  }
  return raw;
}

function cookieSecureSetting(env: NodeJS.ProcessEnv, publicBaseUrl: string): boolean {
  const raw = env.STAFF_COOKIE_SECURE?.trim().toLowerCase() || 'auto';
  if (raw === 'auto') return publicBaseUrl.startsWith('https:');
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`STAFF_COOKIE_SECURE must be auto, true or false, got "${env.STAFF_COOKIE_SECURE}"`);
}

/**
 * TRUST_PROXY: off (default), the number of proxies in front (1 for one reverse proxy or tunnel:
 * the address it appends to X-Forwarded-For is believed, nothing a client wrote before it), or
 * the proxies' addresses and subnets (`loopback`, `10.0.0.0/8`, …). `true` is refused: express
 * would then take the left-most X-Forwarded-For entry, which any client can write.
 */
function trustProxySetting(env: NodeJS.ProcessEnv): false | number | string[] {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  const lower = raw.toLowerCase();
  if (lower === '' || lower === 'off' || lower === 'false' || lower === '0' || lower === 'no') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError(`TRUST_PROXY must be off, a number of proxies from 1 to 10, or proxy addresses, got "${raw}"`);
    return hops;
  }
  if (lower === 'true' || lower === 'on' || lower === 'yes') {
    throw new ConfigError(
      'TRUST_PROXY=true would believe any X-Forwarded-For a client sends: give the number of proxies in front of the server (usually 1) or their addresses',
    );
  }
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean);
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  for (const entry of entries) {
    if (!named.has(entry.toLowerCase()) && !isIpOrSubnet(entry)) {
      throw new ConfigError(`TRUST_PROXY: "${entry}" is not an address, a subnet (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`);
    }
  }
  return entries.map((e) => (named.has(e.toLowerCase()) ? e.toLowerCase() : e));
}

function isIpOrSubnet(text: string): boolean {
  const [address, bits, ...rest] = text.split('/');
  if (rest.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (version === 4 ? 32 : 128);
}

/** SMS_COUNTRIES: "MX,US,CA" (ISO 3166 alpha-2, any case), or "*"; unset: null. */
function countriesSetting(env: NodeJS.ProcessEnv): readonly string[] | '*' | null {
  const raw = env.SMS_COUNTRIES?.trim();
  if (!raw) return null;
  if (raw === '*') return '*';
  const codes = raw.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  const wrong = codes.find((c) => !/^[A-Z]{2}$/.test(c));
  if (wrong !== undefined) throw new ConfigError(`SMS_COUNTRIES: "${wrong}" is not a two-letter country code (ISO 3166), e.g. SMS_COUNTRIES=MX,US,CA, or * for any`);
  return Object.freeze(codes);
}

/**
 * RETENTION_DAYS: days what callers said is kept, 7 to 3650; unset or empty, the default. Anything
 * else stops the start: 0 could be read as "keep for ever" or "erase at once", and "30d" or "6 months"
 * as a unit that is not there. Erasing what the operator meant to keep cannot be undone, and keeping
 * what they meant to erase is what the setting is for, so neither is guessed.
 */
function retentionDaysSetting(env: NodeJS.ProcessEnv): number {
  return intSetting(env, 'RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 7, 3650, 'the days what callers said is kept, without a unit; there is no "keep for ever"');
}

/**
 * A whole number in decimal digits, from min to max; unset or empty, the fallback. Only digits:
 * Number() also reads "1e3", "0x1f", "30.0", "+30" and "-0", which an operator did not write as
 * that number.
 */
function intSetting(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number, meaning?: string): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const value = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key}${meaning ? ` (${meaning})` : ''} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
