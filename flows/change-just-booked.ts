// A change said right after a booking ("oh wait, actually can we make it the 21st instead", "ay no,
// siempre no, mejor llegamos el 26", "one more night"): the stay just booked changed, not a second
// booking started (the lead's probe of 2026-12-07: the caller who meant to move their stay was
// about to end up with two). A wrong booking is worse than none, so:
// - words that take back the stay just booked, with nothing of another stay in them, are a change
//   of it, by the change-by-phone flow (flows/stay-change.ts): read back, and made only on a yes;
// - words of another stay ("also another room for my sister in March") are another booking, as before;
// - a bare detail ("the 21st", "two rooms"), or words of both, is asked: 1 change it, 2 another booking.
// In the call (or text conversation) that made it, the reservation is the caller's own: no proof
// asked. In a new text conversation minutes after one that booked (CallContext.justBooked), a text
// number proves nothing (docs/security.md): the change goes through the reservation's lookup (its
// last name from its own number), and the reservation is named by its arrival only.

import type { Answer, CallContext, CallEvent, Heard, QuestionId, ReservationSummary } from './call-context.ts';
import { NO_STAY } from './after-booking.ts';
import { holdUntilTime } from './hold-time.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { stripHash } from './reading/caller-input.ts';
import { changeSaidAtReservation } from './stay-change.ts';
import { shiftedStay } from './stay-shift.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** Words that take back what was just booked: what follows is instead of it. */
const TAKES_BACK = [
  'instead', 'actually', 'make it', 'rather', 'scratch that', 'my mistake', 'i meant', 'i mean', 'change', 'move', 'switch',
  'siempre no', 'mejor', 'en vez', 'en lugar', 'me equivoque', 'quise decir', 'mas bien', 'cambiar', 'cambiela', 'cambiarla', 'mover', 'moverla', 'recorrer', 'recorrerla',
];
/** A change asked for without its value ("can I change it?", "quiero cambiarla"): which part is asked ("instead" alone may be "text it instead"). */
const ASKS_CHANGE = ['change', 'modify', 'cambiar', 'cambiela', 'cambiarla', 'modificar'];
/** Another stay beside the one booked: "also", "another room for my sister", "otra reservación". */
const ANOTHER_STAY = [
  'also', 'as well', 'too', 'another room', 'another reservation', 'another booking', 'another stay', 'second room', 'second reservation',
  'new reservation', 'new booking', 'separate', 'for my', 'for her', 'for him', 'for a friend', 'for someone',
  'tambien', 'ademas', 'aparte', 'otra reservacion', 'otra reserva', 'otro cuarto', 'otra habitacion', 'nueva reservacion', 'para mi', 'para su', 'para un', 'para una',
];
/** Words that ask to book: another booking, unless they take the one just made back ("can we book the 21st instead?"). */
const ASKS_TO_BOOK = ['book', 'reserve', 'reservar', 'apartar'];
const NIGHT_WORDS = ['night', 'nights', 'noche', 'noches', 'day', 'days', 'dia', 'dias'];

/** What the words after a booking are taken as: a change (its value when said), another booking asked, or which of the two asked. */
type Reading = { change: Answer | null } | 'ask' | null;

/**
 * The reservation this call (or text conversation) made last, as a found one: what the change
 * flow changes, and the stay it checks the change against (its figures as booked).
 */
export function bookedInThisCall(ctx: CallContext): ReservationSummary | null {
  if (ctx.reservationId === null || ctx.confirmation === null || !ctx.arrival || !ctx.nights || !ctx.rooms || !ctx.roomType) return null;
  const rate = ctx.quotedRate ?? ctx.hotel.roomTypes.find((t) => t.code === ctx.roomType)?.rate ?? 0;
  return {
    id: ctx.reservationId,
    confirmation: ctx.confirmation,
    arrival: ctx.arrival,
    nights: ctx.nights,
    rooms: ctx.rooms,
    roomType: ctx.roomType,
    total: rate * ctx.nights * ctx.rooms,
    status: 'booked',
    holdUntil: holdUntilTime(ctx),
  };
}

function asFound(ctx: CallContext, booked: ReservationSummary): CallContext {
  return { ...ctx, ...NO_STAY, found: booked };
}

/** The arrival of the reservation the question "change it, or another booking?" is about: named by its arrival only. */
export function justBookedArrival(ctx: CallContext): string {
  return bookedInThisCall(ctx)?.arrival ?? ctx.justBooked?.arrival ?? ctx.today;
}

