// The call flow: one statechart decides what happens next in a call (SPEC §5).
// It is synchronous and does no I/O: what it needs of the inventory and the reservations is named
// here as effects (flows/effects.ts) — a state asks with its entry action and waits for the
// result event, which src/calls performs inside the turn's transaction; the time arrives inside
// every event.
// Every question state follows one pattern (see `question`): the caller's input is read into
// `context.heard`, then eventless transitions act on it, in order of precedence.

import { and, assign, setup } from 'xstate';
import { anotherBooking, NO_STAY } from './after-booking.ts';
import { bookingInstead } from './book-instead.ts';
import { applyAnswer, describeAnswer } from './apply-answer.ts';
import { withOtherDetailSaidBack, withTypeSaidBack } from './heard-back.ts';
import { inOrder } from './assign-in-order.ts';
import { extend } from './extend.ts';
import { goBack } from './go-back.ts';
import type { UpdateArgs } from './assign-in-order.ts';
import { bookingAsked, callbackAsked, callerReservationsAsked, freeTypesAsked, keepsHoldForCallback, reservationAsked, stayAsked } from './effects.ts';
import { anyRoomHeard, cheapestAskedFree, cheapestAskedIn, cheapestFree, cheapestNotice } from './any-room.ts';
import { currencyNote } from './currency-asked.ts';
import { callbackHere } from './callback-here.ts';
import { callbackSaidWith } from './callback-said-with.ts';
import { thinkingHeard } from './thinking-aloud.ts';
import { cancelWithdrawn } from './cancel-withdrawn.ts';
import { nextRoomPage } from './room-pages.ts';
import type { EffectParams } from './effects.ts';
import type {
  CallContext,
  CallEvent,
  CallInput,
  Heard,
  Notice,
  QuestionId,
  Route,
  TransferReason,
} from './call-context.ts';
import { deskOpenAt } from './desk-hours.ts';
import { hotelWallClock } from './hotel-time.ts';
import { inLanguageSpoken, languageAskedAtGreeting } from './language-switch.ts';
import { readQuestion } from './read-question.ts';
import { typesAskedAbout } from './room-type-questions.ts';
import { callerIdOpensReservations } from './reading/reservation-questions.ts';
import { MAX_PROOF_FAILS, proofAfterLookup, proofFailed, proofToAsk } from './reservation-proof.ts';
import { callerCountry } from './understanding/phone.ts';
import { guestNamed } from './booked-for.ts';
import { forKinAlone } from './for-kin.ts';
import { arrivalTime } from './late-arrival.ts';
import { requestNames, requestNotice, requestsHeard } from './special-requests.ts';
import { freshStayAtResume, offersResume, resumeOffer, withoutSaidBack } from './resume-booking.ts';
import { firstOfSeveralTypes, nextTypeBooking } from './two-room-types.ts';
import { typeAddedAlso } from './type-added-also.ts';
import { sisterAsked, sisterHeard } from './sister-hotel.ts';
import { upsetHeard } from './upset-caller.ts';
import { correctedAtConfirm, pendingCorrected } from './corrected-at-confirm.ts';
import { slowRepeat } from './slowly-asked.ts';
import { roomsForParty } from './rooms-for-party.ts';
import { changeAskedAt, changeAskedFirst, changedFound, foundStay, keptStayChange, stayChangeAsked, weekdayInChange } from './stay-change.ts';
import { bookedInThisCall, chosenAsChange, wordsKept } from './change-just-booked.ts';

/** Stored beside every snapshot; bump it when a change makes old snapshots unreadable. */
export const MACHINE_VERSION = 1;

/** Misses in a row before the caller goes to the front desk. */
export const MAX_MISSES = 3;

/**
 * An effect: does nothing when run; the call service reads it (type and params) from XState's
 * pure transition() and performs it (flows/effects.ts).
 */
const effect =
  <K extends keyof EffectParams>() =>
  (_: unknown, _params: EffectParams[K]): void => {};

/** An effect's result event, narrowed for the action that keeps it. */
type ResultOf<T extends CallEvent['type']> = Extract<CallEvent, { type: T }>;
const resultOf = <T extends CallEvent['type']>(event: CallEvent, type: T): ResultOf<T> | null =>
  event.type === type ? (event as ResultOf<T>) : null;

/**
 * What leads into the next question is said last: "Arriving Friday, December 4. From the 4th to
 * the 7th is 3 nights, not 2." then "How many nights?", not the date said back between them.
 */
function intoTheQuestion(notices: Notice[]): Notice[] {
  const leading = notices.filter((n) => n.id === 'nightsDisagree');
  return leading.length ? [...notices.filter((n) => n.id !== 'nightsDisagree'), ...leading] : notices;
}

function describeHeard(heard: Heard): string {
  switch (heard.kind) {
    case 'answer':
      return describeAnswered(heard);
    case 'unsure':
      return `unsure: ${describeAnswer(heard.value)}`;
    case 'route':
      // The last name given as proof, in the timeline; other routes by their name.
      return heard.route === 'lastName' && heard.value ? describeAnswer(heard.value) : heard.route === 'keysOnly' ? 'keys pressed for the last name' : heard.route;
    case 'agent':
      return heard.askedFor ? `asked for ${heard.askedFor}` : 'agent';
    case 'miss':
      return `miss: ${[heard.notice, ...(heard.also ?? [])].map(noticeWords).join(', ')}`;
    case 'answered':
      return heard.notices.map(noticeWords).join(', ');
    default:
      return heard.kind;
  }
}

/** A notice in the staff timeline's words: "asked about parking (answered)". */
function noticeWords(n: Notice): string {
  if (n.id === 'answer') return `asked about ${String(n.params?.topic)} (answered)`;
  if (n.id === 'rate') return `asked the rate of ${String(n.params?.type)} (answered)`;
  if (n.id === 'typeAsked') return `asked about ${String(n.params?.types) || 'the room types'}${n.params?.unknown ? ' (not in the hotel file)' : ' (answered)'}`;
  if (n.id === 'notAnswered') return 'asked something not in the hotel file';
  if (n.id === 'roomsForParty') return 'asked how many rooms the party needs (the desk offered)';
  if (n.id === 'callQuestion') return `asked of the call (${String(n.params?.asked)})`;
  return n.id === 'total' ? 'asked the total (answered)' : n.id;
}

function describeAnswered(heard: Extract<Heard, { kind: 'answer' }>): string {
  const asked = (heard.notices ?? []).filter((n) => n.id === 'answer' || n.id === 'total' || n.id === 'rate' || n.id === 'typeAsked' || n.id === 'oneRoomType');
  return [describeAnswer(heard.value), ...asked.map(noticeWords)].join('; ');
}

const heardKind = (kind: Heard['kind']) => ({ type: 'heardKind', params: { kind } }) as const;
const heardRoute = (route: Route) => ({ type: 'heardRoute', params: { route } }) as const;
const pendingFor = (question: QuestionId) => ({ type: 'pendingFor', params: { question } }) as const;
const transfer = (reason: TransferReason) => ({ type: 'transfer', params: { reason } }) as const;
/** "I want to book a new one for January 8th" where a reservation is looked for: the booking, with that stay (flows/book-instead.ts). */
const bookInstead = { guard: heardRoute('book'), target: '#call.afterAnswer', actions: ['takeRouteValue', 'forgetChangeAsked', 'startBooking'] } as const;
/** "No wait, don't cancel" while the reservation is looked up: told nothing changed, and goodbye (flows/cancel-withdrawn.ts). */
const lookupWithdrawn = { guard: heardRoute('done'), target: '#call.doneWithReservation', actions: ['forgetHeard', 'noteNothingChanged'] } as const;
const thirdMissToDesk = { guard: 'thirdMiss', target: '#call.toDesk', actions: transfer('misses') } as const;
type ThirdMissToDesk = typeof thirdMissToDesk;
/**
 * "Other dates", "quiero cambiar la fecha": at an offer, or at any question of the stay after the
 * date: the arrival asked again, the rest kept (at the rooms question it was "Sorry, I didn't understand").
 */
const otherDates = { guard: heardRoute('changeDates'), target: '#call.afterAnswer', actions: 'changeDates' } as const;
/** "Go back", "regresa": the question before this one, the rest kept (flows/go-back.ts). */
const backFrom = (question: QuestionId) =>
  ({ guard: heardRoute('goBack'), target: '#call.afterAnswer', actions: { type: 'goBack', params: { question } } }) as const;

/**
 * Just booked, "actually, make it the 21st instead": that booking, in this call, changed by the
 * change-by-phone flow (flows/change-just-booked.ts): read back, and changed only on a yes.
 */
