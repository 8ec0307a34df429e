// Which reader reads which question. The flow calls `readQuestion` once per caller event.
// At every booking question the words are first read as a whole request (reading/whole-request.ts:
// dates, rooms, room type, name, payment, language, common questions); the question's own reader
// then reads its keys and bare answers, and the two become one Heard (reading/request-answer.ts).
// At the other questions a common question is still answered.

import type { CallContext, CallerEvent, Heard, Notice, QuestionId } from './call-context.ts';
import { hasHiddenCardNumber } from './privacy.ts';
import { isLowConfidence, readForQuestion, toCallerInput } from './reading/caller-input.ts';
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
import { readLastNameProof } from './reservation-proof.ts';
import { asksTheTotal, readWholeRequest, saysSomething } from './reading/whole-request.ts';
import { tokenize } from './understanding/normalize.ts';
import { intentFromSpeech } from './understanding/intents.ts';
import type { WholeRequest } from './reading/whole-request.ts';
import { roomTypeAsked } from './understanding/room-type-asked.ts';
import type { RoomTypeQuestion } from './understanding/room-type-asked.ts';
import { ratesAsked } from './understanding/rates-asked.ts';
import { answeringTypes, startsBooking, TYPES_SAID, typeAskedBack } from './room-type-questions.ts';
import { topicsAsked } from './understanding/topics.ts';
import { listPosition } from './understanding/list-position.ts';
import { roomPageOf } from './room-pages.ts';
import { spokenKey } from './understanding/spoken-key.ts';
import { onlyAName, steer } from './steer.ts';
import { asksForTheNumberAgain, asksIfHeard, asksToHearItAgain, checksTheLine } from './understanding/repeat-asked.ts';
import { anotherBooking, anotherBookingAsked, readAnythingElse, sameAsBooked, saysNothingMore } from './after-booking.ts';
import { readTextAsked } from './text-asked.ts';
import { questionOfTheCall } from './understanding/hotel-question.ts';
import { guestNamed } from './booked-for.ts';
import type { GuestNamed } from './booked-for.ts';
import { arrivalTime } from './late-arrival.ts';
import { readStopConfirm } from './stop-booking.ts';
import { reservationMadeSaid } from './reservation-made.ts';
import { changeSaidAtReservation, readStayChange, readStayChangeConfirm } from './stay-change.ts';
import { backwardsHeard, backwardsStay } from './backwards-dates.ts';
import { callbackAsked } from './callback-asked.ts';
import { momentAsked } from './pause-asked.ts';
import { withoutRequests } from './special-requests.ts';
import { changeOfJustBooked, readChangeOrAnother } from './change-just-booked.ts';

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
  roomType: (ctx, input, whole) => {
    const own = readRoomType(ctx, input);
    const byPlace = own === null ? readRoomTypeByPlace(ctx, input) : null;
    // "Sí, para 2 noches" to "Would you like it?": the type asked about, with the nights (the yes was lost to the nights).
    const back = own === null && byPlace === null && whole !== null && saysSomething(whole.slots) && input.kind === 'speech' ? typeAskedBack('roomType', ctx, input.text) : null;
    const yesToIt = back?.kind === 'answer' ? back : null;
    // Words that are only a place in the list ("the first", "the 2nd") say no date besides.
    return withWholeRequest(own ?? byPlace ?? yesToIt, byPlace && whole ? withoutDates(whole) : whole, input);
  },
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
  existingReservation: (ctx, input, whole) => {
    // "Ok thanks, that's all": goodbye on the phone (its "ok" was a yes to cancelling); a text waits for the next message.
    if (input.kind === 'speech' && ctx.channel === 'voice' && saysNothingMore(input.text)) return { kind: 'route', route: 'done' };
    const read = readExistingReservation(ctx, input);
    // "3 nights", "move it to the 20th", "add a night": the change, with what was said of it (flows/stay-change.ts).
    const change = input.kind === 'speech' && (read === null || (read.kind === 'route' && read.route === 'change')) ? changeSaidAtReservation(ctx, input.text) : null;
    const own: Heard | null = change ? { kind: 'route', route: 'change', value: change } : read;
    // "Cancel it" first; then "text it to me" (flows/text-asked.ts), whatever else the words asked.
    if (own?.kind === 'route') return own;
    const text = input.kind === 'speech' ? readTextAsked(ctx, input.text) : null;
    // "I'd also like to book another room for the 20th": a booking, with what was said of it.
    const another = own === null && input.kind === 'speech' ? anotherBookingAsked(ctx, input) : null;
    return text ?? another ?? orAnswered(() => own)(ctx, input, whole);
  },
  cancelConfirm: orAnswered(readCancelConfirm),
  // A reservation's stay changed by phone (flows/stay-change.ts): a date said outright is read as the booking reads it.
  stayChange: (ctx, input, whole) => readStayChange(ctx, input, whole) ?? (whole?.notices.length ? { kind: 'answered', notices: whole.notices } : null),
  stayChangeConfirm: orAnswered(readStayChangeConfirm),
  stopConfirm: orAnswered(readStopConfirm),
  lastNameProof: orAnswered(readLastNameProof),
  // "Can you text me that?" just booked: where its text went (flows/text-asked.ts), before another booking is read.
  anythingElse: (ctx, input, whole) =>
    (input.kind === 'speech' && ctx.channel === 'voice' ? readTextAsked(ctx, input.text, ctx.reservationId) : null) ?? readAnythingElse(ctx, input, whole),
  // Change the booking just made (1), or another booking (2)? Another: the words as they were read before.
  changeOrAnother: orAnswered((ctx, input) => readChangeOrAnother(ctx, input, (text) => readAsBefore(ctx, text))),
};

