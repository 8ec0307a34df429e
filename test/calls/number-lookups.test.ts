// Looking a caller's number up at one property (the desk's whisper, the caller's own reservations,
// a guest's open text conversation) reads that number's rows through an index on the number, never
// every call and reservation the hotel has had (migration 10, issue 14): on a hotel with a year of
// calls, the old plans read them all on every transfer and every text.

import { afterEach, describe, expect, it } from 'vitest';
import { CallerHistoryLookup } from '../../src/calls/caller-history.ts';
import { CallStore } from '../../src/calls/call-store.ts';
import { ReservationLookup } from '../../src/calls/reservation-lookup.ts';
import { planSteps, recording } from '../helpers/query-plans.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const GUEST = '+12125550199';

/** Other guests' calls at the same property: what the lookups must not read. */
async function manyOtherGuests(app: TestApp, calls: number): Promise<void> {
  await app.db.transaction(async (tx) => {
    const model = await tx.get<{ call_sid: string }>('SELECT call_sid FROM calls LIMIT 1');
    for (let i = 0; i < calls; i++) {
      const sid = `CA${String(i).padStart(32, '0')}`;
      await tx.run(
        `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel)
         SELECT ?, hotel_id, ?, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel FROM calls WHERE call_sid = ?`,
        [sid, `+1917555${String(i).padStart(4, '0')}`, model!.call_sid],
      );
    }
  });
}

async function hotelIdOf(app: TestApp): Promise<number> {
  return (await app.db.get<{ id: number }>('SELECT id FROM hotels LIMIT 1'))!.id;
}

describe("a caller's number at one property", () => {
  it("finds the caller's history and reservations, by the number they called from or gave, through its own indexes", async () => {
    t = await startTestApp({ newConfirmation: () => '55512345' });
    await bookByKeys(t.call({ from: GUEST }), { name: 'Grace Hopper' });
    await manyOtherGuests(t, 300);
    const hotelId = await hotelIdOf(t);
    const { sql, statements } = recording(t.db);

    const history = await new CallerHistoryLookup(sql).lookup(GUEST, hotelId, 'CAnotthisone');
    expect(history).toMatchObject({ previousCalls: 1, lastOutcome: 'booked', lastReservation: { confirmation: '55512345', guestName: 'Grace Hopper' } });
    const reservations = await new ReservationLookup(sql, hotelId, 'America/New_York').byCaller(GUEST, '2026-11-28', new Date('2026-11-28T15:00:00Z'));
    expect(reservations.map((r) => r.confirmation)).toEqual(['55512345']);
    expect(await new CallStore(sql).openConversation(GUEST, hotelId)).toBeUndefined();
    // Another guest's number finds nothing of hers.
    expect((await new CallerHistoryLookup(sql).lookup('+19175550007', hotelId, 'CAnotthisone')).lastReservation).toBeNull();

    const details = await planSteps(t.db, statements);
    expect(details.length).toBeGreaterThan(0);
    // Every table is reached by a key: no scan, and never all of the property's rows by its index.
    expect(details.filter((d) => /^SCAN (calls|reservations)\b/.test(d) || /calls_hotel|reservations_hotel/.test(d))).toEqual([]);
    expect(details.some((d) => d.includes('calls_from_hotel'))).toBe(true);
  });

  it('finds a reservation to be called back on the number, made from another phone', async () => {
    t = await startTestApp({ newConfirmation: () => '55598765' });
    const call = t.call({ from: '+13125550111' });
    await bookByKeys(call, { name: 'Ada Lovelace' });
    // The guest gave the caller's own number (key 1) in bookByKeys; pretend she gave this one.
    await t.db.run('UPDATE reservations SET callback_number = ? WHERE confirmation = ?', [GUEST, '55598765']);
    const history = await new CallerHistoryLookup(t.db).lookup(GUEST, await hotelIdOf(t), 'CAnotthisone');
    expect(history).toMatchObject({ previousCalls: 0, lastReservation: { confirmation: '55598765', guestName: 'Ada Lovelace' } });
    // The call the reservation was made on is left out, as the desk's whisper for that very call does.
    expect((await new CallerHistoryLookup(t.db).lookup(GUEST, await hotelIdOf(t), call.callSid)).lastReservation).toBeNull();
  });
});