const changeBookedInThisCall = [
  { guard: and([heardRoute('change'), 'routeValue']), target: '#call.afterStayChange', actions: ['takeBookedInThisCall', 'takeFoundStay', 'takeRouteValue', 'takeRoute'] },
  { guard: heardRoute('change'), target: '#call.choosingStayChange', actions: ['takeBookedInThisCall', 'takeRoute', 'takeFoundStay'] },
] as const;

function wallClockOf(input: CallInput): { today: string; timeOfDay: string } {
  const { date, time } = hotelWallClock(input.at, input.hotel.timezone);
  return { today: date, timeOfDay: time };
}

/** How a call that was hung up on ended, unless it already has its outcome. */
function settleOutcome({ context, event }: UpdateArgs<CallContext, CallEvent>): Partial<CallContext> {
  if (context.outcome) return {};
  if (event.type === 'call.ended' && event.status === 'failed') return { outcome: 'failed' };
  // Hung up while talking with the desk (the dial's own report may come after this).
  if (context.deskAccepted) return { outcome: 'transferred' };
  if (context.lastCheck === 'unavailable') return { outcome: 'denial' };
  if (context.readBackHeard) return { outcome: 'regret' };
  return { outcome: 'abandoned' };
}

/** What was to be said of a type now sold out (its rate asked, the request said back), without it. */
function withoutType(notice: Notice, code: string): Notice[] {
  if ((notice.id === 'rate' && notice.params?.type === code) || (notice.id === 'typeAsked' && notice.params?.types === code)) return [];
  if (notice.id !== 'heardRequest' || notice.params?.roomType !== code) return [notice];
  const { roomType: _type, ...rest } = notice.params;
  return Object.keys(rest).length > 0 ? [{ ...notice, params: rest }] : [];
}

