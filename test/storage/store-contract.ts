// What every engine behind the data-access interface (src/storage/sql.ts) must do alike: run as
// `describe` blocks by test/storage/sqlite-store.test.ts (npm test) and
// test/postgres/postgres-store.test.ts (npm run test:pg), on a freshly migrated database.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallStore } from '../../src/calls/call-store.ts';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import type { Db } from '../../src/storage/sql.ts';

export function storeContract(engine: string, open: () => Promise<Db>): void {
  describe(`the ${engine} store`, () => {
    let db: Db;
    let hotel: LoadedHotel;
    const now = new Date('2026-11-28T15:00:00.000Z');
    beforeAll(async () => {
      db = await open();
      hotel = await loadHotel(db, await ensureHotel(db, { now }));
    });
    afterAll(() => db.close());

    it('binds ? and @name parameters and gives counts, sums and ids back as numbers', async () => {
      await db.exec('CREATE TABLE contract_t (id INTEGER PRIMARY KEY, label TEXT NOT NULL, amount REAL)');
      expect(await db.run('INSERT INTO contract_t (id, label, amount) VALUES (?, ?, ?)', [1, 'a', 1.5])).toEqual({ changes: 1 });
      await db.run('INSERT INTO contract_t (id, label, amount) VALUES (@id, @label, @amount)', { id: 2, label: "it's", amount: 2.25, extra: 'ignored' });
      expect(await db.get('SELECT count(*) AS n, sum(amount) AS total, max(id) AS top FROM contract_t')).toEqual({ n: 2, total: 3.75, top: 2 });
      expect(await db.all('SELECT label FROM contract_t WHERE label = @label OR id = @id ORDER BY id', { label: "it's", id: 1 })).toEqual([{ label: 'a' }, { label: "it's" }]);
      expect(await db.get('SELECT label FROM contract_t WHERE id = ?', [99])).toBeUndefined();
    });

    it('returns ids from INSERT … RETURNING, and nothing when ON CONFLICT DO NOTHING skipped the row', async () => {
      const first = await db.get<{ id: number }>("INSERT INTO sms_opt_outs (number, opted_out_at) VALUES ('+15550000001', 'x') ON CONFLICT DO NOTHING RETURNING number AS id");
      expect(first).toEqual({ id: '+15550000001' });
      const again = await db.get("INSERT INTO sms_opt_outs (number, opted_out_at) VALUES ('+15550000001', 'y') ON CONFLICT DO NOTHING RETURNING number");
      expect(again).toBeUndefined();
      const row = await db.get<{ id: number }>("INSERT INTO audit_log (at, actor, via, action) VALUES ('t', 'x', 'terminal', 'contract') RETURNING id");
      expect(typeof row!.id).toBe('number');
    });

    it('commits a transaction, rolls back one that throws, and undoes only a failed savepoint', async () => {
      await db.transaction(async (tx) => {
        await tx.run("INSERT INTO sms_opt_outs (number, opted_out_at) VALUES ('+15550000002', 'x')");
      });
      await expect(
        db.transaction(async (tx) => {
          await tx.run("INSERT INTO sms_opt_outs (number, opted_out_at) VALUES ('+15550000003', 'x')");
          throw new Error('give up');
        }),
      ).rejects.toThrow('give up');
      await db.transaction(async (tx) => {
        await tx.run("INSERT INTO sms_opt_outs (number, opted_out_at) VALUES ('+15550000004', 'x')");
        await expect(
          tx.transaction(async (inner) => {
            await inner.run("INSERT INTO sms_opt_outs (number, opted_out_at) VALUES ('+15550000005', 'x')");
            await inner.run("INSERT INTO sms_opt_outs (number, opted_out_at) VALUES ('+15550000004', 'x')");
          }),
        ).rejects.toSatisfy((err) => db.dialect.isUniqueViolation(err));
        expect(tx.inTransaction).toBe(true);
        await tx.lock('contract:key');
        expect(await tx.tryLock('contract:other')).toBe(true);
      });
      const numbers = (await db.all<{ number: string }>("SELECT number FROM sms_opt_outs WHERE number LIKE '+1555000000%' ORDER BY number")).map((r) => r.number);
      expect(numbers).toEqual(['+15550000001', '+15550000002', '+15550000004']);
    });

    it('orders and compares ISO instants as text, bytewise, whatever the locale', async () => {
      const instants = ['2026-11-28T15:00:00.000Z', '2026-11-28T09:59:59.999Z', '2026-12-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'];
      for (const [i, at] of instants.entries()) {
        await db.run("INSERT INTO audit_log (at, actor, via, action) VALUES (?, 'x', 'terminal', ?)", [at, `order-${i}`]);
      }
      const sorted = await db.all<{ at: string }>("SELECT at FROM audit_log WHERE action LIKE 'order-%' ORDER BY at");
      expect(sorted.map((r) => r.at)).toEqual([...instants].sort());
      expect((await db.get<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'order-%' AND at > ?", ['2026-11-28T10:00:00.000Z']))!.n).toBe(3);
    });

    it('has the named dialect helpers: ILIKE, seconds between instants, row locks', async () => {
      const { dialect } = db;
      expect(await db.get(`SELECT 1 AS ok FROM hotels WHERE name ${dialect.ilike} ?`, ['%MIRAMAR%'])).toEqual({ ok: 1 });
      const seconds = await db.get<{ s: number }>(`SELECT round(${dialect.secondsBetween('@from', '@to')}) AS s`, {
        from: '2026-11-28T15:00:00.000Z',
        to: '2026-11-28T15:01:30.000Z',
      });
      expect(seconds!.s).toBe(90);
      await db.transaction(async (tx) => {
        expect(await tx.get(`SELECT rooms FROM room_types WHERE id = ?${tx.dialect.forUpdate}`, [hotel.roomTypeIds.get('DLX')!])).toEqual({ rooms: 3 });
      });
    });

    it('holds, books and never overbooks through the inventory, counts_until kept by its triggers', async () => {
      const dlx = hotel.roomTypeIds.get('DLX')!;
      const inv = new Inventory(db);
      const arrival = '2026-12-10';
      expect(await inv.checkAndHold({ callSid: 'CAc1', roomTypeId: dlx, arrival, nights: 2, rooms: 2, now, holdMinutes: 10 })).toMatchObject({ held: true });
      expect(await inv.freeRooms(dlx, arrival, 2, now)).toBe(1);
      let seq = 0;
      const book = (callSid: string, rooms: number) =>
        inv.book({
          callSid,
          hotelId: hotel.id,
          roomTypeId: dlx,
          arrival,
          nights: 2,
          rooms,
          rate: 240,
          currency: 'USD',
          guestName: 'Ana',
          nameRecordingUrl: null,
          paymentMethod: 'cash',
          callbackNumber: '+12125550123',
          locale: 'en-US',
          holdUntil: holdDeadline(arrival, '18:00', 'America/New_York'),
          now,
          newConfirmation: () => String(40000000 + (seq++ % 2)),
        });
      const booked = await book('CAc1', 2);
      expect(booked).toMatchObject({ ok: true, total: 960 });
      expect(await book('CAc2', 2)).toEqual({ ok: false, free: 1 });
      // A confirmation number already taken is drawn again.
      const second = await book('CAc3', 1);
      expect(second).toMatchObject({ ok: true });
      expect(second.ok && second.confirmation).not.toBe(booked.ok && booked.confirmation);
      expect(await inv.freeRooms(dlx, arrival, 2, now)).toBe(0);
      const counts = await db.all<{ counts_until: string }>('SELECT DISTINCT counts_until FROM reservation_nights WHERE reservation_id = ?', [booked.ok ? booked.reservationId : 0]);
      expect(counts).toEqual([{ counts_until: '2026-12-10T23:00:00.000Z' }]);
      expect(await inv.cancel(booked.ok ? booked.reservationId : 0, now)).toBe(true);
      expect(await inv.freeRooms(dlx, arrival, 2, now)).toBe(2);
      expect(await inv.availabilityGrid([dlx], arrival, 2, now)).toEqual([
        { roomTypeId: dlx, nights: [{ night: '2026-12-10', free: 2, total: 3 }, { night: '2026-12-11', free: 2, total: 3 }] },
      ]);
    });

    it('writes a call only at the version it was read at', async () => {
      const calls = new CallStore(db);
      const call = {
        callSid: 'CAcontract',
        hotelId: hotel.id,
        from: '+12125550123',
        to: '+15551230000',
        locale: 'en-US',
        at: now.toISOString(),
        state: 'greeting',
        step: 1,
        machineVersion: 1,
        snapshotJson: '{}',
        twiml: '<Response/>',
        channel: 'voice' as const,
        inboundSid: null,
      };
      expect(await calls.insert(call)).toBe(true);
      expect(await calls.insert(call)).toBe(false);
      const update = { callSid: 'CAcontract', state: 'mainMenu', step: 2, snapshotJson: '{}', twiml: '<Response/>', at: now.toISOString() };
      expect(await calls.update({ ...update, version: 0, outcome: 'booked' })).toBe(true);
      expect(await calls.update({ ...update, version: 0 })).toBe(false);
      expect(await calls.get('CAcontract')).toMatchObject({ version: 1, step: 2, outcome: 'booked', state: 'mainMenu' });
    });

    it('claims an outbox row for one sender only', async () => {
      const outbox = new Outbox(db);
      const id = await outbox.enqueueText('+12125550199', 'en-US', 'conversation', 'hello', now);
      const claims = await Promise.all([outbox.markSending(id, now), outbox.markSending(id, now)]);
      expect(claims.sort()).toEqual(['claimed', 'taken']);
      expect(await outbox.get(id)).toMatchObject({ status: 'sending', attempts: 1 });
    });
  });
}
