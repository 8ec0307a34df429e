// The staff console's queries on a property's whole history reach their rows through an index that
// bounds them (a date, a number, the open calls), or count in an index alone: never by reading
// every call or reservation row the property ever had (migration 11, issue 14). On a group with two
// years of calls the old plans stopped the event loop for 100 ms to 1 s per page (the figures are
// in docs/performance.md, "Staff console queries on a large database"). SQLite keeps no statistics
// here, so it plans the same on this small database as on a large one. Every list is also checked
// against its filters written plainly, as the console used to run them: the same rows, in the same
// order.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callMachine } from '../../flows/call-machine.ts';
import { buildFlowGraph } from '../../src/staff/flow-diagram.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { OUTCOME_SQL, outcomeFilter } from '../../src/staff/outcomes.ts';
import type { OutcomeFilter } from '../../src/staff/outcomes.ts';
import { runInScope } from '../../src/staff/property-scope.ts';
import { CallbackQueries } from '../../src/staff/queries/callbacks.ts';
import { CallQueries, EXPORT_PAGE } from '../../src/staff/queries/calls.ts';
import { FlowQueries } from '../../src/staff/queries/flow-stats.ts';
import { ACTIVE_SQL, activeParams } from '../../src/staff/active-now.ts';
import { LiveQueries } from '../../src/staff/queries/live.ts';
import { NeedsPersonQueries } from '../../src/staff/queries/needs-person.ts';
import { StatsQueries } from '../../src/staff/queries/stats.ts';
import type { CallFilter } from '../../src/staff/queries/calls.ts';
import { containsPattern, foldText } from '../../src/storage/fold.ts';
import { ReservationQueries } from '../../src/staff/queries/reservations.ts';
import type { ReservationList } from '../../src/staff/queries/reservations.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { foldedName } from '../../src/storage/migrations.ts';
import type { Db, SqlValue } from '../../src/storage/sql.ts';
import { DAY, HISTORY_NOW, seedCallHistory } from '../helpers/call-history.ts';
import { planSteps, recording } from '../helpers/query-plans.ts';

const NOW = HISTORY_NOW;

let db: Db;
let hotels: LoadedHotel[];

beforeAll(async () => {
  db = await openDatabase(':memory:');
  hotels = await seedCallHistory(db);
});
afterAll(async () => {
  await db.close();
});

const ALL = () => hotels.map((h) => h.id);
const ONE = () => [hotels[0]!.id];

/** The statement that reads every reservation made in the calls shown (a call may book twice), by its index on call_sid. */
const MADE_IN_CALLS = 'SELECT call_sid, id, confirmation FROM reservations WHERE call_sid IN';

/** The plans of the statements that find and read calls, those of MADE_IN_CALLS checked to search reservations_call and left out. */
function callPlans(plans: string[][], texts: string[]): string[][] {
  const made = texts.map((text) => text.startsWith(MADE_IN_CALLS));
  for (const [i, steps] of plans.entries()) if (made[i]) expect(steps).toEqual(['SEARCH reservations USING INDEX reservations_call (call_sid=?)']);
  return plans.filter((_, i) => !made[i]);
}

/** The statements `fn` runs on a recording database, in the scope of `ids`, each with its plan's steps. */
async function planned<T>(ids: number[], fn: (sql: Db) => Promise<T>): Promise<{ result: T; plans: string[][]; texts: string[] }> {
  const { sql, statements } = recording(db);
  const result = await runInScope({ ids }, () => fn(sql as Db));
  const plans: string[][] = [];
  for (const statement of statements) plans.push(await planSteps(db, [statement]));
  return { result, plans, texts: statements.map(([text]) => text) };
}

