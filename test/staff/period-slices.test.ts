// The overview's figures and the flow page's counts are read a slice of the period at a time
// (src/staff/queries/slices.ts), yielding to the event loop between slices: the figures are the
// same whatever the slices, and webhooks that arrive meanwhile are served before the read ends.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callMachine } from '../../flows/call-machine.ts';
import { buildFlowGraph } from '../../src/staff/flow-diagram.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { FlowQueries } from '../../src/staff/queries/flow-stats.ts';
import { StatsQueries } from '../../src/staff/queries/stats.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { fillWithCalls, startStaffApp } from './staff-helpers.ts';

const HOUR = 3_600_000;
const graph = buildFlowGraph(callMachine);
const clock = new HotelClock('America/New_York');
// Saturday 28 November to Friday 4 December 2026: seven days, calls on three of them.
const period = clock.period('2026-11-28', '2026-12-04');

describe('figures for a period read slice by slice', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
    // Day 1 (28 Nov, from 10:00): a booking, a caller for the front desk, two hang-ups.
    await fillWithCalls(t);
    // Day 3 (30 Nov, 23:30 hotel time, just before midnight): a booking and a text conversation.
    t.clock.set('2026-12-01T04:30:00Z');
    await bookByKeys(t.call({ from: '+12125550171' }), { date: '1210', roomType: '1', rooms: '1', nights: '1#', name: 'Grace Hopper' });
    const guest = textingGuest(t.baseUrl, '+12125550172');
    for (const body of ['1', '1204', '4', '1', '1', 'Ada Lovelace', '1', '1', '1']) await guest.send(body);
    // Day 5 (2 Dec, 00:00 hotel time, on a slice boundary): a caller who hangs up at the menu, and one still on the line.
    t.clock.set('2026-12-02T05:00:00Z');
    const gone = t.call({ from: '+14155550177' });
    await gone.start();
    await gone.hangup();
    await t.call({ from: '+13055550111' }).start();
  });
  afterAll(async () => t.close());

  const now = () => t.clock.now();
  const stats = (sliceMs?: number) => new StatsQueries(t.db, clock, graph.handOffStates, sliceMs).period(period, now());
  const flow = async (sliceMs?: number) => {
    const r = await new FlowQueries(t.db, graph, sliceMs).period(period);
    return { ...r, counts: [...r.counts] };
  };

  it('gives the same overview figures by hours, by days (the default) and in one go', async () => {
    const whole = await stats(Infinity);
    expect(whole).toMatchObject({ calls: 7, bookings: 2, inProgress: 1, texts: { conversations: 1, booked: 1 } });
    expect(whole.byDay.filter((d) => d.calls > 0)).toEqual([
      { date: '2026-11-28', calls: 4, bookings: 1 },
      { date: '2026-11-30', calls: 1, bookings: 1 },
      { date: '2026-12-02', calls: 2, bookings: 0 },
    ]);
    expect(await stats()).toEqual(whole);
    expect(await stats(HOUR)).toEqual(whole);
    expect(await stats(7 * HOUR)).toEqual(whole);
  });

  it("gives the same flow page counts by hours, by days (the default) and in one go", async () => {
    const whole = await flow(Infinity);
    expect(whole.calls).toBe(7);
    expect(whole.states.some((s) => s.reached > 0 && s.endedHere > 0)).toBe(true);
    expect(whole.states.some((s) => s.transferredHere > 0)).toBe(true);
    expect(await flow()).toEqual(whole);
    expect(await flow(HOUR)).toEqual(whole);
    expect(await flow(7 * HOUR)).toEqual(whole);
  });

  it('lets the event loop run while it reads a long period', async () => {
    for (const read of [() => stats(), () => flow()]) {
      const order: string[] = [];
      const done = read().then(() => order.push('figures'));
      setImmediate(() => order.push('another request'));
      await done;
      expect(order).toEqual(['another request', 'figures']);
    }
  });
});
