// DATABASE_PATH in a folder the user running Conserje may not write (a service user, a folder made
// by root): the start says whose the problem is and what to do, in one line. SQLite writes its
// -wal and -shm files beside the database, so a writable file in a read-only folder fails too.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'conserje-not-writable-'));
chmodSync(dir, 0o755);
afterAll(() => {
  for (const folder of ['empty', 'with-file']) chmodSync(join(dir, folder), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

// Root writes anywhere through its capabilities: as root the server starts without them (setpriv),
// so its own read-only folders are read-only to it. Not as nobody: the clone may sit in a folder
// only root can enter (mktemp -d), where nobody could not even start tsx.
const asRoot = process.getuid?.() === 0;
const WITHOUT_CAPABILITIES = ['setpriv', '--inh-caps=-all', '--bounding-set=-all', '--'];

function startOn(databasePath: string): { status: number | null; stderr: string } {
  const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), DATABASE_PATH: databasePath, PORT: '0' };
  const server = [join(REPO, 'node_modules/.bin/tsx'), join(REPO, 'src/server.ts')];
  const run = asRoot
    ? spawnSync(WITHOUT_CAPABILITIES[0]!, [...WITHOUT_CAPABILITIES.slice(1), ...server], { cwd: dir, env, encoding: 'utf8', timeout: 30_000 })
    : spawnSync(server[0]!, server.slice(1), { cwd: dir, env, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stderr: run.stderr };
}

function readOnlyFolder(name: string, withDatabase: boolean): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, 'conserje.db');
  if (withDatabase) {
    writeFileSync(path, '');
    chmodSync(path, 0o600);
  }
  chmodSync(folder, 0o555);
  return path;
}

describe('a DATABASE_PATH in a folder this user may not write', () => {
  it.each([
    ['no database there yet', 'empty', false],
    ['a database this user may write, in a folder it may not (no room for -wal)', 'with-file', true],
  ])('%s: exits 1 naming the user and the folder, one line', (_what, name, withDatabase) => {
    const path = readOnlyFolder(name as string, withDatabase as boolean);
    const run = startOn(path);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^conserje: cannot open the database at ${path}: .+; the user running Conserje \\(\\S+\\) must be able to write ${join(dir, name as string)} and the database in it: choose another DATABASE_PATH, or give that user the folder$`));
  }, 30_000);
});
