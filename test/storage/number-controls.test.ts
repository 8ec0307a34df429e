// Caller numbers stored with control characters, cleaned by a data fix, on SQLite (number-controls.ts).

import Database from 'better-sqlite3';
import { migrate } from '../../src/storage/database.ts';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import { numbersWithoutControlsContract } from './number-controls.ts';

numbersWithoutControlsContract('SQLite', '\u0000\u0085', async () => {
  const raw = new Database(':memory:');
  raw.pragma('foreign_keys = ON');
  migrate(raw);
  return new SqliteDb(raw);
});
