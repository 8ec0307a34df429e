// Which reader reads which question. The flow calls `readQuestion` once per caller event.
// At every booking question the words are first read as a whole request (reading/whole-request.ts:
// dates, rooms, room type, name, payment, language, common questions); the question's own reader
// then reads its keys and bare answers, and the two become one Heard (reading/request-answer.ts).
// At the other questions a common question is still answered.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { hasHiddenCardNumber } from './privacy.ts';
import { readForQuestion, toCallerInput } from './reading/caller-input.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { readDateChoice } from './reading/date-choice.ts';
import { readCallback, readCardKind, readName, readPayment } from './reading/guest-questions.ts';
import {
  readCallbackOffer,
  readChangeDetail,
  readConfirmHeard,
  readMainMenu,
  readOffer,
  readReadBack,
} from './reading/menu-questions.ts';
import { withWholeRequest } from './reading/request-answer.ts';
import { readCancelConfirm, readConfirmationNumber, readExistingReservation } from './reading/reservation-questions.ts';
import { readArrivalDate, readNights, readRoomType, readRooms } from './reading/stay-questions.ts';
import { readWholeRequest } from './reading/whole-request.ts';
import type { WholeRequest } from './reading/whole-request.ts';
import { topicsAsked } from './understanding/topics.ts';

type Reader = (ctx: CallContext, input: CallerInput, whole: WholeRequest | null) => Heard | null;
type OwnReader = (ctx: CallContext, input: CallerInput) => Heard | null;

/** The question's own answer, with whatever else the words carried. */
const withRequest =
  (own: OwnReader): Reader =>
  (ctx, input, whole) =>
    withWholeRequest(own(ctx, input), whole, input);

/** The question's own answer; else a common question answered. */
const orAnswered =
  (own: OwnReader): Reader =>
  (ctx, input, whole) =>
    own(ctx, input) ?? (whole?.notices.length ? { kind: 'answered', notices: whole.notices } : null);

const READERS: Record<QuestionId, Reader> = {
  greeting: (ctx, input, whole) => readMainMenu(ctx, input, true, whole),
  mainMenu: (ctx, input, whole) => readMainMenu(ctx, input, false, whole),
  arrivalDate: withRequest(readArrivalDate),
  dateChoice: readDateChoice,
  roomType: withRequest(readRoomType),
  rooms: withRequest(readRooms),
  nights: withRequest(readNights),
  offer: readOffer,
  name: (ctx, input, whole) => withWholeRequest(readName(ctx, input, whole), whole, input),
  payment: withRequest(readPayment),
  cardKind: withRequest(readCardKind),
  callback: withRequest(readCallback),
  readBack: readReadBack,
  changeDetail: readChangeDetail,
  confirmHeard: orAnswered(readConfirmHeard),
  callbackOffer: orAnswered(readCallbackOffer),
  confirmationNumber: orAnswered(readConfirmationNumber),
  existingReservation: orAnswered(readExistingReservation),
  cancelConfirm: orAnswered(readCancelConfirm),
};

/** Where a whole request is read: the questions of a booking. */
const BOOKING: ReadonlySet<QuestionId> = new Set([
  'greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'offer', 'name', 'payment',
  'cardKind', 'callback', 'readBack', 'changeDetail',
]);

export function readQuestion(question: QuestionId, ctx: CallContext, event: CallerEvent): Heard {
  const input = toCallerInput(event);
  // A card number said or keyed (hidden before the flow sees it): never an answer to anything.
  if ((input.kind === 'speech' && hasHiddenCardNumber(input.text)) || (input.kind === 'digits' && hasHiddenCardNumber(input.digits))) {
    return { kind: 'miss', notice: { id: 'cardNumberHeard' } };
  }
  // The name is asked by voice only and silence there is a retry, not a miss (SPEC §5).
  if (question === 'name' && input.kind === 'silence') return { kind: 'nameRetry', silent: true };
  const whole = input.kind !== 'speech' ? null : BOOKING.has(question) ? readWholeRequest(input.text, ctx, question) : topicsOnly(input.text, ctx);
  return readForQuestion(input, ctx.locale, (i) => READERS[question](ctx, i, whole));
}

function topicsOnly(text: string, ctx: CallContext): WholeRequest {
  const notices = topicsAsked(text, ctx.hotel.answers).map((topic) => ({ id: 'answer' as const, params: { topic } }));
  return { slots: {}, notices, refused: false, group: false };
}
