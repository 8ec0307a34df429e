// What a guest reads by text, in English: the same questions as the phone, written for reading.
// A word or a number answers (no keys to press), the number texting is "this number", the
// confirmation number is written once, and each reply fits two SMS segments where it can.

import { daysBetween, plusDays } from '../../../flows/hotel-time.ts';
import { callerNumber } from '../../../flows/reading/guest-questions.ts';
import { nationalGroups } from '../../../flows/understanding/phone.ts';
import { lastNameOpensFromHere } from '../../../flows/reservation-proof.ts';
import { enUS, lateHoldEn, nextTypeSaid } from '../../voice/prompts/en-US.ts';
import { justBookedArrival } from '../../../flows/change-just-booked.ts';
import { callbackWhen, clockPlus, foreignCountry, offerItems, passedDay, roomListOf, roomName, stayFacts } from '../../voice/prompts/prompt-helpers.ts';
import { nightsEn as nights, roomCountEn as roomCount } from '../../voice/prompts/room-words.ts';
import { callbackPromiseMinutes, withinEn } from '../../voice/prompts/callback-promise.ts';
import { changeInWriting } from './change-in-writing.ts';
import type { TextWords } from '../text-wording.ts';
import type { PromptArgs } from '../../voice/prompts/prompt-types.ts';

const them = (rooms: number) => (rooms === 1 ? 'it' : 'them');

/** What becomes of the rooms found, once the desk has the request: kept a while (`until` what), or no longer held. */
function roomsAfter({ ctx, f }: PromptArgs, until: string): string {
  if (!ctx.held) return '';
  return ctx.holdKept
    ? ` We'll keep the ${ctx.rooms === 1 ? 'room' : 'rooms'} you chose until ${f.time(clockPlus(ctx.timeOfDay, ctx.hotel.callbackHoldMinutes ?? 0))}${until}.`
    : ` The ${ctx.rooms === 1 ? 'room' : 'rooms'} you chose ${ctx.rooms === 1 ? 'is' : 'are'} no longer held.`;
}

