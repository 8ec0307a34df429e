// One open callback request per guest and property (migration 17, src/calls/callback-requests.ts),
// alike on both engines: run as `describe` blocks by test/storage/callback-requests-merged.test.ts
// (SQLite, npm test) and test/postgres/callback-requests-merged.test.ts (PostgreSQL, npm run
// test:pg, with two connection pools: two instances). The requests stored before the migration
// stay as they were; an ask joins its number's open request, also when many come at once, and an
// ask made while the request is being closed is either closed with it or opens a new request,
// never left open inside a closed one.

import { afterEach, describe, expect, it } from 'vitest';
import type { CallbackAsked } from '../../flows/effects.ts';
import { CallbackRequests } from '../../src/calls/callback-requests.ts';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { runInScope } from '../../src/staff/property-scope.ts';
import { CallbackQueries } from '../../src/staff/queries/callbacks.ts';
import { applyDataFixes, DATA_FIXES } from '../../src/storage/data-fixes.ts';
import type { Db } from '../../src/storage/sql.ts';

export interface MergedRequestsEngine {
  /** A new database with the first `version` migrations applied. */
  openAt(version: number): Promise<Db>;
  /** Applies the rest. */
  migrate(db: Db): Promise<void>;
  /** Another connection (an instance) to the same database, or the same one where the engine has one writer. */
  another(db: Db): Promise<Db>;
}

