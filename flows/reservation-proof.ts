// Who may hear, or cancel, a reservation. Its confirmation number opens it from the reservation's
// own phone (the number it was made from or is to be called back on); from any other phone, or a
// withheld one, the caller is asked one more proof first: the last name on it, by voice or text.
// The names are compared kindly where the reservation is (src/calls/reservation-lookup.ts:
// accents, case, "de la", either of two Spanish surnames). Keys pressed instead, or two last
// names that do not match, go to the front desk, whose whisper says why; nothing of the
// reservation is said. A confirmation number that does not exist is asked its last name just the
// same, and fails in the same words, so a stranger cannot even learn whether a number is real.

import type { CallContext, Heard } from './call-context.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { intentFromSpeech } from './understanding/intents.ts';
import { nameLikeness } from './understanding/name-likeness.ts';
import { nameFromSpeech } from './understanding/names.ts';

/**
 * The most upcoming reservations of the number calling that the flow is given
 * (src/calls/reservation-lookup.ts, MAX_OFFERED). A number with more than these may be a
 * switchboard's or an agency's, whose last names open nothing (byCallerAndLastName): only the
 * confirmation number is asked for. Exactly this many is a guest's, as one or two are.
 */
export const CALLER_LIST_MAX = 3;

/** The last name on it opens a reservation made from the number calling (not a switchboard's). */
export function lastNameOpensFromHere(ctx: Pick<CallContext, 'callerReservations' | 'moreCallerReservations'>): boolean {
  const n = ctx.callerReservations.length;
  // A snapshot from before `moreCallerReservations` existed: a full list is taken for a switchboard's, as it was.
  const more = ctx.moreCallerReservations ?? n >= CALLER_LIST_MAX;
  return n > 0 && !more;
}

/** Last names that do not match before the call goes to the front desk. */
export const MAX_PROOF_FAILS = 2;

/** The last name said (or texted) as proof for the confirmation number given; keys go to the desk. */
export function readLastNameProof(ctx: CallContext, input: CallerInput): Heard | null {
  const confirmation = ctx.proof?.confirmation;
  if (!confirmation) return null;
  // (A text of digits is no keypad: not understood, and the last name asked again.)
  if (input.kind === 'digits') return ctx.channel === 'voice' ? { kind: 'route', route: 'keysOnly' } : null;
  if (input.kind !== 'speech') return null;
  // "¿Hablan español?" is no last name (it was a wrong one, a miss): not read here, the call turns
  // to that language and the last name is asked again in it (flows/language-switch.ts).
  const intent = intentFromSpeech(input.text, ctx.locale);
  if (intent === 'spanish' || intent === 'english') return null;
  const name = nameFromSpeech(input.text);
  if (!name || nameLikeness(name) !== 'name') return null;
  return { kind: 'route', route: 'lastName', value: { q: 'lookup', confirmation, lastName: name } };
}

/** The lookup just made asked for the last name (a confirmation number alone, from another phone). */
export function proofToAsk(ctx: CallContext): boolean {
  return ctx.found === null && ctx.proof?.asking === true;
}

/** The lookup just made was a confirmation number with a last name, and found nothing. */
export function proofFailed(ctx: CallContext): boolean {
  const asked = ctx.lookupAsked;
  return ctx.found === null && asked !== null && typeof asked === 'object' && 'confirmation' in asked;
}

/** What a lookup's result makes of the proof: asked for a confirmation number alone, kept for its last name. */
export function proofAfterLookup(ctx: CallContext, proofNeeded: boolean): CallContext['proof'] {
  const asked = ctx.lookupAsked;
  if (proofNeeded && typeof asked === 'string') return { confirmation: asked, asking: true, fails: ctx.proof?.fails ?? 0 };
  return ctx.proof ? { ...ctx.proof, asking: false } : null;
}

/** What a turn refused, for the log: a last name that did not match, keys instead of one; else null. */
export function proofRefusal(before: CallContext, after: CallContext): 'last_name' | 'keys' | null {
  if ((after.proof?.fails ?? 0) > (before.proof?.fails ?? 0)) return 'last_name';
  return after.proof?.byKeys && !before.proof?.byKeys ? 'keys' : null;
}