/** How the words read against `booked`: see the file's head. */
function readAgainst(ctx: CallContext, booked: ReservationSummary, text: string): Reading {
  const tokens = tokenize(text);
  const another = hasAnyPhrase(tokens, ANOTHER_STAY);
  const takesBack = hasAnyPhrase(tokens, TAKES_BACK);
  // Read as at a reservation found (no stay being booked: "the 21st" is an arrival, not the booked stay's last day).
  const found = asFound(ctx, booked);
  // "One more night", "push it back a day": by so much, only this stay's (a room more may be another booking's).
  const shifted = shiftedStay(found, booked, tokens);
  const byNights = shifted !== null && hasAnyPhrase(tokens, NIGHT_WORDS);
  const change = changeSaidAtReservation(found, text, shifted) ?? shifted;
  if (another) return null;
  if (hasAnyPhrase(tokens, ASKS_TO_BOOK)) return takesBack ? 'ask' : null;
  if (takesBack && change) return { change };
  if (byNights) return { change: shifted };
  if (hasAnyPhrase(tokens, ASKS_CHANGE)) return { change: null };
  return change ? 'ask' : null;
}

/**
 * Read before anything else at the question after a booking (the change of the reservation just
 * made, in this call), and at the greeting of a text conversation begun minutes after one that
 * booked (the lookup of that reservation, with the words kept for it). Null: read as before.
 */
export function changeOfJustBooked(question: QuestionId, ctx: CallContext, input: CallerInput): Heard | null {
  if (input.kind !== 'speech') return null;
  if (question === 'anythingElse') {
    const booked = bookedInThisCall(ctx);
    const read = booked ? readAgainst(ctx, booked, input.text) : null;
    if (read === null) return null;
    return read === 'ask' ? { kind: 'route', route: 'changeOrAnother' } : changeRoute(read.change);
  }
  if (question !== 'greeting' || !ctx.justBooked) return null;
  const read = readAgainst(ctx, ctx.justBooked, input.text);
  if (read === null) return null;
  return read === 'ask' ? { kind: 'route', route: 'changeOrAnother' } : { kind: 'route', route: 'existing' };
}

function changeRoute(change: Answer | null): Heard {
  return { kind: 'route', route: 'change', ...(change ? { value: change } : {}) };
}

/**
 * The words kept with what they were read as (CallContext.changeAsked): those asked about ("change
 * this one? 1. Another booking? 2."), for the answer; a change texted to a new conversation, as
 * the change the reservation's lookup then reads back (chosenAsChange).
 */
export function wordsKept(question: QuestionId, ctx: CallContext, heard: Heard, said: CallEvent): { changeAsked: string | null } | null {
  if (heard.kind !== 'route' || said.type !== 'caller.speech') return null;
  if (heard.route === 'changeOrAnother') return { changeAsked: said.text };
  const texted = question === 'greeting' && heard.route === 'existing' && ctx.justBooked ? readAgainst(ctx, ctx.justBooked, said.text) : null;
  return texted !== null && texted !== 'ask' ? chosenAsChange(said.text) : null;
}

const CHANGE_IT = ['change', 'this one', 'that one', 'the same', 'same one', 'move', 'cambiar', 'cambiarla', 'cambiela', 'esta', 'esa', 'la misma', 'la que', 'mover'];
const ANOTHER_ONE = ['another', 'new', 'second', 'both', 'also', 'otra', 'nueva', 'segunda', 'las dos', 'ambas', 'tambien'];

/**
 * The answer to "change this one (1) or another booking (2)?", with the words it was asked about:
 * 1 the change they said (or, in a new text conversation, the lookup of the reservation they meant);
 * 2 those words read as another booking, as they were read before (`asAnother`).
 */
export function readChangeOrAnother(ctx: CallContext, input: CallerInput, asAnother: (text: string) => Heard | null): Heard | null {
  const choice = choiceOf(input);
  const words = ctx.changeAsked ?? '';
  if (choice === 'change') {
    const booked = bookedInThisCall(ctx);
    if (!booked) return ctx.justBooked ? { kind: 'route', route: 'existing' } : null;
    const found = asFound(ctx, booked);
    const shifted = shiftedStay(found, booked, tokenize(words));
    return changeRoute(changeSaidAtReservation(found, words, shifted) ?? shifted);
  }
  if (choice !== 'another') return null;
  const heard = words ? asAnother(words) : null;
  return heard?.kind === 'route' || heard?.kind === 'answer' ? heard : { kind: 'route', route: 'book' };
}

function choiceOf(input: CallerInput): 'change' | 'another' | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    return key === '1' ? 'change' : key === '2' ? 'another' : null;
  }
  if (input.kind !== 'speech') return null;
  const tokens = tokenize(input.text);
  const another = hasAnyPhrase(tokens, ANOTHER_ONE);
  const change = hasAnyPhrase(tokens, CHANGE_IT);
  return another === change ? null : change ? 'change' : 'another';
}

/**
 * The words a new text conversation's guest chose to change their reservation with ("the 21st",
 * then 1): kept as the change asked at the greeting, so the reservation, once its last name opens
 * it, reads that change back at once (flows/stay-change.ts changeAskedFirst wants a word of change).
 */
export function chosenAsChange(words: string | null | undefined): { changeAsked: string | null } {
  return { changeAsked: words ? `change ${words}` : null };
}
