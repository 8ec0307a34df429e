// Context updates that one transition makes together, applied as one XState `assign`. Each assign
// copies the whole context (some 45 fields, ~1.5 µs with Object.assign) and builds a new snapshot,
// so two in a row cost twice that for nothing.

/** What an `assign` function is given, as far as the flow's updates read it. */
export interface UpdateArgs<C, E> {
  context: C;
  event: E;
}

export type ContextUpdate<C, E> = (args: UpdateArgs<C, E>) => Partial<C>;

/** The updates one after the other, each seeing the context the ones before it left (as separate assigns would). */
export function inOrder<C extends object, E>(...updates: ContextUpdate<C, E>[]): ContextUpdate<C, E> {
  return ({ context, event }) => {
    const changed: Partial<C> = {};
    let current = context;
    for (let i = 0; i < updates.length; i++) {
      const change = updates[i]!({ context: current, event });
      // Object.assign, not `{ ...a, ...b }`: see flows/extend.ts.
      Object.assign(changed, change);
      // The context as the next update sees it (none after the last: XState's assign makes that one).
      if (i < updates.length - 1) current = Object.assign({}, current, change);
    }
    return changed;
  };
}
