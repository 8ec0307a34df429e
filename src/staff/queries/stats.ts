// The headline figures for a period (SPEC §7), over calls that started in it:
// - conversion   = calls booked / calls;
// - containment  = calls finished without staff / calls: booked or turned away or abandoned, and
//                  never handed to the front desk;
// - transfer rate = calls handed to the front desk (that reached a 'dial' state, or ended as
//                  transferred or voicemail/callback) / calls;
// - abandonment  = calls abandoned (hung up before an outcome) / calls;
// - average length from Twilio's CallDuration (or start to end when Twilio sent none);
// - calls per hour = calls / hours of the period so far; plus calls per day and per hour of day.

import type { Sql } from '../../storage/sql.ts';
import type { HotelClock, Period } from '../hotel-clock.ts';
import { isActive } from '../active-now.ts';
import { OUTCOMES, OUTCOME_SQL } from '../outcomes.ts';
import type { OutcomeWord } from '../outcomes.ts';
import { inScope } from '../property-scope.ts';
import { bySlices, SLICE_MS } from './slices.ts';

export interface PeriodStats {
  from: string;
  to: string;
  timezone: string;
  calls: number;
  bookings: number;
  /** Open and in progress now (active-now.ts). */
  inProgress: number;
  /** Open and not in progress now: gone quiet (active-now.ts). */
  quiet: number;
  outcomes: Record<OutcomeWord, number>;
  /** Calls that ended with no outcome recorded: with outcomes, inProgress and quiet, they add up to calls. */
  noOutcome: number;
  /** Calls in which the guest reached a person: talked with the desk, or left a voicemail/callback. */
  reachedDesk: number;
  /** Text conversations in the period, counted apart (no call length, no hang-up). */
  texts: { conversations: number; booked: number; inProgress: number; quiet: number; noOutcome: number; outcomes: Record<OutcomeWord, number> };
  handedToStaff: number;
  contained: number;
  /** Ratios 0..1, null when there were no calls. */
  conversion: number | null;
  containment: number | null;
  transferRate: number | null;
  abandonmentRate: number | null;
  averageCallSeconds: number | null;
  /** Calls with a length known (the average's count). */
  timedCalls: number;
  callsPerHour: number;
  byDay: { date: string; calls: number; bookings: number }[];
  byHourOfDay: { hour: number; calls: number }[];
  openCallbacks: number;
}

interface Row {
  started_at: string;
  updated_at: string;
  outcome: string | null;
  ended: number;
  seconds: number | null;
  handed: number;
}

export class StatsQueries {
  readonly #rowsSql: string;

  constructor(
    private readonly sql: Sql,
    private readonly clock: HotelClock,
    handOffStates: readonly string[],
    /** How long a slice of a period read at once is (slices.ts). */
    private readonly sliceMs: number = SLICE_MS,
  ) {
    const dialStates = handOffStates.length ? handOffStates.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ') : "''";
    this.#rowsSql = `SELECT c.started_at, c.updated_at, ${OUTCOME_SQL} AS outcome,
              CASE WHEN c.ended_at IS NOT NULL OR c.outcome IS NOT NULL THEN 1 ELSE 0 END AS ended,
              COALESCE(c.duration_s, CASE WHEN c.ended_at IS NOT NULL
                THEN round(${sql.dialect.secondsBetween('c.started_at', 'c.ended_at')}) END) AS seconds,
              CASE WHEN EXISTS (SELECT 1 FROM call_events e WHERE e.call_sid = c.call_sid AND e.to_state IN (${dialStates})) THEN 1 ELSE 0 END AS handed
         FROM calls c
        -- One channel at a time: a text conversation has no call length, answer time or hang-up.
        WHERE c.started_at >= ? AND c.started_at < ? AND c.channel = ?`;
  }

  async period(period: Period, now: Date): Promise<PeriodStats> {
    const tally = new OutcomeTally('voice', now);
    const byDay = new Map<string, { calls: number; bookings: number }>();
    for (let i = 0; i < period.days; i++) {
      const date = this.clock.dateOf(new Date(new Date(period.startIso).getTime() + (i * 24 + 12) * 3_600_000));
      byDay.set(date, { calls: 0, bookings: 0 });
    }
    const byHour = new Array<number>(24).fill(0);
    let handedToStaff = 0;
    let contained = 0;
    let seconds = 0;
    let timed = 0;
    await this.eachRow(period, 'voice', (row) => {
      const outcome = tally.add(row);
      const handed = row.handed === 1 || outcome === 'transferred' || outcome === 'callback';
      if (handed) handedToStaff++;
      if (!handed && (outcome === 'booked' || outcome === 'denial' || outcome === 'regret' || outcome === 'abandoned')) contained++;
      if (row.seconds !== null && row.seconds >= 0) {
        seconds += row.seconds;
        timed++;
      }
      const day = byDay.get(this.clock.dateOf(row.started_at));
      if (day) {
        day.calls++;
        if (outcome === 'booked') day.bookings++;
      }
      byHour[this.clock.hourOf(row.started_at)]!++;
    });
    const { count: calls, outcomes, inProgress, quiet, noOutcome } = tally;
    const texts = await this.texts(period, now);
    const elapsedMs = Math.min(new Date(period.endIso).getTime(), now.getTime()) - new Date(period.startIso).getTime();
    const hours = Math.max(1, elapsedMs / 3_600_000);
    return {
      from: period.from,
      to: period.to,
      timezone: this.clock.timezone,
      calls,
      bookings: outcomes.booked,
      inProgress,
      quiet,
      outcomes,
      noOutcome,
      reachedDesk: outcomes.transferred + outcomes.callback,
      texts,
      handedToStaff,
      contained,
      ...rates({ calls, outcomes, contained, handedToStaff, seconds, timed }),
      callsPerHour: Math.round((calls / hours) * 100) / 100,
      byDay: [...byDay].map(([date, v]) => ({ date, ...v })),
      byHourOfDay: byHour.map((n, hour) => ({ hour, calls: n })),
      openCallbacks: (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM callback_requests WHERE status = 'open' AND merged_into IS NULL${inScope('hotel_id')}`))!.n,
    };
  }

  /** Each call of a channel that started in the period, read a slice of the period at a time. */
  private async eachRow(period: Period, channel: 'voice' | 'sms', fn: (row: Row) => void): Promise<void> {
    const rowsSql = this.#rowsSql + inScope('c.hotel_id');
    await bySlices(period.startIso, period.endIso, async (from, to) => {
      for (const row of await this.sql.all<Row>(rowsSql, [from, to, channel])) fn(row);
    }, this.sliceMs);
  }

  private async texts(period: Period, now: Date): Promise<PeriodStats['texts']> {
    const tally = new OutcomeTally('sms', now);
    await this.eachRow(period, 'sms', (row) => tally.add(row));
    return { conversations: tally.count, booked: tally.outcomes.booked, inProgress: tally.inProgress, quiet: tally.quiet, noOutcome: tally.noOutcome, outcomes: tally.outcomes };
  }
}

