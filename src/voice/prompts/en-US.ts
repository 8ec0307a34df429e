// What an English-speaking caller hears: short, most important words first, said once (issue 10's
// budget: a minimal keypad booking in at most 200 words, the read-back in 45, no prompt over 40).

import { CHANGE_DATES_KEY } from '../../../flows/reading/menu-questions.ts';
import { MORE_ROOMS_KEY } from '../../../flows/room-pages.ts';
import type { RoomPage } from '../../../flows/room-pages.ts';
import { callbackPromiseMinutes, withinEn } from './callback-promise.ts';
import type { PromptSet } from './prompt-types.ts';
import { REQUEST_NAMES, requestsOf } from '../../../flows/special-requests.ts';
import { daysBetween, plusDays } from '../../../flows/hotel-time.ts';
import { arrivesAfterHold, laterHoldByPayment } from '../../../flows/hold-time.ts';
import { isReturning } from '../../calls/caller-history.ts';
import { offersResume, resumedStay } from '../../../flows/resume-booking.ts';
import { nextTypeRooms } from '../../../flows/two-room-types.ts';
import { justBookedArrival } from '../../../flows/change-just-booked.ts';
import { whomToWhisper } from '../../../flows/someone-asked.ts';
import type { CallContext, Detail, Slots } from '../../../flows/call-context.ts';
import type { Formatter } from '../formatters.ts';
import type { PromptArgs } from './prompt-types.ts';
import { callerIdOpensReservations } from '../../../flows/reading/reservation-questions.ts';
import { lastNameOpensFromHere } from '../../../flows/reservation-proof.ts';
import {
  callbackWhen,
  callerLastFour,
  callerReservationFacts,
  clockPlus,
  collectedFacts,
  exampleNumberSaid,
  foreignCountry,
  hotelAnswer,
  monthName,
  bySpeech,
  offerItems,
  reachableLast4,
  requestFacts,
  roomListOf,
  roomName,
  roomRate,
  passedDay,
  typesAsked,
  askedTypes,
  typesToTake,
  nearDay,
  slotsOfParams,
  spokenNumber,
  stayFacts,
  stayTotalAsked,
  sisterSaid,
  oneDigitAtATime,
} from './prompt-helpers.ts';
import { listed, nightsEn as nights, roomCountEn as roomCount } from './room-words.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A past reservation and a past call, in the desk's words (the whisper). */
const RESERVATION_STATUS: Record<string, string> = { booked: 'booked', arrived: 'checked in', cancelled: 'cancelled', released: 'released unarrived' };
const LAST_OUTCOME: Record<string, string> = {
  booked: 'booked',
  transferred: 'put through to the desk',
  voicemail: 'left a message',
  denial: 'no rooms for them',
  regret: 'offered rooms, declined',
  abandoned: 'hung up',
  failed: 'failed',
  informed: 'heard their reservation',
  cancelled: 'cancelled a reservation',
};
/** The details of the read-back, as the caller calls them. */
const DETAIL_NAMES: Record<Detail, string> = {
  arrivalDate: 'arrival date', roomType: 'room type', rooms: 'number of rooms', nights: 'number of nights', name: 'name', payment: 'payment', callback: 'phone number',
};
const it = (rooms: number) => (rooms === 1 ? 'it' : 'them');

/** A reservation's new stay (flows/stay-change.ts): "2 Deluxe King rooms, 3 nights, arriving Friday, December 4, held until 6 PM that day". */
function changedStay({ ctx, f }: PromptArgs): string {
  const c = ctx.stayChange;
  if (!c || !ctx.found) return '';
  const held = c.holdDate === c.arrival ? `${f.time(c.holdUntil)} that day` : `${f.time(c.holdUntil)} on ${f.date(c.holdDate, ctx.today)}`;
  const total = c.total === undefined ? '' : `, ${f.money(c.total, ctx.hotel.currency)} in all`;
  return `${roomCount(c.rooms, roomName(ctx, ctx.found.roomType)).text}, ${nights(c.nights)}, arriving ${f.date(c.arrival, ctx.today)}${total}, held until ${held}`;
}

/** The type offered after a booking (flows/two-room-types.ts): with the rooms said of it ("2 Double Queen rooms"), else "the Double Queen". */
export function nextTypeSaid(ctx: CallContext): string {
  const name = roomName(ctx, ctx.nextRoomTypes?.[0] ?? '');
  const rooms = nextTypeRooms(ctx);
  return rooms === null ? `the ${name}` : roomCount(rooms, name).text;
}

/** "4th", "21st", "12th": a day of the month as said. */
function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** "the 4th to the 7th" within a month; "December 30 to January 2" across months. */
function fromTo(from: string, to: string): string {
  const day = (d: string) => Number(d.slice(8, 10));
  if (from.slice(0, 7) === to.slice(0, 7)) return `the ${ordinal(day(from))} to the ${ordinal(day(to))}`;
  const said = (d: string) => `${monthName('en-US', Number(d.slice(5, 7)))} ${day(d)}`;
  return `${said(from)} to ${said(to)}`;
}

/** "; 480 dollars in total for 2 nights": the stay's price, when it was asked for and the nights are known. */
function wholeStayEn(ctx: CallContext, f: Formatter, type: string | null, asked: unknown): string {
  const stay = stayTotalAsked(ctx, type, asked);
  if (!stay) return '';
  const rooms = stay.rooms > 1 ? `${stay.rooms} rooms, ` : '';
  return `; ${f.money(stay.total, ctx.hotel.currency)} in total for ${rooms}${plural(stay.nights, 'night', 'nights')}`;
}

