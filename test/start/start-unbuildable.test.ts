// `npm start` (scripts/start.cjs) after an upgrade made without `npm install`, by a service user
// who may not write the folder: the build is older than the sources and cannot be rebuilt there.
// One line says what to do; was: the build's EACCES stack trace, then start.cjs's own.

import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = process.cwd();
const root = mkdtempSync(join(tmpdir(), 'conserje-unbuildable-'));
afterAll(() => {
  chmodSync(join(root, 'dist'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

/** A checkout whose build is older than its lockfile (an upgrade pulled, npm install not run). */
function staleCheckout(): void {
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'scripts'));
  for (const file of ['start.cjs', 'code-cache.cjs', 'mapped-stacks.cjs']) copyFileSync(join(REPO, 'scripts', file), join(root, 'scripts', file));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/server.inputs.json'), JSON.stringify({ sources: [] }));
  writeFileSync(join(root, 'dist/server.cjs'), '');
  utimesSync(join(root, 'dist/server.cjs'), new Date(2020, 0, 1), new Date(2020, 0, 1));
  copyFileSync(join(REPO, 'package-lock.json'), join(root, 'package-lock.json'));
  // Not writable by the user who starts it (root writes anywhere: it starts as nobody instead).
  chmodSync(join(root, 'dist'), 0o555);
  chmodSync(root, 0o555);
}

describe('npm start with a build it may not rewrite', () => {
  it('exits 1 with one line naming the user and what to run, and no stack trace', () => {
    staleCheckout();
    const asRoot = process.getuid?.() === 0;
    const start = asRoot ? ['runuser', ['-u', 'nobody', '--', process.execPath, 'scripts/start.cjs']] as const : [process.execPath, ['scripts/start.cjs']] as const;
    const run = spawnSync(start[0], [...start[1]], { cwd: root, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 30_000 });
    chmodSync(root, 0o755);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^conserje: the server must be built first \(package-lock\.json changed\), and this user \(\S+\) may not write .*dist: run `npm install` \(after an upgrade\) or `npm run build` as the owner of the folder, then start again$/);
  });
});
