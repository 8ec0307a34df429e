// One real instance (a child process, as `npm start` runs it) on a database of its own on a real
// PostgreSQL server: for the tests of what an instance does when its database goes away.

import { startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { START_TIMEOUT_MS, createDatabase, startPostgres } from '../helpers/postgres-server.ts';
import type { PostgresServer, PostgresServerOptions } from '../helpers/postgres-server.ts';

export interface InstanceOnPostgres {
  pg: PostgresServer;
  instance: ServerProcess;
  close(): Promise<void>;
}

export async function instanceOnPostgres(options: PostgresServerOptions = {}): Promise<InstanceOnPostgres> {
  const pg = await startPostgres(options);
  const url = await createDatabase(pg.url);
  const instance = await startServer({ databasePath: '/nonexistent/unused.db', env: { DATABASE_URL: url }, readiness: 'healthz', startTimeoutMs: START_TIMEOUT_MS });
  return {
    pg,
    instance,
    close: async () => {
      await instance.kill();
      await pg.stop();
    },
  };
}
