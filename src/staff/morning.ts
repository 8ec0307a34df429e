// A manager's morning: what happened since yesterday began, per property and for all of them in
// view. Calls, bookings, the turnaways and what they had asked for, callbacks still waiting, texts
// that did not reach the guest. Every call figure is the Calls page's own count for the same dates,
// channel and outcome (its link goes there), so the two always agree.

import { addDaysIso } from '../inventory/stay.ts';
import type { StaffContext } from './context.ts';
import { callRequest } from './new-reservation.ts';
import { runInScope } from './property-scope.ts';
import { callbackCounts } from './routes/common.ts';
import { collectedWords, roomTypeWords } from './words.ts';
import { questionsNotAnswered } from './queries/questions-not-answered.ts';

/** The call figures of the report, each with the Calls page's outcome filter that lists them. */
export const MORNING_FIGURES = [
  { key: 'calls', label: 'Calls', outcome: null },
  { key: 'booked', label: 'Booked', outcome: 'booked' },
  { key: 'desk', label: 'With desk', outcome: 'transferred' },
  { key: 'voicemail', label: 'Voicemail', outcome: 'callback' },
  { key: 'turnaways', label: 'Turnaways', outcome: 'turnaway' },
  { key: 'abandoned', label: 'Hung up', outcome: 'abandoned' },
] as const;
export type MorningFigure = (typeof MORNING_FIGURES)[number]['key'];

/** At most this many turnaways are listed per property (all are counted). */
export const TURNAWAYS_SHOWN = 20;
/** At most this many questions the hotel file does not answer are listed per property. */
export const QUESTIONS_SHOWN = 10;

export interface MorningTurnaway {
  callSid: string;
  startedAt: string;
  /** "yesterday 22:10", in the property's own time. */
  when: string;
  kind: 'denial' | 'regret';
  /** Why, as the desk says it. */
  why: string;
  /** "2 Deluxe King, 3 nights from Fri, Dec 4", or '' when it got no further. */
  wanted: string;
}

export interface PropertyMorning {
  /** The property's code (its name for a hotel loaded without one). */
  hotel: string;
  name: string;
  timezone: string;
  /** Its yesterday and today, in its own time zone: the Calls page's from and to. */
  from: string;
  to: string;
  figures: Record<MorningFigure, number>;
  turnaways: MorningTurnaway[];
  /** What callers asked that the hotel file does not answer, newest first: worth adding to its `answers`. */
  notAnswered: { callSid: string; when: string; words: string }[];
  callbacksWaiting: number;
  callbacksOverdue: number;
  texts: { failed: number; undelivered: number };
  /** Yesterday's arrivals not marked arrived: released at their hold time (no-shows), or still held (kept for a late guest). */
  noShows: MorningNoShow[];
}

export interface MorningNoShow {
  id: number;
  confirmation: string;
  guestName: string | null;
  callbackNumber: string;
  rooms: number;
  roomTypeName: string;
  /** `released` (a no-show: its rooms free again) or `booked` (still held). */
  status: string;
  holdUntil: string;
  /** "yesterday 18:00", in the property's own time. */
  heldUntil: string;
}

export interface Morning {
  properties: PropertyMorning[];
  /** Every property's figures added up; its dates only when all the properties share them (else null: each its own). */
  all: { from: string | null; to: string | null; figures: Record<MorningFigure, number>; callbacksWaiting: number; callbacksOverdue: number; texts: { failed: number; undelivered: number } } | null;
}

const WHY: Record<'denial' | 'regret', string> = {
  denial: 'could not be offered what they asked',
  regret: 'was offered rooms and declined',
};

/** The report for the properties `ids`, each in its own clock; `all` when there are several. */
export async function morningOf(ctx: StaffContext, ids: readonly number[], now: Date): Promise<Morning> {
  const properties = await Promise.all(ids.map((id) => runInScope({ ids: [id] }, () => propertyMorning(ctx, now))));
  if (properties.length < 2) return { properties, all: null };
  const sum = (f: (p: PropertyMorning) => number) => properties.reduce((n, p) => n + f(p), 0);
  const figures = Object.fromEntries(MORNING_FIGURES.map(({ key }) => [key, sum((p) => p.figures[key])])) as Record<MorningFigure, number>;
  const same = properties.every((p) => p.from === properties[0]!.from);
  return {
    properties,
    all: {
      from: same ? properties[0]!.from : null,
      to: same ? properties[0]!.to : null,
      figures,
      callbacksWaiting: sum((p) => p.callbacksWaiting),
      callbacksOverdue: sum((p) => p.callbacksOverdue),
      texts: { failed: sum((p) => p.texts.failed), undelivered: sum((p) => p.texts.undelivered) },
    },
  };
}

/** The one property in scope (runInScope): the context's property-dependent members are its own. */
async function propertyMorning(ctx: StaffContext, now: Date): Promise<PropertyMorning> {
  const { hotel, hotelClock: clock } = ctx;
  const today = clock.today(now);
  const from = addDaysIso(today, -1);
  const period = clock.period(from, today);
  const voice = { startIso: period.startIso, endIso: period.endIso, channel: 'voice' as const };
  const [stats, turnawayList, callbacks, texts, asked, notArrived] = await Promise.all([
    ctx.stats.period(period, now),
    ctx.calls.list({ ...voice, outcome: { kind: 'outcomes', outcomes: ['denial', 'regret'] } }, 1, TURNAWAYS_SHOWN),
    callbackCounts(ctx),
    ctx.texts.notDelivered(period.startIso, period.endIso),
    questionsNotAnswered(ctx.db, period.startIso, period.endIso, QUESTIONS_SHOWN),
    ctx.reservations.list('not-arrived', from, now, clock.period(from, from)),
  ]);
  const turnaways = await Promise.all(
    turnawayList.calls.map(async (c): Promise<MorningTurnaway> => {
      const kind = c.outcome === 'regret' ? 'regret' : 'denial';
      const asked = await callRequest(ctx, c.callSid);
      return { callSid: c.callSid, startedAt: c.startedAt, when: clock.nearDateTime(c.startedAt, today), kind, why: WHY[kind], wanted: asked ? collectedWords(hotel.info, { arrival: asked.arrival, roomType: asked.roomType, rooms: asked.rooms, nights: asked.nights }) : '' };
    }),
  );
  const o = stats.outcomes;
  return {
    hotel: hotel.code ?? hotel.info.name,
    name: hotel.info.name,
    timezone: clock.timezone,
    from,
    to: today,
    figures: { calls: stats.calls, booked: o.booked, desk: o.transferred, voicemail: o.callback, turnaways: o.denial + o.regret, abandoned: o.abandoned },
    turnaways,
    notAnswered: asked.map((q) => ({ callSid: q.callSid, when: clock.nearDateTime(q.at, today), words: q.words })),
    callbacksWaiting: callbacks.openCallbacks,
    callbacksOverdue: callbacks.overdueCallbacks,
    texts,
    noShows: notArrived
      .filter((r) => r.arrival === from)
      .map((r) => ({ id: r.id, confirmation: r.confirmation, guestName: r.guestName, callbackNumber: r.callbackNumber, rooms: r.rooms, roomTypeName: roomTypeWords(hotel.info, r.roomTypeCode), status: r.status, holdUntil: r.holdUntil, heldUntil: clock.nearDateTime(r.holdUntil, today) })),
  };
}
