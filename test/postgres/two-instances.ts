// Two instances of the app (two express apps, two connection pools) over one new database on the
// suite's PostgreSQL server, with the demo hotel and a staff account with an API token: what a
// multi-instance console test starts from.

import type { Server } from 'node:http';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from '../helpers/app.ts';
import type { TestClock } from '../helpers/app.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

export interface TwoInstances {
  dbs: Db[];
  baseUrls: string[];
  /** A bearer token of `clerk`, a staff account. */
  token: string;
  close(): Promise<void>;
}

export async function twoInstances(clock: TestClock, clerk: { username: string; password: string }): Promise<TwoInstances> {
  const url = await createDatabase(inject('postgresUrl'));
  const config = loadConfig({
    PUBLIC_BASE_URL: TEST_PUBLIC_URL,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_PHONE_NUMBER: HOTEL_NUMBER,
    DATABASE_URL: url,
    STAFF_COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
  });
  const dbs: Db[] = [];
  const servers: Server[] = [];
  const baseUrls: string[] = [];
  for (let i = 0; i < 2; i++) {
    const db = await openStore(config);
    dbs.push(db);
    if (i === 0) await ensureHotel(db, { now: clock.now() });
    const app = await buildApp({ config, db, logger: createLogger('silent'), clock: clock.now });
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    baseUrls.push(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
  }
  const accounts = new Accounts(dbs[0]!);
  await accounts.add(clerk.username, clerk.password, 'staff', clock.now());
  const token = (await accounts.createToken(clerk.username, 'desk', clock.now())).token;
  return {
    dbs,
    baseUrls,
    token,
    close: async () => {
      for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
      for (const db of dbs) await db.close();
    },
  };
}
