// A `.env` that is there but cannot be read: the server and `npm run call` both stop with one
// line and exit 1 (src/env-file.ts applyEnvFileOrExit), rather than one starting on default
// settings (no token, another database) and the other dying with a stack.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'conserje-env-'));
// A folder named .env cannot be read as a file, even by root (chmod 000 would not stop root).
mkdirSync(join(dir, '.env'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    // PORT 0: a server that wrongly starts takes a free port, and is stopped by the timer.
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, script)], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', PORT: '0', DATABASE_PATH: join(dir, 'unused.db') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stop = setTimeout(() => child.kill('SIGTERM'), 15_000);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(stop);
      done({ code: code ?? -1, stderr });
    });
  });
}

describe.each(['src/server.ts', 'scripts/call.ts'])('%s beside a .env it cannot read', (script) => {
  it('says which file and why, in one line, and exits 1 without starting', async () => {
    const { code, stderr } = await run(script);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, '.env')} cannot be read (EISDIR)`);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});
