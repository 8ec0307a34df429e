// RETENTION_DAYS decides what is erased for good (src/privacy/retention.ts), so a value the server
// cannot read as the operator meant stops the start with one line saying why, exit 1 — never a
// surprising number of days. Unset or empty is the default, as for every setting; a number with
// spaces round it is that number.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { DEFAULT_RETENTION_DAYS } from '../../src/privacy/retention.ts';
import { runEntryPoint } from '../helpers/run-script.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-retention-days-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const days = (value: string | undefined) => loadConfig({ RETENTION_DAYS: value }).retentionDays;
const refusal = (value: string) => {
  try {
    loadConfig({ RETENTION_DAYS: value });
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  return null;
};

describe('RETENTION_DAYS', () => {
  it.each([
    [undefined, DEFAULT_RETENTION_DAYS],
    ['', DEFAULT_RETENTION_DAYS],
    ['   ', DEFAULT_RETENTION_DAYS],
    ['7', 7],
    ['3650', 3650],
    [' 30 ', 30],
    ['180', 180],
  ])('reads %j as %i days', (value, expected) => {
    expect(days(value)).toBe(expected);
  });

  // 0 could mean "for ever" or "at once", 6 is under a week (a guest's callback can take that
  // long), 3651 is over ten years; a unit, a decimal point, an exponent or a sign is not what
  // the setting holds, and Number() would have read "1e2" as 100 and "0x1e" as 30.
  it.each(['0', '6', '3651', 'abc', '30d', '30 days', '1e2', '0x1e', '30.0', '+30', '-30', '30,5', '９０'])(
    'refuses %j, naming the setting, its range and what it was given',
    (value) => {
      const said = refusal(value);
      expect(said).toContain('RETENTION_DAYS');
      expect(said).toContain('from 7 to 3650');
      expect(said).toContain(`got "${value.trim()}"`);
    },
  );

  it.each(['0', '30d', '3651'])(
    'stops the real server started with RETENTION_DAYS=%j: one line, exit 1, nothing listening',
    async (value) => {
      const run = await runEntryPoint('src/server.ts', [], {
        cwd: dir,
        cleanEnv: true,
        env: { PORT: '0', DATABASE_PATH: join(dir, 'conserje.db'), LOG_LEVEL: 'error', RETENTION_DAYS: value },
        killAfterMs: 15_000,
      });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([`conserje: ${refusal(value)}`]);
      // Refused before the database is opened: nothing was made.
      expect(existsSync(join(dir, 'conserje.db'))).toBe(false);
    },
    30_000,
  );
});
