// A SQLite database at a given migration, and the rest applied later: for the tests of what a
// migration does to the rows stored before it (the engine-alike contracts in this folder).

import Database from 'better-sqlite3';
import { migrate } from '../../src/storage/database.ts';
import { MIGRATIONS } from '../../src/storage/migrations.ts';
import { SqliteDb } from '../../src/storage/sqlite.ts';
import type { Db } from '../../src/storage/sql.ts';

/** A new in-memory database with the first `version` migrations applied (foreign keys on, as the app opens it). */
export async function sqliteAt(version: number): Promise<Db> {
  const raw = new Database(':memory:');
  raw.pragma('foreign_keys = ON');
  migrate(raw, MIGRATIONS.slice(0, version));
  return new SqliteDb(raw);
}

/** Applies the migrations not yet applied. */
export async function migrateSqlite(db: Db): Promise<void> {
  migrate((db as SqliteDb).connection);
}
