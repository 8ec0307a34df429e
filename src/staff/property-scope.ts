// Which properties a staff request may see: its account's (or the whole group's), narrowed to the
// one chosen with the property switcher. The scope travels with the request (AsyncLocalStorage,
// set once by the staff router after authentication), and every staff query adds it to its SQL
// (`inScope`), so no route, page, export or action can forget to filter by property — a call,
// reservation, recording or callback of another property is simply not there (404).
// Outside a staff request (the terminal's `npm run calls`) there is no scope unless one is set:
// the whole deployment.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlValue } from '../storage/sql.ts';

export interface PropertyScope {
  /** The properties in view (hotel ids): one, or all the account may see. */
  ids: readonly number[];
}

const current = new AsyncLocalStorage<PropertyScope>();

/** Runs `fn` (and everything it awaits) within the scope. */
export function runInScope<T>(scope: PropertyScope, fn: () => T): T {
  return current.run(scope, fn);
}

export function scopeNow(): PropertyScope | undefined {
  return current.getStore();
}

/** `column IN (…)` for the properties in view; null when there is no scope (everything). */
export function scopeCondition(column: string): string | null {
  const ids = idsInView();
  if (!ids) return null;
  if (ids.length === 0) return '1 = 0';
  return `${column} IN (${ids.join(', ')})`;
}

/**
 * The rows `walk` selects, for the properties in view, in `order`. `walk(property)` is one
 * property's rows (`property` its condition, `column = id`, or null without a scope), in an order
 * an index by property gives (its ORDER BY and no LIMIT). With several properties in view each is
 * walked on its own and stops at the LIMIT, and the walks are merged in `order` (over `w`): one
 * `column IN (…)` of several gives an index no order to walk in, and every matching row of every
 * property was sorted to keep a page of them. The caller adds its LIMIT to `sql`, and binds
 * `params(walkParams, limit)` before the LIMIT's own.
 */
export function eachPropertyInOrder(
  column: string,
  walk: (property: string | null) => string,
  order: string,
): { sql: string; params: (walkParams: readonly SqlValue[], limit: number) => SqlValue[] } {
  const ids = idsInView();
  const properties = ids === null ? [null] : ids.length === 0 ? ['1 = 0'] : ids.map((id) => `${column} = ${id}`);
  if (properties.length === 1) return { sql: walk(properties[0]!), params: (walkParams) => [...walkParams] };
  return {
    sql: `SELECT w.* FROM (${properties.map((p, i) => `SELECT * FROM (${walk(p)} LIMIT ?) AS w${i}`).join(' UNION ALL ')}) AS w ORDER BY ${order}`,
    params: (walkParams, limit) => properties.flatMap(() => [...walkParams, limit]),
  };
}

function idsInView(): string[] | null {
  const scope = current.getStore();
  if (!scope) return null;
  // Ids from the hotels table, checked to be integers: written into the SQL, not bound, so a
  // statement's placeholders stay as they were.
  return scope.ids.map((id) => {
    if (!Number.isSafeInteger(id)) throw new Error(`not a hotel id: ${String(id)}`);
    return String(id);
  });
}

/** ` AND column IN (…)`, or nothing outside a scope: appended to a WHERE. */
export function inScope(column: string): string {
  const condition = scopeCondition(column);
  return condition ? ` AND ${condition}` : '';
}