/** "Today, Saturday, November 28", "Friday, December 4": the arrival as said back, today and tomorrow named. */
function arrivingOn({ ctx, f }: PromptArgs, date: string): string {
  const near = nearDay(ctx, date);
  return `${near ? `${near}, ` : ''}${f.date(date, ctx.today)}`;
}

/** "2 Deluxe King rooms, arriving Thursday, December 24, for 3 nights": a whole request, briefly. */
function requestWords(args: PromptArgs, slots: Slots): string {
  const r = requestFacts(args, slots);
  const date = (d: string) => args.f.date(d, args.ctx.today);
  const parts: string[] = [];
  if (r.rooms !== null) parts.push(r.roomName ? roomCount(r.rooms, r.roomName).text : `${r.rooms} ${r.rooms === 1 ? 'room' : 'rooms'}`);
  else if (r.roomName) parts.push(`the ${r.roomName}`);
  if (r.arrival) parts.push(`arriving ${arrivingOn(args, r.arrival)}`);
  if (r.choice.length) parts.push(`arriving ${r.choice.map(date).join(' or ')}`);
  if (r.nights !== null) parts.push(`for ${plural(r.nights, 'night', 'nights')}`);
  if (r.departure) parts.push(`leaving ${date(r.departure)}`);
  if (r.name) parts.push(`for ${r.name}`);
  if (r.payment) parts.push(`paying ${enUS.payment[r.payment]}`);
  else if (r.card) parts.push('paying by card');
  return parts.join(', ');
}

/** A question of a room type the hotel file does not answer. */
const NOT_IN_THE_FILE = "Sorry, I don't have that detail; the front desk can tell you: press 0.";

