// Who reads `.env`: each program at its start, not the settings module. src/config.ts is pure (it
// used to read `.env` as it loaded, unless it saw the test runner's VITEST variable); the server
// and the terminal commands call applyEnvFileOrExit themselves, so a command still finds the
// database named in `.env`.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'conserje-env-entry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe('the settings module', () => {
  it('reads no .env when imported, even one that cannot be read, outside the test runner', () => {
    const cwd = folder('unreadable');
    mkdirSync(join(cwd, '.env')); // a folder: reading it as a file fails, even as root
    const code = `import(${JSON.stringify(join(ROOT, 'src/config.ts'))}).then((m) => console.log(m.loadConfig({}).port))`;
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['--eval', code], {
      cwd,
      env: { PATH: process.env.PATH ?? '' }, // no VITEST: as a program would import it
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('3000');
  }, 30_000);
});

describe('npm run migrate beside a .env', () => {
  it('migrates the database the file names', async () => {
    const cwd = folder('migrate');
    writeFileSync(join(cwd, '.env'), 'DATABASE_PATH=from-env-file.db\n');
    const run = await runScript('migrate.ts', [], { cwd, cleanEnv: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('from-env-file.db');
    expect(existsSync(join(cwd, 'from-env-file.db'))).toBe(true);
  }, 30_000);
});
