// "Any room", "whatever you have", "me da igual", "lo que tenga" at the room-type question: the
// caller leaves the choice to us. A reservation agent answers with the cheapest type free for the
// caller's dates and rooms, its rate, and asks to book it ("Our Standard is $129 a night. Shall I
// book it?"); yes takes it, no hears the types again (short), a type named instead is taken.
// Which types are free is an effect (findFreeTypes: the first night, the rooms asked or one); the
// choice among them is made here. Not read as such: an availability question ("do you have any
// rooms for the 5th?"), a feature asked for ("any room with two beds?"), another detail left open
// ("cualquier día"). Pure; never throws.

import type { CallContext, CallerEvent, Heard, Notice, QuestionId } from './call-context.ts';
import type { FreeType } from './effects.ts';
import { hasAnyPhrase, indexOfPhrase, phraseTokens, tokenize } from './understanding/normalize.ts';
import { roomTypeByPrice } from './understanding/price-order.ts';
import { namesOnly, roomTypeMatches } from './understanding/room-type-phrases.ts';
import { yesNo } from './understanding/yes-no.ts';

/** Words that leave the room's type to the hotel, whatever was asked ("any room", "lo que tenga"). */
const ANY_ROOM = [
  // English
  'any room', 'any rooms', 'any type', 'any kind', 'any room type', 'whatever room', 'whichever room', 'any of the rooms',
  'whatever you have', 'whatever you got', 'whatever you ve got', 'whatever youve got', 'whatever s available', 'whatevers available',
  'whatever is available', 'whatever is free', 'whatever is open', 'whatever s open', 'whatever you have available', 'what you have available',
  'whatever you recommend', 'don t care which', 'dont care which', 'do not care which', 'no preference', 'just a room', 'a regular room',
  'a basic room', 'a normal room', 'room type doesn t matter', 'type doesn t matter',
  // Español
  'lo que tenga', 'lo que tengan', 'lo que tenga disponible', 'lo que haya', 'la que sea', 'el que sea', 'la que tenga', 'la que tengan',
  'el que tenga', 'la que haya', 'el que haya', 'cualquier habitacion', 'cualquier cuarto', 'cualquier tipo', 'la que este disponible',
  'la que me recomiende', 'la que recomiende', 'la que usted diga', 'lo que este disponible', 'una habitacion normal', 'un cuarto normal',
  'no tengo preferencia', 'sin preferencia',
];

/** At the room-type question, where nothing else can be meant: the choice left open in any words ("doesn't matter", "me da igual"). */
const ANY_CHOICE = [
  'any of them', 'any one of them', 'anyone is fine', 'any one is fine', 'any one', 'any is fine', 'any will do', 'anything', 'whatever',
  'whichever', 'either one', 'either is fine', 'doesn t matter', 'does not matter', 'doesnt matter', 'don t care', 'dont care', 'do not care',
  'don t mind', 'dont mind', 'not picky', 'surprise me', 'you choose', 'you pick', 'your choice', 'up to you', 'you decide',
  'what do you recommend', 'dealer s choice', 'a room is fine', 'what s available', 'whats available', 'what is available', 'what you have',
  'what you ve got', 'what you got',
  'lo que sea', 'cualquiera', 'cualquier opcion', 'me da igual', 'da igual', 'me es igual', 'es igual', 'no importa', 'no me importa',
  'me da lo mismo', 'da lo mismo', 'es lo mismo', 'ninguna en especial', 'ninguna en particular', 'usted escoja', 'usted elija',
  'usted diga', 'me recomiende', 'nos recomiende', 'que me recomienda', 'recomiendeme', 'la disponible', 'una normal', 'lo disponible',
];

/** What makes the words something else: an availability question, a feature wanted, a person or the price asked. */
const NOT_A_CHOICE = [
  'do you have', 'do u have', 'have you got', 'are there', 'is there', 'you have any', 'you got any', 'have any', 'any available', 'rooms available',
  'tienen', 'tiene', 'hay', 'habra', 'le queda', 'les queda', 'quedan', 'queda',
  'with', 'that has', 'which has', 'without', 'con', 'que tenga vista', 'que tenga cama', 'que tenga dos', 'sin',
  'how much', 'price', 'cuanto', 'cuesta', 'precio', 'else', 'mas', 'other', 'otra', 'otro',
];

