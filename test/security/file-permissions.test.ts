// The database holds every guest's name and number, what callers said, and the hashes of staff
// passwords, sessions and API tokens: a server's user alone may read it. Made under the usual
// umask (022), the SQLite file, its -wal and -shm, and a backup were readable by every account on
// the machine.

import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../scripts/backup.ts';
import { openDatabase } from '../../src/storage/database.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('files holding guests\' data', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-perms-'));
    dirs.push(dir);
    return dir;
  };

  it('creates the database, its WAL files and the folder it makes for the server\'s user alone', async () => {
    const previous = process.umask(0o022);
    try {
      const path = join(tempDir(), 'data', 'conserje.db');
      const db = await openDatabase(path);
      await db.run('INSERT INTO data_fixes (name, done_at) VALUES (?, ?)', ['perm-check', new Date().toISOString()]);
      expect(modeOf(join(path, '..')).toString(8)).toBe('700');
      for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file).toString(8), file).toBe('600');
      await db.close();
    } finally {
      process.umask(previous);
    }
  });

  it('writes a backup for the server\'s user alone', async () => {
    const previous = process.umask(0o022);
    try {
      const dir = tempDir();
      const db = await openDatabase(join(dir, 'conserje.db'));
      await db.close();
      const result = await backupDatabase(join(dir, 'conserje.db'), join(dir, 'backup.db'));
      expect(modeOf(result.file).toString(8)).toBe('600');
    } finally {
      process.umask(previous);
    }
  });

  it('leaves an existing database file as its owner set it', async () => {
    const dir = tempDir();
    const path = join(dir, 'conserje.db');
    await (await openDatabase(path)).close();
    chmodSync(path, 0o640);
    const db = await openDatabase(path);
    expect(modeOf(path).toString(8)).toBe('640');
    await db.close();
  });
});