/** Words kept at the question after a booking (or the greeting of a new text), read as they were before a change was thought of. */
function readAsBefore(ctx: CallContext, text: string): Heard {
  const question = ctx.reservationId !== null ? 'anythingElse' : 'greeting';
  return readQuestion(question, ctx, { type: 'caller.speech', text, confidence: 1, at: '' }, false);
}

/**
 * "Option two", "the second one", "la segunda", "the last one": a place in the room list just read
 * out (its page), as its key would pick it (and said back, not being its name: heard-back.ts). A
 * bare number is not one here: "two" may be the rooms.
 */
function readRoomTypeByPlace(ctx: CallContext, input: CallerInput): Heard | null {
  if (input.kind !== 'speech') return null;
  const { types } = roomPageOf(ctx);
  const at = listPosition(tokenize(input.text), types.length, false);
  const code = at === null ? undefined : types[at]?.code;
  return code ? { kind: 'answer', value: { q: 'roomType', code } } : null;
}

function withoutDates(whole: WholeRequest): WholeRequest {
  const { arrival: _a, departure: _d, dateChoice: _c, ...slots } = whole.slots;
  return { ...whole, slots };
}

/** Questions after the date where asking for other dates goes back to it (call-machine.ts's otherDates). */
const ASKS_OTHER_DATES: ReadonlySet<QuestionId> = new Set(['roomType', 'rooms', 'nights', 'name', 'payment', 'cardKind', 'callback']);

/** Where a whole request is read: the questions of a booking. */
const BOOKING: ReadonlySet<QuestionId> = new Set([
  'greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'offer', 'name', 'payment',
  'cardKind', 'callback', 'readBack', 'changeDetail', 'anythingElse', 'stayChange',
]);

export function readQuestion(question: QuestionId, ctx: CallContext, event: CallerEvent, changeOfBooked = true): Heard {
  const input = keySaid(question, toCallerInput(event));
  // "Actually, can we make it the 21st instead?" just booked: that booking changed, not another made.
  const change = changeOfBooked ? changeOfJustBooked(question, ctx, input) : null;
  if (change) return change;
  if (question !== 'anythingElse') return madeNotArrival(question, event, readAnswer(question, ctx, input));
  // Just booked: the words of another stay are read as a new one ("another room" is one room, not
  // one more), but "on the same dates" is the stay just booked.
  const heard = readAnswer(question, { ...ctx, ...anotherBooking(ctx) }, input);
  return input.kind === 'speech' ? sameAsBooked(heard, ctx, input.text) : heard;
}

/** "To confirm the reservation I made yesterday": a reservation of theirs, whose day is no arrival (flows/reservation-made.ts). */
function madeNotArrival(question: QuestionId, event: CallerEvent, heard: Heard): Heard {
  if (event.type !== 'caller.speech' || (question !== 'greeting' && question !== 'mainMenu')) return heard;
  // Only what the made day was read into (a stay asked for, a past day missed): a transfer asked for
  // ("I have a reservation, can I speak to the front desk?") or a question answered stays as it was.
  const readAsStay = heard.kind === 'answer' || heard.kind === 'miss' || heard.kind === 'unsure' || (heard.kind === 'route' && heard.route === 'book');
  if (!readAsStay || !reservationMadeSaid(event.text)) return heard;
  return { kind: 'route', route: 'existing' };
}

