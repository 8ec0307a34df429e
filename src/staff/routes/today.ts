// Today's calls that need a person, as the overview and GET /api/today show them: each call's time
// in its own property's zone, the caller as the console writes numbers, why it needs a person and
// what it had collected. One shape for the page and the API, so they list the same.

import type { PropertyView, StaffContext } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { runInScope, scopeNow } from '../property-scope.ts';
import { NEEDS_PERSON_SHOWN } from '../queries/needs-person.ts';
import type { NeedsPerson } from '../queries/needs-person.ts';
import type { CallSummary } from '../queries/calls.ts';
import { arrivalsToday } from '../queries/reservations.ts';
import type { ArrivalsToday } from '../queries/reservations.ts';
import { deskWords } from '../desk-language.ts';
import { noNumberWords } from '../html/format.ts';
import { collectedWords, dayDate, needsPersonWords, reasonWords } from '../words.ts';

/** A call as both of the overview's lists show it: when, at which property, who, why and what they had given. */
interface CallShown {
  callSid: string;
  /** The property's code (null for a single hotel without one). */
  hotel: string | null;
  startedAt: string;
  /** "14:05", the property's time. */
  time: string;
  /** The number as Twilio gave it (E.164, or "anonymous"). */
  from: string;
  /** The number for reading: "(305) 555-0188", "+52 55 1234 5678". */
  caller: string;
  guestName: string | null;
  /** "left a voicemail", "hung up (asked for a person; the desk did not answer)", "asked for a person". */
  why: string;
  /** "1 Deluxe King, 2 nights from Fri, Dec 4", or '' when the call got no further than the menu. */
  collected: string;
}

/** A call's shared fields, at its own property's clock: `why` as its list says it. */
function callShown(ctx: NeedsPersonSource, c: CallSummary & { collected: Record<string, unknown> }, why: string): CallShown {
  const { hotel, hotelClock } = ctx.propertyView(c.hotelId);
  return {
    callSid: c.callSid,
    hotel: hotel.code,
    startedAt: c.startedAt,
    time: hotelClock.hourMinute(c.startedAt),
    from: c.from,
    caller: noNumberWords(c.from) ?? ctx.phones.display(c.from!),
    guestName: c.guestName,
    why,
    collected: collectedWords(hotel.info, c.collected),
  };
}

export interface NeedsPersonRow extends CallShown {
  /** Without a name given: the name heard on the call or in its voicemail, not confirmed. */
  guestNameHeard: string | null;
  outcome: string;
  /** The callback request waiting for the call (its `id` for POST /api/callbacks/:id/tried and /done), or null. */
  callback: { id: number; attempts: number } | null;
}

export interface NeedsPersonToday {
  date: string;
  timezone: string;
  /** How many of today's calls need a person; `calls` holds the newest few. */
  count: number;
  calls: NeedsPersonRow[];
  /** The calls list's filter (/staff/calls, /api/calls) for today's voicemail/callback and abandoned calls, those settled since included. */
  list: { from: string; to: string; outcome: 'follow-up'; channel: 'voice' };
}

/** What the list is read with: the console's context, or the terminal's (terminal-today.ts). */
export type NeedsPersonSource = Pick<StaffContext, 'hotelClock' | 'needsPerson' | 'phones'> & {
  propertyView(hotelId: number | null): Pick<PropertyView, 'hotel' | 'hotelClock'>;
};

export async function needsPersonToday(ctx: NeedsPersonSource, now: Date, limit = NEEDS_PERSON_SHOWN): Promise<NeedsPersonToday> {
  const today = ctx.hotelClock.today(now);
  const found = await needingToday(ctx, now, limit);
  return {
    date: today,
    timezone: ctx.hotelClock.timezone,
    count: found.count,
    calls: found.calls.map((c) => ({
      ...callShown(ctx, c, needsPersonWords(c)),
      guestNameHeard: c.guestNameHeard,
      outcome: c.outcome ?? 'abandoned',
      callback: c.callback,
    })),
    list: { from: today, to: today, outcome: 'follow-up', channel: 'voice' },
  };
}

/**
 * Today's calls that need a person, each property's on its own today: with several in view, each
 * property's newest, merged (a group's properties may be in different time zones: the first one's
 * day left out the other's evening, and took in its calls after its own midnight).
 */
async function needingToday(ctx: NeedsPersonSource, now: Date, limit: number): Promise<NeedsPerson> {
  const ids = scopeNow()?.ids ?? [];
  const own = (clock: HotelClock) => ctx.needsPerson.today(clock.period(clock.today(now), clock.today(now)), limit);
  if (ids.length < 2) return own(ctx.hotelClock);
  const each = await Promise.all(ids.map((id) => runInScope({ ids: [id] }, () => own(ctx.propertyView(id).hotelClock))));
  const newestFirst = (a: NeedsPerson['calls'][number], b: NeedsPerson['calls'][number]) =>
    a.startedAt === b.startedAt ? (a.callSid < b.callSid ? 1 : -1) : a.startedAt < b.startedAt ? 1 : -1;
  return { count: each.reduce((n, e) => n + e.count, 0), calls: each.flatMap((e) => e.calls).sort(newestFirst).slice(0, limit) };
}

/** One property's arrivals on its own today. */
export interface PropertyArrivals {
  /** The property's code (its name for a hotel loaded without one). */
  hotel: string;
  name: string;
  /** Its date now, in its own time zone. */
  date: string;
  timezone: string;
  arrivals: ArrivalsToday;
}

/**
 * Today's arrivals of each property in `ids`, each on its own today and its holds in its own time
 * (a group's properties may be in different time zones: at 00:30 in New York it is still yesterday
 * in Mexico City, whose guests due yesterday are still awaited there).
 */
export function arrivalsByProperty(ctx: StaffContext, ids: readonly number[], now: Date): Promise<PropertyArrivals[]> {
  return Promise.all(
    ids.map((id) =>
      runInScope({ ids: [id] }, async () => {
        const { hotel, hotelClock } = ctx.propertyView(id);
        const date = hotelClock.today(now);
        const [list, leaving] = await Promise.all([ctx.reservations.arrivals(date, now), ctx.reservations.departures(date, now)]);
        return { hotel: hotel.code ?? hotel.info.name, name: hotel.info.name, date, timezone: hotelClock.timezone, arrivals: arrivalsToday(list, (iso) => hotelClock.hourMinute(iso), leaving) };
      }),
    ),
  );
}

/** A call being handed to the desk now, as the overview and GET /api/today show it. */
export interface WithDeskRow extends CallShown {
  /** "73310042, arriving Fri, Dec 4, booked", the number's newest reservation at the property. */
  lastReservation: { id: number; confirmation: string; words: string } | null;
}

/** The calls ringing the front desk now (the whisper's context, on screen), oldest first. */
export async function withDeskNow(ctx: StaffContext, now: Date): Promise<WithDeskRow[]> {
  const calls = await ctx.withDesk.now(now);
  const w = deskWords();
  return calls.map((c) => {
    const last = c.lastReservation;
    return {
      ...callShown(ctx, c, reasonWords(c.transferReason)),
      lastReservation: last
        ? { id: last.id, confirmation: last.confirmation, words: w.overview.lastReservationWords(last.confirmation, dayDate(last.arrival), w.statuses[last.status] ?? last.status) }
        : null,
    };
  });
}
