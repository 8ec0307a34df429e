// The staff login limit on PostgreSQL with two instances: each attempt is counted in a transaction
// that holds the username's advisory lock, so 200 guesses arriving at once, half through each
// instance's pool, are still at most the limit of checks — the instances agree.

import { describe, expect, inject, it } from 'vitest';
import { LoginLimiter } from '../../src/staff/login-limiter.ts';
import { openStore } from '../../src/storage/database.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

describe('the staff login limit on PostgreSQL, two instances', () => {
  it('lets at most the limit of 200 simultaneous attempts through, whichever instance takes them', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = { databaseUrl: url, databasePath: '/nonexistent/unused.db' };
    const dbs = await Promise.all([openStore(config), openStore(config)]);
    try {
      const limiters = dbs.map((db) => new LoginLimiter(db, 5, 15));
      const now = new Date('2026-11-28T15:00:00Z');
      const attempts = await Promise.all(Array.from({ length: 200 }, (_, i) => limiters[i % 2]!.begin(i % 3 === 0 ? 'Alice' : 'alice', '192.0.2.7', now)));
      const allowed = attempts.filter((a) => a.allowed).length;
      console.log(`login limiter on PostgreSQL, two instances: ${allowed} of 200 simultaneous attempts let through (limit 5)`);
      expect(allowed).toBe(5);
      expect((await dbs[1]!.get<{ n: number }>('SELECT count(*) AS n FROM staff_login_failures'))!.n).toBe(5);
      // Still locked for the right password, from either instance.
      expect((await limiters[0]!.begin('alice', '192.0.2.7', now)).allowed).toBe(false);
      expect((await limiters[1]!.begin('alice', '192.0.2.7', now)).allowed).toBe(false);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });

  it('lets at most the address limit of 200 names guessed at once from one address through (a spray), whichever instance takes them', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const config = { databaseUrl: url, databasePath: '/nonexistent/unused.db' };
    const dbs = await Promise.all([openStore(config), openStore(config)]);
    try {
      const limiters = dbs.map((db) => new LoginLimiter(db, 5, 15));
      const now = new Date('2026-11-28T15:00:00Z');
      // Each name once: only the address's own count (4 × 5) can refuse them.
      const attempts = await Promise.all(Array.from({ length: 200 }, (_, i) => limiters[i % 2]!.begin(`clerk-${i}`, '192.0.2.8', now)));
      expect(attempts.filter((a) => a.allowed)).toHaveLength(20);
      expect((await limiters[0]!.begin('clerk-500', '192.0.2.8', now)).allowed).toBe(false);
      // Another address is not held back by it.
      expect((await limiters[1]!.begin('clerk-500', '192.0.2.9', now)).allowed).toBe(true);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});
