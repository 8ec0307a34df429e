// After "You're booked" on the phone: one short question before goodbye. A caller who wants
// another stay ("I'd also like another room for next month", "y otra reservación para mi hermana")
// starts it here, with what the words already say; a common question is answered; 0 or "the front
// desk" reaches a person; silence, "no thanks", "that's all", "gracias" end the call. A text
// conversation closes at the booking (src/calls/call-service.ts), so this is asked by voice only.

import type { CallContext, Heard, Slots } from './call-context.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { readMainMenu } from './reading/menu-questions.ts';
import { readWholeRequest } from './reading/whole-request.ts';
import type { WholeRequest } from './reading/whole-request.ts';
import { intentFromSpeech } from './understanding/intents.ts';
import { hasAnyPhrase, saysOnly, tokenize } from './understanding/normalize.ts';
import { yesNo } from './understanding/yes-no.ts';

/** Nothing more: "no thanks", "that's all", "no, gracias, es todo". */
const NOTHING_MORE = [
  'no', 'nope', 'no thanks', 'no thank you', 'nothing', 'nothing else', 'that s all', 'thats all', 'that s it', 'that is all',
  'thanks', 'thank you', 'bye', 'goodbye', 'all set', 'i m good', 'im good', 'we re good',
  'no gracias', 'gracias', 'nada', 'nada mas', 'es todo', 'eso es todo', 'seria todo', 'adios', 'hasta luego', 'muy amable',
];
const WITH_NOTHING_MORE = new Set([
  'ok', 'okay', 'great', 'perfect', 'so', 'much', 'very', 'fine', 'sir', 'maam', 'and', 'for', 'now', 'that', 'bye', 'good',
  'perfecto', 'listo', 'bueno', 'pues', 'muchas', 'por', 'ahora', 'senorita', 'senor', 'y', 'ya', 'todo', 'va', 'sale',
]);

/** The words say the stay is for another guest: the name on it is asked again. */
const FOR_SOMEONE_ELSE = [
  'for my', 'for her', 'for him', 'for his', 'for a friend', 'for someone', 'for somebody', 'for another person',
  'for another guest', 'for my sister', 'under the name', 'in the name', 'another name', 'different name',
  'para mi', 'para su', 'para un amigo', 'para una amiga', 'para otra persona', 'a nombre de', 'otro nombre',
];

/** "No thanks, that's all", "gracias, es todo": nothing more wanted (after a booking, or at a reservation heard). */
export function saysNothingMore(text: string): boolean {
  return saysOnly(tokenize(text), NOTHING_MORE, WITH_NOTHING_MORE);
}