const LATEST = 1_000;
const NOW = new Date('2026-11-28T15:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

let calls = 0;

/** A call row from `from` to the hotel (callback_requests.call_sid refers to it); its SID. */
async function callFrom(db: Db, hotelId: number, from: string): Promise<string> {
  const sid = `CA${String(++calls).padStart(32, '0')}`;
  await db.run(
    `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at)
     VALUES (?, ?, ?, '+15557650100', 'en-US', ?, 'ended', 1, 1, '{}', '<Response/>', ?)`,
    [sid, hotelId, from, NOW.toISOString(), NOW.toISOString()],
  );
  return sid;
}

const asked = (number: string, over: Partial<CallbackAsked> = {}): CallbackAsked => ({
  keepHoldMinutes: null,
  number,
  locale: 'en-US',
  reason: 'caller_asked',
  recordingUrl: null,
  partial: { arrival: null },
  ...over,
});

export function mergedRequestsContract(engine: string, open: MergedRequestsEngine): void {
  describe(`one open callback request per guest on ${engine} (migration 17)`, () => {
    const opened: Db[] = [];
    afterEach(async () => {
      for (const db of opened.splice(0).reverse()) await db.close();
    });
    const openAt = async (version: number) => {
      const db = await open.openAt(version);
      opened.push(db);
      return db;
    };

    it('keeps the requests stored before as they were, each one ask, and adds a later ask to the open one', async () => {
      const db = await openAt(16);
      const hotelId = await ensureHotel(db, { now: NOW });
      const insert = async (number: string, status: string, minute: number) =>
        (await db.get<{ id: number }>(
          `INSERT INTO callback_requests (call_sid, hotel_id, created_at, caller_number, locale, reason, status) VALUES (?, ?, ?, ?, 'en-US', 'caller_asked', ?) RETURNING id`,
          [await callFrom(db, hotelId, number), hotelId, at(minute), number, status],
        ))!.id;
      const done = await insert('+13055550101', 'done', 0);
      const waiting = await insert('+13055550101', 'open', 5);
      await open.migrate(db);
      expect(await db.all('SELECT id, merged_into, asks, last_asked_at FROM callback_requests ORDER BY id')).toEqual([
        { id: done, merged_into: null, asks: 1, last_asked_at: at(0) },
        { id: waiting, merged_into: null, asks: 1, last_asked_at: at(5) },
      ]);
      const joined = await new CallbackRequests(db).add(await callFrom(db, Number(hotelId), '+13055550101'), Number(hotelId), asked('+13055550101'), at(9));
      expect(Number(joined)).toBe(Number(waiting));
      const view = await runInScope({ ids: [Number(hotelId)] }, () => new CallbackQueries(db).get(waiting));
      expect(view).toMatchObject({ id: Number(waiting), asks: 2, createdAt: at(5), lastAskedAt: at(9) });
    });

    it("gathers a guest's open requests made before it into the oldest at the next start, once (a data fix)", async () => {
      const db = await openAt(16);
      const hotelId = Number(await ensureHotel(db, { now: NOW }));
      const second = Number((await db.get<{ id: number }>("INSERT INTO hotels (name, config_json, updated_at) VALUES ('Second', '{}', ?) RETURNING id", [NOW.toISOString()]))!.id);
      const insert = async (hotel: number, number: string, status: string, minute: number) =>
        Number(
          (await db.get<{ id: number }>(
            `INSERT INTO callback_requests (call_sid, hotel_id, created_at, caller_number, locale, reason, status) VALUES (?, ?, ?, ?, 'en-US', 'caller_asked', ?) RETURNING id`,
            [await callFrom(db, hotel, number), hotel, at(minute), number, status],
          ))!.id,
        );
      const first = await insert(hotelId, '+13055550105', 'open', 0);
      await insert(hotelId, '+13055550105', 'done', 1);
      const again = await insert(hotelId, '+13055550105', 'open', 5);
      const third = await insert(hotelId, '+13055550105', 'open', 9);
      const elsewhere = await insert(second, '+13055550105', 'open', 2);
      const alone = await insert(hotelId, '+13055550106', 'open', 3);
      const withheld = [await insert(hotelId, 'anonymous', 'open', 4), await insert(hotelId, 'anonymous', 'open', 6)];
      // The desk tried the second one before the upgrade: the request keeps that try.
      await db.run('UPDATE callback_requests SET attempts = 1, last_attempt_at = ?, last_attempt_by = ? WHERE id = ?', [at(7), 'alice', again]);
      await open.migrate(db);

      expect(await applyDataFixes(db, NOW)).toContain('merge-open-callback-requests-1');
      const rows = await db.all<{ id: number; merged_into: number | null; asks: number }>('SELECT id, merged_into, asks FROM callback_requests WHERE status = ? ORDER BY id', ['open']);
      const mergedInto = Object.fromEntries(rows.map((r) => [Number(r.id), r.merged_into === null ? null : Number(r.merged_into)]));
      expect(mergedInto).toEqual({ [first]: null, [again]: first, [third]: first, [elsewhere]: null, [alone]: null, [withheld[0]!]: null, [withheld[1]!]: null });
      const view = await runInScope({ ids: [hotelId] }, () => new CallbackQueries(db).get(first));
      expect(view).toMatchObject({ asks: 3, createdAt: at(0), lastAskedAt: at(9), attempts: 1, state: 'tried' });
      // What the worklist shows: the guest once at this property.
      const listed = await runInScope({ ids: [hotelId] }, () => new CallbackQueries(db).waiting());
      expect(listed.map((r) => r.id).sort((a, b) => a - b)).toEqual([first, alone, ...withheld]);

      // Closing the request settles what it gathered; the fix run again changes nothing.
      expect(await runInScope({ ids: [hotelId] }, () => new CallbackQueries(db).close(first, 'bob', 'Called back', new Date(at(10))))).toBe(true);
      expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM callback_requests WHERE status = 'open' AND (id = ? OR merged_into = ?)", [first, first]))!.n).toBe(0);
      expect(await DATA_FIXES.find((f) => f.name === 'merge-open-callback-requests-1')!.run(db)).toBe(0);
      expect(await applyDataFixes(db, NOW)).toEqual([]);
    });

    it('gathers asks that come at once, from two instances, into one request', async () => {
      const db = await openAt(LATEST);
      const other = await open.another(db);
      if (other !== db) opened.push(other);
      const hotelId = Number(await ensureHotel(db, { now: NOW }));
      const sids = await Promise.all(Array.from({ length: 12 }, () => callFrom(db, hotelId, '+13055550102')));
      const ids = await Promise.all(sids.map((sid, i) => new CallbackRequests(i % 2 ? other : db).add(sid, hotelId, asked('+13055550102'), at(i))));
      const requests = await db.all<{ id: number; asks: number }>('SELECT id, asks FROM callback_requests WHERE merged_into IS NULL');
      expect(requests).toHaveLength(1);
      expect(Number(requests[0]!.asks)).toBe(12);
      expect(new Set(ids.map(Number))).toEqual(new Set([Number(requests[0]!.id)]));
      expect((await db.get<{ n: number }>('SELECT count(*) AS n FROM callback_requests WHERE merged_into = ?', [requests[0]!.id]))!.n).toBe(11);
    });

    it('never leaves an ask open inside a request closed at the same moment', async () => {
      const db = await openAt(LATEST);
      const other = await open.another(db);
      if (other !== db) opened.push(other);
      const hotelId = Number(await ensureHotel(db, { now: NOW }));
      const number = '+13055550103';
      const first = await new CallbackRequests(db).add(await callFrom(db, hotelId, number), hotelId, asked(number), at(0));
      const sids = await Promise.all(Array.from({ length: 10 }, () => callFrom(db, hotelId, number)));
      const closing = runInScope({ ids: [hotelId] }, () => new CallbackQueries(other).close(Number(first), 'alice', 'Called back', new Date(at(1))));
      const adding = sids.map((sid, i) => new CallbackRequests(i % 2 ? other : db).add(sid, hotelId, asked(number), at(1)));
      const [closed] = await Promise.all([closing, ...adding]);
      expect(closed).toBe(true);
      const stranded = await db.all(
        `SELECT a.id FROM callback_requests a JOIN callback_requests q ON q.id = a.merged_into WHERE a.status = 'open' AND q.status = 'done'`,
      );
      expect(stranded).toEqual([]);
      // What came after the close is one new request.
      const open_ = await db.all<{ id: number; merged_into: number | null }>("SELECT id, merged_into FROM callback_requests WHERE status = 'open' AND merged_into IS NULL");
      expect(open_.length).toBeLessThanOrEqual(1);
      const total = (await db.get<{ n: number }>('SELECT count(*) AS n FROM callback_requests'))!.n;
      expect(Number(total)).toBe(11);
    });

    it('gathers asks with no number to call (withheld, malformed) at a property within the hour into one request; one number at two properties stays two', async () => {
      const db = await openAt(LATEST);
      const hotelId = Number(await ensureHotel(db, { now: NOW }));
      const second = Number((await db.get<{ id: number }>("INSERT INTO hotels (name, config_json, updated_at) VALUES ('Second', '{}', ?) RETURNING id", [NOW.toISOString()]))!.id);
      const requests = new CallbackRequests(db);
      const ids: number[] = [];
      for (const [i, number] of ['anonymous', 'anonymous', 'unknown', '', '+266696687', '5550123'].entries()) {
        ids.push(Number(await requests.add(await callFrom(db, hotelId, number), hotelId, asked(number), at(i * 20))));
      }
      expect(new Set(ids)).toEqual(new Set([ids[0]]));
      // Another property's, and an hour and more after the last ask, are requests of their own.
      const elsewhere = Number(await requests.add(await callFrom(db, second, 'anonymous'), second, asked('anonymous'), at(100)));
      const later = Number(await requests.add(await callFrom(db, hotelId, 'anonymous'), hotelId, asked('anonymous'), at(100 + 61)));
      expect(new Set([ids[0], elsewhere, later]).size).toBe(3);
      await requests.add(await callFrom(db, hotelId, '+13055550104'), hotelId, asked('+13055550104'), at(0));
      await requests.add(await callFrom(db, second, '+13055550104'), second, asked('+13055550104'), at(1));
      const open_ = await db.all<{ id: number; asks: number }>('SELECT id, asks FROM callback_requests WHERE merged_into IS NULL ORDER BY id');
      expect(open_.map((r) => Number(r.asks))).toEqual([6, 1, 1, 1, 1]);
      // Closing it takes the lock its asks take: what it gathered is settled.
      expect(await runInScope({ ids: [hotelId] }, () => new CallbackQueries(db).close(ids[0]!, 'alice', 'No number to call', new Date(at(170))))).toBe(true);
      expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM callback_requests WHERE status = 'open' AND merged_into = ?", [ids[0]!]))!.n).toBe(0);
    });

    it('gathers asks with no number that come at once, from two instances, into one request', async () => {
      const db = await openAt(LATEST);
      const other = await open.another(db);
      if (other !== db) opened.push(other);
      const hotelId = Number(await ensureHotel(db, { now: NOW }));
      const sids = await Promise.all(Array.from({ length: 10 }, () => callFrom(db, hotelId, 'anonymous')));
      await Promise.all(sids.map((sid, i) => new CallbackRequests(i % 2 ? other : db).add(sid, hotelId, asked(i % 3 ? 'anonymous' : ''), at(i))));
      const requests = await db.all<{ asks: number }>('SELECT asks FROM callback_requests WHERE merged_into IS NULL');
      expect(requests.map((r) => Number(r.asks))).toEqual([10]);
    });
  });
}