function readAnswer(question: QuestionId, ctx: CallContext, said: CallerInput): Heard {
  // "¿Cómo dijo?", "come again?": the question again, whatever the question's reader would make of the words.
  if (said.kind === 'speech' && asksToHearItAgain(said.text)) return { kind: 'repeat' };
  // "Hello? Hello?", "¿bueno? ¿bueno?" on a bad line: the question again, not a miss (at the greeting "hola" picks Spanish).
  if (said.kind === 'speech' && question !== 'greeting' && question !== 'mainMenu' && checksTheLine(said.text)) return { kind: 'repeat' };
  // "¿Sí me oye?", "are you still there?": answered ("Sí, le escucho."), then the same question.
  if (said.kind === 'speech' && question !== 'greeting' && question !== 'mainMenu' && asksIfHeard(said.text)) {
    return { kind: 'answered', notices: [{ id: 'callQuestion', params: { asked: 'hearing' } }] };
  }
  // Just booked, "can you repeat the confirmation number?": it is said again.
  if (said.kind === 'speech' && question === 'anythingElse' && asksForTheNumberAgain(said.text)) return { kind: 'repeat' };
  // "We get in around 11 pm": noted (call-machine.ts keeps it), never read as a name or a date; said alone, acknowledged.
  const late = said.kind === 'speech' && BOOKING.has(question) ? arrivalTime(said.text) : null;
  if (late && late.rest === '') return { kind: 'answered', notices: [{ id: 'arrivalTime', params: { time: late.time } }] };
  const afterLate = late && said.kind === 'speech' ? { ...said, text: late.rest } : said;
  // "We need a crib", "cuartos juntos": noted for the desk (call-machine.ts's hear says so), never
  // read as a name or a miss; said alone, the same question follows (flows/special-requests.ts).
  const rest = afterLate.kind === 'speech' ? withoutRequests(question, afterLate.text) : null;
  if (rest === '') return { kind: 'answered', notices: [] };
  const input = rest !== null && afterLate.kind === 'speech' ? { ...afterLate, text: rest } : afterLate;
  const steered = steer(question, ctx, input, readInput(question, ctx, input));
  // "Can someone call me back?": the number to call is asked, not "press 0" (flows/callback-asked.ts).
  // "Let me check with my wife first": "take your time", the same question; not a miss (flows/pause-asked.ts).
  const heard = reservationPriceAsTotal(question, ctx, callbackAsked(question, ctx, input, steered) ?? momentAsked(question, input, steered) ?? steered);
  // A last name heard with low confidence at the proof: said back to confirm first, as any answer is.
  if (question === 'lastNameProof' && heard.kind === 'route' && heard.route === 'lastName' && heard.value && input.kind === 'speech' && isLowConfidence(input.confidence)) {
    return { kind: 'unsure', value: heard.value, said: input.text.slice(0, 200) };
  }
  return heard.kind === 'agent' && input.kind === 'speech' && BOOKING.has(question) ? withWhatItIsAbout(heard, question, ctx, input.text) : heard;
}

/** "How much is it?" at a reservation already made: what the stay comes to, not only its nightly rate. */
function reservationPriceAsTotal(question: QuestionId, ctx: CallContext, heard: Heard): Heard {
  const found = ctx.found;
  if (question !== 'existingReservation' || !found || heard.kind !== 'answered') return heard;
  const notices = heard.notices.map((n): Notice =>
    n.id === 'rate' && n.params?.type === found.roomType
      ? { id: 'reservationTotal', params: { total: found.total, nights: found.nights, rooms: found.rooms, type: found.roomType } }
      : n,
  );
  return { ...heard, notices };
}

/**
 * "I need to speak to someone about a group booking for 12 rooms": a person asked for, with what
 * the call is about kept (rooms, dates, a group), so the desk's whisper says it as it does for a
 * booking begun; more rooms than one booking takes go to the group desk, as when said alone.
 */
function withWhatItIsAbout(heard: Extract<Heard, { kind: 'agent' }>, question: QuestionId, ctx: CallContext, text: string): Heard {
  // A name said in passing ("hi, this is John Smith, I want to talk to someone") stays a name heard, not the guest's.
  const whole = readWholeRequest(text, ctx, question);
  const { name: _name, ...slots } = whole.slots;
  const value = { q: 'request' as const, slots };
  if (whole.group) return { kind: 'route', route: 'group', value, ...(heard.locale ? { locale: heard.locale } : {}) };
  return saysSomething(slots) ? { ...heard, value } : heard;
}

/**
 * The questions answered from a short menu of keys, where a key said ("one", "opción dos") is that
 * key. Not where a number said is an answer of its own (rooms, nights, a date, a confirmation
 * number), may be a day (the choice of dates: its own reader reads "option 2"), or where keys pick
 * a room or an offer ("two" may be two rooms).
 */