export const enUS: PromptSet = {
  ask: {
    greeting: ({ ctx }) => `Hello, this is ${ctx.hotel.name}.`,
    mainMenu: () => 'To book a room, press 1. For an existing reservation, 2. For the front desk, 0.',
    arrivalDate: ({ ctx }) => (bySpeech(ctx) ? 'When do you arrive?' : 'When do you arrive? Say the date, or key in month and day as 4 digits.'),
    roomType: (args) => {
      if (args.ctx.cheapestOffer && args.ctx.typeAsked?.length) return bookCheapest(args);
      if (args.ctx.typeAsked?.length) return wantIt(args, 'roomType');
      const { page, items } = roomListOf(args);
      // Asked again just after the list: names only, the rates were just heard.
      if (args.ctx.typeListSaid) {
        if (bySpeech(args.ctx)) return `Which room: ${listed(items.map((i) => i.name), 'or')}?${moreRooms(page)}`;
        return `Which room? ${items.map((i) => `${i.name}, ${i.key}.`).join(' ')}${moreRooms(page)}`;
      }
      const lead = page.index === 0 ? 'Our rooms:' : 'More rooms:';
      if (bySpeech(args.ctx)) return `${lead} ${items.map((i) => `${i.name}, ${i.price}${i.key === 1 ? ' a night' : ''}`).join('; ')}. Which would you like?${moreRooms(page)}`;
      const list = items.map((i) => `${i.name}, ${i.price}${i.key === 1 ? ' a night' : ''}, press ${i.key}.`).join(' ');
      return `${lead} ${list}${moreRooms(page)}`;
    },
    rooms: () => 'How many rooms?',
    nights: ({ ctx }) => (bySpeech(ctx) ? 'How many nights?' : 'How many nights? Key in the number, then pound.'),
    offer: (args) => {
      if (args.ctx.typeAsked?.length) return wantIt(args, 'offer');
      // Just after a type asked about, "those rooms were taken" or "what else do you have?": the choices, not a second apology.
      const again = args.ctx.notices.some((n) => n.id === 'typeAsked' || n.id === 'roomsGone' || n.id === 'offerChoices');
      // Nothing free at all: the hotel is full on those dates, whatever type was asked for.
      if (!offerItems(args).length) return `${again ? 'W' : 'Sorry, w'}e're fully booked on those dates. ${fullChoices}`;
      if (again) return offerChoices(args);
      return `Sorry, we don't have ${roomCount(args.ctx.rooms ?? 1, roomName(args.ctx, args.ctx.roomType)).text} free for those dates. ${offerChoices(args)}`;
    },
    // Asked again after a try that gave no name: how to answer, not the same words again.
    name: ({ ctx }) =>
      ctx.forAnother ? "May I have the guest's full name?" : ctx.nameTries > 0 ? 'Please say your first and last name.' : 'May I have your full name?',
    payment: ({ ctx }) =>
      bySpeech(ctx) ? 'How will you pay at the hotel: credit card, cash or debit card?' : 'How will you pay at the hotel? Credit card, press 1. Cash, 2. Debit card, 3.',
    callback: ({ ctx }) => {
      const last4 = callerLastFour(ctx);
      return last4
        ? `Can we call you at the number ending in ${last4}?${bySpeech(ctx) ? '' : ' Press 1, or key in another, then pound.'}`
        : 'What number can we call you at? Key it in, then the pound key.';
    },
    readBack: (args) => {
      const s = stayFacts(args);
      const count = roomCount(s.rooms, s.roomName);
      const who = s.name ? `For ${s.name}: ` : s.recorded ? 'For the name you recorded: ' : '';
      return [
        `${who}${count.text}, ${nights(s.nights)} from ${s.arrival}: ${s.total}, paid ${enUS.payment[s.payment]}.`,
        lateHoldEn(args) ?? `We hold ${it(s.rooms)} until ${s.holdUntil} that day, then ${s.rooms === 1 ? 'it' : 'they'} may be released.`,
        args.ctx.requests?.length ? `The front desk will confirm ${listed(args.ctx.requests.map((r) => REQUEST_NAMES[r]), 'and')}.` : '',
        bySpeech(args.ctx) ? 'Shall I confirm it?' : 'To confirm, press 1; to change something, 2.',
      ]
        .filter(Boolean)
        .join(' ');
    },
    changeDetail: () =>
      'What would you like to change? Arrival date, press 1. Room type, 2. Number of rooms, 3. Nights, 4. Name, 5. Payment, 6. Phone number, 7.',
    callbackOffer: ({ ctx }) => {
      const why = ctx.deskClosed
        ? 'The front desk is closed right now.'
        : ctx.dialStatus === 'busy'
          ? 'The front desk line is busy.'
          : 'Sorry, nobody at the front desk could answer.';
      const last4 = reachableLast4(ctx);
      return `${why} To leave a message, press 1.${last4 ? ` To have the desk call you back at the number ending in ${last4}, press 2.` : ''}`;
    },
    confirmationNumber: (args) => {
      const mine = args.ctx.callerReservations;
      if (mine.length === 0 || callerIdOpensReservations(args.ctx)) {
        return `Key in your confirmation number, then pound.${callerReservationChoices(args, ' Or, for one made from this phone: ')}`;
      }
      // A switchboard's number (more reservations than listed): its last names open nothing; how many is not known.
      if (!lastNameOpensFromHere(args.ctx)) return 'We have several reservations from this phone. Key in the confirmation number, then pound.';
      // Caller ID can be faked: it may tell that reservations exist and when, nothing more (issue 11).
      const when = listed([...new Set(mine.map((r) => args.f.date(r.arrival, args.ctx.today)))], 'and');
      return `We have ${mine.length === 1 ? 'a reservation' : `${mine.length} reservations`} from this phone, arriving ${when}. Key in the confirmation number, then pound, or say the last name on it.`;
    },
    existingReservation: ({ ctx, f }) => {
      const r = ctx.found;
      if (!r) return '';
      const status = {
        booked: `Held until ${f.time(r.holdUntil)} on arrival day.`,
        arrived: 'The guest has checked in.',
        cancelled: 'It has been cancelled.',
        released: 'It was released: nobody arrived by the hold time.',
      }[r.status];
      return `Reservation ${f.digitGroups(r.confirmation)}: ${roomCount(r.rooms, roomName(ctx, r.roomType)).text}, ${nights(r.nights)}, arriving ${f.date(r.arrival, ctx.today)}, leaving ${f.date(plusDays(r.arrival, r.nights), ctx.today)}. ${status}${r.status === 'booked' ? ' To cancel it, press 1; to change it, 3.' : ' For the front desk, press 0.'}`;
    },
    // Its stay changed by the guest (flows/stay-change.ts); the type and anything else are the desk's.
    stayChange: () => 'What would you like to change? The arrival date, press 1. The nights, 2. The rooms, 3. Anything else, 0 for the front desk.',
    stayChangeConfirm: (args) => `It would be ${changedStay(args)}. To make this change, press 1. To keep it as it was, press 2.`,
    cancelConfirm: ({ ctx, f }) =>
      ctx.found ? `To cancel reservation ${f.digitGroups(ctx.found.confirmation)}, arriving ${f.date(ctx.found.arrival, ctx.today)}, press 1. To keep it, press 2.` : '',
    // "Forget it" mid-booking (flows/stop-booking.ts).
    stopConfirm: () => 'Cancel this booking? Press 1 or say yes. To go on, press 2.',
    // Just booked, a detail said: that booking changed, or another? (flows/change-just-booked.ts)
    changeOrAnother: ({ ctx, f }) => `Is that a change to your booking for ${f.date(justBookedArrival(ctx), ctx.today)}? Press 1. Another booking? Press 2.`,
    lastNameProof: () => 'For your security, please say the last name on the reservation.',
    confirmHeard: ({ ctx, f }) =>
      offersResume(ctx)
        ? `Hello, this is ${ctx.hotel.name}. Welcome back. Shall we continue your booking for ${requestWords({ ctx, f }, resumedStay(ctx))}? Press 1 or say yes. To start over, press 2.`
        : `I have ${ctx.pending ? enUS.answer({ ctx, f }, ctx.pending.value) : 'something'}. If that's right, press 1. If not, press 2.`,
    dateChoice: ({ ctx, f }) => {
      const choice = ctx.dateChoice;
      if (!choice) return '';
      const date = (d: string) => f.date(d, ctx.today);
      if (choice.reason === 'past') {
        const next = choice.options[0]!.arrival;
        return `${date(passedDay(choice, ctx.today))} has passed. For ${date(next)}, press 1. For another date, press 2.`;
      }
      return choice.options.map((o, i) => `${date(o.arrival)}${o.departure ? ` to ${date(o.departure)}` : ''}: press ${i + 1}.`).join(' ');
    },
    cardKind: ({ ctx }) => (bySpeech(ctx) ? 'Credit or debit card?' : 'Credit or debit card? For credit, press 1. For debit, press 2.'),
    // A second type asked for with the first (flows/two-room-types.ts): offered now, for the same dates.
    anythingElse: ({ ctx }) => (ctx.nextRoomTypes?.length ? `Now ${nextTypeSaid(ctx)} for the same dates? Press 1 or say yes.` : 'Another booking? Press 1.'),
  },
  help: {
    greeting: (args) => enUS.help.mainMenu(args),
    mainMenu: () => 'To book a room, press 1 or say "book a room". For a reservation you already have, press 2. To speak with the front desk, press 0.',
    arrivalDate: () =>
      'Please say your arrival date, like "next Friday" or "December 4". Or key in the month and day: for December 4, press 1 2 0 4. For the front desk, press 0.',
    // How to answer, and the keys; the rates were just heard, and are not recited again.
    roomType: (args) => {
      const { page, items } = roomListOf(args);
      return `Press the key for the room you want, or say its name: ${items.map((i) => `${i.name}, ${i.key}`).join('. ')}.${moreRooms(page)}`;
    },
    rooms: ({ ctx }) => `Please press one key, 1 to ${ctx.hotel.maxRoomsPerBooking}, for the number of rooms, or say "two rooms".`,
    nights: ({ ctx }) => `Key in the number of nights, up to ${ctx.hotel.maxNights}, then pound: for 3 nights, press 3 and pound. Or say "3 nights".`,
    offer: (args) => (offerItems(args).length ? `${offerChoices(args)} For the front desk, press 0.` : `We're fully booked on those dates. ${fullChoices}`),
    name: () => 'Please say your first and last name now.',
    payment: () => 'Press 1 for credit card, 2 for cash, or 3 for debit card. We only need the method, never a card number.',
    // What each answer does, with an example number, rather than the question word for word again.
    callback: (args) => {
      const last4 = callerLastFour(args.ctx);
      const example = exampleNumberSaid(args);
      const like = example ? `, like ${example}` : '';
      return last4
        ? `Press 1 for the number ending in ${last4}, or key in another${like}, then pound.`
        : `Key in the number with its area code${like}, then pound.`;
    },
    readBack: () => 'To confirm this reservation, press 1. To change something, press 2. To hear it again, press 3.',
    // Each re-prompt explains more than its question (SPEC §5): how to answer by key and by voice.
    changeDetail: () =>
      'Press the key of the detail to change: arrival date, 1. Room type, 2. Number of rooms, 3. Nights, 4. Name, 5. Payment, 6. Phone number, 7. Or say the change, like "3 nights".',
    confirmHeard: ({ ctx, f }) =>
      offersResume(ctx)
        ? `To go on with your booking for ${requestWords({ ctx, f }, resumedStay(ctx))}, press 1 or say "yes". To start over, press 2 or say "no". For the front desk, press 0.`
        : `I have ${ctx.pending ? enUS.answer({ ctx, f }, ctx.pending.value) : 'something'}. Is that right? Press 1 or say "yes". If not, press 2 or say "no", and I'll ask again.`,
    confirmationNumber: (args) =>
      `Your confirmation number has 8 digits: key them in, then pound.${
        callerIdOpensReservations(args.ctx) ? callerReservationChoices(args, ' Or: ') : lastNameOpensFromHere(args.ctx) ? ' Or say the last name on the reservation.' : ''
      }`,
    existingReservation: ({ ctx }) =>
      `${ctx.found?.status === 'booked' ? 'To cancel it, press 1. To change its dates, nights or rooms, press 3. ' : ''}To hear it again, press 2. For the front desk, press 0.`,
    stayChange: () =>
      'To change the arrival date, press 1 or say the new date. For the number of nights, press 2; for the number of rooms, 3. For the room type or anything else, press 0 for the front desk.',
    // (The stay itself again with *: this says only the keys, within 40 words.)
    stayChangeConfirm: () => 'To make this change, press 1 or say "yes". To keep your reservation as it was, press 2 or say "no". To hear it again, press star. For the front desk, press 0.',
    cancelConfirm: ({ ctx, f }) =>
      ctx.found
        ? `If you want to cancel reservation ${f.digitGroups(ctx.found.confirmation)}, arriving ${f.date(ctx.found.arrival, ctx.today)}, press 1 or say "yes". To keep it, press 2 or say "no". For the front desk, press 0.`
        : '',
    lastNameProof: () => 'Please say the last name the reservation was made under. For the front desk, press 0.',
    stopConfirm: () => 'To stop this booking, press 1 or say "yes". To go on with it, press 2 or say "no". For the front desk, press 0.',
    callbackOffer: ({ ctx }) =>
      `Press 1 to leave a message after the tone${reachableLast4(ctx) ? ', or 2 to have the front desk call you back' : ''}.`,
    // Why it is asked, then each key with its date ("Press 1 for …, or 2 for …").
    dateChoice: ({ ctx, f }) => {
      const choice = ctx.dateChoice;
      if (!choice) return '';
      const date = (d: string) => f.date(d, ctx.today);
      if (choice.reason === 'past') {
        return `${date(passedDay(choice, ctx.today))} has already passed. To arrive on ${date(choice.options[0]!.arrival)} instead, press 1. To choose another date, press 2, or just say it.`;
      }
      const keys = choice.options.map((o, i) => `${i + 1} for ${date(o.arrival)}${o.departure ? ` to ${date(o.departure)}` : ''}`);
      return `Which date do you mean? Press ${keys.length < 2 ? keys.join('') : `${keys.slice(0, -1).join(', ')}, or ${keys.at(-1)}`}. Or say the date you want.`;
    },
    cardKind: () => 'Which card will you pay with? For a credit card, press 1 or say "credit". For a debit card, press 2 or say "debit".',
    anythingElse: ({ ctx }) =>
      ctx.nextRoomTypes?.length
        ? `To book ${nextTypeSaid(ctx)} for the same dates, press 1 or say "yes". For the front desk, press 0. If that is all, you can hang up.`
        : 'To book another stay, press 1 or say "another room". For the front desk, press 0. If that is all, you can hang up.',
    changeOrAnother: () => 'To change the booking you just made, press 1 or say "change it". To make another booking, press 2 or say "another one". For the front desk, press 0.',
  },
  notice: {
    noInput: () => "Sorry, I didn't hear anything.",
    notUnderstood: () => "Sorry, I didn't understand that.",
    dateInPast: ({ params, f, ctx }) => `${f.date(String(params.date), ctx.today)} has already passed.`,
    dateBeyondHorizon: ({ params }) => `We take reservations up to ${params.days} days ahead.`,
    arrivalHeard: (args) => `Arriving ${arrivingOn(args, String(args.params.date))}.`,
    tooManyRooms: ({ params }) => `We can book up to ${params.max} rooms at a time.`,
    tooManyNights: ({ params }) => `We can book up to ${params.max} nights at a time.`,
    // "From the 4th to the 7th is 3 nights, not 2." (then "How many nights?"): why the nights are asked again.
    nightsDisagree: ({ params }) => {
      const [from, to] = [String(params.arrival), String(params.leaving)];
      return `From ${fromTo(from, to)} is ${nights(daysBetween(from, to))}, not ${Number(params.said)}.`;
    },
    // Not "on hold" when the call may hold nothing more (inventory.ts, HOLD_LIMIT_FACTOR): booking re-checks.
    roomsHeld: ({ ctx }) => `Good news: ${ctx.rooms === 1 ? "it's" : "they're"} available${ctx.holdExpiresAt ? ' and on hold for you' : ''}.`,
    roomsGone: () => 'Sorry, while we were talking those rooms were taken.',
    badPhone: () => "That phone number doesn't seem right.",
    callerNumberUnknown: () => "I can't see the number you're calling from.",
    otherNumber: () => 'Sure.',
    nameNotHeard: () => "Sorry, I didn't get your name.",
    nameRecorded: () => 'Thank you, we have your name recorded.',
    reservationNotFound: () => "I couldn't find a reservation with that number.",
    noSuchDate: ({ params }) => {
      const month = Number(params.month);
      if (month < 1 || month > 12) return `${month} is not a month.`;
      const day = `${monthName('en-US', month)} ${Number(params.day)}`;
      return Number(params.year) ? `There is no ${day} in ${Number(params.year)}.` : `There is no ${day}.`;
    },
    oneRoomType: ({ ctx, params }) => {
      const [first, ...others] = typesAsked(ctx, params.types);
      // The first taken as this reservation (flows/two-room-types.ts): the others are offered once it is booked.
      if (params.first) return `Each reservation is one room type: first the ${first}, then the ${others.join(' and the ')}.`;
      return `Each reservation is for one room type. We can book the ${first} now and the ${others.join(' and the ')} next, or press 0 for the front desk.`;
    },
    heardRequest: (args) => {
      const words = requestWords(args, slotsOfParams(args.params));
      return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}.` : '';
    },
    answer: ({ ctx, params }) => hotelAnswer(ctx, params.topic),
    total: (args) => `The total is ${stayFacts(args).total}.`,
    // A reservation already made: its total as booked, and the nightly rate when that helps (more than one night or room).
    reservationTotal: ({ ctx, f, params }) => {
      const total = f.money(Number(params.total), ctx.hotel.currency);
      const perNight = Number(params.total) / Math.max(1, Number(params.nights) * Number(params.rooms));
      const several = Number(params.nights) > 1 || Number(params.rooms) > 1;
      return `Your stay comes to ${total}${several ? `: ${f.money(perNight, ctx.hotel.currency)} a night${Number(params.rooms) > 1 ? ' per room' : ''}` : ''}.`;
    },
    arrivalTime: ({ f, params }) => `Noted: arriving around ${f.time(String(params.time))}.`,
    // The phone system promises no room feature: the desk is told, and confirms it.
    requestNoted: ({ params }) => `I've noted ${listed(requestsOf(params.requests).map((r) => REQUEST_NAMES[r]), 'and')} for the front desk; they'll confirm it.`,
    welcome: () => "You're welcome.",
    offerChoices: () => "Here's what we have.",
    rate: ({ ctx, f, params }) => {
      const type = typeof params.type === 'string' ? params.type : ctx.roomType;
      return `The ${roomName(ctx, type)} is ${f.money(roomRate(ctx, type), ctx.hotel.currency)} a night${wholeStayEn(ctx, f, type, params.total)}.`;
    },
    // Only what the hotel file says of a type (its name, its rate); never a feature it does not describe.
    typeAsked: (args) => {
      const types = askedTypes(args, args.params.types);
      const notFree = askedTypes(args, args.params.notFree).map((t) => `the ${t.name}`);
      const unknown = args.params.unknown ? NOT_IN_THE_FILE : '';
      const rates = types.map((t, i) => (i === 0 ? `The ${t.name} is ${t.price} a night` : `the ${t.name}, ${t.price}`)).join('; ');
      const whole = types.length === 1 ? wholeStayEn(args.ctx, args.f, String(args.params.types), args.params.total) : '';
      const gone =
        notFree.length === 0 ? '' : types.length === 1 ? "It isn't free for those dates." : `${capital(listed(notFree, 'and'))} ${notFree.length === 1 ? "isn't" : "aren't"} free for those dates.`;
      return [unknown, args.params.confirmed ? 'Yes.' : '', rates && `${rates}${whole}.`, gone].filter(Boolean).join(' ');
    },
    reservationNameNotFound: () => "I couldn't find a reservation from this phone under that name.",
    reservationNotMatched: () => "That confirmation number and last name don't match a reservation.",
    cardNumberHeard: () => "For your security, please don't give us a card number. We only need to know how you'll pay.",
    // A question or a request nothing here can meet ("is there a shuttle?", "can you text it to me?").
    notAnswered: () => "Sorry, I can't help with that here; the front desk can: press 0.",
    // "Can someone call me back?": the number follows (flows/callback-asked.ts).
    callbackAsked: () => "Sure, we'll call you back.",
    // A moment asked for (flows/pause-asked.ts): the same question follows, listened to longer.
    takeYourTime: () => 'Sure, take your time.',
    // "Um…" alone (flows/thinking-aloud.ts): the same question follows, listened to longer.
    thinking: () => 'Take your time.',
    // "No wait, don't cancel" at a lookup (flows/cancel-withdrawn.ts): before the goodbye.
    nothingChanged: () => 'All right, nothing is changed.',
    callQuestion: ({ ctx, params }) =>
      params.asked === 'hearing'
        ? 'Yes, I can hear you.'
        : params.asked === 'machine'
          ? `This is ${ctx.hotel.name}'s automated line. To talk with a person, press 0.`
          : params.asked === 'otherHotel'
            ? `No, this is ${ctx.hotel.name}.`
            : `Yes, this is ${ctx.hotel.name}.`,
    // "This is ridiculous" alone (flows/upset-caller.ts): one apology, the desk offered; then the question again.
    upsetSorry: () => "I'm sorry for the trouble. To talk with someone at the front desk, press 0. Or let's go on:",
    // "I want to book at Sierra Alta" said here (flows/sister-hotel.ts): which hotel this is, and the sister's number.
    sisterHotel: (args) => {
      const sister = sisterSaid(args, args.params.code);
      const here = `This is ${args.ctx.hotel.name}.`;
      if (!sister) return `${here} For the front desk, press 0.`;
      return `${here} ${sister.name} is our sister hotel; I can't book it from here. Its number is ${sister.number}${sister.country ? `, in ${sister.country}` : ''}. For our front desk, press 0.`;
    },
    // "Text me the confirmation": where it went (the reservation's own number), or plainly why not.
    texted: ({ params }) => `I've texted it to the number ending ${String(params.last4)}.`,
    // "How many rooms do we need?": the hotel file does not say how many a room sleeps (flows/rooms-for-party.ts).
    roomsForParty: () => 'The front desk can tell you how many guests each room sleeps: press 0 at any time.',
    // A price asked in another currency: "Our rates are in pesos." (the currency's name as money is said).
    currencyNote: ({ ctx, f }) => `Our rates are in ${f.money(2, ctx.hotel.currency).replace(/^\S+ /, '')}.`,
    // A reservation's new stay not free (flows/stay-change.ts): what is free then; nothing changed.
    stayChangeFull: ({ ctx, params }) => {
      const free = String(params.free ?? '').split(',').filter(Boolean).map((code) => `the ${roomName(ctx, code)}`);
      const rooms = roomCount(Number(params.rooms ?? 1), roomName(ctx, String(params.type ?? ''))).text;
      return `Sorry, we don't have ${rooms} free for those dates. ${free.length ? `Then we do have ${listed(free, 'and')}.` : 'Nothing else is free then either.'} Your reservation is unchanged.`;
    },
    stayChangeSame: () => "That's how your reservation is already.",
    bookingStopped: () => 'All right, nothing is booked.',
    // "Any room": the cheapest free, with its rate (flows/any-room.ts); its question follows.
    cheapestOffer: ({ ctx, f, params }) => {
      const offered = typeof params.type === 'string' ? params.type : ctx.roomType;
      // ("The cheapest" asked, and sold out: said first.)
      const full = typeof params.full === 'string' ? `The ${roomName(ctx, params.full)} is sold out. ` : '';
      return `${full}Our ${roomName(ctx, offered)} is ${f.money(roomRate(ctx, offered), ctx.hotel.currency)} a night.`;
    },
    cannotText: ({ params }) =>
      params.why === 'optedOut' ? "Sorry, I can't text it: that number asked us to stop texting it." : "Sorry, I can't send texts right now.",
  },
  languageOffer: () => 'For English, press 9.',
  holdNotice: (args) => {
    const s = stayFacts(args);
    return `We hold ${s.rooms === 1 ? 'your room' : 'your rooms'} until ${s.holdUntil} on ${s.arrival}; after that, ${s.rooms === 1 ? 'it' : 'they'} may be released.`;
  },
  recordName: () => 'After the tone, say your first and last name, then press pound.',
  transfer: {
    // (Someone asked for by name: the desk puts them through.)
    caller_asked: ({ ctx }) => (ctx.askedFor ? 'The front desk will put you through. Please hold.' : 'Connecting you to the front desk. Please hold.'),
    misses: () => "I'm sorry I couldn't help. Let me connect you to the front desk.",
    group: ({ ctx }) =>
      `For more than ${ctx.hotel.maxRoomsPerBooking} rooms, ${ctx.hotel.groupDesk ? 'our group desk' : 'the front desk'} will help you. Connecting you now.`,
    existing_reservation: () => 'The front desk will help you with your reservation. Connecting you now.',
    reservation_not_proven: () => 'The front desk will help you with your reservation. Connecting you now.',
    no_availability: () => 'Connecting you to the front desk, who may find another option for you.',
    upset_caller: () => "I'm sorry. Let me connect you with someone at the front desk.",
  },
  confirmed: ({ ctx, f }) => {
    const number = f.digitGroups(ctx.confirmation ?? '');
    // "Slowly, please": once, a digit at a time, to write down.
    if (ctx.slowly) return `Of course. Your confirmation number, one digit at a time: ${oneDigitAtATime(number, 'Then')}.`;
    return `You're booked. Your confirmation number: ${number}; again, ${number}.`;
  },
  reservationCancelled: ({ ctx, f }) =>
    `Reservation ${f.digitGroups(ctx.found?.confirmation ?? '')} is cancelled, and its rooms are released. Thank you for calling ${ctx.hotel.name}. Goodbye.`,
  reservationChanged: ({ ctx, f }) =>
    `Done. Your confirmation number stays ${f.digitGroups(ctx.found?.confirmation ?? '')}.${ctx.stayChange?.texted === 'sent' ? ' A text with the new details is on its way.' : ''} Thank you for calling ${ctx.hotel.name}. Goodbye.`,
  // A withheld number: the message is where the desk finds one to call.
  recordMessage: ({ ctx }) =>
    `After the tone, leave your name${reachableLast4(ctx) ? '' : ', a number to call you back,'} and how we can help. Press pound when you are done.`,
  callbackPromised: ({ ctx, f }) => {
    const when = callbackWhen(ctx);
    const last4 = reachableLast4(ctx);
    const to = last4 ? ` at the number ending in ${last4},` : ' at the number in your message,';
    const time =
      when.kind === 'soon'
        ? withinEn(callbackPromiseMinutes(ctx.hotel))
        : when.kind === 'opens'
          ? `after the desk opens, at ${f.time(when.time)} on ${f.date(when.date, ctx.today)}`
          : 'as soon as someone is at the desk';
    // What really happens to rooms found on this call: kept for the call back (the hotel's setting), or released now.
    const rooms = !ctx.held
      ? ''
      : ctx.holdKept
        ? ` We'll keep the ${ctx.rooms === 1 ? 'room' : 'rooms'} you chose until ${f.time(clockPlus(ctx.timeOfDay, ctx.hotel.callbackHoldMinutes ?? 0))} for that call.`
        : ` The ${ctx.rooms === 1 ? 'room' : 'rooms'} you chose ${ctx.rooms === 1 ? 'is' : 'are'} not held after this call.`;
    // No number to call, and no message with one: no call back is promised.
    if (!last4 && !ctx.messageUrl) {
      const again = when.kind === 'soon' ? 'in a few minutes' : when.kind === 'opens' ? time : 'later';
      return `The front desk can't call this number back. Please call us again ${again}.${rooms} Goodbye.`;
    }
    return `Thank you. The front desk will call you${to} ${time}.${rooms} Goodbye.`;
  },
  whisper: ({ ctx, f, history }) => {
    const facts = collectedFacts(ctx, 'en-US');
    // The history is the number's: its guest is the caller only when the network vouched for the
    // number (StirVerstat A). A faked caller ID is otherwise announced as the guest, and the desk
    // tells a stranger what the line's last-name proof would not.
    const booked = history.lastReservation?.guestName;
    const unverified = !ctx.callerVerified && !ctx.guestName && Boolean(booked);
    const name = ctx.guestName ?? (unverified ? undefined : booked);
    // "Call from a returning guest", not "from a caller, a returning guest,".
    const known = isReturning(history);
    const who = name ?? (known && !unverified ? 'a returning guest' : 'a caller');
    const returning = name && known ? ', a returning guest,' : '';
    const last4 = callerLastFour(ctx);
    const wants: string[] = [];
    // The rooms first, always, so the list reads as a sentence ("Wants a room, arriving Sunday", not
    // "Wants arriving Sunday"); a count said without a type is kept too.
    if (facts.roomName) wants.push(facts.rooms ? roomCount(facts.rooms, facts.roomName).text : facts.roomName);
    else if (facts.rooms) wants.push(`${facts.rooms} ${facts.rooms === 1 ? 'room' : 'rooms'}`);
    else if (facts.nights || facts.arrival || facts.payment) wants.push('a room');
    if (facts.nights) wants.push(nights(facts.nights));
    if (facts.arrival) wants.push(`${facts.nights ? 'from' : 'arriving'} ${f.date(facts.arrival, ctx.today)}`);
    if (facts.payment) wants.push(`paying ${enUS.payment[facts.payment]}`);
    const reasons: Record<NonNullable<typeof ctx.transferReason>, string> = {
      // Whom they asked for, only when it reads as a person or department (flows/someone-asked.ts): never a caller's sentence.
      caller_asked: whomToWhisper(ctx.askedFor) ? `They asked for ${ctx.askedFor}.` : ctx.askedFor ? 'They have a special request; see the call.' : 'They asked for the front desk.',
      misses: 'The phone system could not understand them.',
      group: `A group request for more than ${ctx.hotel.maxRoomsPerBooking} rooms.`,
      existing_reservation: 'It is about an existing reservation.',
      no_availability: 'We had no rooms as they asked; they want help.',
      upset_caller: 'The caller is upset with the phone system; please help them.',
      reservation_not_proven: `Reservation ${f.digitGroups(ctx.proof?.confirmation ?? '')} asked about from another phone; ${
        ctx.proof?.byKeys ? 'they pressed keys instead of saying the last name on it' : ctx.proof?.fails ? 'the last names they gave did not match' : 'they did not give the last name on it'
      }. Nothing was told: check who is calling.`,
    };
    const past = history.lastReservation
      ? ` Last reservation${unverified ? ` on this number, for ${booked}:` : ''} ${f.digitGroups(history.lastReservation.confirmation)}, arriving ${f.date(history.lastReservation.arrival, ctx.today)}, ${RESERVATION_STATUS[history.lastReservation.status] ?? history.lastReservation.status}.`
      : '';
    const lastCall = history.lastOutcome ? ` Their last call: ${LAST_OUTCOME[history.lastOutcome] ?? history.lastOutcome}.` : '';
    return [
      `Call from ${who}${returning}${last4 ? ` on the number ending ${last4}` : ''}${unverified ? ', caller ID not verified' : ''}, speaking ${ctx.locale === 'es-MX' ? 'Spanish' : 'English'}.`,
      reasons[ctx.transferReason ?? 'caller_asked'],
      wants.length ? `Wants ${wants.join(', ')}.` : '',
      ctx.requests?.length ? `Asks for ${listed(ctx.requests.map((r) => REQUEST_NAMES[r]), 'and')}.` : '',
      past + lastCall,
      'Press 1 to take the call.',
    ]
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ');
  },
  screenDeclined: () => 'The call goes back to the guest, who can leave a message.',
  goodbye: ({ ctx }) => `Thank you for calling ${ctx.hotel.name}. Goodbye.`,
  error: () => "We're sorry, something went wrong on our side. Let me connect you to the front desk.",
  unclaimedNumber: () => "Sorry, this number doesn't reach any of our hotels. Goodbye.",
  payment: { credit_card: 'by credit card', cash: 'in cash', debit_card: 'by debit card' },
  answer: ({ ctx, f }, value) => {
    switch (value.q) {
      case 'arrivalDate':
        return f.date(value.date, ctx.today);
      case 'roomType':
        return roomName(ctx, value.code);
      case 'rooms':
        return plural(value.rooms, 'room', 'rooms');
      case 'nights':
        return nights(value.nights);
      case 'offer':
        return value.option.kind === 'roomType' ? roomName(ctx, value.option.code) : plural(value.option.rooms, 'room', 'rooms');
      case 'name':
        return value.name;
      case 'payment':
        return enUS.payment[value.method].replace(/^(by|in) /, '');
      case 'callback': {
        const country = foreignCountry({ ctx, f }, value.number);
        return `${spokenNumber({ f }, value.number)}${country ? `, in ${country}` : ''}`;
      }
      case 'changeDetail':
        // "I have a change to the arrival date": never the detail's code ("arrivalDate").
        return `a change to the ${DETAIL_NAMES[value.detail]}`;
      case 'lookup':
        if ('pick' in value) return `reservation ${value.pick + 1}`;
        return 'lastName' in value ? `the last name ${value.lastName}` : `confirmation number ${f.digitGroups(value.confirmation)}`;
      case 'request':
        return requestWords({ ctx, f }, value.slots);
    }
  },
};

