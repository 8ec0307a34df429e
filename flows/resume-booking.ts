// A caller cut off mid-booking who calls back from the same number minutes later: rather than
// the whole booking again, "Welcome back, shall we continue your booking for …?" at the greeting.
// The previous call's understanding (src/calls/resumable-booking.ts finds it) waits as a pending
// whole request for the greeting (`pending.question === 'greeting'`), read by the yes/no of
// confirmHeard: yes takes it, and availability is checked again (the old hold was let go at the
// hang-up); no starts over at the menu. Pure.

import type { CallContext, CallerEvent, Heard, Notice, QuestionId, Slots } from './call-context.ts';
import { NO_STAY } from './after-booking.ts';
import { readWholeRequest } from './reading/whole-request.ts';

/**
 * What the pending offer says it heard: the previous call, not words of this one. It tells the offer
 * apart from a request said at the greeting with low confidence, which waits as the same question's.
 */
const FROM_THE_CALL_CUT_OFF = '(the call cut off)';

/** The pending "go on with your booking?" a call starts with, when its caller has one to resume. */
export function resumeOffer(resume: Slots | undefined): CallContext['pending'] {
  return resume && resume.arrival ? { question: 'greeting', value: { q: 'request', slots: resume }, said: FROM_THE_CALL_CUT_OFF } : null;
}

/** The call is asking whether to go on with the booking of the caller's previous call. */
export function offersResume(ctx: Pick<CallContext, 'pending'>): boolean {
  return ctx.pending?.question === 'greeting' && ctx.pending.said === FROM_THE_CALL_CUT_OFF && ctx.pending.value.q === 'request';
}

/** The stay the offer says again: its rooms and dates, not the name nor the payment (said later, as asked). */
export function resumedStay(ctx: Pick<CallContext, 'pending'>): Slots {
  const value = ctx.pending?.value;
  if (value?.q !== 'request') return {};
  const { name: _name, payment: _payment, card: _card, ...stay } = value.slots;
  return stay;
}

/** The stay, just confirmed, is not said back at once ("yes" to it, then the same words again). */
export function withoutSaidBack(notices: Notice[]): Notice[] {
  return notices.filter((n) => n.id !== 'heardRequest');
}

/** A stay's details, of those a request may carry. */
const STAY_SLOTS = new Set(['arrival', 'departure', 'nights', 'rooms', 'roomType', 'dateChoice']);

/**
 * A stay said with the answer to going on with the booking cut off: "no, quiero otra fecha, el 26 de
 * diciembre" starts afresh with it, not at the menu with it lost; "yes, but make it 3 nights" goes on
 * with the booking as changed, not as it was. Either way the booking starts again from those details
 * (said back, availability checked). The words are read as the greeting reads a booking, against a
 * call with no stay; null when they say nothing of one.
 */
export function freshStayAtResume(question: QuestionId, ctx: CallContext, said: CallerEvent, heard: Heard): Heard | null {
  if (question !== 'confirmHeard' || !offersResume(ctx) || said.type !== 'caller.speech' || ctx.pending?.value.q !== 'request') return null;
  const fresh = { ...ctx, ...NO_STAY, pending: null };
  const { slots } = readWholeRequest(said.text, fresh, 'greeting');
  if (!Object.keys(slots).some((k) => STAY_SLOTS.has(k))) return null;
  const kept = heard.kind === 'route' && heard.route === 'yes' ? ctx.pending.value.slots : {};
  return { kind: 'route', route: 'no', value: { q: 'request', slots: { ...kept, ...slots } } };
}
