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
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';
import { roomTypeMatches } from './understanding/room-type-phrases.ts';
import { yesNo } from './understanding/yes-no.ts';

/** Words that leave the room's type to the hotel. */
const ANY_ROOM = [
  // English
  'any room', 'any rooms', 'any type', 'any kind', 'any of them', 'any one of them', 'anyone is fine', 'any one is fine', 'any one',
  'any is fine', 'any will do', 'anything', 'whatever', 'whichever', 'either one', 'either is fine', 'doesn t matter', 'does not matter',
  'doesnt matter', 'don t care', 'dont care', 'do not care', 'don t mind', 'dont mind', 'no preference', 'not picky', 'surprise me',
  'you choose', 'you pick', 'your choice', 'up to you', 'you decide', 'what do you recommend', 'whatever you recommend', 'dealer s choice',
  'just a room', 'a room is fine', 'a regular room', 'a basic room', 'a normal room', 'what s available', 'whats available', 'what is available',
  'what you have', 'what you ve got', 'what you got',
  // Español
  'lo que tenga', 'lo que tengan', 'lo que haya', 'lo que sea', 'la que sea', 'el que sea', 'la que tenga', 'la que tengan', 'el que tenga',
  'la que haya', 'el que haya', 'cualquiera', 'cualquier habitacion', 'cualquier cuarto', 'cualquier tipo', 'cualquier opcion',
  'me da igual', 'da igual', 'me es igual', 'es igual', 'no importa', 'no me importa', 'me da lo mismo', 'da lo mismo', 'es lo mismo',
  'no tengo preferencia', 'sin preferencia', 'ninguna en especial', 'ninguna en particular', 'usted escoja', 'usted elija', 'usted diga',
  'la que usted diga', 'me recomiende', 'nos recomiende', 'la que recomiende', 'que me recomienda', 'recomiendeme', 'la que este disponible', 'la disponible',
  'una normal', 'una sencilla cualquiera', 'una habitacion normal', 'lo que este disponible', 'lo disponible',
];

/**
 * What makes the words something else: an availability question, a feature wanted, another detail
 * left open ("any day", "cualquier fecha"), a person or the price asked.
 */
const NOT_A_CHOICE = [
  'do you have', 'do u have', 'have you got', 'are there', 'is there', 'you have any', 'you got any', 'have any', 'any available', 'rooms available',
  'tienen', 'tiene', 'hay', 'habra', 'le queda', 'les queda', 'quedan', 'queda',
  'with', 'that has', 'which has', 'without', 'con', 'que tenga vista', 'que tenga cama', 'que tenga dos', 'sin',
  'day', 'days', 'date', 'dates', 'night', 'nights', 'time', 'week', 'weekend', 'month', 'dia', 'dias', 'fecha', 'fechas', 'noche', 'noches',
  'semana', 'fin', 'mes', 'hora', 'how much', 'price', 'cuanto', 'cuesta', 'precio', 'else', 'mas', 'other', 'otra', 'otro',
];

/** Whether the words leave the room's type to the hotel ("any room", "me da igual"), and nothing else. */
export function anyRoomAsked(text: string): boolean {
  try {
    const words = tokenize(text);
    if (words.length === 0 || words.length > 14) return false;
    return hasAnyPhrase(words, ANY_ROOM) && !hasAnyPhrase(words, NOT_A_CHOICE);
  } catch {
    return false;
  }
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

/** The offer said before its question ("Our Standard is $129 a night."). */
export function cheapestNotice(code: string): Notice {
  return { id: 'cheapestOffer', params: { type: code } };
}

/**
 * The turn at the room-type question, with the choice left to the hotel: "any room" asks for the
 * cheapest free (route anyRoom), when the question's readers found no answer in the words — a
 * type named, a date or a count said, a question of the types answered stay theirs. After the
 * offer: "repeat that" hears the offer again (`keepOffer`), a no hears the types short (`shortList`).
 */
export function anyRoomHeard(
  question: QuestionId,
  heard: Heard,
  ctx: CallContext,
  said: CallerEvent,
): { heard: Heard; keepOffer: boolean; shortList: boolean } {
  const none = { heard, keepOffer: false, shortList: false };
  if (question !== 'roomType' || said.type !== 'caller.speech') return none;
  const offered = ctx.cheapestOffer ?? null;
  if (offered !== null && heard.kind === 'repeat') {
    const no = yesNo(said.text, ctx.locale) === 'no';
    return { heard, keepOffer: !no, shortList: no };
  }
  if (!leftOpen(heard, ctx, said.text)) return none;
  return anyRoomAsked(said.text) ? { heard: { kind: 'route', route: 'anyRoom' }, keepOffer: false, shortList: false } : none;
}

/** Nothing in the words but the choice left open: a miss, or a question of the types that named none. */
function leftOpen(heard: Heard, ctx: CallContext, text: string): boolean {
  if (roomTypeMatches(tokenize(text), ctx.hotel.roomTypes, ctx.locale).length > 0) return false;
  if (heard.kind === 'miss') return true;
  if (heard.kind !== 'answered' || heard.value !== undefined) return false;
  return heard.notices.every((n) => n.id === 'notAnswered' || (n.id === 'typeAsked' && String(n.params?.types ?? '') === ''));
}
