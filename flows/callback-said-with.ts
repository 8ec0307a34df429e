// "Cash, and my number is 646 555 0199", "Juan Pérez, mi cel es 33 1820 4590": a callback number
// said with another answer of the booking, before the callback question. It was dropped, and the
// question then offered the number calling instead ("the number ending in 0901?"): the guest had to
// say it again, or said yes and was left with a number they had not meant. Now it is kept: the
// number calling is the callback number at once (as "call me here" is, flows/callback-here.ts);
// another number is read back to confirm at the callback question's turn (call-machine.ts's
// afterAnswer), as the callback question itself confirms a number said. Card numbers never get
// here (hidden before the flow sees them, flows/privacy.ts). Pure; never throws.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { BEFORE_THE_CALLBACK } from './callback-here.ts';
import { readCallback } from './reading/guest-questions.ts';
import { NUMBER_SAID } from './callback-asked.ts';

export interface CallbackSaid {
  number: string;
  /** The number calling (or a text's): nothing to confirm. */
  sure: boolean;
}

/** The callback number said along with an answer the booking takes, or null. */
export function callbackSaidWith(question: QuestionId, heard: Heard, ctx: CallContext, said: CallerEvent): CallbackSaid | null {
  try {
    if (said.type !== 'caller.speech' || ctx.callback !== null || ctx.callbackOnly || !BEFORE_THE_CALLBACK.has(question)) return null;
    // Only with an answer the booking takes (not a lookup by number, a call back asked, the desk).
    if (heard.kind !== 'answer' && heard.kind !== 'unsure' && !(heard.kind === 'route' && heard.route === 'book')) return null;
    // An answer that is itself a number (a date keyed as speech, a count) is not said "with" one.
    if (!NUMBER_SAID.test(said.text) || (heard.kind === 'answer' && heard.value.q === 'callback')) return null;
    const read = readCallback(ctx, { kind: 'speech', text: said.text, confidence: said.confidence });
    if (!read || (read.kind !== 'answer' && read.kind !== 'unsure') || read.value.q !== 'callback') return null;
    return { number: read.value.number, sure: read.kind === 'answer' };
  } catch {
    return null;
  }
}
