// Undo of "Keep room" through the inventory, on SQLite (the cases: shorten-hold-cases.ts).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { checkShortenHold } from './shorten-hold-cases.ts';

describe('a kept room taken back (SQLite)', () => {
  it('holds until the earlier time only while the hold is the one kept, and frees rooms already past it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-shorten-'));
    const db = await openDatabase(join(dir, 'c.db'));
    try {
      await checkShortenHold(db);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
