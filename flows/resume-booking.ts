// A caller cut off mid-booking who calls back from the same number minutes later: rather than
// the whole booking again, "Welcome back, shall we continue your booking for …?" at the greeting.
// The previous call's understanding (src/calls/resumable-booking.ts finds it) waits as a pending
// whole request for the greeting (`pending.question === 'greeting'`), read by the yes/no of
// confirmHeard: yes takes it, and availability is checked again (the old hold was let go at the
// hang-up); no starts over at the menu. Pure.

import type { CallContext, Notice, Slots } from './call-context.ts';

/** The pending "go on with your booking?" a call starts with, when its caller has one to resume. */
export function resumeOffer(resume: Slots | undefined): CallContext['pending'] {
  return resume && resume.arrival ? { question: 'greeting', value: { q: 'request', slots: resume }, said: '' } : null;
}

/** The call is asking whether to go on with the booking of the caller's previous call. */
export function offersResume(ctx: Pick<CallContext, 'pending'>): boolean {
  return ctx.pending?.question === 'greeting' && ctx.pending.value.q === 'request';
}

/** The stay, just confirmed, is not said back at once ("yes" to it, then the same words again). */
export function withoutSaidBack(notices: Notice[]): Notice[] {
  return notices.filter((n) => n.id !== 'heardRequest');
}