/** Calls counted by outcome, so that outcomes + in progress + gone quiet + no outcome add up to all of them. */
class OutcomeTally {
  count = 0;
  inProgress = 0;
  quiet = 0;
  noOutcome = 0;
  readonly outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeWord, number>;

  constructor(
    private readonly channel: 'voice' | 'sms',
    private readonly now: Date,
  ) {}

  add(row: Pick<Row, 'outcome' | 'ended' | 'started_at' | 'updated_at'>): OutcomeWord | null {
    this.count++;
    const outcome = row.outcome as OutcomeWord | null;
    if (outcome && outcome in this.outcomes) this.outcomes[outcome]++;
    else if (!row.ended && isActive({ channel: this.channel, startedAt: row.started_at, lastActivityAt: row.updated_at }, this.now)) this.inProgress++;
    else if (!row.ended) this.quiet++;
    else this.noOutcome++;
    return outcome;
  }
}

/** The rates reservation managers track, each of all calls, and the average length of a call timed. */
function rates(f: { calls: number; outcomes: Record<OutcomeWord, number>; contained: number; handedToStaff: number; seconds: number; timed: number }) {
  const ratio = (n: number) => (f.calls === 0 ? null : n / f.calls);
  return {
    conversion: ratio(f.outcomes.booked),
    containment: ratio(f.contained),
    transferRate: ratio(f.handedToStaff),
    abandonmentRate: ratio(f.outcomes.abandoned),
    averageCallSeconds: f.timed === 0 ? null : Math.round(f.seconds / f.timed),
    timedCalls: f.timed,
  };
}

/**
 * Several properties' figures as one, each counted over its own days (its own time zone): counts
 * add up, ratios are worked out again from the sums, days are each property's dates, hours each
 * property's own hour of day. `from`/`to` span them all; `timezone` names each zone once.
 */
export function sumOfProperties(parts: readonly PeriodStats[]): PeriodStats {
  const first = parts[0]!;
  const add = (pick: (s: PeriodStats) => number) => parts.reduce((n, s) => n + pick(s), 0);
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, add((s) => s.outcomes[o])])) as Record<OutcomeWord, number>;
  const textOutcomes = Object.fromEntries(OUTCOMES.map((o) => [o, add((s) => s.texts.outcomes[o])])) as Record<OutcomeWord, number>;
  const calls = add((s) => s.calls);
  const timed = add((s) => s.timedCalls);
  const seconds = parts.reduce((n, s) => n + (s.averageCallSeconds ?? 0) * s.timedCalls, 0);
  const contained = add((s) => s.contained);
  const handedToStaff = add((s) => s.handedToStaff);
  const days = new Map<string, { calls: number; bookings: number }>();
  for (const d of parts.flatMap((s) => s.byDay)) {
    const day = days.get(d.date) ?? { calls: 0, bookings: 0 };
    days.set(d.date, { calls: day.calls + d.calls, bookings: day.bookings + d.bookings });
  }
  return {
    from: parts.map((s) => s.from).sort()[0]!,
    to: parts.map((s) => s.to).sort().at(-1)!,
    timezone: [...new Set(parts.map((s) => s.timezone))].join(', '),
    calls,
    bookings: outcomes.booked,
    inProgress: add((s) => s.inProgress),
    quiet: add((s) => s.quiet),
    outcomes,
    noOutcome: add((s) => s.noOutcome),
    reachedDesk: outcomes.transferred + outcomes.callback,
    texts: {
      conversations: add((s) => s.texts.conversations),
      booked: add((s) => s.texts.booked),
      inProgress: add((s) => s.texts.inProgress),
      quiet: add((s) => s.texts.quiet),
      noOutcome: add((s) => s.texts.noOutcome),
      outcomes: textOutcomes,
    },
    handedToStaff,
    contained,
    ...rates({ calls, outcomes, contained, handedToStaff, seconds, timed }),
    callsPerHour: Math.round(add((s) => s.callsPerHour) * 100) / 100,
    byDay: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, v]) => ({ date, ...v })),
    byHourOfDay: first.byHourOfDay.map((h) => ({ hour: h.hour, calls: add((s) => s.byHourOfDay[h.hour]!.calls) })),
    openCallbacks: add((s) => s.openCallbacks),
  };
}
