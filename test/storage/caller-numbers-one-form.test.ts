// Caller numbers stored in two forms, made one by a data fix, on SQLite (caller-numbers-one-form.ts).

import Database from 'better-sqlite3';
import { migrate } from '../../src/storage/database.ts';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import { callerNumbersOneFormContract } from './caller-numbers-one-form.ts';

callerNumbersOneFormContract('SQLite', async () => {
  const raw = new Database(':memory:');
  raw.pragma('foreign_keys = ON');
  migrate(raw);
  return new SqliteDb(raw);
});
