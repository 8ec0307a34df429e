// One guest erased on request (src/privacy/forget-guest.ts) on PostgreSQL: the same statements as
// `npm run forget-guest` runs on SQLite (test/scripts/forget-guest.test.ts), over real calls.

import { describe, expect, it } from 'vitest';
import { FORGOTTEN_NAME, forgetGuest } from '../../src/privacy/forget-guest.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { startAppOnPostgres } from '../helpers/postgres-app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

describe('one guest erased on request (PostgreSQL)', () => {
  it("erases the number's calls, requests and past reservation's name, leaves an upcoming one and another guest's calls", async () => {
    const clock = testClock('2026-05-04T15:00:00Z');
    const app = await startAppOnPostgres(clock);
    try {
      const call = (from: string) => new CallSession({ baseUrl: app.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to: HOTEL_NUMBER });
      const guest = '+12125550111';
      const past = call(guest);
      await bookByKeys(past, { date: '0506', name: 'Crisanta Villalobos' });
      await past.hangup();
      const voicemail = call(guest);
      await voicemail.start();
      await voicemail.press('0');
      await voicemail.dialResult('no-answer');
      await voicemail.press('1');
      await voicemail.record({ transcript: 'Crisanta again, call me back' });
      const later = call(guest);
      await bookByKeys(later, { date: '1230', name: 'Crisanta Villalobos' });
      await later.hangup(); // a call still going on is left (forget-guest-in-progress.test.ts)
      const other = call('+12125550112');
      await bookByKeys(other, { date: '0507', name: 'Wenceslao Ibarra' });

      const done = await forgetGuest(app.db, '+1 (212) 555-0111', new Date('2026-12-07T12:00:00Z'));
      expect(done).toMatchObject({ number: guest, calls: 3, reservations: 1, callbackRequests: 1 });
      expect(done.upcoming).toHaveLength(1);
      expect(await app.db.all('SELECT guest_name, guest_name_folded, callback_number FROM reservations ORDER BY arrival')).toEqual([
        { guest_name: FORGOTTEN_NAME, guest_name_folded: 'erased on request', callback_number: '' },
        { guest_name: 'Wenceslao Ibarra', guest_name_folded: 'wenceslao ibarra', callback_number: '+12125550112' },
        { guest_name: 'Crisanta Villalobos', guest_name_folded: 'crisanta villalobos', callback_number: guest },
      ]);
      const theirs = JSON.stringify([
        await app.db.all('SELECT c.from_number, c.snapshot_json, e.input_json, e.said_json FROM calls c JOIN call_events e ON e.call_sid = c.call_sid WHERE c.call_sid IN (?, ?)', [past.callSid, voicemail.callSid]),
        await app.db.all('SELECT caller_number, transcript, recording_url FROM callback_requests'),
      ]);
      for (const said of ['Crisanta', guest]) expect(theirs).not.toContain(said);
      expect(JSON.stringify(await app.db.all('SELECT input_json FROM call_events WHERE call_sid = ?', [other.callSid]))).toContain('Wenceslao');
    } finally {
      await app.close();
    }
  });
});
