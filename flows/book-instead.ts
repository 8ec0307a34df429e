// "No, I just want to book a room for tomorrow", "never mind, I'll book it here", "mejor quiero
// reservar": said to the desk's offer when nobody answered (or the desk is closed), "leave a message
// or be called back?". The guest who asked for a person and now wants the booking itself was heard
// as "no" to the offer and let go with a goodbye, or not understood three times and left to a
// callback: a booking lost. Words that book (read as the main menu reads them, with whatever stay
// they carry) now go on with the booking, everything already given kept; a message, a call back, a
// plain "no thanks", or booking elsewhere ("I'll book online") stay as they were. The same words
// not understood where a reservation is looked for ("I want to book a new one for January 8th" to
// "key in the confirmation number, or say the last name") went to the desk on the third miss: they
// start the booking there too. Pure.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { readQuestion } from './read-question.ts';
import { slotsOf } from './reading/request-answer.ts';
import { intentFromSpeech } from './understanding/intents.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** Booking somewhere else: the "no" to the offer stands. */
const ELSEWHERE = ['online', 'on line', 'website', 'web site', 'the app', 'internet', 'expedia', 'booking com', 'en linea', 'por internet', 'pagina', 'la app', 'la aplicacion'];

/** Where words that book are a booking when the question's own reading made nothing else of them. */
const ASKED_AT: Partial<Record<QuestionId, (heard: Heard) => boolean>> = {
  // A message, a call back, a person again, a question answered: the offer's own.
  callbackOffer: (heard) => heard.kind === 'miss' || (heard.kind === 'route' && heard.route === 'noCallback'),
  // (A last name, a number, a person: the lookup's own.)
  confirmationNumber: (heard) => heard.kind === 'miss' || heard.kind === 'repeat',
  lastNameProof: (heard) => heard.kind === 'miss',
};

/**
 * The words at the desk's offer, or where a reservation is looked for, read as a booking when they
 * are one: at the offer, the booking's own answer (or route); at a lookup, the route `book` with
 * the stay said (its answer would be taken for the lookup's). Else as heard.
 */
export function bookingInstead(q: QuestionId, ctx: CallContext, said: CallerEvent, heard: Heard): Heard {
  const open = ASKED_AT[q];
  if (!open || said.type !== 'caller.speech') return heard;
  if (!open(heard) || hasAnyPhrase(tokenize(said.text), ELSEWHERE)) return heard;
  // Words that book, not a stay alone: "the 8th" where a reservation is looked for is the guest's
  // arrival (to find it), and "tomorrow" to the offer may be when to call back — neither a booking.
  if (intentFromSpeech(said.text, ctx.locale) !== 'book') return heard;
  const menu = readQuestion('mainMenu', ctx, said);
  if (menu.kind === 'route' && menu.route === 'book') return { kind: 'route', route: 'book', ...(menu.locale ? { locale: menu.locale } : {}) };
  // A stay said with it ("for tomorrow, two nights"): an answer of the booking, as at the menu.
  const slots = menu.kind === 'answer' ? slotsOf(menu.value) : null;
  const booking = slots !== null && (slots.arrival !== undefined || slots.dateChoice !== undefined || slots.roomType !== undefined || slots.nights !== undefined || slots.rooms !== undefined);
  if (!booking || menu.kind !== 'answer') return heard;
  return q === 'callbackOffer' ? menu : { kind: 'route', route: 'book', value: menu.value, ...(menu.locale ? { locale: menu.locale } : {}) };
}
