import { CHANGE_DATES_KEY } from '../../../flows/reading/menu-questions.ts';
import { callbackPromiseMinutes, withinEn } from './callback-promise.ts';
import type { PromptSet } from './prompt-types.ts';
import { plusDays } from '../../../flows/hotel-time.ts';
import { isReturning } from '../../calls/caller-history.ts';
import { callerIdOpensReservations } from '../../../flows/reading/reservation-questions.ts';
import { callbackWhen, callerLastFour, collectedFacts, exampleNumberSaid, foreignCountry, offerLines, reachableLast4, roomName, roomRate, spokenNumber, stayFacts } from './prompt-helpers.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "A", "A and B", "A, B and C". */
const listed = (items: string[], and: string) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

export const enUS: PromptSet = {
  ask: {
    greeting: ({ ctx }) => `Hello, this is ${ctx.hotel.name}.`,
    mainMenu: () => 'To book a room, press 1 or say "book a room". For an existing reservation, press 2. For the front desk, press 0.',
    arrivalDate: () =>
      'On what date will you arrive? Say the date, or key in the month and day as four digits.',
    roomType: ({ ctx, f }) =>
      `Which room would you like? ${ctx.hotel.roomTypes
        .map((t, i) => `${t.name.en}, ${f.money(t.rate, ctx.hotel.currency)} a night: press ${i + 1}.`)
        .join(' ')}`,
    rooms: ({ ctx }) => `How many rooms do you need? Press or say a number from 1 to ${ctx.hotel.maxRoomsPerBooking}.`,
    nights: () => 'How many nights will you stay? Key in the number followed by the pound key, or say it.',
    offer: (args) => {
      const { ctx } = args;
      const lines = offerLines(args, (o, key) =>
        o.kind === 'roomType'
          ? `We do have ${roomName(ctx, o.code)}, ${args.f.money(roomRate(ctx, o.code), ctx.hotel.currency)} a night: press ${key}.`
          : `We have ${plural(o.rooms, 'room', 'rooms')} of that type left: to book ${o.rooms === 1 ? 'it' : 'them'}, press ${key}.`,
      );
      return `Sorry, we don't have ${plural(ctx.rooms ?? 1, 'room', 'rooms')} of ${roomName(ctx, ctx.roomType)} free for those dates. ${lines.join(' ')} To try other dates, press ${CHANGE_DATES_KEY}. For the front desk, press 0.`;
    },
    name: () => 'May I have your name, please? Say your first and last name.',
    payment: () =>
      'How will you pay at the hotel? For credit card, press 1. For cash, press 2. For debit card, press 3. We only need the method, never a card number.',
    callback: ({ ctx }) => {
      const last4 = callerLastFour(ctx);
      return `What number can we reach you at? ${last4 ? `To use the number you are calling from, ending in ${last4.split('').join(' ')}, press 1. ` : ''}Otherwise, key in the phone number followed by the pound key.`;
    },
    readBack: (args) => {
      const facts = stayFacts(args);
      const { f, ctx } = args;
      return [
        enUS.holdNotice(args),
        `Here is your reservation${facts.name ? ` for ${facts.name}` : ''}:`,
        `${plural(facts.rooms, 'room', 'rooms')}, ${facts.roomName}, for ${plural(facts.nights, 'night', 'nights')},`,
        `arriving ${facts.arrival} and leaving ${facts.departure}.`,
        `The total is ${f.money(facts.total, ctx.hotel.currency)}, paid by ${enUS.payment[facts.payment]} at the hotel.`,
        `We will call ${facts.callbackLast4 ? `the number ending in ${facts.callbackLast4.split('').join(' ')}` : 'you'}${ctx.callback && foreignCountry(args, ctx.callback) ? `, in ${foreignCountry(args, ctx.callback)},` : ''} if needed.`,
        'To confirm, press 1. To change a detail, press 2. To hear it again, press 3.',
      ].join(' ');
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
      return `${why} To leave a message for the front desk, press 1.${last4 ? ` To have them call you back at the number ending in ${last4.split('').join(' ')}, press 2.` : ''}`;
    },
    confirmationNumber: ({ ctx, f }) => {
      const mine = ctx.callerReservations;
      if (mine.length > 0 && callerIdOpensReservations(ctx)) {
        const keys = mine.map((r, i) => `arriving ${f.date(r.arrival, ctx.today)}, press ${i + 1}.`);
        return `Please key in your confirmation number, then press the pound key. Or, for a reservation made from this phone: ${keys.join(' ')}`;
      }
      if (mine.length === 0) return 'Please key in your confirmation number, then press the pound key.';
      // Caller ID can be faked: it may tell that reservations exist and when, nothing more.
      const when = listed(mine.map((r) => f.date(r.arrival, ctx.today)), 'and');
      const which = mine.length === 1 ? `a reservation made from this phone, arriving ${when}` : `${mine.length} reservations made from this phone, arriving ${when}`;
      return `We have ${which}. To go over ${mine.length === 1 ? 'it' : 'one'} or cancel it, key in its confirmation number, then press pound, or tell us the last name on it.`;
    },
    existingReservation: ({ ctx, f }) => {
      const r = ctx.found;
      if (!r) return '';
      const status = {
        booked: `It is confirmed, and held until ${f.time(r.holdUntil)} on the arrival day.`,
        arrived: 'The guest has checked in.',
        cancelled: 'It has been cancelled.',
        released: 'It was released, because nobody arrived by the hold time.',
      }[r.status];
      return `Reservation ${f.digits(r.confirmation)}: ${plural(r.rooms, 'room', 'rooms')}, ${roomName(ctx, r.roomType)}, for ${plural(r.nights, 'night', 'nights')}, arriving ${f.date(r.arrival, ctx.today)} and leaving ${f.date(plusDays(r.arrival, r.nights), ctx.today)}. ${status}${r.status === 'booked' ? ' To cancel it, press 1.' : ''} To hear it again, press 2. For any change, press 0 for the front desk.`;
    },
    cancelConfirm: ({ ctx, f }) =>
      ctx.found ? `To cancel reservation ${f.digits(ctx.found.confirmation)}, arriving ${f.date(ctx.found.arrival, ctx.today)}, press 1. To keep it, press 2.` : '',
    confirmHeard: ({ ctx, f }) =>
      `I heard ${ctx.pending ? enUS.answer({ ctx, f }, ctx.pending.value) : 'something'}. If that is right, press 1. To say it again, press 2.`,
  },
  help: {
    greeting: (args) => enUS.help.mainMenu(args),
    mainMenu: () => 'To book a room, press 1. For an existing reservation, press 2. To speak with the front desk, press 0.',
    arrivalDate: () =>
      'Please tell me your arrival date, like "next Friday" or "December 4th". Or key in the month and then the day, two digits each: for December 4th, press 1 2 0 4. To speak with the front desk, press 0.',
    roomType: (args) => `${enUS.ask.roomType(args)} You can also say the name of the room. To hear the list again, press star.`,
    rooms: ({ ctx }) => `Please press a single key from 1 to ${ctx.hotel.maxRoomsPerBooking} for the number of rooms, or say "two rooms".`,
    nights: ({ ctx }) => `Please key in the number of nights, up to ${ctx.hotel.maxNights}, and then press pound. For three nights, press 3 and pound. Or say "three nights" or "a week".`,
    offer: (args) => enUS.ask.offer(args),
    name: () => 'Please say your first and last name after this message.',
    payment: () => 'Press 1 if you will pay by credit card, 2 for cash, or 3 for debit card.',
    callback: (args) => `${enUS.ask.callback(args)} For example, ${exampleNumberSaid(args)}, then pound.`,
    readBack: () => 'To confirm this reservation, press 1. To change a detail, press 2. To hear it again, press 3.',
    changeDetail: (args) => enUS.ask.changeDetail(args),
    confirmHeard: (args) => enUS.ask.confirmHeard(args),
    confirmationNumber: (args) => {
      const how = 'Your confirmation number has 8 digits; we said it at the end of your booking call. Key it in and then press pound, or say it digit by digit.';
      if (args.ctx.callerReservations.length === 0) return how;
      if (!callerIdOpensReservations(args.ctx)) return `${how} Or tell us the last name on the reservation.`;
      return `${how} ${enUS.ask.confirmationNumber(args).replace(/^[^.]*\.\s*/, '')}`;
    },
    existingReservation: (args) => enUS.ask.existingReservation(args),
    cancelConfirm: (args) => enUS.ask.cancelConfirm(args),
    callbackOffer: ({ ctx }) =>
      `Press 1 to leave a message after the tone${reachableLast4(ctx) ? ', or 2 to have the front desk call you back' : ''}.`,
  },
  notice: {
    noInput: () => "Sorry, I didn't hear anything.",
    notUnderstood: () => "Sorry, I didn't understand that.",
    dateInPast: ({ params, f, ctx }) => `${f.date(String(params.date), ctx.today)} has already passed.`,
    dateBeyondHorizon: ({ params }) => `We can take reservations up to ${params.days} days ahead.`,
    arrivalHeard: ({ params, f, ctx }) => `Arriving ${f.date(String(params.date), ctx.today)}.`,
    tooManyRooms: ({ params }) => `We can book up to ${params.max} rooms in one reservation.`,
    tooManyNights: ({ params }) => `We can book up to ${params.max} nights in one reservation.`,
    roomsHeld: () => 'Good news: those rooms are available, and we are holding them for you while we finish.',
    roomsGone: () => 'Sorry, while we were talking those rooms were taken.',
    badPhone: () => "That doesn't seem to be a complete phone number.",
    callerNumberUnknown: () => "I can't see the number you are calling from.",
    nameNotHeard: () => "Sorry, I didn't get your name.",
    reservationNotFound: () => 'I could not find a reservation with that number.',
    reservationNameNotFound: () => 'I could not find a reservation from this phone under that name.',
    cardNumberHeard: () => "For your security, please don't give us a card number. We only need to know how you will pay.",
  },
  languageOffer: () => 'For English, stay on the line.',
  holdNotice: (args) => {
    const facts = stayFacts(args);
    return `We will hold your room until ${args.f.time(facts.holdUntil)} on ${facts.arrival}; after that it may be released to other guests.`;
  },
  recordName: () => 'After the tone, please say your first and last name, then press the pound key.',
  transfer: {
    caller_asked: () => 'Connecting you to the front desk. Please hold.',
    misses: () => "I'm sorry I couldn't help. Let me connect you to the front desk.",
    group: ({ ctx }) => `For more than ${ctx.hotel.maxRoomsPerBooking} rooms, our group desk will help you. Connecting you now.`,
    existing_reservation: () => 'The front desk will help you with your reservation. Connecting you now.',
    no_availability: () => 'Connecting you to the front desk, who may find another option for you.',
  },
  confirmed: ({ ctx, f }) => {
    const number = f.digits(ctx.confirmation ?? '');
    return `Your reservation is confirmed. Your confirmation number is ${number}. Again, your confirmation number is ${number}. Thank you for choosing ${ctx.hotel.name}. Goodbye.`;
  },
  reservationCancelled: ({ ctx, f }) =>
    `Reservation ${f.digits(ctx.found?.confirmation ?? '')} is cancelled, and its rooms are released. Thank you for calling ${ctx.hotel.name}. Goodbye.`,
  recordMessage: () => 'Please leave your message after the tone, with your name and how we can help. Press the pound key when you are done.',
  callbackPromised: ({ ctx, f }) => {
    const when = callbackWhen(ctx);
    const last4 = reachableLast4(ctx);
    const to = last4 ? ` at the number ending in ${last4.split('').join(' ')}` : '';
    const time =
      when.kind === 'soon'
        ? `as soon as someone is free, ${withinEn(callbackPromiseMinutes(ctx.hotel))}`
        : when.kind === 'opens'
          ? `after the front desk opens, at ${f.time(when.time)} on ${f.date(when.date, ctx.today)}`
          : 'as soon as the front desk is staffed';
    return `Thank you. The front desk will call you back${to} ${time}.${ctx.held ? ' The rooms we found stay held until the end of this call.' : ''} Goodbye.`;
  },
  whisper: ({ ctx, f, history }) => {
    const facts = collectedFacts(ctx);
    const who = ctx.guestName ?? history.lastReservation?.guestName ?? 'a caller';
    const returning = isReturning(history) ? ', a returning guest,' : '';
    const last4 = callerLastFour(ctx);
    const wants: string[] = [];
    if (facts.rooms && facts.roomName) wants.push(`${facts.rooms} ${facts.roomName}`);
    else if (facts.roomName) wants.push(facts.roomName);
    if (facts.nights) wants.push(plural(facts.nights, 'night', 'nights'));
    if (facts.arrival) wants.push(`${facts.nights ? 'from' : 'arriving'} ${f.date(facts.arrival, ctx.today)}`);
    if (facts.payment) wants.push(`paying ${enUS.payment[facts.payment]}`);
    const reasons: Record<NonNullable<typeof ctx.transferReason>, string> = {
      caller_asked: 'They asked for the front desk.',
      misses: 'The phone system could not understand them.',
      group: `A group request for more than ${ctx.hotel.maxRoomsPerBooking} rooms.`,
      existing_reservation: 'It is about an existing reservation.',
      no_availability: 'We had no rooms as they asked; they want help.',
    };
    const past = history.lastReservation
      ? ` Last reservation ${f.digits(history.lastReservation.confirmation)}, arriving ${f.date(history.lastReservation.arrival, ctx.today)}, ${history.lastReservation.status}.`
      : '';
    const lastCall = history.lastOutcome ? ` Their last call ended ${history.lastOutcome}.` : '';
    return [
      `Call from ${who}${returning}${last4 ? ` on the number ending ${last4.split('').join(' ')}` : ''}, speaking ${ctx.locale === 'es-MX' ? 'Spanish' : 'English'}.`,
      reasons[ctx.transferReason ?? 'caller_asked'],
      wants.length ? `Wants ${wants.join(', ')}.` : '',
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
  payment: { credit_card: 'credit card', cash: 'cash', debit_card: 'debit card' },
  answer: ({ ctx, f }, value) => {
    switch (value.q) {
      case 'arrivalDate':
        return f.date(value.date, ctx.today);
      case 'roomType':
        return roomName(ctx, value.code);
      case 'rooms':
        return plural(value.rooms, 'room', 'rooms');
      case 'nights':
        return plural(value.nights, 'night', 'nights');
      case 'offer':
        return value.option.kind === 'roomType' ? roomName(ctx, value.option.code) : plural(value.option.rooms, 'room', 'rooms');
      case 'name':
        return value.name;
      case 'payment':
        return enUS.payment[value.method];
      case 'callback': {
        const country = foreignCountry({ ctx, f }, value.number);
        return `${spokenNumber({ ctx, f }, value.number)}${country ? `, in ${country}` : ''}`;
      }
      case 'changeDetail':
        return value.detail;
      case 'lookup':
        if ('pick' in value) return `reservation ${value.pick + 1}`;
        return 'lastName' in value ? `the last name ${value.lastName}` : `confirmation number ${f.digits(value.confirmation)}`;
    }
  },
};
