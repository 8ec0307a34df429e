// The calls list and its CSV export by a guest's name, on PostgreSQL and on SQLite with the same
// rows: the same calls, count and pages from both engines. Over all time the calls are found from
// the reservations so named, by reservation and by number (src/staff/queries/calls.ts), SQL both
// engines run; within a period the name is looked up for each call.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { outcomeFilter } from '../../src/staff/outcomes.ts';
import { runInScope } from '../../src/staff/property-scope.ts';
import { CallQueries } from '../../src/staff/queries/calls.ts';
import type { CallFilter } from '../../src/staff/queries/calls.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HISTORY_NOW, seedCallHistory } from '../helpers/call-history.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

const NOW = HISTORY_NOW;

describe('the calls list by a guest name on PostgreSQL and SQLite', () => {
  let pg: PostgresDb;
  let lite: Db;
  let ids: number[] = [];

  beforeAll(async () => {
    pg = new PostgresDb(await createDatabase(inject('postgresUrl')));
    await migratePostgres(pg.pool);
    lite = await openDatabase(':memory:');
    // The same history on both engines (test/helpers/call-history.ts).
    ids = (await seedCallHistory(pg)).map((h) => h.id);
    expect((await seedCallHistory(lite)).map((h) => h.id)).toEqual(ids);
  });
  afterAll(async () => {
    await pg?.close();
    await lite?.close();
  });

  const period = { startIso: new Date(NOW.getTime() - 20 * 3_600_000).toISOString(), endIso: NOW.toISOString() };
  const FILTERS: CallFilter[] = [
    { guestName: 'nunez' },
    { guestName: 'ramirez', outcome: outcomeFilter('booked')! },
    { guestName: 'torres', outcome: outcomeFilter('callback')! },
    { guestName: 'a', channel: 'sms' },
    { guestName: 'a', locale: 'es-MX', callerDigits: '55501' },
    { guestName: 'room 1204', outcome: outcomeFilter('in-progress')! },
    { guestName: 'nobody at all' },
    { ...period, guestName: 'nunez' },
  ];

  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('gives the same count, pages and export from both engines: %s', async (_what, filter) => {
    for (const scope of [[ids[0]!], ids]) {
      const both = async (fn: (db: Db) => Promise<unknown>) => {
        const [fromPg, fromLite] = [await runInScope({ ids: scope }, () => fn(pg)), await runInScope({ ids: scope }, () => fn(lite))];
        expect(fromPg).toEqual(fromLite);
        return fromPg;
      };
      const first = (await both((db) => new CallQueries(db, undefined, () => NOW).list(filter, 1, 7))) as { total: number };
      if (filter.guestName !== 'nobody at all') expect(first.total).toBeGreaterThan(0);
      await both((db) => new CallQueries(db, undefined, () => NOW).list(filter, 3, 7));
      // Pages of 4 in the export: several statements, each after the last call of the one before.
      const exported = (await both(async (db) => {
        const sids: string[] = [];
        for await (const call of new CallQueries(db, 4, () => NOW).iterate(filter)) sids.push(call.callSid);
        return sids;
      })) as string[];
      expect(exported).toHaveLength(first.total);
    }
  });
});