/** Another detail left open when said right after the words ("whatever day", "cualquier día", "any time"). */
const OTHER_DETAIL = new Set([
  'day', 'days', 'date', 'dates', 'night', 'nights', 'time', 'week', 'weekend', 'month', 'number', 'name', 'card', 'payment', 'way',
  'dia', 'dias', 'fecha', 'fechas', 'noche', 'noches', 'semana', 'fin', 'mes', 'hora', 'numero', 'nombre', 'tarjeta', 'pago', 'forma',
]);

/**
 * Whether the words leave the room's type to the hotel ("any room", "lo que tenga"; at the room-type
 * question, `anyWords`, also "doesn't matter", "me da igual"), and ask nothing else.
 */
export function anyRoomAsked(text: string, anyWords = true): boolean {
  try {
    const words = tokenize(text);
    if (words.length === 0 || words.length > 40 || hasAnyPhrase(words, NOT_A_CHOICE)) return false;
    return saysOpen(words, ANY_ROOM) || (anyWords && words.length <= 14 && saysOpen(words, ANY_CHOICE));
  } catch {
    return false;
  }
}

/** One of the phrases said, and not of another detail ("whatever day" is not a room left open). */
function saysOpen(words: readonly string[], phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    const phrase = phraseTokens(p);
    for (let at = indexOfPhrase(words, phrase); at >= 0; at = indexOfPhrase(words, phrase, at + 1)) {
      if (!OTHER_DETAIL.has(words[at + phrase.length] ?? '')) return true;
    }
    return false;
  });
}

/** The cheapest type with the rooms asked for free (the hotel's order breaks a tie), or null: none has. */
export function cheapestFree(ctx: Pick<CallContext, 'hotel' | 'rooms'>, free: readonly FreeType[]): string | null {
  const rooms = ctx.rooms ?? 1;
  let best: { code: string; rate: number } | null = null;
  for (const type of ctx.hotel.roomTypes) {
    const n = free.find((f) => f.code === type.code)?.free ?? 0;
    if (n >= rooms && (best === null || type.rate < best.rate)) best = { code: type.code, rate: type.rate };
  }
  return best?.code ?? null;
}

/** The offer said before its question ("Our Standard is $129 a night."; `full`: the cheapest asked for, sold out, named first). */
export function cheapestNotice(code: string, full: string | null = null): Notice {
  return { id: 'cheapestOffer', params: full ? { type: code, full } : { type: code } };
}

/** The type taken from a request's room type or the list's answer, if any. */
function typeTaken(heard: Heard): string | null {
  if (heard.kind === 'answer' || heard.kind === 'unsure' || heard.kind === 'route') {
    const value = heard.value;
    if (value?.q === 'roomType') return value.code;
    if (value?.q === 'request') return value.slots.roomType ?? null;
  }
  return null;
}

/**
 * "The cheapest", "la más barata", "el más económico" (no type named): the type taken is the lowest
 * rate on paper, which may be sold out for the caller's dates. Its code, to be checked before it is
 * kept (the cheapest free offered instead when it is full); else null.
 */
export function cheapestAskedIn(question: QuestionId, heard: Heard, ctx: CallContext, said: CallerEvent): string | null {
  try {
    if (said.type !== 'caller.speech' || !BEFORE_THE_TYPE.has(question) || ctx.roomType !== null) return null;
    const code = typeTaken(heard) ?? typeAskedAbout(question, heard);
    if (code === null) return null;
    const words = tokenize(said.text);
    // (By its name: a hotel file may list "cheapest", "la más barata" among a type's words.)
    if (roomTypeMatches(words, namesOnly(ctx.hotel.roomTypes), ctx.locale).length > 0) return null;
    const lowest = Math.min(...ctx.hotel.roomTypes.map((t) => t.rate));
    return roomTypeByPrice(words, ctx.hotel.roomTypes) === code && ctx.hotel.roomTypes.find((t) => t.code === code)?.rate === lowest ? code : null;
  } catch {
    return null;
  }
}

/**
 * The one type a question asked about ("what's your cheapest room?"), or null: at the list, or with
 * the stay it starts ("what's the cheapest room for next Friday?" at the greeting).
 */
