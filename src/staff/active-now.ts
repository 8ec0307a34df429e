// What "now" means on the console, once, for the live tiles, the Calls list's "in progress" and
// "gone quiet", the period figures and the words on a call's page. Before, the tile counted the
// open calls and texts started in the last 4 hours, the list every open one of any age, and a call's
// page said "is texting now" of a conversation idle for 13 hours.
//
// - A phone call is in progress while it is open (no end, no outcome) and started within the last
//   4 hours: Twilio ends a call after 4 hours at most, so an open one older than that only lacks
//   its status callback (the sweeps close it).
// - A text conversation is in progress (the guest is "texting now") while it is open and its last
//   message, the guest's or the hotel's answer, is at most TEXTING_NOW_MINUTES old. An open
//   conversation quiet for longer has gone quiet: it stays open, and a text from the guest goes on
//   with it, until SMS_IDLE_MINUTES without one close it (src/calls/sweeps.ts).

/** Twilio ends a call after 4 hours at most. */
export const CALL_NOW_MS = 4 * 3_600_000;
export const TEXTING_NOW_MINUTES = 30;
const TEXTING_NOW_MS = TEXTING_NOW_MINUTES * 60_000;

/** The instants after which an open call (its start) or an open conversation (its last message) is in progress. */
export function activeSince(now: Date): { calls: string; texts: string } {
  return { calls: new Date(now.getTime() - CALL_NOW_MS).toISOString(), texts: new Date(now.getTime() - TEXTING_NOW_MS).toISOString() };
}

/**
 * SQL over `calls c` (open ones only: the caller adds `c.ended_at IS NULL AND c.outcome IS NULL`):
 * in progress, with activeSince(now)'s `calls` and `texts` as its two parameters.
 */
export const ACTIVE_SQL = "(CASE WHEN c.channel = 'sms' THEN c.updated_at > ? ELSE c.started_at > ? END)";

/** ACTIVE_SQL's parameters, in its order. */
export function activeParams(now: Date): [string, string] {
  const since = activeSince(now);
  return [since.texts, since.calls];
}

/** An open call or conversation: in progress now, or gone quiet. Closed ones are neither. */
export function isActive(c: { channel: string; startedAt: string; lastActivityAt: string }, now: Date): boolean {
  const since = activeSince(now);
  return c.channel === 'sms' ? c.lastActivityAt > since.texts : c.startedAt > since.calls;
}
