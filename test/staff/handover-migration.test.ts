// Migration 28 on SQLite (test/staff/handover-migration.ts).

import { migrateSqlite, sqliteAt } from '../storage/sqlite-at.ts';
import { handoverMigrationContract } from './handover-migration.ts';

handoverMigrationContract('SQLite', { openAt: sqliteAt, migrate: migrateSqlite });
