// "Also an ocean suite for my parents", said at the name question with a Deluxe King already held:
// the suite replaced the king (its rooms held, the king's let go) though the caller wanted both. A
// room type said with words that add to the booking ("also", "as well", "plus", "another",
// "también", "además", "otra") once a type is taken is not a change of it: it waits to be offered
// once this booking is made, as two types said at once do (flows/two-room-types.ts: "first the
// Deluxe King, then the Ocean Suite"), and the question asked is asked again. The count said of it
// ("also two suites") waits with it. Without such a word ("make it the suite", "the suite
// instead") a type said is still the type wanted. Pure.

import type { CallContext, CallerEvent, Heard, Notice, QuestionId, Slots } from './call-context.ts';
import { requestAnswer, slotsOf } from './reading/request-answer.ts';
import type { Locale } from './types.ts';
import { foldCase } from './understanding/normalize.ts';
import { roomTypesNamed } from './understanding/room-types.ts';

/** Words that add a room type to the booking rather than change it (accents folded). */
const ADDING: Record<Locale, RegExp> = {
  'en-US': /\b(?:also|as well|plus|another|in addition|additionally|one more)\b/,
  'es-MX': /\b(?:tambien|ademas|aparte|otra|otro|otras|otros)\b/,
};

/** A type already taken, and the question is not the choice of a type (there, a type said is the one wanted). */
const CHOOSING_TYPE: ReadonlySet<QuestionId> = new Set(['roomType', 'offer', 'changeDetail', 'readBack']);

export interface TypeAdded {
  heard: Heard;
  /** The types waiting after this booking, the one said last. */
  waiting: string[];
  counts: Record<string, number>;
}

/**
 * The type said with adding words, moved out of the answer to wait after this booking (with the
 * count said of it); what else the words answered stays. Null when nothing was added.
 */
export function typeAddedAlso(question: QuestionId, ctx: CallContext, said: CallerEvent, heard: Heard): TypeAdded | null {
  if (ctx.roomType === null || CHOOSING_TYPE.has(question) || said.type !== 'caller.speech') return null;
  if (heard.kind !== 'answer') return null;
  const slots = slotsOf(heard.value);
  const code = slots?.roomType;
  if (!slots || code === undefined || code === ctx.roomType) return null;
  if ((ctx.nextRoomTypes ?? []).includes(code) || !ADDING[ctx.locale].test(foldCase(said.text))) return null;

  // The count said of the added type is its own ("also two suites"), not this booking's rooms.
  const mention = roomTypesNamed(said.text, ctx.locale, ctx.hotel.roomTypes).filter((m) => m.code === code);
  // ("An ocean suite": an article, no count; its rooms are asked when it is booked, as "a king and a double" are.)
  const count = mention.length === 1 && !mention[0]!.byArticle ? mention[0]!.count : null;
  const { roomType: _added, ...rest } = slots;
  const own: Slots = count !== null && rest.rooms === count ? withoutRooms(rest) : rest;
  const counts = { ...(ctx.nextRoomCounts ?? {}), ...(count !== null && count <= ctx.hotel.maxRoomsPerBooking ? { [code]: count } : {}) };
  const notice: Notice = { id: 'oneRoomType', params: { types: `${ctx.roomType},${code}`, first: 1 } };
  const notices = [...(heard.notices ?? []), notice];
  const left: Heard = Object.keys(own).length > 0 ? { kind: 'answer', value: requestAnswer(own), notices } : { kind: 'answered', notices };
  return { heard: left, waiting: [...(ctx.nextRoomTypes ?? []), code], counts };
}

function withoutRooms({ rooms: _rooms, ...others }: Slots): Slots {
  return others;
}
