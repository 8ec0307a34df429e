// Which reader reads which question. The flow calls `readQuestion` once per caller event.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { hasHiddenCardNumber } from './privacy.ts';
import { readForQuestion, toCallerInput } from './reading/caller-input.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { readCallback, readName, readPayment } from './reading/guest-questions.ts';
import {
  readCallbackOffer,
  readChangeDetail,
  readConfirmHeard,
  readMainMenu,
  readOffer,
  readReadBack,
} from './reading/menu-questions.ts';
import { readCancelConfirm, readConfirmationNumber, readExistingReservation } from './reading/reservation-questions.ts';
import { readArrivalDate, readNights, readRoomType, readRooms } from './reading/stay-questions.ts';

type Reader = (ctx: CallContext, input: CallerInput) => Heard | null;

const READERS: Record<QuestionId, Reader> = {
  greeting: (ctx, input) => readMainMenu(ctx, input, true),
  mainMenu: (ctx, input) => readMainMenu(ctx, input, false),
  arrivalDate: readArrivalDate,
  roomType: readRoomType,
  rooms: readRooms,
  nights: readNights,
  offer: readOffer,
  name: readName,
  payment: readPayment,
  callback: readCallback,
  readBack: readReadBack,
  changeDetail: readChangeDetail,
  confirmHeard: readConfirmHeard,
  callbackOffer: readCallbackOffer,
  confirmationNumber: readConfirmationNumber,
  existingReservation: readExistingReservation,
  cancelConfirm: readCancelConfirm,
};

export function readQuestion(question: QuestionId, ctx: CallContext, event: CallerEvent): Heard {
  const input = toCallerInput(event);
  // A card number said or keyed (hidden before the flow sees it): never an answer to anything.
  if ((input.kind === 'speech' && hasHiddenCardNumber(input.text)) || (input.kind === 'digits' && hasHiddenCardNumber(input.digits))) {
    return { kind: 'miss', notice: { id: 'cardNumberHeard' } };
  }
  // The name is asked by voice only and silence there is a retry, not a miss (SPEC §5).
  if (question === 'name' && input.kind === 'silence') return { kind: 'nameRetry' };
  return readForQuestion(input, ctx.locale, (i) => READERS[question](ctx, i));
}
