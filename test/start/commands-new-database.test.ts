// `npm run staff` and `npm run calls` with other settings than the server's (a systemd unit's
// Environment= a shell does not have): they open the SQLite file they are pointed at, making it when
// it is not there. An account added to that new file cannot log in to the server, so it is said.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOTE = 'so a new one was made there. If the server runs with another DATABASE_PATH or DATABASE_URL';

describe('a command pointed at a database that is not there', () => {
  it('npm run staff adds the account and says the database is new, naming it; not once it exists', async () => {
    const env = { DATABASE_PATH: join(dir, 'elsewhere', 'conserje.db') };
    const added = await runScript('staff.ts', ['add', 'alice', '--role', 'admin'], { cleanEnv: true, cwd: dir, env, input: 'a-long-password-1\na-long-password-1\n' });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added alice');
    expect(added.stderr).toContain(`staff: there was no database at ${env.DATABASE_PATH}, ${NOTE}`);
    const listed = await runScript('staff.ts', ['list'], { cleanEnv: true, cwd: dir, env });
    expect(listed.stdout).toContain('alice');
    expect(listed.stderr).not.toContain(NOTE);
  }, 30_000);

  it('npm run calls says it too', async () => {
    const run = await runScript('calls.ts', [], { cleanEnv: true, cwd: dir, env: { DATABASE_PATH: join(dir, 'other.db') } });
    expect(run.stderr).toContain(`calls: there was no database at ${join(dir, 'other.db')}, ${NOTE}`);
  }, 30_000);
});