export const enText: TextWords = {
  ask: {
    greeting: ({ ctx }) => `Hello, this is ${ctx.hotel.name}.`,
    mainMenu: () => 'Reply BOOK to book a room, or MY RESERVATION about one you have.',
    arrivalDate: () => 'What date will you arrive? For example: Dec 4, or next Friday.',
    roomType: (args) => {
      if (args.ctx.typeAsked?.length) return wantItText(args, 'all the rooms');
      const { page, items } = roomListOf(args);
      const list = items.map((i) => `${i.name}, ${i.price}${i.key === 1 ? ' a night' : ''}`).join('; ');
      const more = page.pages === 1 ? '' : page.index + 1 < page.pages ? ' Reply MORE for other rooms.' : ' Reply MORE to see the first rooms again.';
      return `Which room would you like? ${list}.${more}`;
    },
    rooms: () => 'How many rooms?',
    nights: () => 'How many nights?',
    offer: (args) => {
      if (args.ctx.typeAsked?.length) return wantItText(args, 'the choices again');
      // Nothing free at all: the hotel is full those dates, whatever type was asked for.
      if (!offerItems(args).length) return "Sorry, we're fully booked those dates. Reply OTHER DATES, or call the front desk.";
      if (args.ctx.notices.some((n) => n.id === 'offerChoices')) return offerChoices(args);
      return `Sorry, we don't have ${roomCount(args.ctx.rooms ?? 1, roomName(args.ctx, args.ctx.roomType)).text} free those dates. ${offerChoices(args)}`;
    },
    name: () => 'What is your full name?',
    payment: () => 'How will you pay at the hotel: credit card, cash or debit card?',
    callback: ({ ctx }) => (callerNumber(ctx) ? 'Can we call you at this number if needed? Reply YES, or send another number.' : 'What number can we call you at?'),
    readBack: (args) => {
      const s = stayFacts(args);
      const count = roomCount(s.rooms, s.roomName);
      const who = s.name ? `For ${s.name}: ` : '';
      // Arriving after the hold ("we get in around 11 pm"): until when, and what keeps it later, as the phone says it.
      const hold = lateHoldEn(args) ?? `We hold ${them(s.rooms)} until ${s.holdUntil} that day; after that, ${s.rooms === 1 ? 'it' : 'they'} may be released.`;
      return `${who}${count.text}, ${nights(s.nights)} from ${s.arrival}: ${s.total}, paid ${enUS.payment[s.payment]}. ${hold} Reply YES to confirm, or tell us what to change.`;
    },
    changeDetail: () => 'What would you like to change: the date, room type, rooms, nights, name, payment or phone number?',
    confirmHeard: (args) => `Is ${args.ctx.pending ? enText.answer!(args, args.ctx.pending.value) : 'that'} right? Reply YES or NO.`,
    confirmationNumber: (args) => `Please send your confirmation number.${callerReservationChoices(args)}`,
    existingReservation: ({ ctx, f }) => {
      const r = ctx.found;
      if (!r) return '';
      const status = {
        booked: `Held until ${f.time(r.holdUntil)} on arrival day. Reply 1 to cancel it.`,
        arrived: 'The guest has checked in.',
        cancelled: 'It has been cancelled.',
        released: 'It was released: nobody arrived by the hold time.',
      }[r.status];
      return `Reservation ${r.confirmation}: ${roomCount(r.rooms, roomName(ctx, r.roomType)).text}, ${nights(r.nights)}, ${f.date(r.arrival, ctx.today)} to ${f.date(plusDays(r.arrival, r.nights), ctx.today)}. ${status}`;
    },
    cancelConfirm: ({ ctx, f }) =>
      ctx.found ? `Cancel reservation ${ctx.found.confirmation}, arriving ${f.date(ctx.found.arrival, ctx.today)}? Reply YES to cancel it, or NO to keep it.` : '',
    lastNameProof: () => 'For your security, please send the last name on the reservation.',
    dateChoice: ({ ctx, f }) => {
      const choice = ctx.dateChoice;
      if (!choice) return '';
      const date = (d: string) => f.date(d, ctx.today);
      if (choice.reason === 'past') {
        return `${date(passedDay(choice, ctx.today))} has passed. Reply 1 for ${date(choice.options[0]!.arrival)}, or send another date.`;
      }
      const list = choice.options.map((o, i) => `${i + 1}: ${date(o.arrival)}${o.departure ? `, ${nights(daysBetween(o.arrival, o.departure))}` : ''}`).join('; ');
      return `Which date? ${list}. Reply with the number, or send the date.`;
    },
    cardKind: () => 'Credit or debit card? Reply CREDIT or DEBIT.',
    // Sent only with a second room type asked for with the first (a text conversation closes at
    // any other booking): "Now 2 Double Queen rooms for the same dates? Reply YES."
    anythingElse: ({ ctx }) => (ctx.nextRoomTypes?.length ? `Now ${nextTypeSaid(ctx)} for the same dates? Reply YES, or NO if that's all.` : 'Another booking? Reply 1.'),
    // Named by its arrival only: a texting number proves nothing (flows/change-just-booked.ts).
    changeOrAnother: ({ ctx, f }) => `Do you mean a change to your reservation arriving ${f.date(justBookedArrival(ctx), ctx.today)}? Reply 1. A new booking? Reply 2.`,
  },
  help: {
    greeting: () => 'Reply BOOK to book a room, or MY RESERVATION about one you have. For the front desk, reply AGENT.',
    mainMenu: () => 'Reply BOOK to book a room, or MY RESERVATION about one you have. For the front desk, reply AGENT.',
    arrivalDate: () => 'Please send your arrival date, like "December 4" or "next Friday".',
    roomType: (args) => `${enText.ask!.roomType!(args)} Reply with the room's name.`,
    rooms: ({ ctx }) => `Please send the number of rooms, from 1 to ${ctx.hotel.maxRoomsPerBooking}.`,
    nights: ({ ctx }) => `Please send the number of nights, up to ${ctx.hotel.maxNights}.`,
    offer: (args) => offerChoices(args),
    name: () => 'Please send your first and last name.',
    payment: () => 'Please reply CREDIT, CASH or DEBIT. We only need the method, never a card number.',
    callback: (args) => `${enText.ask!.callback!(args)} Write it with its area code.`,
    readBack: () => 'Reply YES to confirm this reservation, or tell us what to change (the date, the room, the nights…).',
    changeDetail: (args) => enText.ask!.changeDetail!(args),
    confirmHeard: (args) => enText.ask!.confirmHeard!(args),
    confirmationNumber: (args) => `Your confirmation number has 8 digits; please send it.${callerReservationChoices(args)}`,
    existingReservation: ({ ctx }) => (ctx.found?.status === 'booked' ? 'Reply 1 to cancel this reservation, or 3 to change its dates, nights or rooms. For any other change, reply AGENT.' : 'For any change, reply AGENT.'),
    stayChangeConfirm: () => 'To make this change, reply YES. To keep your reservation as it was, reply NO.',
    stayChange: () => 'Reply 1 to change the arrival date (or send the new date), 2 the nights, 3 the rooms. For the room type or anything else, reply AGENT.',
    cancelConfirm: (args) => enText.ask!.cancelConfirm!(args),
    lastNameProof: () => 'Please send the last name the reservation was made under. For the front desk, reply AGENT.',
    dateChoice: (args) => enText.ask!.dateChoice!(args),
    cardKind: () => 'Please reply CREDIT or DEBIT. We only need the kind of card, never its number.',
    anythingElse: ({ ctx }) => (ctx.nextRoomTypes?.length ? `To book ${nextTypeSaid(ctx)} for the same dates, reply YES. If that's all, reply NO.` : 'For another booking, reply 1.'),
    changeOrAnother: () => 'To change the reservation you just made, reply 1. To make a new booking, reply 2. For the front desk, reply AGENT.',
  },
  notice: {
    // (A picture alone comes with no text too: Twilio posts it with an empty Body.)
    noInput: () => "Sorry, I can only read the text of a message, and yours had none.",
    notUnderstood: () => "Sorry, I didn't understand that.",
    notAnswered: () => "Sorry, I can't help with that here; the front desk can: reply AGENT.",
    callQuestion: ({ ctx, params }) =>
      params.asked === 'hearing'
        ? 'Yes, we got your message.'
        : params.asked === 'machine'
          ? `This is ${ctx.hotel.name}'s automated text line. To reach a person, reply AGENT.`
          : `${params.asked === 'otherHotel' ? 'No' : 'Yes'}, this is ${ctx.hotel.name}.`,
    welcome: () => "You're welcome! Text us any time.",
    // "Held" only when they are (a call's or a number's hold time can be used up: inventory.ts).
    roomsHeld: ({ ctx }) => `Good news: ${ctx.rooms === 1 ? "it's" : "they're"} available${ctx.holdExpiresAt ? ', and held for you while we finish' : ''}.`,
    roomsForParty: () => 'The front desk can tell you how many guests each room sleeps: reply AGENT.',
    badPhone: () => "That doesn't look like a valid phone number.",
    callerNumberUnknown: () => "We can't see your number.",
    nameNotHeard: () => "Sorry, I didn't get your name.",
    reservationNotFound: () => "We couldn't find a reservation with that number.",
  },
  languageOffer: () => 'For English, reply ENGLISH.',
  confirmed: ({ ctx }) => `You're booked. Confirmation number: ${ctx.confirmation ?? ''}. Thank you for choosing ${ctx.hotel.name}!`,
  // Changed by text: the reply is its confirmation in writing (no second text says it again).
  reservationChanged: ({ ctx }) => changeInWriting(ctx) ?? `Done: reservation ${ctx.found?.confirmation ?? ''} is changed, and keeps its number.`,
  reservationCancelled: ({ ctx }) => `Reservation ${ctx.found?.confirmation ?? ''} is cancelled, and its rooms are released.`,
  callbackPromised: ({ ctx, f }) => {
    const when = callbackWhen(ctx);
    const time =
      when.kind === 'soon'
        ? withinEn(callbackPromiseMinutes(ctx.hotel))
        : when.kind === 'opens'
          ? `after the desk opens at ${f.time(when.time)} on ${f.date(when.date, ctx.today)}`
          : 'as soon as someone is at the desk';
    return `Thank you. The front desk will call you ${time}.${roomsAfter({ ctx, f }, ' for that call')}`;
  },
  noCallBack: ({ ctx, f, hotelNumber }) =>
    `The front desk can't call this number back. Please call us${hotelNumber ? ` at ${hotelNumber}` : ''}.${roomsAfter({ ctx, f }, '')}`,
  goodbye: ({ ctx }) => `Thank you for contacting ${ctx.hotel.name}.`,
  answer: (args, value) => {
    if (value.q === 'callback') {
      const country = foreignCountry(args, value.number);
      return `${nationalGroups(value.number).join(' ')}${country ? ` (${country})` : ''}`;
    }
    if (value.q === 'lookup' && 'confirmation' in value) return `confirmation number ${value.confirmation}`;
    return enUS.answer(args, value);
  },
};

