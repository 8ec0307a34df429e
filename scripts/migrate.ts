// `npm run migrate` — brings the configured database's schema up to date and says where it stands:
// PostgreSQL when DATABASE_URL is set, else the SQLite file at DATABASE_PATH. The server does the
// same at every start; several instances starting at once do not race (see pg-migrate.ts).

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, loadConfig } from '../src/config.ts';
import { applyEnvFileOrExit } from '../src/env-file.ts';
import { describeStore, migrate } from '../src/storage/database.ts';
import { migratePostgres } from '../src/storage/pg-migrate.ts';
import { PostgresDb } from '../src/storage/postgres.ts';

async function main(): Promise<number> {
  applyEnvFileOrExit(process.env, 'migrate');
  let config;
  try {
    config = loadConfig({ DATABASE_URL: process.env.DATABASE_URL, DATABASE_PATH: process.env.DATABASE_PATH });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`migrate: ${err.message}`);
      return 2;
    }
    throw err;
  }
  let result: { from: number; to: number };
  if (config.databaseUrl) {
    const db = new PostgresDb(config.databaseUrl, { poolSize: 1 });
    try {
      result = await migratePostgres(db.pool);
    } finally {
      await db.close();
    }
  } else {
    if (config.databasePath !== ':memory:') mkdirSync(dirname(config.databasePath), { recursive: true });
    const raw = new Database(config.databasePath);
    try {
      raw.pragma('journal_mode = WAL');
      raw.pragma('busy_timeout = 5000');
      result = migrate(raw);
    } finally {
      raw.close();
    }
  }
  const where = describeStore(config);
  console.log(result.from === result.to ? `${where}: schema version ${result.to}, up to date` : `${where}: schema version ${result.from} → ${result.to}`);
  return 0;
}

process.exitCode = await main();