/** Whether a statement folds a guest's name as it reads it, rather than reading it stored folded (migration 12). */
const foldsNames = (text: string) => /replace\(\w+\.guest_name\b/.test(text);

/** Steps that read every call of a property, or every call: the property's index alone without its date, or the table. */
const everyCall = (step: string) =>
  /^SCAN (c|calls)$/.test(step) || /^SEARCH c USING INDEX calls_hotel(_list)? \(hotel_id=\?\)$/.test(step) || /calls_outcome/.test(step);
/** Steps that read every call of a property in an index, even one holding all the filter reads (a count of its calls may; a search for a few may not). */
const everyCallOfTheProperty = (step: string) => everyCall(step) || /calls_hotel(_list)? \(hotel_id=\?\)$/.test(step);
/** The same for reservations. */
const everyReservation = (step: string) => /^SCAN (r|reservations)$/.test(step) || /^SEARCH r USING INDEX reservations_hotel \(hotel_id=\?\)$/.test(step);

/** A call filter as the console used to run it, plainly (each name folded as it is read): which calls, newest first. */
async function callsPlainly(ids: number[], filter: CallFilter): Promise<string[]> {
  const clauses = [`c.hotel_id IN (${ids.join(', ')})`];
  const params: SqlValue[] = [];
  const add = (clause: string, ...values: SqlValue[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.startIso) add('c.started_at >= ?', filter.startIso);
  if (filter.endIso) add('c.started_at < ?', filter.endIso);
  if (filter.outcome?.kind === 'in-progress') add(`c.outcome IS NULL AND c.ended_at IS NULL AND ${ACTIVE_SQL}`, ...activeParams(NOW));
  else if (filter.outcome?.kind === 'quiet') add(`c.outcome IS NULL AND c.ended_at IS NULL AND NOT ${ACTIVE_SQL}`, ...activeParams(NOW));
  else if (filter.outcome) add(`${OUTCOME_SQL} IN (${filter.outcome.outcomes.map(() => '?').join(', ')})`, ...filter.outcome.outcomes);
  if (filter.callerDigits) add("replace(replace(replace(c.from_number, '+', ''), '-', ''), ' ', '') LIKE ?", `%${filter.callerDigits}%`);
  if (filter.guestName) {
    const pattern = containsPattern(foldText(filter.guestName));
    add(
      `(${foldedName('r.guest_name')} LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM reservations g
        WHERE g.callback_number = c.from_number AND g.hotel_id = c.hotel_id AND ${foldedName('g.guest_name')} LIKE ? ESCAPE '\\'))`,
      pattern,
      pattern,
    );
  }
  if (filter.locale) add('c.locale = ?', filter.locale);
  if (filter.channel) add('c.channel = ?', filter.channel);
  const rows = await db.all<{ call_sid: string }>(
    `SELECT c.call_sid FROM calls c LEFT JOIN reservations r ON r.id = c.reservation_id WHERE ${clauses.join(' AND ')} ORDER BY c.started_at DESC, c.call_sid DESC`,
    params,
  );
  return rows.map((r) => r.call_sid);
}

const week = { startIso: new Date(NOW.getTime() - 7 * DAY).toISOString(), endIso: new Date(NOW.getTime() + DAY).toISOString() };
const outcome = (word: string): OutcomeFilter => outcomeFilter(word)!;

describe("the staff console's calls list on a property's whole history", () => {
  const FILTERS: [string, CallFilter, RegExp][] = [
    // [what, the filter, a step its plan must have: how its calls are found]
    ['every call', {}, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\?\)$/],
    ['a week', week, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\? AND started_at>\? AND started_at<\?\)$/],
    ['up to a date', { endIso: week.startIso }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\? AND started_at<\?\)$/],
    ['booked', { outcome: outcome('booked') }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\?\)$/],
    ['voicemail/callback', { outcome: outcome('callback') }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\?\)$/],
    ['transferred', { outcome: outcome('transferred') }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\?\)$/],
    ['reached the desk', { outcome: outcome('desk') }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\?\)$/],
    ['turnaways in a week', { ...week, outcome: outcome('turnaway') }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\? AND started_at>\? AND started_at<\?\)$/],
    ['in Spanish', { locale: 'es-MX' }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\?\)$/],
    ['texts', { channel: 'sms' }, /^SEARCH c USING COVERING INDEX calls_hotel_list \(hotel_id=\?\)$/],
    ['in progress', { outcome: outcome('in-progress') }, /^SCAN o USING INDEX calls_open_voice$/],
    ['gone quiet', { outcome: outcome('quiet') }, /^SCAN o USING INDEX calls_open_conversations$/],
    ['a number', { callerDigits: '5550107' }, /^SCAN c USING INDEX calls_from_hotel$/],
    ['a number in a week', { ...week, callerDigits: '555010' }, /^SEARCH c USING INDEX calls_hotel_list \(hotel_id=\? AND started_at>\? AND started_at<\?\)$/],
    ['a name', { guestName: 'ramirez' }, /^SEARCH c USING INDEX calls_reservation \(reservation_id=\?\)$/],
    ['a name in a week', { ...week, guestName: 'nunez' }, /^SEARCH c USING INDEX calls_hotel_list \(hotel_id=\? AND started_at>\? AND started_at<\?\)$/],
    ['a name and a number', { guestName: 'torres', callerDigits: '212' }, /^SEARCH c USING INDEX calls_from_hotel \(from_number=\? AND hotel_id=\?\)$/],
    ['a name and an outcome', { guestName: 'nunez', outcome: outcome('booked') }, /^SEARCH c USING INDEX calls_reservation \(reservation_id=\?\)$/],
    ['a name and voicemail/callback', { guestName: 'hopper', outcome: outcome('callback') }, /^SEARCH c USING INDEX calls_from_hotel \(from_number=\? AND hotel_id=\?\)$/],
    ['a name, texts in Spanish', { guestName: 'a', channel: 'sms', locale: 'es-MX' }, /^SEARCH c USING INDEX calls_reservation \(reservation_id=\?\)$/],
    ['a name in progress', { guestName: 'a', outcome: outcome('in-progress') }, /^SCAN o USING INDEX calls_open_voice$/],
  ];

  for (const [scope, ids] of [['one property', ONE], ['a group account', ALL]] as const) {
    it.each(FILTERS)(`lists %s for ${scope} without reading every call of a property, and the same calls as before`, async (_what, filter, finds) => {
      for (const [page, perPage] of [[1, 25], [3, 10]] as const) {
        const { result, plans: all, texts } = await planned(ids(), (sql) => new CallQueries(sql, undefined, () => NOW).list(filter, page, perPage));
        const plans = callPlans(all, texts);
        const expected = await callsPlainly(ids(), filter);
        expect(result.total).toBe(expected.length);
        expect(result.calls.map((c) => c.callSid)).toEqual(expected.slice((page - 1) * perPage, page * perPage));
        // No call row is read beyond the calls found, and they are found as said; one statement
        // counts and pages.
        expect(plans.flat().filter(everyCall)).toEqual([]);
        expect(plans.flat().some((step) => finds.test(step))).toBe(true);
        expect(plans).toHaveLength(1);
        // A name is read as stored folded, not folded for every reservation at each search.
        expect(texts.filter(foldsNames)).toEqual([]);
      }
    });
  }

  it("finds a name's calls over all time from its reservations, by reservation and by number, not among every call of the property", async () => {
    for (const ids of [ONE(), ALL()]) {
      for (const filter of [{ guestName: 'nunez' }, { guestName: 'hopper', outcome: outcome('transferred') }, { guestName: 'room 1204', channel: 'voice' as const }]) {
        const { result, plans } = await planned(ids, (sql) => new CallQueries(sql, undefined, () => NOW).list(filter, 1, 10));
        const expected = await callsPlainly(ids, filter);
        expect(result.total).toBe(expected.length);
        expect(result.calls.map((c) => c.callSid)).toEqual(expected.slice(0, 10));
        // Not even in calls_hotel_list: the old plan tested each of the property's calls there
        // against the calls found for the name (30 to 90 ms on 50,000 calls a property).
        expect(plans.flat().filter(everyCallOfTheProperty)).toEqual([]);
        expect(plans[0]).toEqual(expect.arrayContaining([
          'SEARCH c USING INDEX calls_reservation (reservation_id=?)',
          'SEARCH c USING INDEX calls_from_hotel (from_number=? AND hotel_id=?)',
        ]));
      }
    }
    // The calls found by their reservation alone (its callback number is another) are among them:
    // both ways count.
    const byReservationOnly = await callsPlainly(ALL(), { guestName: 'nunez' });
    const byNumber = await db.all<{ call_sid: string }>(
      `SELECT c.call_sid FROM calls c WHERE EXISTS (SELECT 1 FROM reservations g WHERE g.callback_number = c.from_number AND g.hotel_id = c.hotel_id
         AND g.guest_name_folded LIKE '%nunez%')`,
    );
    expect(byReservationOnly.filter((s) => !byNumber.some((r) => r.call_sid === s))).not.toEqual([]);
  });

  it('pages the calls of a group account property by property, each through its index in the order of the list', async () => {
    const { plans } = await planned(ALL(), (sql) => new CallQueries(sql, undefined, () => NOW).list({}, 2, 25));
    // Each property walked newest first and stopped at the page: no sort of every call of the group.
    expect(plans[0]!.filter((step) => step === 'SEARCH c USING COVERING INDEX calls_hotel_list (hotel_id=?)')).toHaveLength(3);
    expect(plans[0]).toContain('MERGE (UNION ALL)');
  });

  it('finds the calls in progress among the open calls alone', async () => {
    const { result, plans } = await planned(ALL(), (sql) => new CallQueries(sql, undefined, () => NOW).list({ outcome: outcome('in-progress') }, 1, 25));
    expect(result.calls.length).toBeGreaterThan(0);
    expect(result.calls.every((c) => c.outcomeLabel === 'in progress')).toBe(true);
    expect(plans[0]).toEqual(expect.arrayContaining(['SCAN o USING INDEX calls_open_voice', 'SCAN o USING INDEX calls_open_conversations']));
    expect(plans[0]!.filter((step) => step.startsWith('SEARCH c USING INDEX sqlite_autoindex_calls_1 (call_sid=?)'))).not.toHaveLength(0);
  });

  it('exports every matching call in the order of the list, a page at a time, by index', async () => {
    for (const filter of [{}, { channel: 'voice' as const }, { guestName: 'a' }, { callerDigits: '55501' }]) {
      const { result, plans: all, texts } = await planned(ALL(), async (sql) => {
        const sids: string[] = [];
        for await (const call of new CallQueries(sql, undefined, () => NOW).iterate(filter)) sids.push(call.callSid);
        return sids;
      });
      expect(result).toEqual(await callsPlainly(ALL(), filter));
      const plans = callPlans(all, texts);
      // EXPORT_PAGE calls a statement: several for the whole group's 600. A name's or a number's
      // calls are found by one statement first, then read a page at a time by SID.
      const found = Boolean(filter.guestName ?? filter.callerDigits);
      expect(plans).toHaveLength(found ? 1 + Math.ceil(result.length / EXPORT_PAGE) : Math.floor(result.length / EXPORT_PAGE) + 1);
      for (const steps of plans) expect(steps.filter(filter.guestName ? everyCallOfTheProperty : everyCall)).toEqual([]);
    }
  });
});

