// A `.env` that is there but cannot be read: the server, `npm run call` and the terminal commands
// that read settings all stop with one line and exit 1 (src/env-file.ts applyEnvFileOrExit, which
// each calls at its start), rather than one starting on default settings (no token, another
// database) and another dying with a stack. src/config.ts itself reads no file.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEntryPoint } from '../helpers/run-script.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-env-'));
// A folder named .env cannot be read as a file, even by root (chmod 000 would not stop root).
mkdirSync(join(dir, '.env'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// PORT 0: a server that wrongly starts takes a free port, and is stopped after 15 s.
const run = (script: string) =>
  runEntryPoint(script, [], { cwd: dir, cleanEnv: true, env: { PORT: '0', DATABASE_PATH: join(dir, 'unused.db') }, killAfterMs: 15_000 });

const ENTRY_POINTS = [
  'src/server.ts',
  'scripts/call.ts',
  'scripts/staff.ts',
  'scripts/calls.ts',
  'scripts/backup.ts',
  'scripts/migrate.ts',
  'scripts/load-hotel.ts',
];

describe.each(ENTRY_POINTS)('%s beside a .env it cannot read', (script) => {
  it('says which file and why, in one line, and exits 1 without starting', async () => {
    const { code, stderr } = await run(script);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, '.env')} cannot be read (EISDIR)`);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});
