// `npm run forget-guest` while the guest is on the phone, on SQLite: the contract shared with
// PostgreSQL (test/privacy/forget-in-progress-contract.ts), and what the real script says of the
// call it left.

import { describe, expect, it } from 'vitest';
import { startTestApp, testClock } from '../helpers/app.ts';
import { runScript } from '../helpers/run-script.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { forgetInProgressContract } from '../privacy/forget-in-progress-contract.ts';

forgetInProgressContract('SQLite', {
  async start(clock) {
    const t = await startTestApp({ clock });
    return { db: t.db, baseUrl: t.baseUrl, close: () => t.close() };
  },
});

describe('npm run forget-guest during a call', () => {
  it('says the call going on was left, and how it will be finished', async () => {
    const t = await startTestApp({ clock: testClock('2026-05-04T15:00:00Z') });
    try {
      const going = t.call({ from: '+12125550111' });
      await askForStay(going, { date: '0530' });
      const forget = () => runScript('forget-guest.ts', ['+1 212 555 0111'], { env: { DATABASE_PATH: t.dbPath, DATABASE_URL: '' } });
      const run = await forget();
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('+12125550111: erased from 0 calls');
      expect(run.stdout).toContain('Left for now: a call or text conversation from this number still going on');
      expect(run.stdout).toContain('The server erases it within an hour of its end; or run this again once it has ended.');
      // Run again once it has ended: finished, nothing said to be left.
      await going.hangup();
      const again = await forget();
      expect(again.stdout).toContain('+12125550111: erased from 1 calls');
      expect(again.stdout).not.toContain('Left for now');
      expect(await t.db.all('SELECT number FROM forget_pending')).toEqual([]);
    } finally {
      await t.close();
    }
  }, 60_000);
});
