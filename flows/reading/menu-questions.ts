// Readers for the questions that steer the call rather than fill the booking: the greeting and
// main menu, the alternatives when rooms are short, the read-back and its "change a detail",
// and the yes/no after low-confidence speech.

import type { Answer, CallContext, Detail, Heard, OfferOption } from '../call-context.ts';
import { countFromSpeech, langOf, readNumberAt } from '../understanding/numbers.ts';
import { readDates } from '../understanding/stay-dates.ts';
import { intentFromSpeech, saysGuestInHouse, speaksOfReservationMade } from '../understanding/intents.ts';
import { nameLikeness } from '../understanding/name-likeness.ts';
import { nameFromSpeech, nameInRequest } from '../understanding/names.ts';
import { partyOfOneIn } from '../understanding/party-of-one.ts';
import { hasAnyPhrase, hasPhrase, saysOnly, tokenize } from '../understanding/normalize.ts';
import { roomTypeFromSpeech } from '../understanding/room-types.ts';
import { roomTypeByPrice } from '../understanding/price-order.ts';
import { listPosition } from '../understanding/list-position.ts';
import { isHesitation, keepsItAsIs, yesNo, yesWithABut } from '../understanding/yes-no.ts';
import type { CallerInput } from './caller-input.ts';
import { reachableNumber } from './guest-questions.ts';
import { stripHash } from './caller-input.ts';
import { withWholeRequest } from './request-answer.ts';
import { readConfirmationNumber } from './reservation-questions.ts';
import { asksTheTotal, saysSomething } from './whole-request.ts';
import { callerWillCall } from '../caller-calls-back.ts';
import type { WholeRequest } from './whole-request.ts';

/** Whether the words carry anything for the booking (or something that could not be taken). */
const carries = (whole: WholeRequest | null): boolean => whole !== null && (saysSomething(whole.slots) || whole.refused || whole.group);

/**
 * Greeting and main menu: 1 book, 2 an existing reservation, 9 the other language (greeting only). Said: a
 * request with any detail starts the booking with it; the language spoken becomes the call's. A
 * reservation made before ("we have a room booked for Friday", "ya reservé por Booking") is looked
 * for, with what was said of it (its number, the name it is under), never started again as a new
 * one; a guest calling about their stay ("I'm in room 204", "dejé mi cargador") goes to the desk.
 */
export function readMainMenu(ctx: CallContext, input: CallerInput, offersSpanish: boolean, whole: WholeRequest | null = null): Heard | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    if (key === '1') return { kind: 'route', route: 'book' };
    if (key === '2') return { kind: 'route', route: 'existing' };
    if (key === '9' && offersSpanish) return { kind: 'route', route: ctx.locale === 'es-MX' ? 'english' : 'spanish' };
    return null;
  }
  if (input.kind !== 'speech') return null;
  const locale = whole?.slots.locale;
  const speaking: Answer | undefined = locale ? { q: 'request', slots: { locale } } : undefined;
  const said = intentFromSpeech(input.text, ctx.locale);
  // ("Quiero cambiar la fecha de mi reservación": its dates are changed once it is found.)
  const intent = said === 'changeDates' && speaksOfReservationMade(input.text) ? 'existing' : said;
  // A question answered first ("I'm already booked, what time is check-in?"); else the reservation.
  if (intent === 'existing' && !whole?.notices.length) {
    const lookup = lookupSaid(ctx, input);
    return { kind: 'route', route: 'existing', ...(lookup ? { value: lookup } : speaking ? { value: speaking } : {}) };
  }
  // ("Left my charger in room 412 yesterday": the day past is the stay's that ended, not one to ask about.)
  if (intent !== 'book' && !whole?.notices.some((n) => n.id !== 'dateInPast') && saysGuestInHouse(input.text)) return { kind: 'agent' };
  if (whole && carries(whole)) return withWholeRequest(null, partyOfOne(whole, input.text), input);
  if (intent === 'spanish' && ctx.locale !== 'es-MX') return { kind: 'route', route: 'spanish' };
  // A conversation begun in Spanish (a text that said "hola") can turn to English the same way.
  if (intent === 'english' && ctx.locale === 'es-MX' && offersSpanish) return { kind: 'route', route: 'english' };
  // A question answered first: "room" in "what time do I have to leave the room?" is not a booking.
  if (whole?.notices.length) return { kind: 'answered', notices: whole.notices, ...(speaking ? { value: speaking } : {}) };
  if (intent === 'book') return speaking ? { kind: 'answer', value: speaking } : { kind: 'route', route: 'book' };
  if (intent === 'existing') return { kind: 'route', route: 'existing', ...(speaking ? { value: speaking } : {}) };
  // Spanish words at the English greeting (a hello, a question): the call goes on in Spanish; and
  // English words at the Spanish greeting of a hotel that greets in Spanish (guestLocale) in English.
  if (locale === 'es-MX' && offersSpanish) return { kind: 'route', route: 'spanish' };
  if (locale === 'en-US' && ctx.locale === 'es-MX' && offersSpanish) return { kind: 'route', route: 'english' };
  // "Thanks, that's all", "gracias, es todo" (a question answered, say): "You're welcome", not "Sorry, I didn't understand".
  if (onlyThanks(tokenize(input.text))) return { kind: 'answered', notices: [{ id: 'welcome' }] };
  return null;
}

