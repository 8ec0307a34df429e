// A call's snapshot as stored: the state and the context, in one JSON.stringify — without the
// hotel, which every call of a property shares and which is attached again, by the call's
// hotel id, when the snapshot is read back (a hotel file reloaded mid-call applies at once).
// Rows written before this format (XState's persisted snapshot, hotel included) read the same way.

import type { CallContext } from '../../flows/call-context.ts';
import type { CallMachine } from '../../flows/call-machine.ts';
import type { FlowSnapshot } from '../../flows/settle.ts';
import type { HotelInfo } from '../../flows/types.ts';

/** A snapshot that cannot be restored (an older flow version, a damaged row). */
export class RestoreError extends Error {}

interface StoredSnapshot {
  value: FlowSnapshot['value'];
  context: Omit<CallContext, 'hotel'> & { hotel?: unknown };
}

export function persistSnapshot(snapshot: FlowSnapshot): string {
  // `hotel: undefined` leaves the key out of the JSON.
  return JSON.stringify({ value: snapshot.value, context: { ...snapshot.context, hotel: undefined } });
}

/** Throws RestoreError for JSON that does not parse or a state the flow no longer has (STYLE.md). */
export function restoreSnapshot(flow: CallMachine, json: string, hotel: HotelInfo, callSid: string): FlowSnapshot {
  try {
    const saved = JSON.parse(json) as StoredSnapshot;
    if (typeof saved?.context !== 'object' || saved.context === null) throw new Error('no context');
    return flow.resolveState({ value: saved.value, context: { ...saved.context, hotel } as CallContext });
  } catch (err) {
    throw new RestoreError(`call ${callSid}: its saved state cannot be restored: ${(err as Error).message}`);
  }
}
