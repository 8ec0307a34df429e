// Calls and texts past RETENTION_DAYS, on SQLite (test/privacy/retention-contract.ts).

import { Accounts } from '../../src/staff/accounts.ts';
import { startTestApp } from '../helpers/app.ts';
import { retentionContract } from './retention-contract.ts';

retentionContract('SQLite', {
  async start(clock) {
    const t = await startTestApp({ clock });
    const token = async () => {
      const accounts = new Accounts(t.db);
      await accounts.add('bob', 'bob-password-123', 'staff', clock.now());
      return (await accounts.createToken('bob', 'desk', clock.now())).token;
    };
    return { db: t.db, baseUrl: t.baseUrl, token, close: t.close };
  },
});