/**
 * What a reservation made before needs that was said with it: its confirmation number ("confirmation
 * 7331 0042"), the name it is under ("under Park", "a nombre de García"); both, or one, or null.
 */
function lookupSaid(ctx: CallContext, input: Extract<CallerInput, { kind: 'speech' }>): Answer | null {
  const read = readConfirmationNumber({ ...ctx, callerReservations: [] }, input);
  const confirmation = read?.kind === 'answer' && read.value.q === 'lookup' && 'confirmation' in read.value ? read.value.confirmation : null;
  const named = nameInRequest(input.text) ?? nameAfterUnder(input.text);
  const lastName = named !== null && nameLikeness(named) === 'name' ? named : null;
  if (confirmation !== null && lastName !== null) return { q: 'lookup', confirmation, lastName };
  if (confirmation !== null) return { q: 'lookup', confirmation };
  return lastName !== null ? { q: 'lookup', lastName } : null;
}

/** Where a reservation is said to be under a name: "it's under Torres", "booked under Park for Friday". */
const UNDER = /\b(?:under|a nombre de|bajo el nombre de)\s+([^,.;:?!¿¡]+)/iu;
/** Words that end the name after "under": "under Park for Friday", "a nombre de Ruiz para el 12". */
const AFTER_A_NAME = new Set(['for', 'from', 'on', 'and', 'with', 'please', 'arriving', 'para', 'por', 'desde', 'y', 'con', 'el', 'del', 'que']);

/** The name said after "under" (nameInRequest knows "reservation under", "under the name"; not "it's under Torres"). */
function nameAfterUnder(text: string): string | null {
  const after = UNDER.exec(text.slice(0, 300))?.[1];
  if (!after) return null;
  const words = after.trim().split(/\s+/u);
  const end = words.findIndex((w) => AFTER_A_NAME.has(w.toLowerCase()));
  const kept = words.slice(0, end < 0 ? words.length : end);
  return kept.length > 0 && kept.length <= 3 ? nameFromSpeech(kept.join(' ')) : null;
}

/** "Anything open the weekend of the 19th? Just me": one room, where no number of rooms was said. */
function partyOfOne(whole: WholeRequest, text: string): WholeRequest {
  return whole.slots.rooms === undefined && partyOfOneIn(text) ? { ...whole, slots: { ...whole.slots, rooms: 1 } } : whole;
}