/** The key to the next page of a long room list (flows/room-pages.ts), or back to the first. */
const moreRooms = (page: RoomPage) =>
  page.pages === 1 ? '' : page.index + 1 < page.pages ? ` For more rooms, press ${MORE_ROOMS_KEY}.` : ` To hear the first rooms again, press ${MORE_ROOMS_KEY}.`;

/**
 * A guest arriving after the hold time: until when it is held, and what keeps it later (a payment
 * the hotel holds later for, else the front desk); null for anyone else.
 */
export function lateHoldEn(args: PromptArgs): string | null {
  const { ctx, f } = args;
  if (!arrivesAfterHold(ctx)) return null;
  const s = stayFacts(args);
  const arrival = f.time(ctx.lateArrival!);
  const later = laterHoldByPayment(ctx);
  const keep = later
    ? `paid ${enUS.payment[later.method]}, we hold ${it(s.rooms)} until ${f.time(later.until)}`
    : `call the front desk to keep ${it(s.rooms)} later`;
  return `We hold ${it(s.rooms)} until ${s.holdUntil} that day; for your ${arrival} arrival, ${keep}.`;
}

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** After a room type asked about: whether they want it (one), or which (several); "no" or star hears every choice again. */
/** After the cheapest free was offered ("any room"): book it? A caller on the keypad hears its key. */
function bookCheapest(args: PromptArgs): string {
  const key = typesToTake(args, 'roomType')[0]?.key ?? null;
  return bySpeech(args.ctx) ? 'Shall I book it?' : `Shall I book it? ${key ? `Press ${key} or say yes.` : 'Say yes.'} For all the rooms, press star.`;
}