export const callMachine = setup({
  types: {
    context: {} as CallContext,
    events: {} as CallEvent,
    input: {} as CallInput,
  },
  actions: {
    // Effects, performed by src/calls inside the turn's transaction (flows/effects.ts).
    checkAndHold: effect<'checkAndHold'>(),
    book: effect<'book'>(),
    releaseHold: effect<'releaseHold'>(),
    requestCallback: effect<'requestCallback'>(),
    findCallerReservations: effect<'findCallerReservations'>(),
    findReservation: effect<'findReservation'>(),
    cancelReservation: effect<'cancelReservation'>(),
    textReservation: effect<'textReservation'>(),
    findFreeTypes: effect<'findFreeTypes'>(),
    changeStay: effect<'changeStay'>(),
    // ... and what their results change.
    keepCheck: assign(({ context, event }) => {
      const r = resultOf(event, 'inventory.checked');
      // The rate the rooms were found at is the one read back and booked (CallContext.quotedRate).
      const quotedRate = r?.held ? context.hotel.roomTypes.find((t) => t.code === context.roomType)?.rate : undefined;
      return r ? { held: r.held, holdExpiresAt: r.holdExpiresAt, offer: r.offer, quotedRate } : {};
    }),
    keepBooking: assign(({ event }) => {
      const r = resultOf(event, 'inventory.booked');
      if (!r) return {};
      return r.confirmation !== null
        ? { confirmation: r.confirmation, reservationId: r.reservationId, held: false, offer: null }
        : { confirmation: null, held: false, holdExpiresAt: null, offer: r.offer };
    }),
    keepCallerReservations: assign(({ event }) => {
      const listed = resultOf(event, 'reservations.listed');
      return { callerReservations: listed?.reservations ?? [], moreCallerReservations: listed?.more === true };
    }),
    keepFound: assign(({ context, event }) => {
      const r = resultOf(event, 'reservation.found');
      const found = r?.found ?? null;
      return { found, proof: proofAfterLookup({ ...context, found }, r?.proofNeeded === true) };
    }),
    // Picked from the caller's own list: only where caller ID alone may open a reservation.
    takePicked: assign(({ context }) => {
      const asked = context.lookupAsked;
      const picked = asked !== null && typeof asked === 'object' && 'pick' in asked ? context.callerReservations[asked.pick] : undefined;
      return { found: picked && callerIdOpensReservations(context) ? picked : null };
    }),
    // Texted to the reservation's own number, or why not: told, then the reservation's keys (its short form).
    keepTexted: assign(({ context, event }) => {
      const r = resultOf(event, 'reservation.texted');
      if (!r) return {};
      const last4 = r.last4 ?? '';
      const notice: Notice = r.result === 'sent' ? { id: 'texted', params: { last4 } } : { id: 'cannotText', params: { why: r.result } };
      const texted = r.result === 'sent' && r.reservationId !== null ? { reservationId: r.reservationId, last4 } : (context.texted ?? null);
      return { notices: [...context.notices, notice], texted, misses: 0 };
    }),
    keepCancelled: assign(({ context, event }) =>
      resultOf(event, 'reservation.cancelled')?.cancelled && context.found ? { found: { ...context.found, status: 'cancelled' as const } } : {},
    ),
    // A reservation's stay changed by phone (flows/stay-change.ts): its stay in the booking's slots, the new one checked, kept, made.
    takeFoundStay: assign(({ context }) => foundStay(context)),
    keepStayChange: assign(({ context, event }) => {
      const r = resultOf(event, 'stay.checked');
      return r ? keptStayChange(context, r.result) : {};
    }),
    noteStayChanged: assign(({ context }) => changedFound(context)),
    // The booking just made in this call, changed: what the change flow changes (no lookup, no proof: the same call).
    takeBookedInThisCall: assign(({ context }) => ({ found: bookedInThisCall(context) })),
    // Made and then changed in one call: still a call that booked (its conversion), with the change made.
    keepBookedOutcome: assign(({ context }) => (context.found !== null && context.found.id === context.reservationId ? { outcome: 'booked' as const } : {})),
    takeChosenChange: assign(({ context }) => chosenAsChange(context.changeAsked)),
    takeChangeAsked: assign(({ context }) => {
      const change = changeAskedFirst(context);
      return { ...(change ? applyAnswer(context, change) : {}), changeAsked: null };
    }),
    forgetChangeAsked: assign({ changeAsked: null }),
    dropStayChange: assign({ ...NO_STAY, stayChange: null, inStayChange: false }),
    // A change handed to the desk is over: no later question of the call is the change's.
    endStayChange: assign({ inStayChange: false }),

    hear: assign(({ context, event }, params: { question: QuestionId }) => {
      if (!event.type.startsWith('caller.')) return {};
      const { date: today, time: timeOfDay } = hotelWallClock(event.at, context.hotel.timezone);
      const said = event as Extract<CallEvent, { type: `caller.${string}` }>;
      // The context as of this answer's day: itself on the day it already has (a copy of the whole
      // context only when the call runs past midnight).
      const asOfToday = context.today === today ? context : { ...context, today };
      const read = readQuestion(params.question, asOfToday, said);
      // Said in the other language: the call may go on in it (flows/language-switch.ts).
      const { heard: spokenIn, otherLanguageTurns } = inLanguageSpoken(params.question, context, said, read);
      // "Hola, ¿habla español?" at the greeting: the menu in Spanish, not a name "Español" (flows/language-switch.ts).
      const spoken = languageAskedAtGreeting(params.question, context, said, spokenIn);
      const read2 = withTypeSaidBack(params.question, withOtherDetailSaidBack(params.question, spoken), context, said);
      // "Any room", "me da igual": the cheapest free is offered; "say that again" there hears the offer again (flows/any-room.ts).
      const { heard: heardAll, anyRoom, keepOffer, shortList } = anyRoomHeard(params.question, read2, context, said);
      // "A king and one with two beds": the king booked first, the other offered after it (flows/two-room-types.ts).
      const several = firstOfSeveralTypes(heardAll, context, said);
      // "Also an ocean suite for my parents", a king held: the suite offered after this booking, not instead (flows/type-added-also.ts).
      const added = typeAddedAlso(params.question, context, said, several.heard);
      const types = added ?? several;
      // "I want to book at Sierra Alta" said at the Miramar: which hotel this is, and the sister's number (flows/sister-hotel.ts).
      const sister = sisterAsked(params.question, context, said, types.heard);
      const taken = sister ? sisterHeard(sister, types.heard) : types.heard;
      // "This is ridiculous", "qué mal servicio" alone: an apology with the desk offered; a second time, the desk (flows/upset-caller.ts).
      const upset = upsetHeard(params.question, context, said, taken);
      // "No, the 26th instead" to going on with a booking cut off: a fresh start with that stay (flows/resume-booking.ts).
      const resumed = upset ?? freshStayAtResume(params.question, context, said, taken) ?? taken;
      // "No, it's 212 555 0199" to a number read back: that number, read back in turn (flows/corrected-at-confirm.ts).
      const corrected = correctedAtConfirm(params.question, context, said, resumed) ?? resumed;
      // "Friday" at the arrival question of a change: the reservation's days, as "move it to Friday" is (flows/stay-change.ts).
      const inChange = weekdayInChange(params.question, asOfToday, said, corrected);
      // "No, I just want to book a room" to the desk's message-or-callback offer: the booking (flows/book-instead.ts).
      const instead = bookingInstead(params.question, asOfToday, said, inChange);
      // "Can you repeat that slowly?" just booked: the confirmation number one digit at a time (flows/slowly-asked.ts).
      const { heard: slowHeard, slowly } = slowRepeat(params.question, said, instead);
      // "2 adults 3 kids, how many rooms do we need?": the desk can say how many a room sleeps (flows/rooms-for-party.ts).
      const { heard: partyHeard, notice: partyNote } = roomsForParty(params.question, said, slowHeard);
      // "Um…", "este…" alone: "take your time", no miss, once; a second pause in a row counts (flows/thinking-aloud.ts).
      // "No wait, don't cancel" at a lookup: nothing changed, not a last name looked up (flows/cancel-withdrawn.ts).
      const heard = thinkingHeard(params.question, context, said, partyHeard) ?? cancelWithdrawn(params.question, said, partyHeard) ?? partyHeard;
      const waiting = sister ? [] : types.waiting;
      // "The cheapest", "la más barata", "what's your cheapest room?": the lowest rate on paper, checked
      // free before it is kept or offered; full, the cheapest free is offered instead (flows/any-room.ts).
      const cheapestAsked = cheapestAskedIn(params.question, heard, context, said);
      const offered = keepOffer ? (context.cheapestOffer ?? null) : null;
      // A room type asked about at the list or an offer: the question becomes whether they want it.
      const typeAsked = offered ? (context.typeAsked ?? null) : typesAskedAbout(params.question, heard, context);
      const answeredBy = said.type === 'caller.digits' ? 'keys' : said.type === 'caller.speech' && context.answeredBy !== 'keys' ? 'speech' : context.answeredBy;
      // "For a client, John Smith", "para mi jefe": the name asked for from now on is the guest's.
      // "It's for my parents, they arrive Friday": family travelling without the caller (flows/for-kin.ts).
      // (Not "also a suite for my parents": the words are of the type that waits, not of this booking.)
      const forAnother = context.forAnother === true || (!added && said.type === 'caller.speech' && (guestNamed(said.text) !== null || forKinAlone(said.text)));
      // "We get in around 11 pm": kept for the read-back's hold and the staff timeline.
      const late = said.type === 'caller.speech' ? arrivalTime(said.text) : null;
      // "We need a crib", "cuartos juntos": noted for the desk and said so (flows/special-requests.ts).
      const asked = requestsHeard(params.question, said);
      const requests = asked ? [...new Set([...(context.requests ?? []), ...asked])] : undefined;
      // "How much is it in dollars?" at a hotel in pesos: told its rates are in pesos.
      const money = said.type === 'caller.speech' ? currencyNote(said.text, context.hotel.currency) : null;
      // "Call me here", "mi número es este" with the booking: the number calling is the callback number (flows/callback-here.ts).
      // "Cash, and my number is 646 555 0199": that number kept, the caller's own at once, another to confirm (flows/callback-said-with.ts).
      const saidWith = callbackSaidWith(params.question, heard, context, said);
      const callback = callbackHere(params.question, heard, context, said) ?? (saidWith?.sure ? saidWith.number : null);
      const callbackSaid = saidWith && !saidWith.sure ? saidWith.number : null;
      // The list of types just heard: asked again (another detail said, a question answered), it is said short;
      // "say that again", "no" to a type asked about, or the next page of a long list hear it whole.
      // (Not in the other language: the list was never heard in it.)
      const otherLanguage = ('locale' in heard && heard.locale !== undefined && heard.locale !== context.locale) || (heard.kind === 'route' && (heard.route === 'spanish' || heard.route === 'english'));
      // ("No" to the cheapest offered: the types, short.)
      const typeListSaid = (params.question === 'roomType' && heard.kind !== 'repeat' && !(heard.kind === 'route' && heard.route === 'moreRooms') && !otherLanguage) || shortList;
      return {
        today, timeOfDay, heard, notices: [...(asked ? [requestNotice(asked)] : []), ...(money ? [money] : []), ...(partyNote ? [partyNote] : []), ...(offered ? [cheapestNotice(offered)] : [])], cheapestOffer: offered,
        understood: `${describeHeard(heard)}${partyNote ? `; ${noticeWords(partyNote)}` : ''}${late ? `; arrives around ${late.time}` : ''}${asked ? `; asks for ${requestNames(asked)}` : ''}`, typeAsked, otherLanguageTurns,
        ...(late ? { lateArrival: late.time } : {}), ...(requests ? { requests } : {}), ...(anyRoom ? { anyRoom } : {}), ...(callback ? { callback } : callbackSaid ? { callbackSaid } : {}), ...(context.roomType === null ? { cheapestAsked } : {}),
        ...(answeredBy ? { answeredBy } : {}), ...(changeAskedAt(params.question, heard, said) ?? {}), ...(wordsKept(params.question, context, heard, said) ?? {}), ...(forAnother ? { forAnother } : {}), typeListSaid, ...(waiting.length ? { nextRoomTypes: waiting, nextRoomCounts: types.counts } : {}), ...(upset ? { upset: true } : {}), slowly,
      };
    }),
    forgetHeard: assign({ heard: null }),
    // "Can someone call me back?": told the desk will, then the number asked (or the one calling confirmed).
    // A number said with it ("call me back at 646 555 0101"): that one, to confirm.
    askCallbackNumber: assign(({ context }) => {
      const heard = context.heard?.kind === 'route' ? context.heard : null;
      const value = heard?.value?.q === 'callback' ? heard.value : null;
      return {
        callbackOnly: true, heard: null, misses: 0, transferReason: 'caller_asked' as const,
        notices: [...context.notices, { id: 'callbackAsked' } satisfies Notice], ...(heard?.locale ? { locale: heard.locale } : {}),
        ...(value ? { pending: { question: 'callback' as const, value, said: value.number } } : {}),
      };
    }),
    notCallbackOnly: assign({ callbackOnly: false }),
    // The number said with an earlier answer, read back now that its turn has come (flows/callback-said-with.ts).
    confirmCallbackSaid: assign(({ context }) => {
      const number = context.callbackSaid ?? '';
      return { pending: { question: 'callback' as const, value: { q: 'callback' as const, number }, said: number }, callbackSaid: null, heard: null, misses: 0 };
    }),
    // A choice that leads to another question is an answer: that question starts with no misses
    // (a miss at the read-back, then "2", had the change question begin as a re-prompt, and two
    // misses there sent the caller to the desk).
    takeRoute: assign({ heard: null, misses: 0 }),
    countMiss: assign(({ context }) => ({
      heard: null,
      misses: context.misses + 1,
      notices: context.heard?.kind === 'miss' ? [...context.notices, context.heard.notice, ...(context.heard.also ?? [])] : context.notices,
      // Why the words did not fit is told in the language they were said in, and the call goes on in it.
      ...(context.heard?.kind === 'miss' && context.heard.locale ? { locale: context.heard.locale } : {}),
    })),
    acceptAnswer: assign(({ context }) => {
      if (context.heard?.kind !== 'answer') return { heard: null };
      const { value, notices: more = [], locale } = context.heard;
      const notices = [...context.notices, ...more];
      // The context as applyAnswer reads it (its notices): copied only when the answer brought notices of its own.
      const applied = applyAnswer(more.length ? { ...context, notices } : context, value);
      // An answer resets the misses in a row, unless applying it says otherwise (a lookup still to check).
      return extend({ heard: null, misses: 0, notices, ...(locale ? { locale } : {}), ...applied }, { notices: intoTheQuestion(applied.notices ?? notices) });
    }),
    // A common question answered: its answer is said, then the same question again (not a miss).
    noteAnswered: assign(({ context }) => {
      if (context.heard?.kind !== 'answered') return { heard: null };
      const notices = [...context.notices, ...context.heard.notices];
      const { value, locale } = context.heard;
      return { heard: null, notices, ...(locale ? { locale } : {}), ...(value ? applyAnswer({ ...context, notices }, value) : {}) };
    }),
    // What else came with a route (a group's request, the language spoken), kept on the way.
    takeRouteValue: assign(({ context }) => {
      if (context.heard?.kind !== 'route') return {};
      const { value, locale } = context.heard;
      return extend(value ? extend(applyAnswer(context, value), { held: context.held }) : {}, locale ? { locale } : {});
    }),
    dropDateChoice: assign({ dateChoice: null, heard: null, misses: 0 }),
    askToConfirm: assign(({ context }, params: { question: QuestionId }) => {
      if (context.heard?.kind !== 'unsure') return { heard: null };
      const { value, said } = context.heard;
      // Said in the other language (Spanish at the English greeting): asked to confirm in it.
      const locale = value.q === 'request' ? value.slots.locale : undefined;
      return { pending: { question: params.question, value, said }, heard: null, misses: 0, ...(locale ? { locale } : {}) };
    }),
    acceptPending: assign(({ context }) => {
      if (!context.pending) return { heard: null };
      const applied = applyAnswer(context, context.pending.value);
      // Just confirmed, so not said back again: "I have Thursday, December 10", 1, then "Arriving Thursday, December 10".
      // (A whole request confirmed is still said back, in the language it was said in.)
      const confirmed = (applied.notices ?? context.notices).filter((n) => n.id !== 'arrivalHeard');
      // The booking of a call cut off, taken up again: its stay was just said in the question (flows/resume-booking.ts).
      const notices = offersResume(context) ? withoutSaidBack(confirmed) : confirmed;
      return extend(applied, { notices, pending: null, heard: null, misses: 0 });
    }),
    rejectPending: assign({ pending: null, heard: null }),
    // Not going on with the booking cut off: its guest details are not this booking's (flows/resumed-details.ts).
    dropResumeHeld: assign({ resumeHeld: null }),
    noteNothingChanged: assign({ notices: [{ id: 'nothingChanged' }] }),
    pendCorrection: assign(({ context, event }) => pendingCorrected(context, event.type === 'caller.speech' ? event.text : event.type === 'caller.digits' ? event.digits : '')),
    countNameTry: assign(({ context }) => ({
      nameTries: context.nameTries + 1,
      heard: null,
      pending: null,
      // Silence is told as silence: "I didn't get your name" to someone who said nothing sounds like a fault on the line.
      notices: [...context.notices, { id: context.heard?.kind === 'nameRetry' && context.heard.silent ? 'noInput' : 'nameNotHeard' } satisfies Notice],
    })),
    keepNameRecording: assign(({ event }) => ({
      nameRecordingUrl: event.type === 'caller.recording' ? event.url : null,
      nameTries: 2,
      heard: null,
      misses: 0,
      // What was said before the recording ("I didn't get your name") is over; a name recorded is thanked for.
      notices: event.type === 'caller.recording' && event.url ? [{ id: 'nameRecorded' } satisfies Notice] : [],
    })),
    speakSpanish: assign({ locale: 'es-MX', heard: null, misses: 0 }),
    speakEnglish: assign({ locale: 'en-US', heard: null, misses: 0 }),
    startBooking: assign({ heard: null, misses: 0 }),
    startAnotherBooking: assign(({ context }) => anotherBooking(context)),
    // "Yes" to the type waiting after this booking: it, for the dates just booked (flows/two-room-types.ts).
    takeNextRoomType: assign(({ context }) => nextTypeBooking(context) ?? {}),
    dropPassedArrival: assign(({ context }) => ({
      arrival: null,
      held: false,
      heard: null,
      misses: 0,
      notices: [...context.notices, { id: 'dateInPast', params: { date: context.arrival ?? '' } } satisfies Notice],
    })),
    goBack: assign(({ context }, params: { question: QuestionId }) => ({ ...goBack(context, params.question), heard: null, misses: 0 })),
    // A person asked for in the other language: told so in it, and the desk hears which they speak.
    // What the call is about, said with the request for a person, is kept for the whisper.
    takeAgentLocale: assign(({ context }) => {
      if (context.heard?.kind !== 'agent') return {};
      const { value, locale, askedFor } = context.heard;
      return extend(value ? extend(applyAnswer(context, value), { held: context.held }) : {}, { ...(locale ? { locale } : {}), ...(askedFor ? { askedFor } : {}) });
    }),
    // "No thanks, bye" at an offer: a turnaway, as a hang-up there would be (settleOutcome).
    noteTurnaway: assign((args) => ({ ...settleOutcome(args), heard: null })),
    // "Forget it" mid-booking, confirmed: nothing booked, the hold let go (flows/stop-booking.ts); the caller is told so.
    noteBookingStopped: assign((args) => ({
      ...settleOutcome(args), held: false, holdExpiresAt: null, heard: null,
      notices: [...args.context.notices, { id: 'bookingStopped' } satisfies Notice],
    })),
    changeDates: assign({ arrival: null, dateChoice: null, departure: null, held: false, offer: null, heard: null, misses: 0 }),
    transfer: assign((_, params: { reason: TransferReason }) => ({ transferReason: params.reason, heard: null })),
    noteDeskOpen: assign({ deskClosed: false, deskAccepted: null, dialStatus: null }),
    noteDeskClosed: assign({ deskClosed: true }),
    leaveDesk: assign({ transferReason: null }),
    noteScreening: assign(({ event }) => ({ deskAccepted: event.type === 'desk.screened' ? event.accepted : null })),
    noteTransferred: assign({ outcome: 'transferred' }),
    keepMessage: assign(({ event }) => ({ messageUrl: event.type === 'caller.recording' ? event.url : null, heard: null })),
    noteVoicemail: assign({ outcome: 'voicemail', callbackRequested: true }),
    noteHoldKept: assign(({ context }) => ({ holdKept: keepsHoldForCallback(context) })),
    nextRoomPage: assign(({ context }) => ({ roomPage: nextRoomPage(context), heard: null })),
    // "Any room": the cheapest type free, offered with its rate; a yes takes it (typeAsked).
    offerCheapest: assign(({ context, event }) => {
      const code = event.type === 'inventory.free' ? cheapestFree(context, event.free) : null;
      if (!code) return {};
      // "The cheapest" taken, and sold out: not kept, and not said back; the cheapest free offered, the full one named.
      const asked = context.cheapestAsked ?? null;
      const full = asked !== null && asked !== code ? asked : null;
      const notices = full ? context.notices.flatMap((n) => withoutType(n, full)) : context.notices;
      return {
        anyRoom: false, cheapestAsked: null, ...(asked !== null && context.roomType === asked ? { roomType: null } : {}), typeAsked: [code], cheapestOffer: code,
        notices: [...notices, cheapestNotice(code, full)],
      };
    }),
    // "The cheapest", free for the caller's dates and rooms: kept, and the call goes on.
    keepCheapest: assign({ cheapestAsked: null }),
    // Not one type free on those dates: the hotel is full then, and the caller hears what they can still do.
    // ("The cheapest" asked: not said back; asked again for other dates, it is checked again.)
    noteNoneFree: assign(({ context }) => ({
      lastCheck: 'unavailable' as const, offer: [], anyRoom: false,
      notices: context.cheapestAsked ? context.notices.flatMap((n) => withoutType(n, context.cheapestAsked!)) : context.notices,
    })),
    noteLookupFound: assign({ outcome: 'informed', misses: 0 }),
    countLookupMiss: assign(({ context }) => {
      const byName = typeof context.lookupAsked === 'object' && context.lookupAsked !== null && 'lastName' in context.lookupAsked;
      const notice: Notice = { id: byName ? 'reservationNameNotFound' : 'reservationNotFound' };
      return { misses: context.misses + 1, notices: [...context.notices, notice] };
    }),
    // The last name asked as proof (flows/reservation-proof.ts): a name that does not match is told in
    // the same words whether or not the confirmation number exists, and the number is asked again.
    countProofFail: assign(({ context }) => ({
      proof: context.proof ? { ...context.proof, fails: context.proof.fails + 1 } : null,
      misses: context.misses + 1,
      notices: [...context.notices, { id: 'reservationNotMatched' } satisfies Notice],
    })),
    noteProofByKeys: assign(({ context }) => ({ proof: context.proof ? { ...context.proof, byKeys: true } : null })),
    noteCancelled: assign({ outcome: 'cancelled' }),
    noteRoomsHeld: assign(({ context }) => ({
      lastCheck: 'held' as const,
      notices: [...context.notices, { id: 'roomsHeld' } satisfies Notice],
    })),
    noteUnavailable: assign({ lastCheck: 'unavailable' }),
    noteRoomsGone: assign(({ context }) => ({
      lastCheck: 'unavailable' as const,
      notices: [...context.notices, { id: 'roomsGone' } satisfies Notice],
    })),
    noteReadBack: assign({ readBackHeard: true, changing: false }),
    noteBooked: assign({ outcome: 'booked', misses: 0 }),
    // Back from ringing the desk, the caller hears why again (a second ring unanswered was only "press 1 or 2"): misses start over.
    noteDeskResult: assign(({ event }) => ({ dialStatus: event.type === 'desk.result' ? event.status : null, misses: 0 })),
    // A hang-up: the hold is gone (released, or kept for the desk's callback under the hotel's rule).
    hangUp: assign(inOrder(() => ({ held: false, holdExpiresAt: null }), settleOutcome)),
  },
  guards: {
    heardKind: ({ context }, params: { kind: Heard['kind'] }) => context.heard?.kind === params.kind,
    nothingHeard: ({ context }) => context.heard === null,
    heardRoute: ({ context }, params: { route: Route }) =>
      context.heard?.kind === 'route' && context.heard.route === params.route,
    thirdMiss: ({ context }) => context.heard?.kind === 'miss' && context.misses + 1 >= MAX_MISSES,
    nameTriesUsedUp: ({ context }) => context.nameTries + 1 >= 2,
    pendingFor: ({ context }, params: { question: QuestionId }) => context.pending?.question === params.question,
    // The call starts by asking whether to go on with the booking of the caller's call just cut off.
    resumeWaiting: ({ context }) => context.heard === null && offersResume(context),
    resumeOffered: ({ context }) => offersResume(context),
    routeValue: ({ context }) => context.heard?.kind === 'route' && context.heard.value !== undefined,
    // `?? null`, `=== true`: snapshots saved before these fields existed lack them.
    needsDateChoice: ({ context }) => (context.dateChoice ?? null) !== null,
    needsArrival: ({ context }) => context.arrival === null,
    arrivalPassed: ({ context }) => context.arrival !== null && context.arrival < context.today,
    needsRoomType: ({ context }) => context.roomType === null,
    offersCheapest: ({ context }) => context.roomType === null && context.anyRoom === true,
    cheapestToCheck: ({ context }) => context.roomType !== null && context.roomType === (context.cheapestAsked ?? null),
    cheapestAskedToCheck: ({ context }) => context.roomType === null && context.arrival !== null && (context.cheapestAsked ?? null) !== null,
    // "What's your cheapest room?" at the list: answered only once it is known to be free.
    cheapestQuestion: ({ context }) => context.heard?.kind === 'answered' && context.roomType === null && (context.cheapestAsked ?? null) !== null,
    cheapestAskedFree: ({ context, event }) => event.type === 'inventory.free' && cheapestAskedFree(context, event.free),
    needsRooms: ({ context }) => context.rooms === null,
    needsNights: ({ context }) => context.nights === null,
    nightsDisputed: ({ context }) => context.nights === null && context.notices.some((n) => n.id === 'nightsDisagree'),
    needsHold: ({ context }) => !context.held,
    needsName: ({ context }) => context.guestName === null && context.nameRecordingUrl === null && context.nameTries < 2,
    needsCardKind: ({ context }) => context.payment === null && context.card === true,
    needsPayment: ({ context }) => context.payment === null,
    needsCallback: ({ context }) => context.callback === null,
    callbackSaidToConfirm: ({ context }) => context.callback === null && !!context.callbackSaid,
    roomsHeld: ({ context }) => context.held,
    booked: ({ context }) => context.confirmation !== null,
    // Answered means the desk heard the whisper and pressed 1; a leg that hung up on it was not.
    deskAnswered: ({ context, event }) =>
      event.type === 'desk.result' && event.status === 'completed' && context.deskAccepted === true,
    deskOpen: ({ context }) => deskOpenAt(context.hotel, context.today, context.timeOfDay),
    byText: ({ context }) => context.channel === 'sms',
    callbackOnly: ({ context }) => context.callbackOnly === true,
    callbackKnown: ({ context }) => context.callback !== null,
    numberWithIt: ({ context }) => context.heard?.kind === 'route' && context.heard.value?.q === 'callback',
    reservationFound: ({ context }) => context.found !== null,
    stayChangeFree: ({ event }) => event.type === 'stay.checked' && event.result.ok,
    inStayChange: ({ context }) => context.inStayChange === true,
    stayNotChangeable: ({ event }) => event.type === 'stay.checked' && !event.result.ok && event.result.why === 'notChangeable',
    lookupMissesUsedUp: ({ context }) => context.misses + 1 >= MAX_MISSES,
    proofToAsk: ({ context }) => proofToAsk(context),
    proofFailed: ({ context }) => proofFailed(context),
    proofsUsedUp: ({ context }) => (context.proof?.fails ?? 0) + 1 >= MAX_PROOF_FAILS,
    // A confirmation number or a last name is looked up; a pick from the caller's list is at hand.
    someTypeFree: ({ context, event }) => event.type === 'inventory.free' && cheapestFree(context, event.free) !== null,
    changeAskedFirst: ({ context }) => changeAskedFirst(context) !== null,
    askedToFind: ({ context }) =>
      typeof context.lookupAsked === 'string' || (context.lookupAsked !== null && 'lastName' in context.lookupAsked),
  },
}).createMachine({
  id: 'call',
  context: ({ input }) => initialContext(input),
  initial: 'greeting',
  on: {
    'call.ended': {
      target: '.ended',
      // The rooms stay held for the desk's callback when the hotel says so (and the caller was told).
      actions: [{ type: 'releaseHold', params: ({ context }) => ({ keep: context.holdKept === true }) }, 'hangUp'],
    },
  },
  states: {
    greeting: question('greeting', [
      { guard: heardRoute('spanish'), target: 'mainMenu', actions: 'speakSpanish' },
      { guard: heardRoute('english'), target: 'mainMenu', actions: 'speakEnglish' },
      { guard: heardRoute('book'), target: 'afterAnswer', actions: 'startBooking' },
      { guard: heardRoute('existing'), target: 'findingCallerReservations', actions: ['takeRouteValue', 'startBooking'] },
      { guard: heardRoute('changeOrAnother'), target: 'askingChangeOrAnother', actions: 'takeRoute' },
    ], {
      // Called back minutes after a booking was cut off: whether to go on with it (flows/resume-booking.ts).
      nothingHeard: [{ guard: 'resumeWaiting', target: '#call.confirmingHeard' }],
    }),
    mainMenu: question('mainMenu', [
      { guard: heardRoute('book'), target: 'afterAnswer', actions: 'startBooking' },
      { guard: heardRoute('existing'), target: 'findingCallerReservations', actions: ['takeRouteValue', 'startBooking'] },
    ]),

    // The slot router: asks the first element still missing, in the seed's order; re-checks
    // availability whenever the stay changed; reads everything back once all is known.
    afterAnswer: {
      always: [
        // A call across midnight: "today", said at 23:59, is yesterday now; asked again, not held nor booked.
        { guard: 'arrivalPassed', target: 'askingArrivalDate', actions: 'dropPassedArrival' },
        { guard: 'needsDateChoice', target: 'askingDateChoice' },
        { guard: 'needsArrival', target: 'askingArrivalDate' },
        // Nights that the dates said with them contradict: asked at once, while the caller hears why.
        { guard: 'nightsDisputed', target: 'askingNights' },
        // "Any room", said now or before: the cheapest free offered rather than the list (flows/any-room.ts).
        { guard: 'offersCheapest', target: 'findingFreeTypes' },
        // "The cheapest" (the lowest rate on paper): kept if free for those dates, else the cheapest free offered.
        { guard: 'cheapestToCheck', target: 'findingFreeTypes' },
        // "What's the cheapest room for next Friday?" with the stay: its rate said only once it is known free.
        { guard: 'cheapestAskedToCheck', target: 'findingFreeTypes' },
        { guard: 'needsRoomType', target: 'askingRoomType' },
        { guard: 'needsRooms', target: 'askingRooms' },
        { guard: 'needsNights', target: 'askingNights' },
        { guard: 'needsHold', target: 'checkingAvailability' },
        { guard: 'needsName', target: 'askingName' },
        { guard: 'needsCardKind', target: 'askingCardKind' },
        { guard: 'needsPayment', target: 'askingPayment' },
        { guard: 'callbackSaidToConfirm', target: 'confirmingHeard', actions: 'confirmCallbackSaid' },
        { guard: 'needsCallback', target: 'askingCallback' },
        { target: 'readingBack' },
      ],
    },

    // Back from the first question of the stay: the menu.
    askingArrivalDate: question('arrivalDate', [{ guard: heardRoute('goBack'), target: 'mainMenu', actions: 'takeRoute' }]),
    // "Next Friday" on a Tuesday, a day already past: the caller picks the date, or says another.
    askingDateChoice: question('dateChoice', [{ guard: heardRoute('otherDate'), target: 'afterAnswer', actions: 'dropDateChoice' }, backFrom('dateChoice')]),
    askingRoomType: question('roomType', [
      { guard: heardRoute('moreRooms'), actions: 'nextRoomPage' },
      { guard: heardRoute('anyRoom'), target: 'afterAnswer', actions: 'takeRoute' },
      otherDates,
      backFrom('roomType'),
    ], {
      // "What's your cheapest room?": whether it is free is checked first (findingFreeTypes).
      beforeAnswered: [{ guard: 'cheapestQuestion', target: '#call.findingFreeTypes', actions: 'noteAnswered' }],
    }),
    // "Any room", "lo que tenga": which types are free on those nights, then the cheapest of them offered.
    findingFreeTypes: {
      tags: ['effect'],
      entry: { type: 'findFreeTypes', params: ({ context }) => freeTypesAsked(context) },
      on: {
        'inventory.free': [
          { guard: 'cheapestAskedFree', target: 'afterAnswer', actions: 'keepCheapest' },
          { guard: 'someTypeFree', target: 'askingRoomType', actions: 'offerCheapest' },
          { target: 'offeringAlternatives', actions: 'noteNoneFree' },
        ],
      },
    },
    askingRooms: question('rooms', [otherDates, backFrom('rooms')]),
    askingNights: question('nights', [otherDates, backFrom('nights')]),

    checkingAvailability: {
      tags: ['effect'],
      entry: { type: 'checkAndHold', params: ({ context }) => stayAsked(context) },
      on: { 'inventory.checked': { target: 'afterCheck', actions: 'keepCheck' } },
    },
    afterCheck: {
      always: [
        { guard: 'roomsHeld', target: 'afterAnswer', actions: 'noteRoomsHeld' },
        { target: 'offeringAlternatives', actions: 'noteUnavailable' },
      ],
    },
    offeringAlternatives: question('offer', [otherDates, backFrom('offer'), { guard: heardRoute('decline'), target: 'turnedAway', actions: 'noteTurnaway' }], {
      agentReason: 'no_availability',
    }),

    askingName: question('name', [
      // No recording by text: a name that cannot be read twice goes to the desk like any misses.
      { guard: and([heardKind('nameRetry'), 'nameTriesUsedUp', 'byText']), target: 'toDesk', actions: transfer('misses') },
      { guard: and([heardKind('nameRetry'), 'nameTriesUsedUp']), target: 'recordingName', actions: 'countNameTry' },
      { guard: heardKind('nameRetry'), actions: 'countNameTry' },
      otherDates,
      backFrom('name'),
    ]),
    // After two failed tries the name is recorded instead: not a miss, never a transfer.
    recordingName: {
      tags: ['recording'],
      on: {
        'caller.recording': { target: 'afterAnswer', actions: 'keepNameRecording' },
        'caller.silence': { target: 'afterAnswer', actions: 'keepNameRecording' },
      },
    },
    askingPayment: question('payment', [otherDates, backFrom('payment')]),
    askingCardKind: question('cardKind', [otherDates, backFrom('cardKind')]),
    askingCallback: question('callback', [otherDates, backFrom('callback')]),

    readingBack: {
      ...question('readBack', [
        { guard: and([heardRoute('confirm'), 'arrivalPassed']), target: 'askingArrivalDate', actions: 'dropPassedArrival' },
        { guard: heardRoute('confirm'), target: 'booking' },
        { guard: heardRoute('change'), target: 'choosingDetail', actions: 'takeRoute' },
        backFrom('readBack'),
      ]),
      entry: 'noteReadBack',
    },
    choosingDetail: question('changeDetail'),

    confirmingHeard: question('confirmHeard', [
      // "No, it's 212 555 0199": the number said with the no, read back in its turn.
      { guard: heardRoute('corrected'), target: 'confirmingHeard', actions: 'pendCorrection' },
      // The last name given as proof, confirmed: looked up; "no": asked again.
      { guard: and([heardRoute('yes'), pendingFor('lastNameProof')]), target: 'lookingUp', actions: 'acceptPending' },
      { guard: and([heardRoute('no'), pendingFor('lastNameProof')]), target: 'askingLastName', actions: 'rejectPending' },
      // The number to call back, confirmed: the callback request; "no": asked again.
      { guard: and([heardRoute('yes'), pendingFor('callback'), 'callbackOnly']), target: 'callbackNumberTaken', actions: 'acceptPending' },
      { guard: and([heardRoute('no'), pendingFor('callback'), 'callbackOnly']), target: 'askingCallbackNumber', actions: 'rejectPending' },
      // A change's own answer, confirmed (or not): back to the change, never on to a new booking.
      { guard: and([heardRoute('yes'), 'inStayChange']), target: 'afterStayChange', actions: 'acceptPending' },
      { guard: heardRoute('yes'), target: 'afterAnswer', actions: 'acceptPending' },
      {
        guard: and([heardRoute('no'), pendingFor('name'), 'nameTriesUsedUp']),
        target: 'recordingName',
        actions: 'countNameTry',
      },
      {
        guard: and([heardRoute('no'), pendingFor('name')]),
        target: 'askingName',
        actions: 'countNameTry',
      },
      // "No" to going on with the booking of a call cut off: a fresh start, at the menu.
      { guard: and([heardRoute('no'), 'resumeOffered', 'routeValue']), target: 'afterAnswer', actions: ['takeRouteValue', 'rejectPending', 'dropResumeHeld'] },
      { guard: and([heardRoute('no'), 'resumeOffered']), target: 'mainMenu', actions: ['rejectPending', 'dropResumeHeld'] },
      // "No" to anything else: ask that question again. The router finds it, since it is still empty.
      { guard: and([heardRoute('no'), 'inStayChange']), target: 'afterStayChange', actions: 'rejectPending' },
      { guard: heardRoute('no'), target: 'afterAnswer', actions: 'rejectPending' },
    ]),

    booking: {
      tags: ['effect'],
      entry: { type: 'book', params: ({ context }) => bookingAsked(context) },
      on: { 'inventory.booked': { target: 'afterBooking', actions: 'keepBooking' } },
    },
    afterBooking: {
      always: [
        { guard: 'booked', target: 'confirmed', actions: 'noteBooked' },
        { target: 'offeringAlternatives', actions: 'noteRoomsGone' },
      ],
    },
    // Booked: "anything else?" once, short (flows/after-booking.ts). Another stay starts here with
    // what was said of it; silence, "no thanks", or misses say goodbye. A text conversation closes here.
    confirmed: question(
      'anythingElse',
      [
        { guard: heardRoute('done'), target: 'doneAfterBooking', actions: 'forgetHeard' },
        { guard: heardRoute('book'), target: 'afterAnswer', actions: ['takeNextRoomType', 'startAnotherBooking', 'takeRouteValue', 'startBooking'] },
        { guard: heardRoute('textIt'), target: 'textingBooking', actions: 'takeRoute' },
        ...changeBookedInThisCall,
        { guard: heardRoute('changeOrAnother'), target: 'askingChangeOrAnother', actions: 'takeRoute' },
      ],
      { thirdMiss: { guard: 'thirdMiss', target: '#call.doneAfterBooking', actions: 'forgetHeard' } },
    ),
    // Just booked, "the 21st" (or words of both): change that booking, or another? (flows/change-just-booked.ts)
    // In a new text conversation, the change is the reservation's lookup, its proof asked as always.
    askingChangeOrAnother: question('changeOrAnother', [
      ...changeBookedInThisCall,
      { guard: heardRoute('existing'), target: 'findingCallerReservations', actions: ['takeChosenChange', 'takeRoute'] },
      { guard: heardRoute('book'), target: 'afterAnswer', actions: ['takeNextRoomType', 'startAnotherBooking', 'takeRouteValue', 'startBooking'] },
    ]),
    // "Can you text me that?": the booking's text was written with it; told where it went (or why not).
    textingBooking: {
      tags: ['effect'],
      entry: { type: 'textReservation', params: ({ context }) => ({ reservationId: context.reservationId, resend: false }) },
      on: { 'reservation.texted': { target: 'confirmed', actions: 'keepTexted' } },
    },
    doneAfterBooking: { tags: ['goodbye'] },
    // Nothing offered was taken ("no thanks, bye"), or the booking stopped: thanked and let go.
    turnedAway: { tags: ['goodbye'] },
    // "Forget it", "ya no quiero" mid-booking: stop this booking? Yes: the hold let go, and goodbye; no: the question again.
    confirmingStop: question('stopConfirm', [
      { guard: heardRoute('cancel'), target: 'turnedAway', actions: [{ type: 'releaseHold', params: { keep: false } }, 'noteBookingStopped'] },
      { guard: heardRoute('keep'), target: 'afterAnswer', actions: 'takeRoute' },
    ]),

    // An existing reservation (issue 6). Caller ID is easy to fake, so what opens a reservation is
    // what only the guest has (issue 11): its confirmation number — from another phone than the
    // reservation's, with the last name on it (flows/reservation-proof.ts) — or, for one made from
    // the number calling, the last name on it. The calling number alone may say that reservations
    // exist and when they arrive; it opens one only where the hotel allows it and the network
    // fully vouched for the number (callerIdOpensReservations).
    findingCallerReservations: {
      tags: ['effect'],
      entry: { type: 'findCallerReservations', params: ({ context }) => callerReservationsAsked(context) },
      on: {
        'reservations.listed': [
          // The confirmation number said at the greeting or the menu: looked up at once, not asked again.
          { guard: 'askedToFind', target: 'lookingUp', actions: 'keepCallerReservations' },
          { target: 'askingConfirmationNumber', actions: 'keepCallerReservations' },
        ],
      },
    },
    askingConfirmationNumber: question('confirmationNumber', [bookInstead, lookupWithdrawn], { agentReason: 'existing_reservation', answerTarget: '#call.lookingUp' }),
    lookingUp: {
      always: [{ guard: 'askedToFind', target: 'findingReservation' }, { target: 'afterLookup', actions: 'takePicked' }],
    },
    findingReservation: {
      tags: ['effect'],
      entry: { type: 'findReservation', params: ({ context }) => reservationAsked(context) },
      on: { 'reservation.found': { target: 'afterLookup', actions: 'keepFound' } },
    },
    afterLookup: {
      always: [
        // "I need to move my reservation to Friday" at the greeting: that change read back at once, or only its missing part asked.
        { guard: and(['reservationFound', 'changeAskedFirst']), target: 'afterStayChange', actions: ['noteLookupFound', 'takeFoundStay', 'takeChangeAsked'] },
        { guard: 'reservationFound', target: 'readingReservation', actions: ['noteLookupFound', 'forgetChangeAsked'] },
        // From another phone (or a number no reservation has): its last name first (flows/reservation-proof.ts).
        { guard: 'proofToAsk', target: 'askingLastName', actions: 'takeRoute' },
        { guard: and(['proofFailed', 'proofsUsedUp']), target: 'toDesk', actions: ['countProofFail', transfer('reservation_not_proven')] },
        { guard: 'proofFailed', target: 'askingConfirmationNumber', actions: 'countProofFail' },
        { guard: 'lookupMissesUsedUp', target: 'toDesk', actions: transfer('existing_reservation') },
        { target: 'askingConfirmationNumber', actions: 'countLookupMiss' },
      ],
    },
    // Keys pressed here, or a request for a person: the desk, told why; nothing of the reservation said.
    askingLastName: question(
      'lastNameProof',
      [
        { guard: heardRoute('lastName'), target: 'lookingUp', actions: ['takeRouteValue', 'takeRoute'] },
        { guard: heardRoute('keysOnly'), target: 'toDesk', actions: ['noteProofByKeys', transfer('reservation_not_proven')] },
        bookInstead,
        lookupWithdrawn,
      ],
      { agentReason: 'reservation_not_proven' },
    ),
    readingReservation: question(
      'existingReservation',
      [
        { guard: heardRoute('cancel'), target: 'confirmingCancel', actions: 'takeRoute' },
        { guard: heardRoute('textIt'), target: 'textingReservation', actions: 'takeRoute' },
        // "I need to add a night", 3: the stay changed by the guest (flows/stay-change.ts).
        // ("3 nights", "move it to the 20th": that value taken at once, the rest as booked; read back before it changes.)
        { guard: and([heardRoute('change'), 'routeValue']), target: 'afterStayChange', actions: ['takeFoundStay', 'takeRouteValue', 'takeRoute'] },
        { guard: heardRoute('change'), target: 'choosingStayChange', actions: ['takeRoute', 'takeFoundStay'] },
        // "I'd also like to book another room": a booking, with what was said of it; "that's all": goodbye.
        { guard: heardRoute('book'), target: 'afterAnswer', actions: ['takeRouteValue', 'startBooking'] },
        { guard: heardRoute('done'), target: 'doneWithReservation', actions: 'forgetHeard' },
      ],
      { agentReason: 'existing_reservation' },
    ),
    // "Text me the confirmation": to the reservation's own number only (flows/text-asked.ts).
    textingReservation: {
      tags: ['effect'],
      entry: { type: 'textReservation', params: ({ context }) => ({ reservationId: context.found?.id ?? null, resend: true }) },
      on: { 'reservation.texted': { target: 'readingReservation', actions: 'keepTexted' } },
    },
    confirmingCancel: question(
      'cancelConfirm',
      [
        { guard: heardRoute('cancel'), target: 'cancellingReservation', actions: 'takeRoute' },
        { guard: heardRoute('keep'), target: 'readingReservation', actions: 'takeRoute' },
      ],
      { agentReason: 'existing_reservation' },
    ),
    cancellingReservation: {
      tags: ['effect'],
      entry: { type: 'cancelReservation', params: ({ context }) => ({ reservationId: context.found?.id ?? null, channel: context.channel }) },
      on: { 'reservation.cancelled': { target: 'reservationCancelled', actions: ['keepCancelled', 'noteCancelled'] } },
    },
    reservationCancelled: { tags: ['goodbye'] },

    // The stay changed by phone (flows/stay-change.ts): which part, its new value asked by the booking's
    // own questions, the new stay checked free (nothing written), read back, and changed on a yes.
    choosingStayChange: question('stayChange', [], { agentReason: 'existing_reservation', answerTarget: '#call.afterStayChange' }),
    afterStayChange: {
      always: [
        { guard: 'arrivalPassed', target: 'changingArrival', actions: 'dropPassedArrival' },
        { guard: 'needsDateChoice', target: 'changingDateChoice' },
        { guard: 'needsArrival', target: 'changingArrival' },
        { guard: 'needsNights', target: 'changingNights' },
        { guard: 'needsRooms', target: 'changingRooms' },
        { target: 'checkingStayChange' },
      ],
    },
    changingArrival: question('arrivalDate', [], { agentReason: 'existing_reservation', answerTarget: '#call.afterStayChange' }),
    changingDateChoice: question('dateChoice', [{ guard: heardRoute('otherDate'), target: 'afterStayChange', actions: 'dropDateChoice' }], {
      agentReason: 'existing_reservation',
      answerTarget: '#call.afterStayChange',
    }),
    changingNights: question('nights', [], { agentReason: 'existing_reservation', answerTarget: '#call.afterStayChange' }),
    changingRooms: question('rooms', [], { agentReason: 'existing_reservation', answerTarget: '#call.afterStayChange' }),
    checkingStayChange: {
      tags: ['effect'],
      entry: { type: 'changeStay', params: ({ context }) => stayChangeAsked(context, false) },
      on: {
        'stay.checked': [
          { guard: 'stayChangeFree', target: 'confirmingStayChange', actions: 'keepStayChange' },
          { guard: 'stayNotChangeable', target: 'toDesk', actions: ['keepStayChange', transfer('existing_reservation')] },
          // Not free, or the same: said, and which part to change asked again (the desk with 0).
          { target: 'choosingStayChange', actions: 'keepStayChange' },
        ],
      },
    },
    confirmingStayChange: question(
      'stayChangeConfirm',
      [
        { guard: heardRoute('confirm'), target: 'changingStay', actions: 'takeRoute' },
        { guard: heardRoute('keep'), target: 'readingReservation', actions: ['takeRoute', 'dropStayChange'] },
      ],
      { agentReason: 'existing_reservation' },
    ),
    // Checked again as it is made (a booking may have taken the last room since): never overbooked.
    changingStay: {
      tags: ['effect'],
      entry: { type: 'changeStay', params: ({ context }) => stayChangeAsked(context, true) },
      on: {
        'stay.checked': [
          { guard: 'stayChangeFree', target: 'reservationChanged', actions: ['keepStayChange', 'noteStayChanged', 'keepBookedOutcome'] },
          { guard: 'stayNotChangeable', target: 'toDesk', actions: ['keepStayChange', transfer('existing_reservation')] },
          { target: 'choosingStayChange', actions: 'keepStayChange' },
        ],
      },
    },
    reservationChanged: { tags: ['goodbye'] },
    // Heard their reservation, and nothing more wanted: thanked and let go.
    doneWithReservation: { tags: ['goodbye'] },

    // The hand-off (SPEC §6): ring the desk only when someone is there; the desk hears a whisper
    // of who is calling and what was collected, and takes the call with 1. Whatever else happens,
    // the guest leaves with a promise: a message or a callback request staff see in their queue.
    // The provisional hold is kept while the call lasts, so the desk can finish the booking.
    toDesk: {
      entry: 'endStayChange',
      always: [
        // A text conversation cannot be dialled through: the desk gets a callback request instead.
        { guard: 'byText', target: 'requestingCallback' },
        { guard: 'deskOpen', target: 'transferring', actions: 'noteDeskOpen' },
        { target: 'offeringCallback', actions: 'noteDeskClosed' },
      ],
    },
    transferring: {
      tags: ['dial'],
      on: {
        'desk.screened': { actions: 'noteScreening' },
        'desk.result': [
          { guard: 'deskAnswered', target: 'ended', actions: ['noteDeskResult', 'noteTransferred'] },
          { target: 'offeringCallback', actions: 'noteDeskResult' },
        ],
      },
    },
    offeringCallback: question(
      'callbackOffer',
      [
        { guard: heardRoute('leaveMessage'), target: 'recordingMessage', actions: 'takeRoute' },
        { guard: heardRoute('callMeBack'), target: 'requestingCallback', actions: 'takeRoute' },
        { guard: heardRoute('noCallback'), target: 'callbackDeclined', actions: 'takeRoute' },
        // "No, I just want to book a room (for tomorrow)": the booking, with all given so far (flows/book-instead.ts).
        { guard: heardRoute('book'), target: 'bookingInstead', actions: 'takeRoute' },
      ],
      // Three misses here: take the callback to the number they called from rather than ring again.
      { thirdMiss: { guard: 'thirdMiss', target: '#call.requestingCallback', actions: 'forgetHeard' }, answerTarget: '#call.bookingInstead' },
    ),
    // Off the desk's offer, back to the booking: no longer on the way to the desk (asked again, it rings again).
    bookingInstead: { always: { target: 'afterAnswer', actions: 'leaveDesk' } },
    recordingMessage: {
      tags: ['recording'],
      on: {
        'caller.recording': { target: 'requestingCallback', actions: 'keepMessage' },
        'caller.silence': { target: 'requestingCallback', actions: 'keepMessage' },
      },
    },
    requestingCallback: {
      always: {
        target: 'callbackPromised',
        actions: [{ type: 'requestCallback', params: ({ context }) => callbackAsked(context) }, 'noteVoicemail', 'noteHoldKept'],
      },
    },
    // "Can someone call me back?" (flows/callback-asked.ts): the number asked, or the one calling
    // confirmed; then the request in the desk's queue. Words of a booking instead go on with it.
    askingCallbackNumber: question('callback', [], { answerTarget: '#call.callbackNumberTaken' }),
    callbackNumberTaken: {
      always: [{ guard: 'callbackKnown', target: 'requestingCallback' }, { target: 'afterAnswer', actions: 'notCallbackOnly' }],
    },
    callbackPromised: { tags: ['goodbye'] },
    // Neither a message nor a call back: thanked and let go. The call ends abandoned, so the desk
    // still sees it among the calls that need a person.
    callbackDeclined: { tags: ['goodbye'] },
    ended: { type: 'final' },
  },
});

