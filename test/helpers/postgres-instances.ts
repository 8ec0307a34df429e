// Two app instances on one PostgreSQL database (SPEC §10: any webhook may land on any instance),
// each on its own port with the hotel loaded, for the tests of work shared between them.

import type { Server } from 'node:http';
import type { CallService } from '../../src/calls/call-service.ts';
import type { Config } from '../../src/config.ts';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import type { TestClock } from './app.ts';

export interface Instance {
  db: Db;
  server: Server;
  service: CallService;
  baseUrl: string;
}

/** Two app instances on one PostgreSQL database, each on its own port, the hotel loaded. */
export function twoInstances(config: Config, clock: TestClock): Promise<Instance[]> {
  return Promise.all(
    [0, 1].map(async () => {
      const db = await openStore(config);
      await ensureHotel(db, { now: clock.now() });
      const app = await buildApp({ config, db, logger: createLogger('silent'), clock: clock.now });
      const server: Server = await new Promise((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      return { db, server, service: app.locals.service as CallService, baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
    }),
  );
}

export async function closeAll(instances: readonly Instance[]): Promise<void> {
  for (const x of instances) {
    await new Promise<void>((resolve) => x.server.close(() => resolve()));
    await x.db.close();
  }
}
