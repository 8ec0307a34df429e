// The app over a fresh database of the PostgreSQL suite's server (test/postgres/global-setup.ts),
// with the demo hotel or a group's folder, listening on a free port: the start the PostgreSQL
// console tests share.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { ensureHotels } from '../../src/hotel/hotel-store.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from './app.ts';
import type { TestClock } from './app.ts';
import { createDatabase } from './postgres-server.ts';

export interface PostgresApp {
  db: Db;
  baseUrl: string;
  /** Stops the server, then closes the database. */
  close(): Promise<void>;
}

/** `hotelsDir`: a group's folder (else the demo hotel); `env`: settings beside the test ones. */
export async function startAppOnPostgres(clock: TestClock, options: { hotelsDir?: string; env?: Record<string, string> } = {}): Promise<PostgresApp> {
  const url = await createDatabase(inject('postgresUrl'));
  const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, DATABASE_URL: url, LOG_LEVEL: 'silent', ...options.env });
  const db = await openStore(config);
  await ensureHotels(db, { hotelsDir: options.hotelsDir, now: clock.now() });
  const app = await buildApp({ config, db, logger: createLogger('silent'), clock: clock.now });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    db,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** A staff account "bob" and an API token for it: what the console's JSON tests on PostgreSQL read with. */
export async function deskToken(db: Db, clock: TestClock): Promise<string> {
  const accounts = new Accounts(db);
  await accounts.add('bob', 'bob-password-123', 'staff', clock.now());
  return (await accounts.createToken('bob', 'desk', clock.now())).token;
}