const KEY_MENUS: ReadonlySet<QuestionId> = new Set([
  'greeting', 'mainMenu', 'existingReservation', 'cancelConfirm', 'stopConfirm', 'readBack', 'confirmHeard', 'callbackOffer', 'payment',
  'cardKind', 'callback', 'anythingElse', 'stayChange', 'stayChangeConfirm', 'changeOrAnother',
]);

/**
 * A key said instead of pressed (a speakerphone, a car's hands-free, a keypad that sends no
 * tones): "zero" and "star" at every question (the desk, the question again: SPEC §5), the other
 * keys at a menu's. Heard clearly only; the event stays speech, so the caller still hears the
 * prompts of one who speaks.
 */
function keySaid(question: QuestionId, input: CallerInput): CallerInput {
  if (input.kind !== 'speech' || isLowConfidence(input.confidence)) return input;
  const key = spokenKey(input.text);
  return key !== null && (key === '0' || key === '*' || KEY_MENUS.has(question)) ? { kind: 'digits', digits: key } : input;
}

function readInput(question: QuestionId, ctx: CallContext, input: CallerInput): Heard {
  // A card number said or keyed (hidden before the flow sees it): never an answer to anything.
  if ((input.kind === 'speech' && hasHiddenCardNumber(input.text)) || (input.kind === 'digits' && hasHiddenCardNumber(input.digits))) {
    return { kind: 'miss', notice: { id: 'cardNumberHeard' } };
  }
  // The name is asked by voice only and silence there is a retry, not a miss (SPEC §5).
  if (question === 'name' && input.kind === 'silence') return { kind: 'nameRetry', silent: true };
  // Just booked: silence is a goodbye, not a miss.
  if (question === 'anythingElse' && input.kind === 'silence') return { kind: 'route', route: 'done' };
  if (input.kind !== 'speech') return readForQuestion(input, ctx.locale, (i) => READERS[question](ctx, i, null));
  if (!BOOKING.has(question)) return readForQuestion(input, ctx.locale, (i) => READERS[question](ctx, i, topicsOnly(input.text, ctx)));
  // "Is this the hotel on Ocean Drive?" asks who answers, not for the Ocean Suite: nothing of a stay is read in it (steer.ts answers it).
  const ofTheCall = questionOfTheCall(tokenize(input.text), ctx.hotel.name, input.text);
  if (ofTheCall === 'whoIsThis' || ofTheCall === 'otherHotel') return readForQuestion(input, ctx.locale, (i) => READERS[question](ctx, i, NOTHING_ELSE));
  const guest = guestNamed(input.text);
  const whole = withGuestNamed(oneAnswerToThePrice(priceNotStay(readWholeRequest(input.text, ctx, question), input.text), question, ctx, input.text), guest);
  // "From the 9th to the 5th": no dates were read (the stay ends before it starts); asked which (flows/backwards-dates.ts).
  // (Nor where the words said how many nights: "el puente de noviembre, del viernes al lunes" is 3, its days asked.)
  const { arrival, departure, dateChoice, nights } = whole.slots;
  const backwards = arrival === undefined && departure === undefined && dateChoice === undefined && nights === undefined ? backwardsStay(input.text, ctx, question) : null;
  if (backwards) return backwardsHeard(backwards, whole.slots, input.text);
  // "It's for my boss" asked the name: not a name; the guest's is asked for (flows/booked-for.ts).
  if (question === 'name' && whole.slots.name === undefined && guest?.name === null) {
    return { kind: 'answered', notices: whole.notices, ...(saysSomething(whole.slots) ? { value: { q: 'request', slots: whole.slots } } : {}) };
  }
  // A question about the room types is answered, and what else was said kept: never the type chosen.
  // (Not where a name is said: "is that okay? it's Susan King" asks about no king room.)
  const asked = question === 'name' || whole.slots.name !== undefined ? null : roomTypeAsked(input.text, ctx.locale, ctx.hotel.roomTypes, TYPES_SAID.has(question)) ?? ratesAskedHere(question, ctx, whole, input.text);
  if (asked && asked.codes.length > 0) {
    const answering = answeringTypes(whole, asked, question, ctx);
    return readForQuestion(input, ctx.locale, (i) => startsBooking(question, withWholeRequest(null, answering, i), answering));
  }
  const heard = readForQuestion(input, ctx.locale, (i) => READERS[question](ctx, i, whole) ?? typeAskedBack(question, ctx, input.text));
  // Of the rooms in general ("which one has a balcony?"): only words that meant nothing else ("I'd
  // like other dates", "how about the 20th?" are theirs).
  if (asked && heard.kind === 'miss' && heard.notice.id === 'notUnderstood' && !saysSomething(whole.slots)) {
    return { kind: 'answered', notices: answeringTypes(whole, asked, question, ctx).notices };
  }
  // "Quiero cambiar la fecha" where the date is not asked: the arrival asked again (the offer's own reader reads it there).
  // At the name question the words are never a name ("can we do different dates?" was confirmed as one).
  const notTaken = heard.kind === 'miss' ? heard.notice.id === 'notUnderstood' : question === 'name' && onlyAName(heard);
  // "I need to change the dates of my reservation" at the greeting or the menu: no stay is being
  // booked yet, so the dates are a reservation's, and it is looked for (was "Sorry, I didn't understand").
  const atMenu = question === 'greeting' || question === 'mainMenu';
  if ((ASKS_OTHER_DATES.has(question) || atMenu) && notTaken && intentFromSpeech(input.text, ctx.locale) === 'changeDates') {
    return { kind: 'route', route: atMenu ? 'existing' : 'changeDates' };
  }
  // "How much would it be in total?" before a room is chosen: the list again, with every rate (was
  // "Sorry, I didn't understand"; there is no total to give before the room).
  if (question === 'roomType' && heard.kind === 'miss' && heard.notice.id === 'notUnderstood' && !saysSomething(whole.slots) && asksTheTotal(tokenize(input.text))) {
    return { kind: 'repeat' };
  }
  return heard;
}

