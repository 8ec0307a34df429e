// "A king for us and one with two beds for the kids", "una matrimonial y una doble": two room types
// in one request. A reservation is of one type (the reader says so: the `oneRoomType` notice), so
// the first named is this reservation, said back as taken, and the others wait (context.nextRoomTypes):
// once it is booked, "Now the Double Queen for the same dates?" — a yes starts that booking with the
// dates, name and payment already given. Not the list of every type again with neither taken. The
// count said of each waiting type ("two doubles and a king") waits with it (context.nextRoomCounts):
// offered as said ("Now 2 Double Queen rooms…?") and not asked again; a type said with no count of
// its own ("a king and some doubles") has none, and its rooms are asked. Pure.

import type { CallContext, CallerEvent, Heard, Notice, Slots } from './call-context.ts';
import { roomTypesNamed } from './understanding/room-types.ts';

/** The codes the reader's "one room type per reservation" notice names, in the order said. */
function typesOfNotice(notices: readonly Notice[] | undefined): string[] {
  const notice = notices?.find((n) => n.id === 'oneRoomType');
  return notice ? String(notice.params?.types ?? '').split(',').filter(Boolean) : [];
}

/** The types waiting after this reservation, and the rooms said of each (by code; none when not said). */
export interface WaitingTypes {
  waiting: string[];
  counts: Record<string, number>;
}

const NONE_WAITING: WaitingTypes = { waiting: [], counts: {} };

/**
 * A request naming several types, with none chosen yet: the first taken (with the count said of it,
 * "one king"), the others returned to offer after the booking with the count said of each ("and two
 * doubles"); the notice marked as taking the first. Otherwise the heard as it was, and none waiting.
 */
export function firstOfSeveralTypes(heard: Heard, ctx: CallContext, said: CallerEvent): { heard: Heard } & WaitingTypes {
  if (heard.kind !== 'answer' || heard.value.q !== 'request' || heard.value.slots.roomType !== undefined || ctx.roomType !== null) return { heard, ...NONE_WAITING };
  const codes = typesOfNotice(heard.notices);
  if (codes.length < 2 || !codes.every((c) => ctx.hotel.roomTypes.some((t) => t.code === c))) return { heard, ...NONE_WAITING };
  const [first, ...others] = codes as [string, ...string[]];
  const slots: Slots = { ...heard.value.slots, roomType: first };
  // "One king and one double": the count said of each type is its reservation's rooms. (A type
  // named twice is not counted: which count is its own?)
  const mentions = said.type === 'caller.speech' ? roomTypesNamed(said.text, ctx.locale, ctx.hotel.roomTypes) : [];
  const countOf = (code: string): number | null => {
    const of = mentions.filter((m) => m.code === code);
    return of.length === 1 ? of[0]!.count : null;
  };
  const firstCount = countOf(first);
  if (slots.rooms === undefined && ctx.rooms === null && firstCount) slots.rooms = firstCount;
  const counts: Record<string, number> = {};
  for (const code of others) {
    const n = countOf(code);
    if (n !== null && n <= ctx.hotel.maxRoomsPerBooking) counts[code] = n;
  }
  const notices = (heard.notices ?? []).map((n) => (n.id === 'oneRoomType' ? { ...n, params: { ...n.params, first: 1 } } : n));
  return { heard: { ...heard, value: { q: 'request', slots }, notices }, waiting: others, counts };
}

/** A room type asked for with the one just booked waits to be offered (a text conversation stays open for it). */
export function typeWaiting(ctx: Pick<CallContext, 'nextRoomTypes'>): boolean {
  return (ctx.nextRoomTypes?.length ?? 0) > 0;
}

/** The rooms said of the type offered next ("Now 2 Double Queen rooms…?"); null when none was said. */
export function nextTypeRooms(ctx: Pick<CallContext, 'nextRoomTypes' | 'nextRoomCounts'>): number | null {
  const next = ctx.nextRoomTypes?.[0];
  return next === undefined ? null : (ctx.nextRoomCounts?.[next] ?? null);
}

/**
 * "Yes" to the next type after a booking: that type, for the dates just booked, with the rooms said
 * of it (what the words say beside the yes wins), and the types still waiting after it. Null when
 * none waits.
 */
export function nextTypeBooking(ctx: CallContext): Pick<CallContext, 'heard' | 'nextRoomTypes' | 'nextRoomCounts'> | null {
  const [next, ...rest] = ctx.nextRoomTypes ?? [];
  const heard = ctx.heard;
  if (!next || heard?.kind !== 'route' || heard.route !== 'book') return null;
  const said: Slots | null = !heard.value ? {} : heard.value.q === 'request' ? heard.value.slots : null;
  if (said === null) return { heard, nextRoomTypes: [], nextRoomCounts: {} };
  const booked: Slots = ctx.arrival && ctx.nights ? { arrival: ctx.arrival, nights: ctx.nights } : {};
  const rooms = nextTypeRooms(ctx);
  const { [next]: _taken, ...counts } = ctx.nextRoomCounts ?? {};
  // The rooms said of this type, unless another type is named beside the yes ("yes, but a suite").
  const own: Slots = rooms !== null && (said.roomType === undefined || said.roomType === next) ? { rooms } : {};
  return { heard: { ...heard, value: { q: 'request', slots: { ...booked, roomType: next, ...own, ...said } } }, nextRoomTypes: rest, nextRoomCounts: counts };
}
