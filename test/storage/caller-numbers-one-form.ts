// Caller numbers stored before one caller was one number (src/calls/caller-number.ts) are rewritten
// in the one form by a data fix (caller-numbers-one-form-1, src/storage/data-fixes.ts), alike on
// both engines: run by test/storage/caller-numbers-one-form.test.ts (SQLite) and
// test/postgres/caller-numbers-hardening.test.ts (PostgreSQL). Rewritten once rather than read in
// both forms at every lookup: every key (hold limits, caller ID, conversations, opt-outs, wrong
// names) then needs one equality on its index, as before.

import { afterEach, describe, expect, it } from 'vitest';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { applyDataFixes, DATA_FIXES } from '../../src/storage/data-fixes.ts';
import type { Db } from '../../src/storage/sql.ts';

const NOW = new Date('2026-11-28T15:00:00.000Z');
const WITH_ONE = '+5215512345678';
const LINE = '+525512345678';
const OTHER_WITH_ONE = '+5213312345678';

/** `open`: a database with every migration applied and no data fix run yet. */
export function callerNumbersOneFormContract(engine: string, open: () => Promise<Db>): void {
  const fix = DATA_FIXES.find((f) => f.name === 'caller-numbers-one-form-1')!;

  describe(`caller numbers stored in two forms on ${engine}`, () => {
    let db: Db | undefined;
    afterEach(async () => {
      await db?.close();
      db = undefined;
    });

    it('are one number after the next start: calls, requests (merged), texts, misses and opt-outs; run again, nothing changes', async () => {
      db = await open();
      const hotelId = await ensureHotel(db, { now: NOW });
      const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
      const call = (sid: string, from: string, minutes: number) =>
        db!.run(
          `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel)
           VALUES (?, ?, ?, '+15551230000', 'es-MX', ?, 'ended', 1, 1, '{}', '', ?, 'voice')`,
          [sid, hotelId, from, at(minutes), at(minutes)],
        );
      await call('CA1', WITH_ONE, 0);
      await call('CA2', LINE, 1);
      await call('CA3', 'anonymous', 2);
      await call('CA4', '+1 212-555-0199', 3);
      const request = (sid: string, number: string, minutes: number) =>
        db!.run(`INSERT INTO callback_requests (call_sid, hotel_id, created_at, last_asked_at, caller_number, locale) VALUES (?, ?, ?, ?, ?, 'es-MX')`, [
          sid,
          hotelId,
          at(minutes),
          at(minutes),
          number,
        ]);
      await request('CA1', WITH_ONE, 0);
      await request('CA2', LINE, 1);
      await db.run(`INSERT INTO outbox (created_at, to_number, locale, kind, body, updated_at, hotel_id) VALUES (?, ?, 'es-MX', 'conversation', 'hola', ?, ?)`, [
        at(0),
        WITH_ONE,
        at(0),
        hotelId,
      ]);
      await db.run('INSERT INTO reservation_lookup_misses (hotel_id, number, at) VALUES (?, ?, ?)', [hotelId, WITH_ONE, at(0)]);
      // Opted out in both forms (the line's own kept), and another guest only with the "1".
      await db.run('INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?), (?, ?), (?, ?)', [WITH_ONE, at(5), LINE, at(3), OTHER_WITH_ONE, at(4)]);

      expect(await applyDataFixes(db, NOW)).toContain('caller-numbers-one-form-1');

      expect(await db.all('SELECT call_sid, from_number FROM calls ORDER BY call_sid')).toEqual([
        { call_sid: 'CA1', from_number: LINE },
        { call_sid: 'CA2', from_number: LINE },
        { call_sid: 'CA3', from_number: 'anonymous' },
        { call_sid: 'CA4', from_number: '+12125550199' },
      ]);
      // The two open requests of one guest are one: the older is the request, the other its ask.
      const requests = await db.all<{ call_sid: string; caller_number: string; asks: number; merged_into: number | null }>(
        'SELECT call_sid, caller_number, asks, merged_into FROM callback_requests ORDER BY call_sid',
      );
      expect(requests.map((r) => [r.call_sid, r.caller_number, Number(r.asks), r.merged_into === null])).toEqual([
        ['CA1', LINE, 2, true],
        ['CA2', LINE, 1, false],
      ]);
      expect(await db.all('SELECT to_number FROM outbox')).toEqual([{ to_number: LINE }]);
      expect(await db.all('SELECT number FROM reservation_lookup_misses')).toEqual([{ number: LINE }]);
      expect(await db.all('SELECT number, opted_out_at FROM sms_opt_outs ORDER BY number')).toEqual([
        { number: '+523312345678', opted_out_at: at(4) },
        { number: LINE, opted_out_at: at(3) },
      ]);

      expect(await fix.run(db)).toBe(0);
      expect(await applyDataFixes(db, NOW)).toEqual([]);
    });
  });
}
