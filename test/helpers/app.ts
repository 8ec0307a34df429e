// A real app over a fresh SQLite file, listening on an ephemeral port, with a settable clock.
// Tests talk to it over HTTP with signed requests, as Twilio would (CallSession).

import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { loadConfig } from '../../src/config.ts';
import type { Config } from '../../src/config.ts';
import { ensureHotels } from '../../src/hotel/hotel-store.ts';
import { buildApp } from '../../src/http/app.ts';
import type { ConserjeApp } from '../../src/http/app.ts';
import { leanWebhooks } from '../../src/http/lean-webhooks.ts';
import { createLogger } from '../../src/logger.ts';
import type { Logger } from '../../src/logger.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { SqliteDb } from '../../src/storage/sqlite.ts';

export const TEST_AUTH_TOKEN = 'test-auth-token-0123456789abcdef';
export const TEST_PUBLIC_URL = 'https://conserje.example.com';
export const HOTEL_NUMBER = '+15551230000';
/** Saturday 28 November 2026, 10:00 in New York (the demo hotel's zone). */
export const DEFAULT_NOW = '2026-11-28T15:00:00Z';

export interface TestClock {
  now: () => Date;
  set: (iso: string) => void;
  advance: (ms: number) => void;
}

export function testClock(start = DEFAULT_NOW): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface TestApp {
  baseUrl: string;
  /** The app itself (its webhook table, app.locals). */
  app: ConserjeApp;
  db: SqliteDb;
  dbPath: string;
  dir: string;
  config: Readonly<Config>;
  clock: TestClock;
  /** `to`: the number dialled (default HOTEL_NUMBER, which a single hotel answers whatever it is). */
  call: (opts?: { from?: string; to?: string; callSid?: string; authToken?: string | null; stirVerstat?: string }) => CallSession;
  close: () => Promise<void>;
}

export interface TestAppOptions {
  clock?: TestClock;
  env?: Record<string, string>;
  /** Reuse a database file (a second instance on the same file). */
  dbPath?: string;
  hotelFile?: string;
  /** A hotel group's folder of hotel files (HOTELS_DIR). */
  hotelsDir?: string;
  newConfirmation?: () => string;
  /** Where the app logs (default: a silent logger). */
  logger?: Logger;
  /** The HTTP client the staff pages fetch recordings from Twilio with. */
  twilioFetch?: typeof fetch;
  /**
   * Which HTTP path the webhooks take: 'lean' (node:http, as `npm start` serves them) or
   * 'express' (the app's own router). Default: CONSERJE_TEST_HTTP, else 'lean'; the webhook
   * contract tests run both (test/http/webhook-paths.test.ts).
   */
  http?: HttpPath;
}

export type HttpPath = 'lean' | 'express';

export function defaultHttpPath(): HttpPath {
  return process.env.CONSERJE_TEST_HTTP === 'express' ? 'express' : 'lean';
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-test-'));
  const dbPath = options.dbPath ?? join(dir, 'conserje.db');
  const clock = options.clock ?? testClock();
  const config = loadConfig({
    PUBLIC_BASE_URL: TEST_PUBLIC_URL,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_PHONE_NUMBER: HOTEL_NUMBER,
    DATABASE_PATH: dbPath,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const db = await openDatabase(dbPath);
  await ensureHotels(db, { hotelFile: options.hotelFile, hotelsDir: options.hotelsDir, now: clock.now() });
  const app = await buildApp({
    config,
    db,
    logger: options.logger ?? createLogger(config.logLevel),
    clock: clock.now,
    ...(options.newConfirmation ? { newConfirmation: options.newConfirmation } : {}),
    ...(options.twilioFetch ? { twilioFetch: options.twilioFetch } : {}),
  });
  const server: Server = (options.http ?? defaultHttpPath()) === 'lean' ? createServer(leanWebhooks(app.webhooks, app)) : createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    app,
    db,
    dbPath,
    dir,
    config,
    clock,
    call: (opts = {}) =>
      new CallSession({
        baseUrl,
        publicBaseUrl: TEST_PUBLIC_URL,
        ...(opts.authToken === null ? {} : { authToken: opts.authToken ?? TEST_AUTH_TOKEN }),
        from: opts.from ?? '+12125550123',
        to: opts.to ?? HOTEL_NUMBER,
        ...(opts.callSid ? { callSid: opts.callSid } : {}),
        ...(opts.stirVerstat ? { stirVerstat: opts.stirVerstat } : {}),
        // Twilio's webhooks, and the recordings they name, are the configured account's.
        ...(config.twilioAccountSid ? { accountSid: config.twilioAccountSid } : {}),
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      if (!options.dbPath) rmSync(dir, { recursive: true, force: true });
    },
  };
}
