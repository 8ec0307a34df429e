// How long, and for whom, rooms are held, on SQLite (the cases: hold-allowance-cases.ts).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { checkHoldAllowance } from './hold-allowance-cases.ts';

describe('how long, and for whom, rooms are held (SQLite)', () => {
  it('ends a call’s holds 3 × HOLD_MINUTES after it began, and holds for one call of a number at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-holds-'));
    const db = await openDatabase(join(dir, 'c.db'));
    try {
      await checkHoldAllowance(db);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