/**
 * "What are your rates?", "¿cuánto cuesta la noche?" before a room is chosen, where the list is not
 * being said (the greeting, the menu, the date): every type's rate (was not understood, or at the
 * greeting a booking started with no answer). A price of something the hotel file answers
 * ("how much is parking?") is that answer's.
 */
function ratesAskedHere(question: QuestionId, ctx: CallContext, whole: WholeRequest, text: string): RoomTypeQuestion | null {
  if (TYPES_SAID.has(question) || ctx.roomType !== null || whole.notices.some((n) => n.id === 'answer')) return null;
  return ratesAsked(text, ctx.locale, ctx.hotel.roomTypes);
}

/** "A night", "per night", "por noche", "la noche": the unit of a price, not a stay of one night. */
const PRICE_UNIT = /\b(?:a|per|each|every|por|la|cada|the) (?:night|noche)\b/;
const ONE_NIGHT = /\b(?:one|1|una|un) (?:night|noche)\b/;

/** "How much is the double a night?", "¿cuánto cuesta por noche?" asks a price: the stay is not made one night. */
function priceNotStay(whole: WholeRequest, text: string): WholeRequest {
  if (whole.slots.nights !== 1) return whole;
  const words = tokenize(text);
  const said = words.join(' ');
  if (!asksTheTotal(words) || !PRICE_UNIT.test(said) || ONE_NIGHT.test(said)) return whole;
  const { nights: _perNight, ...slots } = whole.slots;
  return { ...whole, slots };
}

/**
 * "What is the total?" at the read-back is answered with the total (its reader's), not the total
 * and then the nightly rate of the room booked as well; "how much a night?" still hears the rate.
 */
function oneAnswerToThePrice(whole: WholeRequest, question: QuestionId, ctx: CallContext, text: string): WholeRequest {
  const booked = (n: Notice) => n.id === 'rate' && n.params?.type === ctx.roomType;
  if (question !== 'readBack' || !whole.notices.some(booked) || /night|noche/i.test(text)) return whole;
  return { ...whole, notices: whole.notices.filter((n) => !booked(n)) };
}

/**
 * Booking for someone else ("I'm booking for a client, John Smith", "es para mi jefe, el licenciado
 * Pérez"): the guest named is the name taken, not the caller's own ("this is Ana Torres") nor the
 * words around it; whose it is said without a name leaves the name to ask (flows/booked-for.ts).
 */
function withGuestNamed(whole: WholeRequest, guest: GuestNamed | null): WholeRequest {
  if (!guest) return whole;
  if (guest.name !== null) return { ...whole, slots: { ...whole.slots, name: guest.name } };
  const { name: _caller, ...slots } = whole.slots;
  return { ...whole, slots };
}

/** A whole request of nothing. */
const NOTHING_ELSE: WholeRequest = { slots: {}, notices: [], refused: false, group: false };

function topicsOnly(text: string, ctx: CallContext): WholeRequest {
  const notices = topicsAsked(text, ctx.hotel.answers).map((topic) => ({ id: 'answer' as const, params: { topic } }));
  return { slots: {}, notices, refused: false, group: false };
}
