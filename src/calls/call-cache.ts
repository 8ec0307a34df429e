// Calls this process answered lately, kept in memory between webhooks: the row as last written
// and the flow's snapshot, so the next turn needs neither to read the row nor to parse and
// resolve the snapshot. Never trusted on its own: a turn that starts from the cache writes only
// if the row is still at the cached version (CallStore.update), and otherwise starts again from
// the database — another process or instance may have answered the call's last webhook.

import type { FlowSnapshot } from '../../flows/settle.ts';
import type { CallRow } from './call-store.ts';

/** The row without what the snapshot holds. */
export type CachedRow = Omit<CallRow, 'snapshot_json'>;

export interface CachedCall {
  row: CachedRow;
  snapshot: FlowSnapshot;
}

/** Calls in progress at once on one process are a few hundred; the oldest go first. */
const DEFAULT_SIZE = 2000;

export class CallCache {
  readonly #calls = new Map<string, CachedCall>();

  constructor(private readonly size = DEFAULT_SIZE) {}

  get(callSid: string): CachedCall | undefined {
    return this.#calls.get(callSid);
  }

  set(callSid: string, call: CachedCall): void {
    // Re-inserted, so the Map's order is the order of use.
    this.#calls.delete(callSid);
    this.#calls.set(callSid, call);
    if (this.#calls.size > this.size) this.#calls.delete(this.#calls.keys().next().value!);
  }

  delete(callSid: string): void {
    this.#calls.delete(callSid);
  }
}
