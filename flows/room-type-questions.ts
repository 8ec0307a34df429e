// A question about the room types, where it is read (flows/read-question.ts): answered from the
// hotel file and never taken as the choice (flows/understanding/room-type-asked.ts tells the two
// apart); at the list of types or an offer the caller is then asked whether they want it, and
// "yes" takes it, "no" hears them all again (context.typeAsked).

import type { CallContext, Heard, Notice, NoticeId, QuestionId } from './call-context.ts';
import type { WholeRequest } from './reading/whole-request.ts';
import { roomTypeByFileWord } from './understanding/room-type-asked.ts';
import type { RoomTypeQuestion } from './understanding/room-type-asked.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';
import { numberOf, roomTypeMatches } from './understanding/room-type-phrases.ts';
import { yesNo } from './understanding/yes-no.ts';

/** "That one", "ésa": the one type just asked about, taken as a yes is. */
const THAT_ONE = ['that one', 'this one', 'that s the one', 'thats the one', 'take it', 'i ll take it', 'ill take it', 'sounds good', 'esa', 'ese', 'esa misma', 'ese mismo', 'la quiero', 'me la quedo', 'me quedo con esa', 'esa me sirve'];

/** After a count, these say it is of the type just asked about: "two of those", "dos de esas". */
const OF_THOSE = [['of', 'those'], ['of', 'them'], ['of', 'these'], ['de', 'esas'], ['de', 'esos'], ['de', 'estas'], ['de', 'estos'], ['de', 'ellas'], ['de', 'ellos']];
/** Before a count, these ask for that many: "I'll take 3", "make it two", "deme dos", "me da tres". */
const TAKE = [['take'], ['make', 'it'], ['give', 'me'], ['deme'], ['denme'], ['me', 'da'], ['me', 'das'], ['ponme'], ['pongame']];

/** After a number, words that count something else ("I'll take 3 nights", "make it 2 people"). */
const NOT_ROOMS = new Set(['night', 'nights', 'nite', 'nites', 'day', 'days', 'week', 'weeks', 'people', 'persons', 'adults', 'kids', 'children', 'guests', 'beds',
  'noche', 'noches', 'dia', 'dias', 'semana', 'semanas', 'personas', 'adultos', 'ninos', 'camas', 'huespedes']);

const saysAt = (words: readonly string[], at: number, phrase: readonly string[]) => phrase.every((w, k) => words[at + k] === w);

/**
 * How many rooms of the type just asked about the yes says ("ok let's do two of those", "I'll take
 * 3", "sale, deme dos de esas"): a number with words that make it a count of the type, from one to
 * the hotel's most a booking. A number alone is not one ("two" may be the type's key, said).
 */
function roomsOfThatType(words: readonly string[], most: number): number | null {
  for (let i = 0; i < words.length; i++) {
    const n = numberOf(words[i]!);
    if (n === null || !Number.isInteger(n) || n < 1 || n > most || NOT_ROOMS.has(words[i + 1] ?? '')) continue;
    if (OF_THOSE.some((p) => saysAt(words, i + 1, p)) || TAKE.some((p) => i >= p.length && saysAt(words, i - p.length, p))) return n;
  }
  return null;
}

/** At the greeting or the menu, a question about the rooms starts the booking with its answer ("When do you arrive?" next). */
export function startsBooking(question: QuestionId, heard: Heard | null, whole: WholeRequest): Heard | null {
  if (heard?.kind !== 'answered' || (question !== 'greeting' && question !== 'mainMenu')) return heard;
  return { kind: 'answer', value: { q: 'request', slots: whole.slots }, notices: heard.notices };
}

/** The questions where the types were just said (the list, an offer): a question about them is followed by "Would you like it?". */
export const TYPES_SAID: ReadonlySet<QuestionId> = new Set(['roomType', 'offer']);

/** What stops a detail being taken; once a comparison's two types are no choice, "one room type" is not among them. */
const REFUSING: ReadonlySet<NoticeId> = new Set(['tooManyNights', 'dateInPast', 'noSuchDate', 'dateBeyondHorizon']);

