// "A king for us and one with two beds for the kids", "una matrimonial y una doble": two room types
// in one request. A reservation is of one type (the reader says so: the `oneRoomType` notice), so
// the first named is this reservation, said back as taken, and the others wait (context.nextRoomTypes):
// once it is booked, "Now the Double Queen for the same dates?" — a yes starts that booking with the
// dates, name and payment already given. Not the list of every type again with neither taken. Pure.

import type { CallContext, CallerEvent, Heard, Notice, Slots } from './call-context.ts';
import { roomTypesNamed } from './understanding/room-types.ts';

/** The codes the reader's "one room type per reservation" notice names, in the order said. */
function typesOfNotice(notices: readonly Notice[] | undefined): string[] {
  const notice = notices?.find((n) => n.id === 'oneRoomType');
  return notice ? String(notice.params?.types ?? '').split(',').filter(Boolean) : [];
}

/**
 * A request naming several types, with none chosen yet: the first taken (with the count said of it,
 * "one king"), the others returned to offer after the booking; the notice marked as taking the first.
 * Otherwise the heard as it was, and no types waiting.
 */
export function firstOfSeveralTypes(heard: Heard, ctx: CallContext, said: CallerEvent): { heard: Heard; waiting: string[] } {
  if (heard.kind !== 'answer' || heard.value.q !== 'request' || heard.value.slots.roomType !== undefined || ctx.roomType !== null) return { heard, waiting: [] };
  const codes = typesOfNotice(heard.notices);
  if (codes.length < 2 || !codes.every((c) => ctx.hotel.roomTypes.some((t) => t.code === c))) return { heard, waiting: [] };
  const [first, ...others] = codes as [string, ...string[]];
  const slots: Slots = { ...heard.value.slots, roomType: first };
  // "One king and one double": the count said of the first is this reservation's rooms.
  const mention = said.type === 'caller.speech' ? roomTypesNamed(said.text, ctx.locale, ctx.hotel.roomTypes).find((m) => m.code === first) : undefined;
  if (slots.rooms === undefined && ctx.rooms === null && mention?.count) slots.rooms = mention.count;
  const notices = (heard.notices ?? []).map((n) => (n.id === 'oneRoomType' ? { ...n, params: { ...n.params, first: 1 } } : n));
  return { heard: { ...heard, value: { q: 'request', slots }, notices }, waiting: others };
}

/**
 * "Yes" to the next type after a booking: that type, for the dates just booked (what the words say
 * beside it wins), and the types still waiting after it. Null when none waits.
 */
export function nextTypeBooking(ctx: CallContext): Pick<CallContext, 'heard' | 'nextRoomTypes'> | null {
  const [next, ...rest] = ctx.nextRoomTypes ?? [];
  const heard = ctx.heard;
  if (!next || heard?.kind !== 'route' || heard.route !== 'book') return null;
  const said: Slots | null = !heard.value ? {} : heard.value.q === 'request' ? heard.value.slots : null;
  if (said === null) return { heard, nextRoomTypes: [] };
  const booked: Slots = ctx.arrival && ctx.nights ? { arrival: ctx.arrival, nights: ctx.nights } : {};
  return { heard: { ...heard, value: { q: 'request', slots: { ...booked, roomType: next, ...said } } }, nextRoomTypes: rest };
}
