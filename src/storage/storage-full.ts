// Whether the database can still grow. A full disk is the failure a write-and-roll-back check
// cannot see on SQLite (a rolled-back write never reaches the disk), and it is the one that takes
// every booking down at once: /healthz asks here too, and staff pages name it when a write fails
// for it, instead of "something went wrong".

import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SqliteDb } from './sqlite.ts';

/** Below this much free space on the database's file system, it is as good as full (a day of calls is ~1 MB). */
export const MIN_FREE_BYTES = 16 * 1024 * 1024;

/** A write refused because the disk (or the database's size limit) is full, on either engine. */
export function isStorageFull(err: unknown): boolean {
  if (err instanceof Database.SqliteError) return err.code === 'SQLITE_FULL';
  // PostgreSQL's disk_full (53100): https://www.postgresql.org/docs/15/errcodes-appendix.html
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '53100';
}

export interface FreeSpace {
  /** Bytes free to this process on the file system. */
  available: number;
}

async function freeSpaceOf(path: string): Promise<FreeSpace> {
  const fs = await statfs(dirname(path));
  return { available: fs.bavail * fs.bsize };
}

/**
 * Why the SQLite database cannot grow, or null when it can: its file system has less than
 * MIN_FREE_BYTES free, or the file is at SQLite's own size limit (max_page_count) with no free
 * page left inside it. An in-memory database always has room.
 */
export async function sqliteRoomProblem(db: SqliteDb, freeSpace: (path: string) => Promise<FreeSpace> = freeSpaceOf): Promise<string | null> {
  const raw = db.connection;
  const pages = raw.pragma('page_count', { simple: true }) as number;
  const max = raw.pragma('max_page_count', { simple: true }) as number;
  const free = raw.pragma('freelist_count', { simple: true }) as number;
  if (pages >= max && free === 0) return 'the database file is at its size limit';
  if (raw.memory || raw.name === '') return null;
  const { available } = await freeSpace(raw.name);
  if (available < MIN_FREE_BYTES) return `the database's disk is full (${Math.floor(available / 1024)} KB free)`;
  return null;
}
