import { beforeAll, describe, expect, it } from 'vitest';
import { callMachine } from '../../flows/call-machine.ts';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { buildFlowGraph, describeGuard, toMermaid } from '../../src/staff/flow-diagram.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { outcomeFilter } from '../../src/staff/outcomes.ts';
import { CallQueries } from '../../src/staff/queries/calls.ts';
import { maskCardNumbers, maskDeep } from '../../src/staff/redact.ts';
import { csvCell } from '../../src/staff/routes/api.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { and, not } from 'xstate';

async function dbWithCalls(rows: { sid: string; outcome: string | null; ended: boolean; callback?: boolean }[]) {
  const db = await openDatabase(':memory:');
  const hotelId = await ensureHotel(db, { now: new Date('2026-11-28T15:00:00Z') });
  for (const [i, r] of rows.entries()) {
    const at = new Date(Date.UTC(2026, 10, 28, 15, i)).toISOString();
    await db.run(
      `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, ended_at, outcome, state, step, machine_version, snapshot_json, last_twiml, updated_at)
       VALUES (?, ?, '+12125550100', '+15551230000', 'en-US', ?, ?, ?, ?, 1, 1, '{}', '', ?)`,
      [r.sid, hotelId, at, r.ended ? at : null, r.outcome, r.ended ? 'ended' : 'askingRooms', at],
    );
    if (r.callback) {
      await db.run("INSERT INTO callback_requests (call_sid, created_at, caller_number, locale) VALUES (?, ?, '+12125550100', 'en-US')", [r.sid, at]);
    }
  }
  return db;
}

const sid = (n: number) => `CA${String(n).padStart(32, '0')}`;

describe('outcomes in the words hotels report', () => {
  let queries: CallQueries;
  beforeAll(async () => {
    queries = new CallQueries(
      await dbWithCalls([
    { sid: sid(1), outcome: 'transferred', ended: true, callback: true },
    { sid: sid(2), outcome: 'voicemail', ended: true },
    { sid: sid(3), outcome: 'transferred', ended: true },
    { sid: sid(4), outcome: 'denial', ended: true },
    { sid: sid(5), outcome: 'regret', ended: true },
        { sid: sid(6), outcome: null, ended: false },
      ]),
      undefined,
      // Minutes after the calls started: the open one is in progress (active-now.ts).
      () => new Date('2026-11-28T15:30:00Z'),
    );
  });
  const list = async (filter: string | null) =>
    (await queries.list(filter ? { outcome: outcomeFilter(filter)! } : {}, 1, 50)).calls.map((c) => [c.callSid, c.outcome, c.outcomeLabel]);

  it('counts a transfer that ended in a callback request, and a voicemail, as voicemail/callback', async () => {
    expect(await list('callback')).toEqual([
      [sid(2), 'callback', 'voicemail/callback'],
      [sid(1), 'callback', 'voicemail/callback'],
    ]);
    expect(await list('transferred')).toEqual([[sid(3), 'transferred', 'transferred']]);
  });

  it('names the turnaways denial and regret, and finds both as turnaway', async () => {
    expect(await list('turnaway-denial')).toEqual([[sid(4), 'denial', 'turnaway-denial']]);
    expect(await list('regret')).toEqual([[sid(5), 'regret', 'turnaway-regret']]);
    expect((await list('turnaway')).map((r) => r[0])).toEqual([sid(5), sid(4)]);
  });

  it('shows a call without an outcome yet as in progress', async () => {
    expect(await list('in-progress')).toEqual([[sid(6), null, 'in progress']]);
    expect(outcomeFilter('happy')).toBeNull();
  });
});

describe('card numbers never shown', () => {
  it('masks a card number said or keyed, with or without spaces, to its last four', () => {
    expect(maskCardNumbers('my card is 4111 1111 1111 1111 thanks')).toBe('my card is [card number hidden, ending 1111] thanks');
    expect(maskCardNumbers('5500-0000-0000-0004')).toBe('[card number hidden, ending 0004]');
    // Said with its expiry and code: hidden whole, "ending" the card's own last four.
    expect(maskCardNumbers('41111111111111111225123')).toBe('[card number hidden, ending 1111]');
  });

  it('leaves phone numbers, dates, confirmation numbers and short digit runs alone', () => {
    for (const text of ['+12125550123', '+86 139 1234 5678', '011 44 20 7946 0958', '1204', '12345678', 'call 212 555 0123', '4111111111112']) {
      expect(maskCardNumbers(text)).toBe(text);
    }
  });

  it('masks inside nested values', () => {
    expect(maskDeep({ a: ['4111111111111111'], b: 3 })).toEqual({ a: ['[card number hidden, ending 1111]'], b: 3 });
  });
});

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas, keeping phone numbers as they are', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvCell('+1(2)')).toBe("'+1(2)");
    expect(csvCell('+12125550123')).toBe('+12125550123');
    expect(csvCell(42)).toBe('42');
  });
});