function typeAskedAbout(question: QuestionId, heard: Heard): string | null {
  const value = heard.kind === 'answer' || heard.kind === 'answered' ? heard.value : undefined;
  const withStay = value?.q === 'arrivalDate' || (value?.q === 'request' && value.slots.roomType === undefined && value.slots.arrival !== undefined);
  if (!withStay && (question !== 'roomType' || heard.kind !== 'answered' || heard.value !== undefined)) return null;
  const notices = heard.kind === 'answered' || heard.kind === 'answer' ? (heard.notices ?? []) : [];
  const asked = notices.find((n) => n.id === 'typeAsked');
  // (With the stay, "¿cuál es la más barata para el 4?" may be its rate asked: the one type whose rate is said.)
  const rates = withStay && !asked ? notices.filter((n) => n.id === 'rate') : [];
  const codes = asked ? String(asked.params?.types ?? '').split(',').filter((c) => c !== '') : rates.map((n) => String(n.params?.type ?? ''));
  return codes.length === 1 && codes[0] !== '' ? codes[0]! : null;
}


/** Whether the type asked for as the cheapest (taken, or its rate asked) is free for the rooms asked (or one). */
export function cheapestAskedFree(ctx: Pick<CallContext, 'rooms' | 'roomType' | 'cheapestAsked'>, free: readonly FreeType[]): boolean {
  const code = ctx.cheapestAsked ?? null;
  return code !== null && (ctx.roomType === code || ctx.roomType === null) && (free.find((f) => f.code === code)?.free ?? 0) >= (ctx.rooms ?? 1);
}

/** The questions where the room's type may still be left open along with what they ask. */
const BEFORE_THE_TYPE: ReadonlySet<QuestionId> = new Set(['greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights']);

/**
 * The turn, with the choice of room left to the hotel. At the room-type question, words that say
 * nothing else ("any room", "me da igual"; the question's readers found no answer in them) are
 * route anyRoom; with other details ("two rooms, any type", at the greeting "a room for the 12th,
 * whatever you have") the answer is taken and `anyRoom` says the cheapest free is to be offered
 * when the type is asked. After the offer: "repeat that" hears the offer again (`keepOffer`), a no
 * hears the types short (`shortList`).
 */
export function anyRoomHeard(
  question: QuestionId,
  heard: Heard,
  ctx: CallContext,
  said: CallerEvent,
): { heard: Heard; anyRoom: boolean; keepOffer: boolean; shortList: boolean } {
  const none = { heard, anyRoom: false, keepOffer: false, shortList: false };
  if (said.type !== 'caller.speech' || !BEFORE_THE_TYPE.has(question)) return none;
  const offered = ctx.cheapestOffer ?? null;
  if (question === 'roomType' && offered !== null && heard.kind === 'repeat') {
    const no = yesNo(said.text, ctx.locale) === 'no';
    return { heard, anyRoom: false, keepOffer: !no, shortList: no };
  }
  if (ctx.roomType !== null || typeSaid(heard) || roomTypeMatches(tokenize(said.text), ctx.hotel.roomTypes, ctx.locale).length > 0) return none;
  if (question === 'roomType' && nothingElse(heard)) {
    return anyRoomAsked(said.text) ? { heard: { kind: 'route', route: 'anyRoom' }, anyRoom: true, keepOffer: false, shortList: false } : none;
  }
  const carried = heard.kind === 'answer' || (heard.kind === 'route' && heard.route === 'book');
  return carried && anyRoomAsked(said.text, question === 'roomType') ? { ...none, anyRoom: true } : none;
}

/** The words named a room type (by its name, its price, its beds). */
function typeSaid(heard: Heard): boolean {
  if (heard.kind !== 'answer' && heard.kind !== 'route') return false;
  const value = heard.value;
  return value?.q === 'roomType' || (value?.q === 'request' && value.slots.roomType !== undefined);
}

/** Nothing in the words but the choice left open: a miss, or a question of the types that named none. */
function nothingElse(heard: Heard): boolean {
  if (heard.kind === 'miss') return true;
  if (heard.kind !== 'answered' || heard.value !== undefined) return false;
  return heard.notices.every((n) => n.id === 'notAnswered' || (n.id === 'typeAsked' && String(n.params?.types ?? '') === ''));
}