/** The whole request with the types asked about answered rather than chosen. */
export function answeringTypes(whole: WholeRequest, asked: RoomTypeQuestion, question: QuestionId, ctx: CallContext): WholeRequest {
  const { roomType: _chosen, ...slots } = whole.slots;
  // (Nor the total of the stay booked, when another type is asked about: "how much is the suite?" at the payment question.)
  const otherType = ctx.roomType !== null && !asked.codes.includes(ctx.roomType);
  const kept = whole.notices.filter((n) => n.id !== 'rate' && n.id !== 'oneRoomType' && !(otherType && n.id === 'total'));
  const free = new Set((ctx.offer ?? []).flatMap((o) => (o.kind === 'roomType' ? [o.code] : [])));
  // (The type asked for, when fewer of its rooms are offered, is not "not free": the offer says how many are.)
  const fewer = (ctx.offer ?? []).some((o) => o.kind === 'fewerRooms');
  const notFree = question === 'offer' ? asked.codes.filter((c) => !free.has(c) && !(fewer && c === ctx.roomType)) : [];
  // A common question answered with it ("is breakfast included with the suite?"): its answer is what the file says.
  // (Nor where its price was all that was asked: "¿cuánto cuesta la doble el 20 de dic?" heard "Ese dato no lo tengo" before the rate.)
  const priceAsked = whole.notices.some((n) => n.id === 'rate' && asked.codes.includes(String(n.params?.type)));
  const unknown = asked.unknown && !priceAsked && !kept.some((n) => n.id === 'answer');
  // ("How much is the king in total?": its price for the stay too, once the nights are known.)
  const total = whole.notices.some((n) => n.id === 'rate' && n.params?.total === 1) ? 1 : 0;
  const notice: Notice = { id: 'typeAsked', params: { types: asked.codes.join(','), unknown: unknown ? 1 : 0, confirmed: asked.confirmed ? 1 : 0, notFree: notFree.join(','), total } };
  const notices = [...kept, notice];
  return { ...whole, slots, notices, refused: notices.some((n) => REFUSING.has(n.id)) };
}

/**
 * After "Would you like it?": yes takes the type asked about, no hears them all again; and "the one
 * with the view", "la que tiene dos camas" is the type the hotel file's words single out.
 */
export function typeAskedBack(question: QuestionId, ctx: CallContext, text: string): Heard | null {
  if (!TYPES_SAID.has(question)) return null;
  const asked = ctx.typeAsked ?? [];
  const answer = asked.length > 0 ? yesNo(text, ctx.locale) : null;
  const words = tokenize(text);
  // "No, mejor la doble": the type named is the answer (the question's own reader reads it); a plain no hears them all.
  if (answer === 'no') return roomTypeMatches(words, ctx.hotel.roomTypes, ctx.locale).length > 0 ? null : { kind: 'repeat' };
  const thatOne = answer === null && asked.length === 1 && hasAnyPhrase(words, THAT_ONE);
  const code = (answer === 'yes' || thatOne) && asked.length === 1 ? asked[0]! : roomTypeByFileWord(text, ctx.locale, ctx.hotel.roomTypes);
  if (code === null) return null;
  if (question === 'roomType') {
    // ("Two of those": the count said with the yes is kept with the type, as "two deluxe kings" is.)
    const rooms = roomsOfThatType(words, ctx.hotel.maxRoomsPerBooking);
    return rooms === null ? { kind: 'answer', value: { q: 'roomType', code } } : { kind: 'answer', value: { q: 'request', slots: { roomType: code, rooms } } };
  }
  const option = (ctx.offer ?? []).find((o) => o.kind === 'roomType' && o.code === code);
  return option ? { kind: 'answer', value: { q: 'offer', option } } : null;
}

/**
 * The types a caller may now take with a yes: those just asked about at the list or an offer (and
 * free, at an offer), or in a request that chose none ("what's the cheapest room for next Friday?":
 * the Standard's rate said, then "Would you like it?" rather than every room again).
 */
export function typesAskedAbout(question: QuestionId, heard: Heard, ctx: CallContext): string[] | null {
  const notices =
    heard.kind === 'answered' && TYPES_SAID.has(question)
      ? heard.notices
      : heard.kind === 'answer' && (heard.value.q === 'arrivalDate' || (heard.value.q === 'request' && heard.value.slots.roomType === undefined))
        ? (heard.notices ?? [])
        : [];
  const notice = notices.find((n) => n.id === 'typeAsked');
  if (!notice) return null;
  const offered = (ctx.offer ?? []).flatMap((o) => (o.kind === 'roomType' ? [o.code] : []));
  const codes = String(notice.params?.types ?? '')
    .split(',')
    .filter((c) => (question === 'offer' ? offered.includes(c) : ctx.hotel.roomTypes.some((t) => t.code === c)));
  return codes.length ? codes : null;
}
