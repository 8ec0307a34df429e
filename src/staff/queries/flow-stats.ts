// Where calls went, per state of the statechart, for calls that started in a period:
// - reached: calls that were ever in the state after a step (call_events.to_state). States the
//   flow only passes through within one step (its `always` routers) are never recorded as reached;
// - ended here: finished calls whose last state before the final one was this state;
// - hung up here: of those, the ones the caller ended without a booking or staff (abandoned, or a
//   turnaway: denial or regret);
// - transferred here: calls sent from this state to a hand-off ('dial') state.

import type { Sql } from '../../storage/sql.ts';
import type { FlowGraph, StateCounts } from '../flow-diagram.ts';
import type { Period } from '../hotel-clock.ts';
import { OUTCOME_SQL } from '../outcomes.ts';
import { inScope } from '../property-scope.ts';
import { bySlices, SLICE_MS } from './slices.ts';

export interface FlowStateStats extends StateCounts {
  state: string;
  kind: string;
}

const HUNG_UP = new Set(['abandoned', 'denial', 'regret']);

/** A prepared statement text with the request's properties filled in. */
const scoped = (sql: string) => sql.replace('/*SCOPE*/', inScope('c.hotel_id'));

export class FlowQueries {
  readonly #reached: string;
  readonly #ends: string;
  readonly #transfers: string;
  readonly #calls: string;

  constructor(
    private readonly sql: Sql,
    private readonly graph: FlowGraph,
    /** How long a slice of a period read at once is (slices.ts). */
    private readonly sliceMs: number = SLICE_MS,
  ) {
    const list = (states: readonly string[]) =>
      states.length ? states.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ') : "''";
    const finals = list(graph.finalStates);
    const dials = list(graph.handOffStates);
    // Phone calls only, like the overview: where callers drop off in the call flow.
    // SCOPE: the request's properties, filled in when the statement runs (property-scope.ts).
    const inPeriod = "c.started_at >= ? AND c.started_at < ? AND c.channel = 'voice' /*SCOPE*/";
    this.#reached = `SELECT e.to_state AS state, count(DISTINCT e.call_sid) AS n
         FROM calls c JOIN call_events e ON e.call_sid = c.call_sid
        WHERE ${inPeriod} AND e.to_state IS NOT NULL GROUP BY e.to_state`;
    // The state a finished call was in just before its final state (or, for a call that ended
    // without reaching it, e.g. after an error, the state it was left in).
    this.#ends = `SELECT COALESCE(
                (SELECT e.from_state FROM call_events e
                  WHERE e.call_sid = c.call_sid AND e.to_state IN (${finals}) ORDER BY e.id LIMIT 1),
                c.state) AS state,
              ${OUTCOME_SQL} AS outcome, count(*) AS n
         FROM calls c
        WHERE ${inPeriod} AND (c.ended_at IS NOT NULL OR c.state IN (${finals}))
        GROUP BY 1, 2`;
    this.#transfers = `SELECT e.from_state AS state, count(DISTINCT e.call_sid) AS n
         FROM calls c JOIN call_events e ON e.call_sid = c.call_sid
        WHERE ${inPeriod} AND e.to_state IN (${dials}) AND e.from_state IS NOT NULL AND e.from_state NOT IN (${dials})
        GROUP BY e.from_state`;
    this.#calls = `SELECT count(*) AS n FROM calls c WHERE ${inPeriod}`;
  }

  async period(period: Period): Promise<{ calls: number; states: FlowStateStats[]; counts: Map<string, StateCounts> }> {
    const counts = new Map<string, StateCounts>(
      this.graph.states.map((s) => [s.id, { reached: 0, endedHere: 0, hungUpHere: 0, transferredHere: 0 }]),
    );
    const at = (state: string) => {
      let c = counts.get(state);
      if (!c) {
        // A state recorded by an older flow version: still counted, listed after the others.
        c = { reached: 0, endedHere: 0, hungUpHere: 0, transferredHere: 0 };
        counts.set(state, c);
      }
      return c;
    };
    // A slice of the period at a time (slices.ts): each call started in exactly one slice, so its
    // counts (of distinct calls) add up over the slices.
    const [reached, ends, transfers, count] = [scoped(this.#reached), scoped(this.#ends), scoped(this.#transfers), scoped(this.#calls)];
    let calls = 0;
    await bySlices(period.startIso, period.endIso, async (from, to) => {
      const args = [from, to];
      for (const r of await this.sql.all<{ state: string; n: number }>(reached, args)) at(r.state).reached += r.n;
      for (const r of await this.sql.all<{ state: string | null; outcome: string | null; n: number }>(ends, args)) {
        if (r.state === null) continue;
        at(r.state).endedHere += r.n;
        if (r.outcome !== null && HUNG_UP.has(r.outcome)) at(r.state).hungUpHere += r.n;
      }
      for (const r of await this.sql.all<{ state: string; n: number }>(transfers, args)) at(r.state).transferredHere += r.n;
      calls += (await this.sql.get<{ n: number }>(count, args))!.n;
    }, this.sliceMs);
    const kinds = new Map(this.graph.states.map((s) => [s.id, s.kind]));
    return {
      calls,
      states: [...counts].map(([state, c]) => ({ state, kind: kinds.get(state) ?? 'retired', ...c })),
      counts,
    };
  }
}

export type FlowPeriod = Awaited<ReturnType<FlowQueries['period']>>;

/** Several properties' flows as one (each read over its own days): every count adds up. */
export function sumOfFlows(parts: readonly FlowPeriod[]): FlowPeriod {
  const counts = new Map<string, StateCounts>();
  const kinds = new Map<string, string>();
  for (const part of parts) {
    for (const s of part.states) if (!kinds.has(s.state)) kinds.set(s.state, s.kind);
    for (const [state, c] of part.counts) {
      const sum = counts.get(state) ?? { reached: 0, endedHere: 0, hungUpHere: 0, transferredHere: 0 };
      counts.set(state, {
        reached: sum.reached + c.reached,
        endedHere: sum.endedHere + c.endedHere,
        hungUpHere: sum.hungUpHere + c.hungUpHere,
        transferredHere: sum.transferredHere + c.transferredHere,
      });
    }
  }
  return {
    calls: parts.reduce((n, p) => n + p.calls, 0),
    states: [...counts].map(([state, c]) => ({ state, kind: kinds.get(state) ?? 'retired', ...c })),
    counts,
  };
}