export function readAnythingElse(ctx: CallContext, input: CallerInput, whole: WholeRequest | null): Heard | null {
  if (input.kind === 'digits') return input.digits.replace(/#$/, '') === '1' ? { kind: 'route', route: 'book' } : null;
  if (input.kind !== 'speech') return null;
  const words = tokenize(input.text);
  if (saysOnly(words, NOTHING_MORE, WITH_NOTHING_MORE)) return { kind: 'route', route: 'done' };
  const menu = readMainMenu(ctx, input, false, whole);
  // "Another booking?" answered "yes" / "sí, por favor": the new booking's first question; "no": goodbye.
  if (!menu) {
    const answer = yesNo(input.text, ctx.locale);
    return answer === 'yes' ? { kind: 'route', route: 'book' } : answer === 'no' ? { kind: 'route', route: 'done' } : null;
  }
  return asAnotherStay(menu, words);
}

/**
 * Words read as another stay, one way wherever it is asked for: just booked (readAnythingElse) and
 * at a reservation heard (anotherBookingAsked). `menu`: the main menu's reading of them against the
 * call with its stay forgotten. A booking, with whatever the words already said of it (dates,
 * rooms, the type, a name) and whether it is for someone else; else the menu's own (a question
 * answered, the desk); null for a reservation already made (the one just booked is read back at 1
 * of the read-back, not here).
 */
function asAnotherStay(menu: Heard, words: readonly string[]): Heard | null {
  const anotherGuest = hasAnyPhrase(words, FOR_SOMEONE_ELSE) ? { anotherGuest: true } : {};
  if (menu.kind === 'route' && menu.route === 'book') return { ...menu, ...anotherGuest };
  if (menu.kind === 'answer') return { kind: 'route', route: 'book', value: menu.value, ...anotherGuest };
  if (menu.kind === 'route') return null;
  return menu;
}

/**
 * Words that ask for a booking in so many words. At a reservation heard, a detail alone ("two
 * rooms", "the 20th") is more likely a change to it, which is the desk's: no new booking from it.
 */
const ASKS_TO_BOOK = new Set(['book', 'booking', 'reserve', 'another', 'new', 'also', 'reservar', 'reservacion', 'reserva', 'apartar', 'otra', 'otro', 'nueva', 'nuevo', 'tambien']);

/**
 * At a reservation heard, a new booking asked for ("I also want to book another room for the 20th",
 * "quiero hacer otra reservación"): read as another stay is after a booking, against the call with
 * no stay begun (so "another room" is one room, not one more than the reservation's). Words that ask
 * to book are a booking whatever else they carry (a day past, say): then asked from its first question.
 */
export function anotherBookingAsked(ctx: CallContext, input: Extract<CallerInput, { kind: 'speech' }>): Heard | null {
  const words = tokenize(input.text);
  if (intentFromSpeech(input.text, ctx.locale) !== 'book' || !words.some((w) => ASKS_TO_BOOK.has(w))) return null;
  const fresh = { ...ctx, ...anotherBooking(ctx) };
  const menu = readMainMenu(fresh, input, false, readWholeRequest(input.text, fresh, 'anythingElse'));
  const stay = menu && asAnotherStay(menu, words);
  return stay?.kind === 'route' && stay.route === 'book' ? stay : { kind: 'route', route: 'book' };
}

/** No stay asked yet: what a new call starts with, and another booking in the same call starts again from. */
export const NO_STAY = {
  arrival: null,
  departure: null,
  dateChoice: null,
  roomType: null,
  rooms: null,
  nights: null,
  held: false,
  holdExpiresAt: null,
  offer: null,
  typeAsked: null,
} as const satisfies Partial<CallContext>;

/** Another booking in the same call: the stay forgotten, the phone and payment kept; the name too, unless it is for someone else. */
export function anotherBooking(ctx: CallContext): Partial<CallContext> {
  const someoneElse = ctx.heard?.kind === 'route' && ctx.heard.anotherGuest === true;
  return {
    ...NO_STAY,
    roomPage: 0,
    quotedRate: undefined,
    pending: null,
    changing: false,
    lastCheck: null,
    nameTries: 0,
    ...(someoneElse ? { guestName: null, nameRecordingUrl: null } : {}),
  };
}

/** "Same dates", "las mismas fechas": the next stay's dates are the one just booked. */
const SAME_DATES = [
  'same dates', 'same date', 'same days', 'same nights', 'same stay', 'same weekend', 'same time',
  'mismas fechas', 'misma fecha', 'mismos dias', 'mismas noches', 'mismo fin',
];
/** "The same room", "otra igual": its room type. */
const SAME_ROOM = [
  'same room', 'same type', 'same kind', 'same one', 'one just like', 'another one like', 'one like it', 'one like that',
  'misma habitacion', 'mismo cuarto', 'mismo tipo', 'otra igual', 'otro igual', 'una igual', 'uno igual',
];
/** "The same again", "lo mismo": both. */
const SAME_ALL = ['the same again', 'same again', 'exactly the same', 'the same thing', 'lo mismo', 'todo igual', 'igualita', 'igualito'];

/**
 * Another stay asked for "on the same dates" or "just like it" (`booked`: the call as it was when
 * the booking was made): those of the stay just booked are kept for it, what the words say beside
 * them wins ("same dates, but a suite").
 */
export function sameAsBooked(heard: Heard, booked: CallContext, text: string): Heard {
  if (heard.kind !== 'route' || heard.route !== 'book') return heard;
  // What the words said of the next stay: a request's details, or a room type alone.
  const value = heard.value;
  const said: Slots | null = !value ? {} : value.q === 'request' ? value.slots : value.q === 'roomType' ? { roomType: value.code } : null;
  if (said === null) return heard;
  const words = tokenize(text);
  const all = hasAnyPhrase(words, SAME_ALL);
  const dates = all || hasAnyPhrase(words, SAME_DATES);
  const room = all || hasAnyPhrase(words, SAME_ROOM);
  const kept: Slots = {
    ...(dates && booked.arrival && booked.nights ? { arrival: booked.arrival, nights: booked.nights } : {}),
    ...(room && booked.roomType ? { roomType: booked.roomType } : {}),
  };
  if (Object.keys(kept).length === 0) return heard;
  return { ...heard, value: { q: 'request', slots: { ...kept, ...said } } };
}
