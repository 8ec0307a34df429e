// Turning validated parameters into what the queries need; shared by pages and API.

import { addDaysIso } from '../../inventory/stay.ts';
import type { StaffContext } from '../context.ts';
import type { CallsQuery, OutboxQuery } from '../params.ts';
import { checkRange } from '../params.ts';
import type { CallFilter } from '../queries/calls.ts';
import { presetDates } from '../presets.ts';
import { runInScope, scopeNow } from '../property-scope.ts';
import type { ReservationList, ReservationView } from '../queries/reservations.ts';
import type { OutboxFilter } from '../queries/outbox.ts';

export { DEFAULT_PER_PAGE } from '../html/format.ts';
export const DEFAULT_AVAILABILITY_DAYS = 30;

/** A confirmation number's shape (src/inventory/confirmation-number.ts): 8 digits, the first never 0. */
const CONFIRMATION = /^[1-9][0-9]{7}$/;

export async function callFilterOf(ctx: StaffContext, q: Omit<CallsQuery, 'page' | 'perPage'>): Promise<CallFilter> {
  if (q.from && q.to) checkRange(q.from, q.to, 100_000);
  return {
    ...periodFilter(ctx, q),
    ...(q.outcome ? { outcome: q.outcome } : {}),
    ...(q.caller ? { callerDigits: q.caller } : {}),
    ...(await guestFilter(ctx, q.guest)),
    ...(q.lang ? { locale: q.lang } : {}),
    ...(q.channel ? { channel: q.channel } : {}),
  };
}

/**
 * Calls started on the dates asked, in hotel time. With several properties in view, each property's
 * own dates (its own midnight: a group's properties may be in different time zones), as its rows
 * are shown; the first property's day cut off the other's last hour, or took in its previous one.
 */
function periodFilter(ctx: StaffContext, q: Pick<CallsQuery, 'from' | 'to' | 'preset'>): Pick<CallFilter, 'startIso' | 'endIso' | 'propertyDays'> {
  // A preset ("Today") is each property's own today's; dates typed win over it.
  const byPreset = q.preset && !q.from && !q.to ? q.preset : null;
  if (!q.from && !q.to && !byPreset) return {};
  const bounds = (hotelId: number | null) => {
    const clock = ctx.propertyView(hotelId).hotelClock;
    const { from, to } = byPreset ? presetDates(byPreset, clock.today(ctx.clock())) : q;
    return { ...(from ? { startIso: clock.dayStart(from) } : {}), ...(to ? { endIso: clock.dayStart(addDaysIso(to, 1)) } : {}) };
  };
  const ids = scopeNow()?.ids ?? [];
  if (ids.length < 2) return bounds(ids[0] ?? null);
  const propertyDays = ids.map((hotelId) => ({ hotelId, ...bounds(hotelId) }));
  const starts = propertyDays.flatMap((d) => (d.startIso ? [d.startIso] : [])).sort();
  const ends = propertyDays.flatMap((d) => (d.endIso ? [d.endIso] : [])).sort();
  return { ...(starts.length ? { startIso: starts[0]! } : {}), ...(ends.length ? { endIso: ends[ends.length - 1]! } : {}), propertyDays };
}

/**
 * A name (it has a letter) searches guests' names; a reservation's confirmation number, with or
 * without dashes or spaces ("7331-0042"), its guest's calls; anything else is a number, written any way.
 */
async function guestFilter(ctx: StaffContext, guest: string | undefined): Promise<Pick<CallFilter, 'guestName' | 'callerDigits' | 'confirmation'>> {
  if (!guest) return {};
  if (/\p{L}/u.test(guest)) return { guestName: guest };
  const confirmation = /^[\d\s-]+$/.test(guest) ? guest.replace(/\D/g, '') : '';
  // A number written as a phone's digits may be one too: the confirmation only when there is one (one seek of its unique index).
  if (CONFIRMATION.test(confirmation) && (await ctx.db.get('SELECT 1 AS one FROM reservations WHERE confirmation = ?', [confirmation]))) return { confirmation };
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

/**
 * A reservation list on each property's own today (no date asked, several properties in view): a
 * group's properties may be in different time zones, and the first one's date was another's
 * tomorrow or yesterday. Each property's rows in its own order, one property after another; and
 * each one's date, for saying which today.
 */
export async function listOnOwnToday(
  ctx: StaffContext,
  ids: readonly number[],
  list: ReservationList,
  now: Date,
): Promise<{ reservations: ReservationView[]; todays: { code: string; date: string }[] }> {
  const each = await Promise.all(
    ids.map((id) =>
      runInScope({ ids: [id] }, async () => {
        const { hotel, hotelClock } = ctx.propertyView(id);
        const date = hotelClock.today(now);
        return { code: hotel.code ?? hotel.info.name, date, reservations: await ctx.reservations.list(list, date, now, hotelClock.period(date, date)) };
      }),
    ),
  );
  return { reservations: each.flatMap((e) => e.reservations), todays: each.map(({ code, date }) => ({ code, date })) };
}