/** Thanks and goodbyes, and what comes with them. */
const THANKS = [
  'thanks', 'thank you', 'thank u', 'thx', 'ty', 'bye', 'goodbye', 'bye bye', 'that s all', 'thats all', 'that s it', 'thats it',
  'that is all', 'that is it', 'that will be all', 'that ll be all',
  'gracias', 'muchas gracias', 'adios', 'hasta luego', 'es todo', 'eso es todo', 'seria todo', 'nada mas', 'muy amable',
];
const THANKS_FILLER = new Set(['ok', 'okay', 'great', 'perfect', 'cool', 'so', 'much', 'very', 'perfecto', 'listo', 'va', 'sale', 'bueno', 'pues', 'y', 'and', 'no', 'nothing', 'else', 'mas', 'por', 'ahora', 'now', 'for', 'that', 'eso', 'the', 'info', 'informacion', 'la', 'sir', 'maam', 'senorita', 'senor']);

function onlyThanks(words: readonly string[]): boolean {
  return saysOnly(words, THANKS, THANKS_FILLER);
}

/** "thanks!", "ok muchas gracias", "thank you, bye": only thanks or a goodbye, nothing asked or given. */
export function saysOnlyThanks(text: string): boolean {
  return onlyThanks(tokenize(text));
}

/** Alternatives: 1..n takes an option, 9 other dates. */
export const CHANGE_DATES_KEY = '9';

export function readOffer(ctx: CallContext, input: CallerInput, whole: WholeRequest | null = null): Heard | null {
  const own = readOfferOption(ctx, input);
  if (own !== null || input.kind !== 'speech') return own;
  // Not one of the options, but other details ("what about the 12th?", "mejor el 20"): they change
  // the stay. A number alone that could be the rooms wanted is no day here ("just the 2, then",
  // "I'll take the two"): read as one, it moved the arrival to the 2nd.
  const words = tokenize(input.text);
  const n = numberSaid(words, ctx);
  const rooms = n !== null && ctx.rooms !== null && n < ctx.rooms;
  const details = whole?.slots.arrival && rooms && !saysADayBesidesNumbers(ctx, words) ? withoutArrival(whole) : whole;
  if (carries(details)) return withWholeRequest(null, details, input);
  // "What about the weekend after?", "a week later?": other dates, none this reader can name.
  return hasAnyPhrase(words, TIME_TALK) ? { kind: 'route', route: 'changeDates' } : null;
}

/** Words about when, at an offer of rooms: asking for other dates ("the weekend after", "later that week"). */
// (Not "later" alone: "I'll call back later" asks for no other dates.)
const TIME_TALK = [
  'weekend', 'wknd', 'week', 'wk', 'month', 'day after', 'days after', 'day before', 'day later', 'days later', 'day earlier',
  'days earlier', 'fin de semana', 'finde', 'otro fin', 'semana', 'mes', 'dia despues', 'dias despues', 'dia antes', 'dias antes',
  // "How about the Friday after?": a day the date reader could not name.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunes', 'martes', 'miercoles', 'jueves',
  'viernes', 'sabado', 'domingo',
];

/** Whether the words say a day with more than a number ("the 12th", "Friday", "March 3"): read with their numbers left out. */
function saysADayBesidesNumbers(ctx: CallContext, words: readonly string[]): boolean {
  const lang = langOf(ctx.locale);
  const kept = words.filter((_, i) => !/^\d+$/.test(words[i]!) && readNumberAt(words, i, lang) === null);
  return readDates(kept.join(' '), { today: ctx.today, locale: ctx.locale, country: ctx.hotel.country }).dates.kind !== 'none';
}

function withoutArrival(whole: WholeRequest): WholeRequest {
  const { arrival: _arrival, dateChoice: _choice, ...slots } = whole.slots;
  return { ...whole, slots };
}

