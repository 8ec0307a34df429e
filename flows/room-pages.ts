// A long room list is offered in pages (issue 10): a hotel with more than four room types offers
// three at a time, highest rate first, each keyed 1 to 3 on its page, and 9 for the next page (from
// the last, back to the first). Up to four types are offered at once, keyed 1 to 4.

import type { CallContext } from './call-context.ts';
import type { RoomTypeInfo } from './types.ts';

export const MORE_ROOMS_KEY = '9';
/** More types than this are offered in pages. */
export const ROOM_LIST_MAX = 4;
export const ROOM_PAGE_SIZE = 3;

export interface RoomPage {
  types: readonly RoomTypeInfo[];
  /** 0-based page number. */
  index: number;
  pages: number;
}

export function roomPageOf(ctx: Pick<CallContext, 'hotel' | 'roomPage'>): RoomPage {
  const all = ctx.hotel.roomTypes;
  if (all.length <= ROOM_LIST_MAX) return { types: all, index: 0, pages: 1 };
  const pages = Math.ceil(all.length / ROOM_PAGE_SIZE);
  const index = Math.min(Math.max(ctx.roomPage ?? 0, 0), pages - 1);
  return { types: all.slice(index * ROOM_PAGE_SIZE, (index + 1) * ROOM_PAGE_SIZE), index, pages };
}

/** The page after the one offered, wrapping round to the first. */
export function nextRoomPage(ctx: Pick<CallContext, 'hotel' | 'roomPage'>): number {
  const page = roomPageOf(ctx);
  return page.pages > 1 ? (page.index + 1) % page.pages : 0;
}
