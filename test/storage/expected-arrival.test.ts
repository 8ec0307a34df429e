// A guest's expected arrival on the reservation, on SQLite (test/storage/expected-arrival.ts).

import { expectedArrivalContract } from './expected-arrival.ts';
import { migrateSqlite, sqliteAt } from './sqlite-at.ts';

expectedArrivalContract('SQLite', { openAt: sqliteAt, migrate: migrateSqlite });
