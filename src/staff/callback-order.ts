// The callbacks worklist in the order a clerk works it under a flood of calls (many numbers, each a
// billed call back): the real guests first. Owed and due requests first, the longest owed first
// (by when each was promised); a number with several requests (at several properties, or withheld
// asks an hour apart) listed together where its first one stands; and last the one-shot callers
// who hung up within seconds leaving nothing (no voicemail, no name, nothing asked for, asked once,
// never tried): mostly robocalls and misdials, and calling each back costs a call. None is hidden.

import type { StaffContext } from './context.ts';
import type { CallbackView } from './queries/callbacks.ts';

/** A call shorter than this that left nothing but its number reads as a one-shot, not a guest. */
export const ONE_SHOT_SECONDS = 20;

/** A request that is most likely no guest: asked once, in a call of seconds, leaving nothing to go on. */
export function isOneShot(c: CallbackView): boolean {
  const collected = c.partial !== null && ['arrival', 'roomType', 'rooms', 'nights'].some((k) => c.partial![k] != null);
  return (
    c.asks === 1 &&
    c.attempts === 0 &&
    c.callSeconds !== null &&
    c.callSeconds < ONE_SHOT_SECONDS &&
    c.recordingUrl === null &&
    !c.transcript &&
    c.guestName === null &&
    c.guestNameHeard === null &&
    c.reservationId === null &&
    !collected
  );
}

/**
 * The waiting requests in the desk's order (`dueAt`: when each one's call back was promised, in its
 * own property's hours); the called-back ones, if any, stay after them as they came.
 */
export function inDeskOrder(items: readonly CallbackView[], dueAt: (c: CallbackView) => Date): CallbackView[] {
  const waiting = items.filter((c) => c.status === 'open');
  const due = new Map(waiting.map((c) => [c.id, dueAt(c).getTime()]));
  const byAge = (a: CallbackView, b: CallbackView) => due.get(a.id)! - due.get(b.id)! || a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
  const real = waiting.filter((c) => !isOneShot(c)).sort(byAge);
  const oneShots = waiting.filter(isOneShot).sort(byAge);
  return [...together([...real, ...oneShots]), ...items.filter((c) => c.status !== 'open')];
}

/** Each number's requests side by side, where its first one stands; none with no number is grouped. */
function together(ordered: readonly CallbackView[]): CallbackView[] {
  const byNumber = new Map<string, CallbackView[]>();
  for (const c of ordered) if (c.callerNumber) byNumber.set(c.callerNumber, [...(byNumber.get(c.callerNumber) ?? []), c]);
  const placed = new Set<number>();
  const out: CallbackView[] = [];
  for (const c of ordered) {
    if (placed.has(c.id)) continue;
    for (const same of c.callerNumber ? byNumber.get(c.callerNumber)! : [c]) {
      placed.add(same.id);
      out.push(same);
    }
  }
  return out;
}

/** The desk's order with each request due by its own property's promise and desk hours. */
export function deskOrderOf(ctx: Pick<StaffContext, 'propertyView'>, items: readonly CallbackView[]): CallbackView[] {
  return inDeskOrder(items, (c) => ctx.propertyView(c.hotelId).callbackDue.dueAt(c.createdAt));
}