describe("the front desk's reservation lists on a property's whole history", () => {
  const today = '2026-11-28';
  const day = { startIso: '2026-11-28T05:00:00.000Z', endIso: '2026-11-29T05:00:00.000Z' };
  const LISTS: [ReservationList, string, RegExp, string, SqlValue[]][] = [
    // [list, date, the index step its plan must have, the list plainly, its parameters]
    ['arrivals', today, /^SEARCH r USING INDEX reservations_hotel \(hotel_id=\? AND arrival=\?\)$/, 'r.arrival = ?', [today]],
    ['in-house', today, /^SEARCH r USING INDEX reservations_departure \(departure>\?\)$/, "r.arrival <= ? AND r.departure > ? AND r.status <> 'cancelled'", [today, today]],
    ['departures', today, /^SEARCH r USING INDEX reservations_departure \(departure=\?\)$/, "r.departure = ? AND r.status <> 'cancelled'", [today]],
    ['made', today, /^SEARCH r USING INDEX reservations_created \(created_at>\? AND created_at<\?\)$/, 'r.created_at >= ? AND r.created_at < ?', [day.startIso, day.endIso]],
  ];

  for (const [scope, ids] of [['one property', ONE], ['a group account', ALL]] as const) {
    it.each(LISTS)(`lists %s for ${scope} through the index of its date, not every reservation of the property`, async (list, date, finds, plainly, params) => {
      const { result, plans } = await planned(ids(), (sql) => new ReservationQueries(sql, hotels).list(list, date, NOW, day));
      const order = list === 'made' ? 'r.created_at DESC, r.id DESC' : "CASE WHEN r.status = 'cancelled' THEN 1 ELSE 0 END, r.hold_until, r.id";
      const expected = await db.all<{ id: number }>(`SELECT r.id FROM reservations r WHERE r.hotel_id IN (${ids().join(', ')}) AND ${plainly} ORDER BY ${order}`, params);
      expect(expected.length).toBeGreaterThan(0);
      expect(result.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      expect(plans[0]!.filter(everyReservation)).toEqual([]);
      expect(plans[0]!.some((step) => finds.test(step))).toBe(true);
    });
  }

  it.each([
    ['a name', 'ramirez'],
    ['a confirmation number', '5000001'],
    ['a phone number written any way', '(212) 555-0107'],
    ['digits in a name', '1204'],
    ['a name in capitals, with its accents', 'JOSÉ NÚÑEZ'],
  ])('finds reservations by %s for a group account, each property walked in the order of the list', async (_what, q) => {
    const { result, plans, texts } = await planned(ALL(), (sql) => new ReservationQueries(sql, hotels, (typed) => typed.replace(/\D/g, '')).search(q, NOW));
    const text = q.trim();
    const digits = text.replace(/[\s+().-]/g, '');
    const number = /^\d{2,}$/.test(digits);
    const alternatives = [`${foldedName('r.guest_name')} LIKE ? ESCAPE '\\'`];
    const params: SqlValue[] = [containsPattern(foldText(text))];
    if (number) {
      alternatives.push('r.confirmation LIKE ?');
      params.push(`${digits}%`);
    }
    if (number && digits.length >= 4) {
      alternatives.push("replace(r.callback_number, '+', '') LIKE ?");
      params.push(`%${digits}%`);
    }
    const expected = await db.all<{ id: number }>(
      `SELECT r.id FROM reservations r WHERE r.hotel_id IN (${ALL().join(', ')}) AND (${alternatives.join(' OR ')}) ORDER BY r.arrival DESC, r.id DESC LIMIT 200`,
      params,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(result.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    // Each property's reservations newest first, stopping at the limit, merged: not all of them sorted.
    expect(plans[0]!.filter((step) => step === 'SEARCH r USING INDEX reservations_hotel (hotel_id=?)')).toHaveLength(2);
    expect(plans[0]).toContain('MERGE (UNION ALL)');
    expect(texts.filter(foldsNames)).toEqual([]);
  });

  it('would see a name folded as it is read (the check above is not vacuous)', () => {
    expect(foldsNames(`SELECT 1 FROM reservations g WHERE ${foldedName('g.guest_name')} LIKE ?`)).toBe(true);
    expect(foldsNames("SELECT 1 FROM reservations g WHERE g.guest_name_folded LIKE ? AND replace(g.callback_number, '+', '') LIKE ?")).toBe(false);
  });
});

describe('the callback worklist', () => {
  it.each(['open', 'done', 'all'] as const)('names the callers of the %s requests listed only, after sorting their keys', async (status) => {
    const { result: listed, plans } = await planned(ALL(), (sql) => new CallbackQueries(sql).list(status, 1, 500));
    const result = listed.items;
    // The waiting, oldest first, whole; then (done, all) a page of the called back, the latest first.
    const waiting = status === 'done' ? [] : await db.all<{ id: number }>(`SELECT cb.id FROM callback_requests cb WHERE cb.status = 'open' ORDER BY cb.created_at, cb.id LIMIT 500`);
    const done = status === 'open' ? [] : await db.all<{ id: number }>(`SELECT cb.id FROM callback_requests cb WHERE cb.status = 'done' ORDER BY cb.done_at DESC, cb.id DESC LIMIT 500`);
    const expected = [...waiting, ...done];
    expect(expected.length).toBeGreaterThan(0);
    expect(result.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(result.some((c) => c.guestName !== null)).toBe(true);
    const steps = plans[0]!;
    // The reservations are looked up once the requests listed are known, not for every request.
    expect(steps.indexOf('SCAN p')).toBeGreaterThan(-1);
    expect(steps.findIndex((step) => step.includes('reservations_callback_hotel'))).toBeGreaterThan(steps.indexOf('SCAN p'));
  });
});

describe('what the console polls and its figures for a period (already bounded: kept so)', () => {
  const graph = buildFlowGraph(callMachine);
  const period = new HotelClock('America/New_York').period('2026-11-22', '2026-11-28');
  /** A step on calls that is not bounded by the period (or the live window) through the property's index. */
  const unbounded = (step: string) => / c(alls)? /.test(`${step} `) && /^(SCAN|SEARCH) c(alls)? /.test(step) && !/calls_hotel\w* \(hotel_id=\? AND started_at>\?/.test(step);

  it('counts the calls going on now among the open calls, and the waiting callbacks by their status', async () => {
    for (const ids of [ONE(), ALL()]) {
      const { result, plans } = await planned(ids, async (sql) => ({
        live: await new LiveQueries(sql, graph.handOffStates).now(NOW),
        open: await new CallbackQueries(sql).openCreatedAt(),
        queue: await new CallbackQueries(sql).queueSignature(),
      }));
      expect(result.live.callsInProgress + result.live.textsOpen).toBeGreaterThan(0);
      expect(result.open.length).toBeGreaterThan(0);
      // Among the open calls alone (the partial indexes of open calls), each then read by its key.
      expect(plans[0]).toEqual(expect.arrayContaining(['SCAN o USING INDEX calls_open_voice', 'SCAN o USING INDEX calls_open_conversations']));
      expect(plans[0]!.filter((step) => /^(SCAN|SEARCH) c\b/.test(step))).toEqual(['SEARCH c USING INDEX sqlite_autoindex_calls_1 (call_sid=?)']);
      for (const steps of plans.slice(1)) for (const step of steps.filter((s) => s.startsWith('SEARCH') || s.startsWith('SCAN'))) {
        expect(step).toMatch(/^SEARCH callback_requests USING (COVERING )?INDEX callback_requests_open \(status=\?/);
      }
    }
  });

  it("finds today's calls that need a person among the day's calls, the later calls of their numbers by number, their requests and the desk's bookings by call", async () => {
    const clock = new HotelClock('America/New_York');
    const today = clock.today(NOW);
    for (const ids of [ONE(), ALL()]) {
      const { result, plans } = await planned(ids, (sql) => new NeedsPersonQueries(sql).today(clock.period(today, today)));
      expect(result.count).toBeGreaterThan(0);
      const reads = plans.flat().filter((step) => /^(SEARCH|SCAN) /.test(step) && !/^SCAN (\(subquery-\d+\)|found)$/.test(step));
      for (const step of reads) {
        expect(step).toMatch(
          /^SEARCH (c USING INDEX calls_hotel_list \(hotel_id=\? AND started_at>\? AND started_at<\?\)|c USING INDEX sqlite_autoindex_calls_1 \(call_sid=\?\)|l USING INDEX calls_from_hotel \(from_number=\? AND hotel_id=\? AND started_at>\? AND started_at<\?\)|(cb|v) USING (COVERING )?INDEX callback_requests_call \(call_sid=\?\)|b USING COVERING INDEX reservations_call \(call_sid=\?\)|(r|q) USING INTEGER PRIMARY KEY|g USING INDEX reservations_callback_hotel)/,
        );
      }
    }
  });

  it("reads the overview's and the flow page's calls of a period through the property's index by start", async () => {
    for (const ids of [ONE(), ALL()]) {
      const { result, plans } = await planned(ids, async (sql) => ({
        stats: await new StatsQueries(sql, new HotelClock('America/New_York'), graph.handOffStates).period(period, NOW),
        flow: await new FlowQueries(sql, graph).period(period),
      }));
      expect(result.stats.calls).toBeGreaterThan(0);
      expect(result.flow.calls).toBeGreaterThan(0);
      expect(plans.flat().filter(unbounded)).toEqual([]);
      expect(plans.flat().filter((step) => /^SCAN (e|call_events)$/.test(step))).toEqual([]);
    }
  });
});
