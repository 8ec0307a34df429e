// A caller cut off at the read-back (or just before it) calls back and goes on with the booking:
// they had given their name, how they pay and where to call them, and were asked all of it again.
// Caller ID is easy to fake (round 29), so those details are never said to the caller on the
// strength of the number alone: they wait, held back, and the name question is asked as before.
// When the name said now is the name said then, the rest is the guest's own and is taken up, so the
// next thing heard is the read-back (whose yes alone books); another name takes nothing, and the
// payment and the number are asked as for any booking. Pure; never throws.

import type { CallContext } from './call-context.ts';
import { tokenize } from './understanding/normalize.ts';

/** The details of the call cut off, when the name said now is the one said then; nothing more is kept either way. */
export function resumedWithName(ctx: Pick<CallContext, 'resumeHeld' | 'payment' | 'card' | 'callback'>, name: string): Partial<CallContext> {
  const held = ctx.resumeHeld;
  if (!held) return {};
  if (!sameName(held.name, name)) return { resumeHeld: null };
  return {
    resumeHeld: null,
    ...(ctx.payment === null && (held.payment || held.card) ? { payment: held.payment, card: held.card } : {}),
    ...(ctx.callback === null && held.callback ? { callback: held.callback } : {}),
  };
}

/** The same name, word for word, accents, case and punctuation aside ("José Pérez" / "jose perez"). */
function sameName(a: string, b: string): boolean {
  try {
    const x = tokenize(a).join(' ');
    return x !== '' && x === tokenize(b).join(' ');
  } catch {
    return false;
  }
}