describe('hotel time', () => {
  const clock = new HotelClock('America/New_York');
  it('turns a hotel date into the UTC instants of its midnight, across a DST change', () => {
    expect(clock.dayStart('2026-07-04')).toBe('2026-07-04T04:00:00.000Z');
    expect(clock.dayStart('2026-12-04')).toBe('2026-12-04T05:00:00.000Z');
    expect(clock.period('2026-11-01', '2026-11-01')).toMatchObject({ startIso: '2026-11-01T04:00:00.000Z', endIso: '2026-11-02T05:00:00.000Z', days: 1 });
  });
  it('shows instants in hotel time', () => {
    expect(clock.dateTime('2026-12-04T23:00:00.000Z')).toBe('2026-12-04 18:00');
    expect(clock.today(new Date('2026-11-29T03:00:00Z'))).toBe('2026-11-28');
    expect(clock.hourOf('2026-11-28T15:30:00Z')).toBe(10);
    expect(clock.weekday('2026-12-04')).toBe('Fri');
  });
  it('says an instant as a clerk does, near the hotel day: today, yesterday, tomorrow, else the day (and a year not this one)', () => {
    // 02:30 UTC on the 29th is 21:30 on the 28th in New York: the hotel's day, not UTC's.
    expect(clock.nearDateTime('2026-11-29T02:30:00.000Z', '2026-11-28')).toBe('today 21:30');
    expect(clock.nearDateTime('2026-11-28T04:30:00.000Z', '2026-11-28')).toBe('yesterday 23:30');
    expect(clock.nearDateTime('2026-11-29T23:00:00.000Z', '2026-11-28')).toBe('tomorrow 18:00');
    expect(clock.nearDateTime('2026-12-04T23:00:00.000Z', '2026-11-28')).toBe('Fri, Dec 4 18:00');
    expect(clock.nearDateTime('2027-01-02T23:00:00.000Z', '2026-12-30')).toBe('Sat, Jan 2, 2027 18:00');
    expect(clock.nearDateTime('not a date', '2026-11-28')).toBe('');
  });
});

describe('the flow diagram, drawn from the statechart itself', () => {
  const graph = buildFlowGraph(callMachine);
  const ids = Object.keys(callMachine.root.states);

  it('has every state of the machine, and its initial and final states', () => {
    expect(graph.states.map((s) => s.id)).toEqual(ids);
    expect(graph.initial).toBe('greeting');
    expect(graph.finalStates).toContain('ended');
    expect(graph.handOffStates).toContain('transferring');
  });

  it('draws `on` and `always` transitions with their guards, and the machine-level hang-up', () => {
    const edge = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);
    expect(edge('greeting', 'mainMenu')?.labels).toContain('spanish');
    // (An arrival that became yesterday mid-call is asked again too: flows/call-machine.ts's arrivalPassed.)
    expect(edge('afterAnswer', 'askingArrivalDate')?.labels).toEqual(['arrival passed', 'needs arrival']);
    // A request for a person leaves every question (directly, or through a router state).
    const fromRoomType = graph.edges.filter((e) => e.from === 'askingRoomType');
    expect(fromRoomType.flatMap((e) => e.labels)).toEqual(expect.arrayContaining(['agent', 'third miss', 'answer']));
    expect(graph.edges.some((e) => e.from === 'transferring' && e.labels.some((l) => l.startsWith('desk.result')))).toBe(true);
    expect(graph.anyState).toEqual([{ event: 'call.ended', to: 'ended' }]);
    // Every edge joins two states the machine has.
    for (const e of graph.edges) {
      expect(ids).toContain(e.from);
      expect(ids).toContain(e.to);
    }
  });

  it('writes Mermaid, with counts when given', () => {
    const text = toMermaid(graph, new Map([['greeting', { reached: 7, endedHere: 2, hungUpHere: 1, transferredHere: 3 }]]));
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(text).toContain('[*] --> greeting');
    expect(text).toContain('greeting : reached 7 · ended 2 · hung up 1 · transferred 3');
    expect(text).toContain('ended --> [*]');
    expect(text).not.toMatch(/--> \w+ : [^\n]*[:;{}<>"]/);
  });

  it('describes composite guards', () => {
    expect(describeGuard(and(['nameRetry', not('thirdMiss')]))).toBe('name retry & not third miss');
    expect(describeGuard({ type: 'heardRoute', params: { route: 'changeDates' } })).toBe('change dates');
  });
});