/**
 * A new call's memory: nothing asked yet, the hotel's wall clock at the first event. Every key a
 * context may hold is here, those not known yet `undefined` (left out of the stored JSON, read as
 * absent): every context of a call then has the same keys in the same order. V8 keeps such objects
 * in its fast mode; a key first added by an `assign` makes XState's copy of the context
 * (`Object.assign({}, context, …)`) a dictionary, about 10 times dearer to copy and slower to read,
 * and every copy after it one too (issue 14).
 */
function initialContext(input: CallInput): CallContext {
  return {
    callSid: input.callSid,
    channel: input.channel ?? 'voice',
    caller: input.caller,
    callerCountry: callerCountry(input.caller, input.fromCountry, input.hotel.country),
    hotel: input.hotel,
    locale: input.locale ?? input.hotel.guestLocale ?? 'en-US',
    ...wallClockOf(input),
    heard: null,
    understood: null,
    notices: [],
    misses: 0,
    ...NO_STAY,
    guestName: null,
    nameRecordingUrl: null,
    nameTries: 0,
    payment: null,
    card: false,
    callback: null,
    callbackSaid: null,
    resumeHeld: input.resumeHeld ?? null,
    pending: resumeOffer(input.resume),
    changing: false,
    readBackHeard: false,
    confirmation: null,
    reservationId: null,
    outcome: null,
    transferReason: null,
    lastCheck: null,
    dialStatus: null,
    deskAccepted: null,
    deskClosed: false,
    messageUrl: null,
    callbackRequested: false,
    callerVerified: input.callerVerified === true,
    callerReservations: [],
    lookupAsked: null,
    found: null,
    proof: null,
    answeredBy: undefined,
    otherLanguageTurns: undefined,
    holdKept: undefined,
    typeListSaid: undefined,
    lateArrival: undefined,
    requests: undefined,
    roomPage: undefined,
    quotedRate: undefined,
    cheapestOffer: undefined,
    anyRoom: undefined,
    cheapestAsked: undefined,
    askedFor: undefined,
    forAnother: undefined,
    moreCallerReservations: undefined,
    texted: undefined,
    callbackOnly: undefined,
    nextRoomTypes: undefined,
    nextRoomCounts: undefined,
    slowly: undefined,
    sisterHotels: input.sisterHotels,
    upset: undefined,
    stayChange: undefined,
    changeAsked: undefined,
    inStayChange: undefined,
    justBooked: input.justBooked,
  } satisfies Record<keyof CallContext, unknown>;
}

