// "Go back", "regresa", "the previous question" (flows/steer.ts reads them): the question before
// this one is asked again, everything else said kept. The booking's questions come in the seed's
// order; the one before is the last detail before this question's that the caller has given (a
// detail given early, in a whole request, is the one before too). Its answer is forgotten, so the
// router asks it; a stay detail forgotten drops the hold, which is checked again once it is back.

import { forget } from './apply-answer.ts';
import type { CallContext, Detail, QuestionId } from './call-context.ts';

const ORDER: readonly Detail[] = ['arrivalDate', 'roomType', 'rooms', 'nights', 'name', 'payment', 'callback'];

/** Each question's place in ORDER: the details before it are those it can go back to. */
const PLACE: Partial<Record<QuestionId, number>> = {
  arrivalDate: 0,
  roomType: 1,
  rooms: 2,
  nights: 3,
  // The offer follows the stay's check: back is the last detail of the stay.
  offer: 4,
  name: 4,
  payment: 5,
  callback: 6,
  readBack: 7,
};

/** Where "go back" is understood: the booking's questions (the greeting and the menu have nothing before them). */
export const GOES_BACK: ReadonlySet<QuestionId> = new Set([...(Object.keys(PLACE) as QuestionId[]), 'dateChoice', 'cardKind']);

const given = (ctx: CallContext, d: Detail): boolean => {
  switch (d) {
    case 'arrivalDate':
      return ctx.arrival !== null;
    case 'roomType':
      return ctx.roomType !== null;
    case 'rooms':
      return ctx.rooms !== null;
    case 'nights':
      return ctx.nights !== null;
    case 'name':
      return ctx.guestName !== null || ctx.nameRecordingUrl !== null;
    case 'payment':
      return ctx.payment !== null;
    case 'callback':
      return ctx.callback !== null;
  }
};

/** The detail to ask again, or null: none before this question (the arrival's: the menu). */
export function detailBefore(ctx: CallContext, question: QuestionId): Detail | null {
  // Which date, or credit or debit: back to the question that led there.
  if (question === 'dateChoice') return 'arrivalDate';
  if (question === 'cardKind') return 'payment';
  const place = PLACE[question] ?? 0;
  for (let i = place - 1; i >= 0; i--) if (given(ctx, ORDER[i]!)) return ORDER[i]!;
  return null;
}

/** What going back from `question` changes: the detail before it forgotten, the offer with the stay. */
export function goBack(ctx: CallContext, question: QuestionId): Partial<CallContext> {
  const detail = detailBefore(ctx, question);
  if (detail === null) return {};
  const forgotten = forget(ctx, detail);
  return { ...forgotten, ...('held' in forgotten ? { offer: null } : {}), ...(question === 'cardKind' ? { card: false } : {}) };
}
