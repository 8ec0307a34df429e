// Turning validated parameters into what the queries need; shared by pages and API.

import { addDaysIso } from '../../inventory/stay.ts';
import type { StaffContext } from '../context.ts';
import type { CallsQuery, OutboxQuery } from '../params.ts';
import { checkRange } from '../params.ts';
import type { CallFilter } from '../queries/calls.ts';
import type { OutboxFilter } from '../queries/outbox.ts';

export const DEFAULT_PER_PAGE = 25;
export const DEFAULT_AVAILABILITY_DAYS = 30;

export function callFilterOf(ctx: StaffContext, q: Omit<CallsQuery, 'page' | 'perPage'>): CallFilter {
  if (q.from && q.to) checkRange(q.from, q.to, 100_000);
  return {
    ...(q.from ? { startIso: ctx.hotelClock.dayStart(q.from) } : {}),
    ...(q.to ? { endIso: ctx.hotelClock.dayStart(addDaysIso(q.to, 1)) } : {}),
    ...(q.outcome ? { outcome: q.outcome } : {}),
    ...(q.caller ? { callerDigits: q.caller } : {}),
    ...guestFilter(ctx, q.guest),
    ...(q.lang ? { locale: q.lang } : {}),
    ...(q.channel ? { channel: q.channel } : {}),
  };
}

/** A name (it has a letter) searches guests' names; anything else is a number, written any way. */
function guestFilter(ctx: StaffContext, guest: string | undefined): Pick<CallFilter, 'guestName' | 'callerDigits'> {
  if (!guest) return {};
  if (/\p{L}/u.test(guest)) return { guestName: guest };
  const digits = ctx.phones.searchDigits(guest);
  return digits ? { callerDigits: digits } : {};
}

export function outboxFilterOf(q: Pick<OutboxQuery, 'status' | 'reservation'>): OutboxFilter {
  return {
    ...(q.status ? { status: q.status } : {}),
    ...(q.reservation ? { reservationId: q.reservation } : {}),
  };
}

export interface AvailabilityView {
  from: string;
  days: number;
  timezone: string;
  roomTypes: { code: string; name: string; rate: number; rooms: number; nights: { night: string; free: number; total: number }[] }[];
}

/** Free rooms per active room type per night, highest rate first (the order callers hear). */
export async function availabilityOf(ctx: StaffContext, from: string | undefined, days: number | undefined): Promise<AvailabilityView> {
  const now = ctx.clock();
  const start = from ?? ctx.hotelClock.today(now);
  const n = days ?? DEFAULT_AVAILABILITY_DAYS;
  const types = ctx.hotel.info.roomTypes.filter((t) => ctx.hotel.roomTypeIds.has(t.code));
  const grid = await ctx.inventory.availabilityGrid(
    types.map((t) => ctx.hotel.roomTypeIds.get(t.code)!),
    start,
    n,
    now,
  );
  return {
    from: start,
    days: n,
    timezone: ctx.hotelClock.timezone,
    roomTypes: types.map((t, i) => ({ code: t.code, name: t.name.en, rate: t.rate, rooms: t.rooms, nights: grid[i]!.nights })),
  };
}
