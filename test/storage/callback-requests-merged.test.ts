// One open callback request per guest and property on SQLite: the engine-alike checks
// (callback-requests-merged.ts), and that the ask's lookup reads its index.

import { describe, expect, it } from 'vitest';
import { OPEN_REQUEST_SQL } from '../../src/calls/callback-requests.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { planSteps } from '../helpers/query-plans.ts';
import { mergedRequestsContract } from './callback-requests-merged.ts';
import { migrateSqlite, sqliteAt } from './sqlite-at.ts';

mergedRequestsContract('SQLite', {
  openAt: sqliteAt,
  migrate: migrateSqlite,
  // One writer at a time: the same database.
  async another(db) {
    return db;
  },
});

describe('the lookup of a number\'s open callback request on SQLite', () => {
  it('reads callback_requests_guest, and a request\'s asks callback_requests_merged', async () => {
    const db = await openDatabase(':memory:');
    try {
      const lookup = await planSteps(db, [[OPEN_REQUEST_SQL, ['+13055550101', 1]]]);
      expect(lookup).toContainEqual(expect.stringMatching(/^SEARCH callback_requests USING INDEX callback_requests_guest \(caller_number=\? AND hotel_id=\? AND status=\?\)$/));
      const asks = await planSteps(db, [['SELECT id FROM callback_requests WHERE merged_into IN (?, ?) ORDER BY created_at, id', [1, 2]]]);
      expect(asks).toContainEqual(expect.stringMatching(/callback_requests_merged \(merged_into=\?\)/));
    } finally {
      await db.close();
    }
  });
});
