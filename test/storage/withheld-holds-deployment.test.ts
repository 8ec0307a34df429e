// Withheld callers' holds across the properties of a deployment, on SQLite (withheld-holds-deployment.ts).

import Database from 'better-sqlite3';
import { it } from 'vitest';
import { migrate } from '../../src/storage/database.ts';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import { checkWithheldHoldsAcrossProperties } from './withheld-holds-deployment.ts';

it('withheld calls hold fewer rooms than half the asked type across every property (SQLite)', async () => {
  const raw = new Database(':memory:');
  raw.pragma('foreign_keys = ON');
  migrate(raw);
  await checkWithheldHoldsAcrossProperties(new SqliteDb(raw));
});
