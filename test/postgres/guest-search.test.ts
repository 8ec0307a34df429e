// A guest found as a clerk types them (test/staff/guest-search-any-form.test.ts over HTTP on
// SQLite), on PostgreSQL beside SQLite with the same rows: the calls list by a name's words in
// another order and by a confirmation number, the reservations search by both; the same rows from
// both engines, and some.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { runInScope } from '../../src/staff/property-scope.ts';
import { CallQueries } from '../../src/staff/queries/calls.ts';
import type { CallFilter } from '../../src/staff/queries/calls.ts';
import { ReservationQueries } from '../../src/staff/queries/reservations.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { migratePostgres } from '../../src/storage/pg-migrate.ts';
import { PostgresDb } from '../../src/storage/postgres.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HISTORY_NOW, seedCallHistory } from '../helpers/call-history.ts';
import { createDatabase } from '../helpers/postgres-server.ts';

describe('a guest found by name words or confirmation number, on PostgreSQL and SQLite', () => {
  let pg: PostgresDb;
  let lite: Db;
  let hotels: LoadedHotel[] = [];
  let confirmation = '';

  beforeAll(async () => {
    pg = new PostgresDb(await createDatabase(inject('postgresUrl')));
    await migratePostgres(pg.pool);
    lite = await openDatabase(':memory:');
    hotels = await seedCallHistory(pg);
    await seedCallHistory(lite);
    confirmation = (await lite.get<{ confirmation: string }>("SELECT confirmation FROM reservations WHERE guest_name = 'José Núñez' ORDER BY id LIMIT 1"))!.confirmation;
  });
  afterAll(async () => {
    await pg?.close();
    await lite?.close();
  });

  const both = async <T>(scope: number[], fn: (db: Db) => Promise<T>): Promise<T> => {
    const fromPg = await runInScope({ ids: scope }, () => fn(pg));
    expect(await runInScope({ ids: scope }, () => fn(lite))).toEqual(fromPg);
    return fromPg;
  };

  it('lists the calls of a name typed in another order, and of a confirmation number', async () => {
    const filters: CallFilter[] = [{ guestName: 'nunez jose' }, { guestName: 'Núñez, José' }, { confirmation }, { confirmation, startIso: new Date(HISTORY_NOW.getTime() - 400 * 86_400_000).toISOString() }];
    for (const scope of [[hotels[0]!.id], hotels.map((h) => h.id)]) {
      for (const filter of filters) {
        const listed = await both(scope, (db) => new CallQueries(db).list(filter, 1, 7));
        expect(listed.total, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(listed.calls.some((c) => c.guestName === 'José Núñez'), JSON.stringify(filter)).toBe(true);
      }
    }
  });

  it('finds the reservations by a name typed in another order and by a confirmation number with a dash', async () => {
    const scope = hotels.map((h) => h.id);
    const search = (q: string) => both(scope, async (db) => (await new ReservationQueries(db, () => hotels).search(q, HISTORY_NOW)).map((r) => [r.confirmation, r.guestName]));
    expect((await search('nunez jose')).length).toBeGreaterThan(0);
    expect(await search(`${confirmation.slice(0, 4)}-${confirmation.slice(4)}`)).toEqual([[confirmation, 'José Núñez']]);
  });
});
