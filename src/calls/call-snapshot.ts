// A call's snapshot as stored: the state and the context, in one JSON.stringify — without the
// hotel, which every call of a property shares and which is attached again, by the call's
// hotel id, when the snapshot is read back (a hotel file reloaded mid-call applies at once).
// The hotel a call's context holds is its property's info as `attachedHotel` gives it, which
// JSON.stringify writes as nothing: the context is stringified as it is, with no copy of it made
// without the hotel (a copy on V8's slow path, the contexts having many shapes; issue 14).
// Rows written before this format (XState's persisted snapshot, hotel included) read the same way.
// A context read back has initialContext's keys in its order, those the JSON left out `undefined`
// again, as the call's first context had them: in another order, XState's copies of it would be V8
// dictionaries for the rest of the call (flows/call-machine.ts, initialContext).

import type { CallContext } from '../../flows/call-context.ts';
import { CONTEXT_KEYS } from '../../flows/call-machine.ts';
import type { CallMachine } from '../../flows/call-machine.ts';
import type { FlowSnapshot } from '../../flows/settle.ts';
import type { HotelInfo } from '../../flows/types.ts';
import type { SisterHotel } from '../../flows/sister-hotel.ts';

/** A snapshot that cannot be restored (an older flow version, a damaged row). */
export class RestoreError extends Error {}

interface StoredSnapshot {
  value: FlowSnapshot['value'];
  context: Omit<CallContext, 'hotel'> & { hotel?: unknown };
}

/** Each key of a context, `undefined`, in initialContext's order. */
const NO_CONTEXT = Object.fromEntries(CONTEXT_KEYS.map((key) => [key, undefined])) as Record<keyof CallContext, undefined>;

/** Each property's info as calls' contexts hold it, made once per HotelInfo (a reloaded hotel file is another). */
const ATTACHED = new WeakMap<HotelInfo, HotelInfo>();
const ATTACHED_ONES = new WeakSet<HotelInfo>();

/**
 * `hotel` as a call's context holds it: the same fields (a shallow copy, made once), and a JSON of
 * nothing — a `toJSON` of its own, not enumerable, so no spread or Object.assign of the context sees it.
 */
export function attachedHotel(hotel: HotelInfo): HotelInfo {
  let attached = ATTACHED.get(hotel);
  if (!attached) {
    attached = Object.defineProperty({ ...hotel }, 'toJSON', { value: () => undefined });
    ATTACHED.set(hotel, attached);
    ATTACHED_ONES.add(attached);
  }
  return attached;
}

/**
 * The group's other properties as a call's context holds them (flows/sister-hotel.ts): like its
 * hotel, given again at every restore from the hotels loaded now, and a JSON of nothing.
 */
export function attachedSisters(sisters: SisterHotel[]): SisterHotel[] {
  return Object.defineProperty(sisters, 'toJSON', { value: () => undefined });
}

export function persistSnapshot(snapshot: FlowSnapshot): string {
  const { context } = snapshot;
  // A context given its hotel otherwise (not by the call service): copied without it, as before.
  // (`hotel: undefined` leaves the key out of the JSON.)
  return JSON.stringify({ value: snapshot.value, context: ATTACHED_ONES.has(context.hotel) ? context : { ...context, hotel: undefined } });
}

/** Throws RestoreError for JSON that does not parse or a state the flow no longer has (STYLE.md). */
export function restoreSnapshot(flow: CallMachine, json: string, hotel: HotelInfo, callSid: string, sisters?: SisterHotel[]): FlowSnapshot {
  try {
    const saved = JSON.parse(json) as StoredSnapshot;
    if (typeof saved?.context !== 'object' || saved.context === null) throw new Error('no context');
    return flow.resolveState({ value: saved.value, context: { ...NO_CONTEXT, ...saved.context, hotel: attachedHotel(hotel), sisterHotels: sisters } as CallContext });
  } catch (err) {
    throw new RestoreError(`call ${callSid}: its saved state cannot be restored: ${(err as Error).message}`);
  }
}
