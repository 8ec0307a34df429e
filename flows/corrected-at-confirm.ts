// "I have 212 555 0000. If that's right, press 1." — "No, that's wrong, it's 212 555 0199." The
// right number came with the no: it was dropped, and "Can we call you at the number ending in…?"
// asked again, so the caller had to give it a third time. Likewise "no, the 14th" to a date read
// back. What the words say, read as the question being confirmed
// reads them, is the answer now: read back in turn (a number said is always confirmed), never taken
// unheard. Only for details whose reading cannot be a plain "no" misread (not a name: "no, it's
// wrong" is no one's name). Pure.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { readQuestion } from './read-question.ts';
import { spokenKey } from './understanding/spoken-key.ts';

/** Questions whose confirmation may carry the right answer with its "no". */
const CORRECTABLE: ReadonlySet<QuestionId> = new Set(['callback', 'arrivalDate', 'rooms', 'nights']);

/**
 * At the confirmation of a detail, a "no" (or words that are neither yes nor no) carrying another
 * value of that detail: the route `corrected` with that value. Otherwise null (the heard stands).
 */
export function correctedAtConfirm(question: QuestionId, ctx: CallContext, said: CallerEvent, heard: Heard): Heard | null {
  const pending = ctx.pending;
  if (question !== 'confirmHeard' || !pending || !CORRECTABLE.has(pending.question)) return null;
  // Only words: 2 pressed, or "two" said as its key, is the no, not 2 nights.
  if (said.type !== 'caller.speech' || spokenKey(said.text) !== null) return null;
  const plainNo = heard.kind === 'route' && heard.route === 'no' && heard.value === undefined;
  // Neither yes nor no is a miss there: "it's 212 555 0199" alone may be the right one.
  if (!plainNo && heard.kind !== 'miss') return null;
  const again = readQuestion(pending.question, ctx, said);
  if ((again.kind !== 'answer' && again.kind !== 'unsure') || again.value.q !== pending.question) return null;
  if (JSON.stringify(again.value) === JSON.stringify(pending.value)) return null;
  return { kind: 'route', route: 'corrected', value: again.value };
}

/** The pending confirmation, now of the corrected value (what the caller said, kept as said). */
export function pendingCorrected(ctx: CallContext, said: string): Pick<CallContext, 'pending' | 'heard' | 'misses'> {
  const heard = ctx.heard;
  if (!ctx.pending || heard?.kind !== 'route' || heard.route !== 'corrected' || !heard.value) return { pending: ctx.pending, heard: null, misses: ctx.misses };
  return { pending: { question: ctx.pending.question, value: heard.value, said }, heard: null, misses: 0 };
}
