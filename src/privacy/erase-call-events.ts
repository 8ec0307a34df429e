// What was heard on calls, how it was read (a name, a question's words) and what was said back:
// erased past RETENTION_DAYS (retention.ts) and for one guest on request (forget-guest.ts) alike.

import { placeholders } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';

/** Erases these calls' timeline words; an ended call's outcome stays as its last event's reading. */
export async function eraseCallEvents(tx: Sql, sids: readonly string[]): Promise<void> {
  await tx.run(
    `UPDATE call_events SET input_json = NULL, said_json = NULL,
       understood = CASE WHEN kind = 'call.ended' THEN understood ELSE NULL END
     WHERE call_sid IN (${placeholders(sids)})`,
    [...sids],
  );
}
