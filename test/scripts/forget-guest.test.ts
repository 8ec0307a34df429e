// `npm run forget-guest -- NUMBER` (scripts/forget-guest.ts): the real script, on the database of an
// app that took real calls. The guest's words, texts, callback requests and numbers go, and the name
// on their past reservations; an upcoming reservation is left whole and named; another guest's
// calls are untouched; each call's outcome stays.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { FORGOTTEN_NAME } from '../../src/privacy/forget-guest.ts';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

const run = promisify(execFile);

describe('npm run forget-guest', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it("erases one guest's calls, texts, requests and past reservations' names by their number, written any way", async () => {
    t = await startTestApp({ clock: testClock('2026-05-04T15:00:00Z') });
    const guest = '+12125550111';
    const past = t.call({ from: guest });
    await bookByKeys(past, { date: '0506', name: 'Crisanta Villalobos' });
    await past.hangup();
    const asked = t.call({ from: guest });
    await asked.start();
    await asked.say('is there parking for my camper, Crisanta here', 0.9);
    await asked.hangup();
    const voicemail = t.call({ from: guest });
    await voicemail.start();
    await voicemail.press('0');
    await voicemail.dialResult('no-answer');
    await voicemail.press('1');
    await voicemail.record({ transcript: 'Crisanta again, call me back' });
    const later = t.call({ from: guest });
    await bookByKeys(later, { date: '1230', name: 'Crisanta Villalobos' });
    await later.hangup(); // a call still going on is left (test/scripts/forget-guest-in-progress.test.ts)
    const other = t.call({ from: '+12125550112' });
    await bookByKeys(other, { date: '0507', name: 'Wenceslao Ibarra' });

    // The desk's note on the request is about the guest: erased with it.
    await t.db.run('UPDATE callback_requests SET note = ? WHERE call_sid = ?', ['Crisanta, wedding block, call after 6', voicemail.callSid]);
    const { stdout } = await run('npx', ['tsx', 'scripts/forget-guest.ts', '+1 (212) 555-0111'], { env: { ...process.env, DATABASE_PATH: t.dbPath, DATABASE_URL: '' } });
    expect(stdout).toContain('+12125550111: erased from 4 calls');
    // Without its country code a number would match nothing: refused, nothing done.
    const national = await run('npx', ['tsx', 'scripts/forget-guest.ts', '(212) 555-0112'], { env: { ...process.env, DATABASE_PATH: t.dbPath, DATABASE_URL: '' } }).catch((err: { code: number; stderr: string }) => err);
    expect(national).toMatchObject({ code: 2, stderr: expect.stringContaining('country code') });
    expect(stdout).toMatch(/Left whole, not yet over: reservation \d{8}\./);

    const names = await t.db.all<{ guest_name: string; guest_name_folded: string; callback_number: string; arrival: string }>(
      'SELECT guest_name, guest_name_folded, callback_number, arrival FROM reservations ORDER BY arrival',
    );
    // The folded name goes too: the staff's search by name reads it.
    expect(names).toEqual([
      { guest_name: FORGOTTEN_NAME, guest_name_folded: 'erased on request', callback_number: '', arrival: '2026-05-06' },
      { guest_name: 'Wenceslao Ibarra', guest_name_folded: 'wenceslao ibarra', callback_number: '+12125550112', arrival: '2026-05-07' },
      { guest_name: 'Crisanta Villalobos', guest_name_folded: 'crisanta villalobos', callback_number: guest, arrival: '2026-12-30' },
    ]);
    const theirs = JSON.stringify([
      await t.db.all('SELECT c.from_number, c.snapshot_json, e.input_json, e.said_json, e.understood FROM calls c JOIN call_events e ON e.call_sid = c.call_sid WHERE c.call_sid IN (?, ?, ?)', [past.callSid, asked.callSid, voicemail.callSid]),
      await t.db.all('SELECT * FROM callback_requests'),
      await t.db.all("SELECT to_number, body FROM outbox WHERE reservation_id IN (SELECT id FROM reservations WHERE arrival < '2026-06-01' AND guest_name = ?)", [FORGOTTEN_NAME]),
    ]);
    for (const said of ['Crisanta', 'camper', guest]) expect(theirs).not.toContain(said);
    const outcomes = await t.db.all<{ outcome: string | null }>('SELECT outcome FROM calls WHERE call_sid IN (?, ?)', [past.callSid, other.callSid]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['booked', 'booked']);
    // The other guest's call: whole.
    const kept = JSON.stringify(await t.db.all('SELECT e.input_json FROM call_events e WHERE e.call_sid = ?', [other.callSid]));
    expect(kept).toContain('Wenceslao');
  }, 60_000);
});