/**
 * A question state: read the input, then (in order) a request for a person, a repeat, a common
 * question answered (the same question follows), the third miss, a miss, low-confidence speech to
 * confirm, a group (to the group desk, or the front desk, with what was asked), the question's
 * own routes, and a plain answer.
 */
function question<const R extends readonly object[], const M extends object = ThirdMissToDesk>(
  q: QuestionId,
  routes: R = [] as unknown as R,
  options: { agentReason?: TransferReason; thirdMiss?: M; answerTarget?: `#call.${string}`; beforeAnswered?: readonly object[]; nothingHeard?: readonly object[] } = {},
) {
  const hear = { actions: { type: 'hear', params: { question: q } } } as const;
  const thirdMiss = options.thirdMiss ?? thirdMissToDesk;
  return {
    tags: ['question'],
    meta: { question: q },
    on: { 'caller.digits': hear, 'caller.speech': hear, 'caller.silence': hear, 'caller.recording': hear },
    // An answer first: the usual turn, and no other of these can be enabled with it (each of them needs
    // another kind heard, or nothing heard), so the order of precedence below is the same; tried last,
    // an answer waited for some fifteen guards before it (bench/flow-count.ts).
    always: [
      { guard: heardKind('answer'), target: options.answerTarget ?? '#call.afterAnswer', actions: 'acceptAnswer' },
      // The question just asked, nothing heard yet: none below can be enabled, so the flow stops here (a
      // transition that changes nothing ends XState's eventless steps) instead of trying each of them.
      ...(options.nothingHeard ?? []),
      { guard: 'nothingHeard' },
      { guard: heardKind('agent'), target: '#call.toDesk', actions: ['takeAgentLocale', transfer(options.agentReason ?? 'caller_asked')] },
      { guard: heardRoute('upset'), target: '#call.toDesk', actions: ['takeRouteValue', transfer('upset_caller')] },
      { guard: heardKind('repeat'), actions: 'forgetHeard' },
      { guard: heardKind('ignored'), actions: 'forgetHeard' },
      ...(options.beforeAnswered ?? []),
      { guard: heardKind('answered'), actions: 'noteAnswered' },
      thirdMiss,
      { guard: heardKind('miss'), actions: 'countMiss' },
      { guard: heardKind('unsure'), target: '#call.confirmingHeard', actions: { type: 'askToConfirm', params: { question: q } } },
      { guard: heardRoute('group'), target: '#call.toDesk', actions: ['takeRouteValue', transfer('group')] },
      // "Forget it" mid-booking (read at a booking's questions only: flows/stop-booking.ts).
      { guard: heardRoute('stopBooking'), target: '#call.confirmingStop', actions: 'takeRoute' },
      // "Can someone call me back?" (flows/callback-asked.ts; at the desk's own offer, its route).
      ...(q === 'callbackOffer'
        ? []
        : [
            { guard: and([heardRoute('callMeBack'), 'numberWithIt']), target: '#call.confirmingHeard', actions: 'askCallbackNumber' },
            { guard: heardRoute('callMeBack'), target: '#call.askingCallbackNumber', actions: 'askCallbackNumber' },
          ]),
      ...routes,
    ],
  } as const;
}

export type CallMachine = typeof callMachine;

// XState copies a context onto a new empty object, key by key (`Object.assign({}, context, …)`), and V8
// makes such a copy a dictionary past a few keys unless the empty object's map already leads to every key
// in that order (map transitions), which a copy cannot make itself. A spread of such a copy adds its keys
// by name and makes them: every context copied after it is fast (issue 14).
const CONTEXT_SHAPE_INPUT: CallInput = { callSid: '', caller: '', at: '2000-01-01T00:00:00.000Z', hotel: { timezone: 'UTC', country: 'US' } as CallInput['hotel'] };
void { ...Object.assign({}, initialContext(CONTEXT_SHAPE_INPUT)) };

/** Every key a context may hold, in initialContext's order: a context restored from its stored row is given them in it (src/calls/call-snapshot.ts). */
export const CONTEXT_KEYS = Object.keys(initialContext(CONTEXT_SHAPE_INPUT)) as readonly (keyof CallContext)[];
