// A guest erased on request during a call of theirs, on PostgreSQL (test/privacy/forget-in-progress-contract.ts).

import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import { forgetInProgressContract } from '../privacy/forget-in-progress-contract.ts';

forgetInProgressContract('PostgreSQL', {
  async start(clock) {
    const app = await startAppOnPostgres(clock);
    return { db: app.db, baseUrl: app.baseUrl, close: () => app.close() };
  },
});