function wantIt(args: PromptArgs, at: 'roomType' | 'offer'): string {
  const types = typesToTake(args, at);
  const all = at === 'offer' ? 'To hear the choices again' : 'For all the rooms';
  if (types.length === 1) {
    const key = types[0]!.key;
    return `Would you like it? ${key ? `Press ${key} or say yes.` : 'Say yes.'} ${all}, say no or press star.`;
  }
  return `Which would you like? ${types.map((t) => `${t.name}, ${t.key ? `press ${t.key}` : 'say its name'}.`).join(' ')} ${all}, press star.`;
}

/** A hotel full on the dates asked: what the caller can still do. */
const fullChoices = `For other dates, press ${CHANGE_DATES_KEY} or say them. For the front desk, press 0.`;

/** The alternatives when the rooms asked for are not free: at most three, then other dates. */
function offerChoices(args: Parameters<PromptSet['ask']['offer']>[0]): string {
  const lines = offerItems(args).map((o) =>
    o.option.kind === 'roomType'
      ? `${o.name}, ${o.price}${o.firstPrice ? ' a night' : ''}: press ${o.key}.`
      : `Just ${o.option.rooms} left: press ${o.key}.`,
  );
  return `${lines.join(' ')} Other dates: press ${CHANGE_DATES_KEY}.`;
}

/** The reservations made from the calling number, told apart by arrival and nights (and rooms when those match). */
function callerReservationChoices({ ctx, f }: Parameters<PromptSet['ask']['confirmationNumber']>[0], lead: string): string {
  const mine = callerReservationFacts(ctx.callerReservations).map(
    ({ r, withRooms }, i) => `arriving ${f.date(r.arrival, ctx.today)}, ${nights(r.nights)}${withRooms ? `, ${plural(r.rooms, 'room', 'rooms')}` : ''}, press ${i + 1}`,
  );
  return mine.length ? `${lead}${mine.join('; ')}.` : '';
}