/** After a room type asked about: whether they want it, or which of those asked about. */
function wantItText(args: Parameters<NonNullable<TextWords['ask']['roomType']>>[0], all: string): string {
  const names = (args.ctx.typeAsked ?? []).map((code) => `the ${roomName(args.ctx, code)}`);
  return names.length === 1 ? `Would you like it? Reply YES, or NO to see ${all}.` : `Which would you like: ${names.join(' or ')}?`;
}

/** The alternatives, numbered: a number answers ("1"), as does the room's name or OTHER DATES. */
function offerChoices(args: Parameters<NonNullable<TextWords['ask']['offer']>>[0]): string {
  const choices = offerItems(args).map((o) =>
    o.option.kind === 'roomType'
      ? `${o.key} for ${o.name} (${o.price}${o.firstPrice ? ' a night' : ''})`
      : `${o.key} for just ${roomCount(o.option.rooms, o.name).text}`,
  );
  return `Reply ${choices.join(', ')}, or OTHER DATES.`;
}

/**
 * A sender's number is all that vouches for them, and it can be faked: it may learn that it has
 * reservations and when they arrive, and opens one only with the last name on it (issue 11).
 */
function callerReservationChoices({ ctx, f }: Parameters<NonNullable<TextWords['ask']['confirmationNumber']>>[0]): string {
  const when = [...new Set(ctx.callerReservations.map((r) => f.date(r.arrival, ctx.today)))];
  // A switchboard's number: its last names open nothing (flows/reservation-proof.ts).
  if (when.length === 0 || !lastNameOpensFromHere(ctx)) return '';
  if (ctx.callerReservations.length === 1) return ` Or, for the one from this number arriving ${when[0]}, reply with the last name on it.`;
  const dates = when.length === 1 ? when[0] : `${when.slice(0, -1).join(', ')} or ${when.at(-1)}`;
  return ` Or, for one from this number (arriving ${dates}), reply with the last name on it.`;
}
