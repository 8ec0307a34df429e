// Which accounts an admin manages (API tokens, the Accounts page, the audit log). An admin of the
// whole group manages every account. An admin limited to some properties manages only accounts
// limited to those same properties (themselves included): never an account of the whole group nor
// one that also sees another property — a token made for such an account would carry its owner
// past their own properties, and the audit log of others' work names other properties' rows.

import type { Sql } from '../storage/sql.ts';

export interface AccountReach {
  /** True for an admin of the whole group: every account. */
  all: boolean;
  /** The accounts in reach (ids), when not `all`. */
  ids: ReadonlySet<number>;
  /** The admin's own properties (hotel ids), when not `all`: what of the audit log it may read. */
  hotels: ReadonlySet<number>;
  /** Whether an account (by username, any case) is in reach. */
  has(username: string): boolean;
}

export async function accountReach(sql: Sql, adminId: number): Promise<AccountReach> {
  const rows = await sql.all<{ user_id: number; hotel_id: number }>('SELECT user_id, hotel_id FROM staff_user_hotels');
  const hotelsOf = new Map<number, number[]>();
  for (const r of rows) hotelsOf.set(Number(r.user_id), [...(hotelsOf.get(Number(r.user_id)) ?? []), Number(r.hotel_id)]);
  const own = hotelsOf.get(adminId);
  if (!own) return { all: true, ids: new Set(), hotels: new Set(), has: () => true };
  // An account with no row sees the whole group: never in a limited admin's reach.
  const ids = new Set([...hotelsOf].filter(([, hotels]) => hotels.every((h) => own.includes(h))).map(([id]) => id));
  const names = new Set(
    (await sql.all<{ id: number; username: string }>('SELECT id, username FROM staff_users'))
      .filter((u) => ids.has(Number(u.id)))
      .map((u) => u.username.toLowerCase()),
  );
  return { all: false, ids, hotels: new Set(own), has: (username) => names.has(username.toLowerCase()) };
}
