import type { PaymentMethod } from '../../../flows/types.ts';
import type { Answer, CallContext, NoticeId, QuestionId, TransferReason } from '../../../flows/call-context.ts';
import type { CallerHistory } from '../../calls/caller-history.ts';
import type { Formatter } from '../formatters.ts';

/** What a prompt can draw on: the call's memory and the locale's formatter. */
export interface PromptArgs {
  ctx: CallContext;
  f: Formatter;
}

export type Words = (args: PromptArgs) => string;
export type NoticeWords = (args: PromptArgs & { params: Record<string, string | number> }) => string;

/** Every word the caller hears, for one locale. The renderer picks by id; tests assert the ids. */
export interface PromptSet {
  /** Each question as first asked, and the more helpful version after a miss. */
  ask: Record<QuestionId, Words>;
  help: Record<QuestionId, Words>;
  notice: Record<NoticeId, NoticeWords>;
  /** Said in this locale's voice on the greeting of a call in another language. */
  languageOffer: Words;
  holdNotice: Words;
  recordName: Words;
  transfer: Record<TransferReason, Words>;
  confirmed: Words;
  reservationCancelled: Words;
  /** A reservation's stay changed by the guest (flows/stay-change.ts): the same confirmation number, and the text. */
  reservationChanged: Words;
  recordMessage: Words;
  /** "We will call you back …": when the desk could not take the call. */
  callbackPromised: Words;
  /** What the front desk hears before taking a transferred call (in the staff's language). */
  whisper: (args: PromptArgs & { history: CallerHistory }) => string;
  screenDeclined: () => string;
  goodbye: Words;
  error: () => string;
  /** A call to a number no property of the group claims: said, then the call hangs up. */
  unclaimedNumber: () => string;
  payment: Record<PaymentMethod, string>;
  /** An answer in the caller's words, for "I heard …". */
  answer: (args: PromptArgs, value: Answer) => string;
}
