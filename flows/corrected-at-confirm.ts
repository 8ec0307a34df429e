// "I have 212 555 0000. If that's right, press 1." — "No, that's wrong, it's 212 555 0199." The
// right number came with the no: it was dropped, and "Can we call you at the number ending in…?"
// asked again, so the caller had to give it a third time. Likewise "no, the 14th" to a date read
// back, and "yes but make it four" to nights read back (a yes taken, three nights booked). What the
// words say, read as the question being confirmed reads them, is the answer now: read back in turn
// (a number said is always confirmed), never taken unheard. Only for details whose reading cannot be
// a plain "no" misread (not a name: "no, it's wrong" is no one's name), and for a whole request
// read back, whose details are laid over it. Pure.

import type { Answer, CallContext, CallerEvent, Heard, QuestionId, Slots } from './call-context.ts';
import { daysBetween } from './hotel-time.ts';
import { readQuestion } from './read-question.ts';
import { slotsOf } from './reading/request-answer.ts';
import { offersResume } from './resume-booking.ts';
import { spokenKey } from './understanding/spoken-key.ts';

/** Questions whose confirmation may carry the right answer with its "no". */
const CORRECTABLE: ReadonlySet<QuestionId> = new Set(['callback', 'arrivalDate', 'rooms', 'nights']);

/**
 * At the confirmation of a detail, a "no" (or words that are neither yes nor no) carrying another
 * value of that detail: the route `corrected` with that value. Otherwise null (the heard stands).
 */
export function correctedAtConfirm(question: QuestionId, ctx: CallContext, said: CallerEvent, heard: Heard): Heard | null {
  const pending = ctx.pending;
  if (question !== 'confirmHeard' || !pending) return null;
  // Only words: 2 pressed, or "two" said as its key, is the no, not 2 nights.
  if (said.type !== 'caller.speech' || spokenKey(said.text) !== null) return null;
  if (pending.value.q === 'request') return requestCorrected(ctx, pending.question, pending.value.slots, said, heard);
  if (!CORRECTABLE.has(pending.question)) return null;
  // Neither yes nor no is a miss there: "it's 212 555 0199" alone may be the right one. A yes with
  // another value ("yes but make it four") is that value, not the yes — but not at a number read
  // back, where the callback question reads a yes as "this number" (the one calling).
  const yesWithMore = plain(heard, 'yes') && pending.question !== 'callback';
  if (!plain(heard, 'no') && !yesWithMore && heard.kind !== 'miss') return null;
  const again = readQuestion(pending.question, ctx, said);
  if ((again.kind !== 'answer' && again.kind !== 'unsure') || again.value.q !== pending.question) return null;
  if (JSON.stringify(again.value) === JSON.stringify(pending.value)) return null;
  return { kind: 'route', route: 'corrected', value: again.value };
}

/** A yes (or a no) with nothing read with it: the words may still carry a detail to read. */
function plain(heard: Heard, route: 'yes' | 'no'): boolean {
  return heard.kind === 'route' && heard.route === route && heard.value === undefined;
}

/** The pending confirmation, now of the corrected value (what the caller said, kept as said). */
export function pendingCorrected(ctx: CallContext, said: string): Pick<CallContext, 'pending' | 'heard' | 'misses'> {
  const heard = ctx.heard;
  if (!ctx.pending || heard?.kind !== 'route' || heard.route !== 'corrected' || !heard.value) return { pending: ctx.pending, heard: null, misses: ctx.misses };
  return { pending: { question: ctx.pending.question, value: heard.value, said }, heard: null, misses: 0 };
}

/**
 * A whole request read back to be confirmed ("I have 1 room, arriving Monday, December 21, for 3
 * nights"): "no, four nights", "four nights actually", "yes but two rooms", "yes, the deluxe king".
 * The details said are read as the question the request answered reads them, and laid over the
 * request: what was not said stands, what was said replaces it, and the whole is read back again.
 * A yes that adds or changes a detail is no plain yes — taken as one, "yes but two rooms" booked
 * one. Not for the booking of a call cut off (its own question, flows/resume-booking.ts).
 */
function requestCorrected(ctx: CallContext, asked: QuestionId, slots: Slots, said: Extract<CallerEvent, { type: 'caller.speech' }>, heard: Heard): Heard | null {
  if (offersResume(ctx)) return null;
  if (!plain(heard, 'yes') && !plain(heard, 'no') && heard.kind !== 'miss') return null;
  const again = readQuestion(asked, ctx, said);
  if (again.kind !== 'answer' && again.kind !== 'unsure') return null;
  const over = slotsOf(again.value);
  // A day the words leave open ("Friday": this one or next?) is its own question, not a correction.
  if (!over || over.dateChoice || Object.keys(over).length === 0) return null;
  const merged = laidOver(slots, over);
  if (!merged || JSON.stringify(merged) === JSON.stringify(slots)) return null;
  const value: Answer = { q: 'request', slots: merged };
  return { kind: 'route', route: 'corrected', value };
}

/** The request with the details said over it; a departure said becomes the nights from the arrival (null when it is not after it). */
function laidOver(slots: Slots, over: Slots): Slots | null {
  const { departure, ...said } = over;
  const merged: Slots = { ...slots, ...said };
  if (departure === undefined) return merged;
  if (merged.arrival === undefined) return { ...merged, departure };
  const nights = daysBetween(merged.arrival, departure);
  return nights > 0 ? { ...merged, nights } : null;
}
