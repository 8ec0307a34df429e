// Caller numbers stored before webhooks took control and format characters out of Twilio's
// identifiers (src/privacy/redact-input.ts) are cleaned the same way by a data fix
// (numbers-without-controls-1, src/storage/data-fixes.ts), alike on both engines: run by
// test/storage/number-controls.test.ts (SQLite, npm test) and test/postgres/number-controls.test.ts
// (PostgreSQL, npm run test:pg).

import { afterEach, describe, expect, it } from 'vitest';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { withoutControls } from '../../src/privacy/redact.ts';
import { applyDataFixes, DATA_FIXES } from '../../src/storage/data-fixes.ts';
import type { Db } from '../../src/storage/sql.ts';
import { insertReservation } from './guest-name-folded.ts';
import { MIRAMAR } from '../helpers/demo-group.ts';

const NOW = new Date('2026-11-28T15:00:00.000Z');
const CLEAN = '+12125550123';
const HOTEL = MIRAMAR;

/**
 * `controls`: what an old row may hold; PostgreSQL's text cannot hold NUL, so it is SQLite's only.
 * `open`: a database with every migration applied and no data fix run yet.
 */
export function numbersWithoutControlsContract(engine: string, controls: string, open: () => Promise<Db>): void {
  // The number with every control in it: ESC before, a bidi override inside, the rest after.
  const dirty = `\u001B${CLEAN.slice(0, 5)}\u202E${CLEAN.slice(5)}${controls}`;
  const fix = DATA_FIXES.find((f) => f.name === 'numbers-without-controls-1')!;

  describe(`caller numbers stored with control characters on ${engine}`, () => {
    let db: Db | undefined;
    afterEach(async () => {
      await db?.close();
      db = undefined;
    });

    it('lose them at the next start, as a webhook now takes them out, and the fix changes nothing run again', async () => {
      expect(withoutControls(dirty)).toBe(CLEAN);
      db = await open();
      const hotelId = await ensureHotel(db, { now: NOW });
      const at = NOW.toISOString();
      const call = (sid: string, from: string, to: string, lastSid: string | null) =>
        db!.run(
          `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, state, step, machine_version, snapshot_json, last_twiml, updated_at, channel, last_inbound_sid)
           VALUES (?, ?, ?, ?, 'en-US', ?, 'ended', 1, 1, '{}', '', ?, 'sms', ?)`,
          [sid, hotelId, from, to, at, at, lastSid],
        );
      await call('TX1', dirty, `${HOTEL}\u200B`, `SM1\u0007`);
      await call('TX2', CLEAN, HOTEL, null);
      const reservation = await insertReservation(db, '41000091', 'Ana Torres');
      await db.run('UPDATE reservations SET callback_number = ? WHERE id = ?', [dirty, reservation]);
      await db.run(`INSERT INTO callback_requests (call_sid, hotel_id, created_at, caller_number, locale) VALUES ('TX1', ?, ?, ?, 'en-US')`, [hotelId, at, dirty]);
      await db.run(
        `INSERT INTO outbox (created_at, to_number, locale, kind, body, updated_at, hotel_id) VALUES (?, ?, 'en-US', 'conversation', 'hi', ?, ?)`,
        [at, dirty, at, hotelId],
      );
      await db.run('INSERT INTO reservation_lookup_misses (hotel_id, number, at) VALUES (?, ?, ?)', [hotelId, dirty, at]);
      // Opted out twice: as stored before, and already clean (kept); another only as stored before.
      const other = `+1415555\u202E0188${controls}`;
      await db.run('INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?), (?, ?), (?, ?)', [dirty, at, CLEAN, '2026-01-01T00:00:00.000Z', other, at]);

      expect(await applyDataFixes(db, NOW)).toContain('numbers-without-controls-1');

      expect(await db.all('SELECT call_sid, from_number, to_number, last_inbound_sid FROM calls ORDER BY call_sid')).toEqual([
        { call_sid: 'TX1', from_number: CLEAN, to_number: HOTEL, last_inbound_sid: 'SM1' },
        { call_sid: 'TX2', from_number: CLEAN, to_number: HOTEL, last_inbound_sid: null },
      ]);
      expect(await db.get('SELECT callback_number FROM reservations WHERE id = ?', [reservation])).toEqual({ callback_number: CLEAN });
      expect(await db.all('SELECT caller_number FROM callback_requests')).toEqual([{ caller_number: CLEAN }]);
      expect(await db.all('SELECT to_number FROM outbox')).toEqual([{ to_number: CLEAN }]);
      expect(await db.all('SELECT number FROM reservation_lookup_misses')).toEqual([{ number: CLEAN }]);
      expect(await db.all('SELECT number, opted_out_at FROM sms_opt_outs ORDER BY number')).toEqual([
        { number: CLEAN, opted_out_at: '2026-01-01T00:00:00.000Z' },
        { number: '+14155550188', opted_out_at: at },
      ]);

      expect(await fix.run(db)).toBe(0);
      expect(await applyDataFixes(db, NOW)).toEqual([]);
    });
  });
}
