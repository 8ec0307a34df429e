// Calls and texts past RETENTION_DAYS, on PostgreSQL (test/privacy/retention-contract.ts).

import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import { retentionContract } from '../privacy/retention-contract.ts';

retentionContract('PostgreSQL', {
  async start(clock) {
    const app = await startAppOnPostgres(clock);
    return { db: app.db, baseUrl: app.baseUrl, token: () => deskToken(app.db, clock), close: () => app.close() };
  },
});