/** The one number said ("just the 2 then", "las dos"), or null: none, or more than one. */
function numberSaid(words: readonly string[], ctx: CallContext): number | null {
  const lang = langOf(ctx.locale);
  let said: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const n = /^\d+$/.test(words[i]!) ? { value: Number(words[i]), end: i + 1 } : readNumberAt(words, i, lang);
    if (!n) continue;
    if (said !== null) return null;
    said = n.value;
    i = n.end - 1;
  }
  return said;
}

function readOfferOption(ctx: CallContext, input: CallerInput): Heard | null {
  const options = ctx.offer ?? [];
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    if (key === CHANGE_DATES_KEY) return { kind: 'route', route: 'changeDates' };
    const option = options[Number(key) - 1];
    return /^\d$/.test(key) && option ? take(option) : null;
  }
  if (input.kind !== 'speech') return null;
  if (intentFromSpeech(input.text, ctx.locale) === 'changeDates') return { kind: 'route', route: 'changeDates' };
  const code = roomTypeFromSpeech(input.text, ctx.locale, ctx.hotel.roomTypes);
  const byType = options.find((o) => o.kind === 'roomType' && o.code === code);
  if (byType) return take(byType);
  // "The cheaper one then", "la que cueste menos": that end of the rates of the types offered.
  const offered = ctx.hotel.roomTypes.filter((t) => options.some((o) => o.kind === 'roomType' && o.code === t.code));
  const byPrice = code === null ? roomTypeByPrice(tokenize(input.text), offered) : null;
  const priced = options.find((o) => o.kind === 'roomType' && o.code === byPrice);
  if (priced) return take(priced);
  const rooms = countFromSpeech(input.text, ctx.locale, 'rooms');
  const fewer = options.find((o) => o.kind === 'fewerRooms' && o.rooms === rooms);
  if (fewer) return take(fewer);
  // "Just the 2, then", "I'll take the two", "nada más las dos": the rooms left, by their number.
  const left = options.find((o) => o.kind === 'fewerRooms');
  if (left && numberSaid(tokenize(input.text), ctx) === left.rooms) return take(left);
  // "The second one", "la primera", "option 3", "#2": the option at that place (a bare number only
  // where none of them is a number of rooms).
  const at = listPosition(tokenize(input.text), options.length, !left);
  if (at !== null) return take(options[at]!);
  if (options.length === 1 && yesNo(input.text, ctx.locale) === 'yes') return take(options[0]!);
  return null;
}

function take(option: OfferOption): Heard {
  return { kind: 'answer', value: { q: 'offer', option } };
}

const CHANGE_WORDS = [
  'change', 'cambiar', 'cambio', 'modify', 'modificar', 'cambie', 'cambia', 'cambieme', 'cambiame', 'cambiarle',
  'fix', 'correct the', 'correct my', 'correct it', 'correct that', 'corregir', 'corrija', 'update', 'wrong', 'mal', 'equivocado', 'equivocada', 'incorrecto',
  // "The name's misspelled", "it's spelt wrong", "there's a typo in the name", "el nombre está mal escrito".
  'misspelled', 'misspelt', 'typo', 'incorrect', 'incorrecta',
  // "Everything's right except the name": a yes with an exception is a change.
  'except', 'apart from', 'other than', 'but the', 'should be', 'menos', 'excepto', 'salvo', 'pero el', 'pero la',
  // Texted or heard short: "yes exc the date", "all good xcept the name".
  'exc', 'excep', 'exept', 'xcept', 'aside from', 'besides',
  'debe ser', 'deberia ser',
  // "Sí, nada más que el nombre va con zeta": a yes with an exception, as "pero el".
  'nada mas que el', 'nada mas que la', 'nomas que el', 'nomas que la', 'solo que el', 'solo que la', 'but my', 'pero mi',
];

/**
 * Read-back: 1 confirm, 2 change a detail, 3 hear it again. Said: a correction ("make it three
 * nights", "no, the 25th", "mejor cinco noches") changes just that; naming a detail to change
 * ("change the name", "cámbieme el nombre") asks it again; "what was the total?" is answered.
 */
