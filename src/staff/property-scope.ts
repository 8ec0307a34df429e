// Which properties a staff request may see: its account's (or the whole group's), narrowed to the
// one chosen with the property switcher. The scope travels with the request (AsyncLocalStorage,
// set once by the staff router after authentication), and every staff query adds it to its SQL
// (`inScope`), so no route, page, export or action can forget to filter by property — a call,
// reservation, recording or callback of another property is simply not there (404).
// Outside a staff request (the terminal's `npm run calls`) there is no scope unless one is set:
// the whole deployment.

import { AsyncLocalStorage } from 'node:async_hooks';

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
  const scope = current.getStore();
  if (!scope) return null;
  if (scope.ids.length === 0) return '1 = 0';
  // Ids from the hotels table, checked to be integers: written into the SQL, not bound, so a
  // statement's placeholders stay as they were.
  const ids = scope.ids.map((id) => {
    if (!Number.isSafeInteger(id)) throw new Error(`not a hotel id: ${String(id)}`);
    return String(id);
  });
  return `${column} IN (${ids.join(', ')})`;
}

/** ` AND column IN (…)`, or nothing outside a scope: appended to a WHERE. */
export function inScope(column: string): string {
  const condition = scopeCondition(column);
  return condition ? ` AND ${condition}` : '';
}
