// A guest's erasure on request while they are on the phone (src/privacy/forget-guest.ts), alike on
// both engines: run by test/scripts/forget-guest-in-progress.test.ts (SQLite, npm test) and
// test/postgres/forget-guest-in-progress.test.ts (PostgreSQL, npm run test:pg). Real signed calls.
// The calls that have ended are erased at once; a call still going on is left whole (its next
// answer used to reach the front desk: its saved state was gone), and so is its callback request;
// once it has ended, the hourly retention run finishes the erasure.

import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { forgetGuest } from '../../src/privacy/forget-guest.ts';
import { eraseOldData } from '../../src/privacy/retention.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import type { TestClock } from '../helpers/app.ts';
import { askForStay, bookByKeys, heard } from '../helpers/scripted-calls.ts';

export interface ForgetEngine {
  start(clock: TestClock): Promise<{ db: Db; baseUrl: string; close(): Promise<void> }>;
}

const GUEST = '+12125550111';

export function forgetInProgressContract(engine: string, e: ForgetEngine): void {
  describe(`a guest erased on request during a call of theirs (${engine})`, () => {
    it('erases the ended calls, leaves the call going on to book, and retention finishes once it ends', async () => {
      const clock = testClock('2026-05-04T15:00:00Z');
      const app = await e.start(clock);
      try {
        const call = (autoStatusCallback = true) =>
          new CallSession({ baseUrl: app.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: GUEST, to: HOTEL_NUMBER, autoStatusCallback });
        const words = async (sid: string) => JSON.stringify(await app.db.all('SELECT input_json, said_json FROM call_events WHERE call_sid = ?', [sid]));
        // May 4: a stay of May 6–8, the call over.
        const past = call();
        await bookByKeys(past, { date: '0506', name: 'Crisanta Villalobos' });
        await past.hangup();
        // May 20: one call asking for May 30, at the name question; another that left a voicemail and
        // was hung up by the app, its status callback not come yet (Twilio posts it after).
        clock.set('2026-05-20T15:00:00Z');
        const booking = call();
        expect((await askForStay(booking, { date: '0530' })).waitingFor).toBe('input');
        const voicemail = call(false);
        await voicemail.start();
        await voicemail.press('0');
        await voicemail.dialResult('no-answer');
        await voicemail.press('1');
        await voicemail.record({ transcript: 'Crisanta here, about my wedding block' });

        const done = await forgetGuest(app.db, GUEST, clock.now());
        expect(done).toMatchObject({ number: GUEST, calls: 1, reservations: 1, inProgress: 2, callbackRequests: 0 });
        expect(await words(past.callSid)).not.toContain('Crisanta');
        expect(await app.db.all('SELECT number FROM forget_pending')).toEqual([{ number: GUEST }]);
        // The voicemail's request is left whole for the desk while its call goes on.
        expect(await app.db.get('SELECT caller_number, transcript FROM callback_requests WHERE call_sid = ?', [voicemail.callSid])).toEqual({
          caller_number: GUEST,
          transcript: 'Crisanta here, about my wedding block',
        });

        // The call goes on where it was: name, payment, this number, confirm.
        await booking.say('Crisanta Villalobos', 0.95);
        await booking.press('1');
        await booking.press('1');
        const confirmed = await booking.press('1');
        expect(heard(confirmed)).toMatch(/confirmation number/i);
        expect(await app.db.get("SELECT guest_name, callback_number FROM reservations WHERE arrival = '2026-05-30'")).toEqual({
          guest_name: 'Crisanta Villalobos',
          callback_number: GUEST,
        });
        // Retention's run leaves it while any call of the number goes on…
        const silent = createLogger('silent');
        const retention = () => eraseOldData({ db: app.db, logger: silent, clock: clock.now, days: 180, pauseMs: 0 });
        await booking.hangup();
        expect((await retention()).forgotten).toBe(0);
        expect(await words(booking.callSid)).toContain('Crisanta');
        // …and finishes the erasure at its first run after the last one ended.
        await voicemail.statusCallback('completed');
        clock.advance(60 * 60_000);
        expect((await retention()).forgotten).toBe(1);
        expect(await app.db.all('SELECT number FROM forget_pending')).toEqual([]);
        for (const sid of [booking.callSid, voicemail.callSid]) expect(await words(sid)).not.toContain('Crisanta');
        expect(JSON.stringify(await app.db.all('SELECT caller_number, transcript, recording_url FROM callback_requests'))).not.toMatch(/Crisanta|5550111/);
        // The upcoming stay is left whole (the guest cancels it first); the past one is nameless.
        expect(await app.db.all('SELECT arrival, guest_name FROM reservations ORDER BY arrival')).toEqual([
          { arrival: '2026-05-06', guest_name: 'Erased on request' },
          { arrival: '2026-05-30', guest_name: 'Crisanta Villalobos' },
        ]);
        expect((await retention()).forgotten).toBe(0);
      } finally {
        await app.close();
      }
    }, 60_000);
  });
}