export function readReadBack(ctx: CallContext, input: CallerInput, whole: WholeRequest | null = null): Heard | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    if (key === '1') return { kind: 'route', route: 'confirm' };
    if (key === '2') return { kind: 'route', route: 'change' };
    if (key === '3') return { kind: 'repeat' };
    return null;
  }
  if (input.kind !== 'speech') return null;
  if (carries(whole)) return withWholeRequest(null, whole, input);
  const said = withoutNoHombre(tokenize(input.text));
  // ("Yes but put it under my husband's name", "sí, nada más que a nombre de mi esposa": a yes held by
  // its "but", and the detail it is about: that detail is asked again.)
  const changing = hasAnyPhrase(said, CHANGE_WORDS) || (yesWithABut(input.text) && detailNamed(said) !== null);
  const detail = changing ? detailNamed(said) : null;
  // "Change the nights to four", "cambie las habitaciones a dos": the new value, at once.
  const count = detail === 'nights' || detail === 'rooms' ? countFromSpeech(input.text, ctx.locale, detail) : null;
  if (count !== null) return withWholeRequest(null, { slots: { [detail as 'nights' | 'rooms']: count }, notices: [], refused: false, group: detail === 'rooms' && count > ctx.hotel.maxRoomsPerBooking }, input);
  if (detail) return { kind: 'answer', value: { q: 'changeDetail', detail } };
  const notices = [...(asksTheTotal(said) ? [{ id: 'total' as const }] : []), ...(whole?.notices ?? [])];
  if (notices.length) return { kind: 'answered', notices };
  if (changing) return { kind: 'route', route: 'change' };
  const answer = yesNo(input.text, ctx.locale);
  // "Sí, nada más que sea rápido": a yes waiting on its "but", no booking yet (the read-back again).
  if (answer === 'yes' && yesWithABut(input.text)) return null;
  // "No, gracias, así está bien": nothing to change, the reservation as read.
  if (answer === 'yes' || (answer === 'no' && keepsItAsIs(input.text))) return { kind: 'route', route: 'confirm' };
  if (answer === 'no') return { kind: 'route', route: 'change' };
  // "Yeah, hold on a second": not a yes; the reservation is said again once they are back.
  if (isHesitation(input.text)) return { kind: 'repeat' };
  return null;
}

/** The details a guest can change from the read-back, in the order they are offered (keys 1..7). */
export const DETAILS: readonly Detail[] = ['arrivalDate', 'roomType', 'rooms', 'nights', 'name', 'payment', 'callback'];

// Words that name a detail, accent-free (the text is normalised first); the longer phrase wins.
const DETAIL_WORDS: Record<Detail, string[]> = {
  arrivalDate: ['date', 'dates', 'arrival', 'day', 'fecha', 'fechas', 'llegada', 'dia'],
  roomType: ['room type', 'type', 'kind of room', 'tipo', 'tipo de habitacion'],
  rooms: ['number of rooms', 'how many rooms', 'rooms', 'habitaciones', 'cuartos', 'numero de habitaciones'],
  nights: ['nights', 'night', 'stay', 'noches', 'noche', 'estancia'],
  name: ['name', 'nombre'],
  payment: ['payment', 'pay', 'card', 'cash', 'pago', 'pagar', 'tarjeta', 'efectivo'],
  callback: ['phone', 'number', 'callback', 'telephone', 'telefono', 'numero', 'contacto'],
};

export function readChangeDetail(_ctx: CallContext, input: CallerInput, whole: WholeRequest | null = null): Heard | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    const detail = /^\d$/.test(key) ? DETAILS[Number(key) - 1] : undefined;
    return detail ? { kind: 'answer', value: { q: 'changeDetail', detail } } : null;
  }
  if (input.kind !== 'speech') return null;
  // The new value itself ("three nights", "the 25th"): taken at once.
  if (carries(whole)) return withWholeRequest(null, whole, input);
  const detail = detailNamed(withoutNoHombre(tokenize(input.text)));
  return detail ? { kind: 'answer', value: { q: 'changeDetail', detail } } : null;
}

/** After an opening "nombre", these make it the name with another detail ("nombre y fecha"), not an exclamation. */
const DETAILS_JOINED = new Set(['y', 'e', 'ni', 'o', 'and', 'or']);

/**
 * "Nombre, la fecha está mal": Mexico's "¡no, hombre!" opening the answer, when another detail is
 * named after it — a no, and the date to change, not the name.
 */
function withoutNoHombre(said: readonly string[]): readonly string[] {
  return said[0] === 'nombre' && !DETAILS_JOINED.has(said[1] ?? '') && detailNamed(said.slice(1)) !== null ? said.slice(1) : said;
}

/** The detail the words name; the longer phrase wins ("number of rooms" over "number"). */
function detailNamed(said: readonly string[]): Detail | null {
  let best: { detail: Detail; length: number } | null = null;
  for (const detail of DETAILS) {
    for (const word of DETAIL_WORDS[detail]) {
      if (hasPhrase(said, word) && (!best || word.length > best.length)) best = { detail, length: word.length };
    }
  }
  return best?.detail ?? null;
}

/** "I heard X: 1 yes, 2 say it again." */
export function readConfirmHeard(ctx: CallContext, input: CallerInput): Heard | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    if (key === '1') return { kind: 'route', route: 'yes' };
    if (key === '2') return { kind: 'route', route: 'no' };
    return null;
  }
  if (input.kind !== 'speech') return null;
  const answer = yesNo(input.text, ctx.locale);
  return answer === null ? null : { kind: 'route', route: answer };
}

const MESSAGE_WORDS = ['message', 'voicemail', 'leave a message', 'mensaje', 'dejar un mensaje', 'recado'];
const CALLBACK_WORDS = ['call me back', 'call back', 'callback', 'call me', 'llamenme', 'llamame', 'devolver la llamada', 'que me llamen'];

/** Neither a message nor a call back: the caller will call again, or needs nothing more. */
const NO_CALLBACK = [
  'no thanks', 'no thank you', 'never mind', 'nevermind', 'that s ok', 'thats ok', 'i ll call back', 'ill call back', 'i ll call again',
  'ill call again', 'no gracias', 'asi esta bien', 'no es necesario', 'no hace falta', 'yo les llamo', 'yo llamo', 'llamo despues', 'llamo mas tarde',
];

/** The desk could not take the call: 1 leave a message, 2 be called back on the number we have. */
export function readCallbackOffer(ctx: CallContext, input: CallerInput): Heard | null {
  let choice: 'leaveMessage' | 'callMeBack' | null = null;
  // "No thanks", "no gracias, yo les llamo": neither, and a goodbye ("no, just call me back" is a call back).
  if (input.kind === 'speech') {
    const said = tokenize(input.text);
    const asked = hasAnyPhrase(said, MESSAGE_WORDS) || hasAnyPhrase(said, CALLBACK_WORDS);
    if (hasAnyPhrase(said, NO_CALLBACK) || callerWillCall(input.text) || (!asked && yesNo(input.text, ctx.locale) === 'no')) return { kind: 'route', route: 'noCallback' };
  }
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    choice = key === '1' ? 'leaveMessage' : key === '2' ? 'callMeBack' : null;
  } else if (input.kind === 'speech') {
    const said = tokenize(input.text);
    if (hasAnyPhrase(said, MESSAGE_WORDS)) choice = 'leaveMessage';
    else if (hasAnyPhrase(said, CALLBACK_WORDS) || yesNo(input.text, ctx.locale) === 'yes') choice = 'callMeBack';
  }
  if (choice === 'callMeBack' && reachableNumber(ctx) === null) {
    return { kind: 'miss', notice: { id: 'callerNumberUnknown' } };
  }
  return choice ? { kind: 'route', route: choice } : null;
}
