// RETENTION_DAYS (src/privacy/retention.ts), alike on both engines: run by
// test/privacy/retention.test.ts (SQLite, npm test) and test/postgres/retention.test.ts
// (PostgreSQL, npm run test:pg). Real signed calls and texts through the app, months apart; then
// the erasure: an old call's words, its saved state, the texts' bodies and an unbooked caller's
// number are gone, its outcome and times stay (the console's statistics read the same), the
// reservation stays whole, and a recent call, or an old one whose callback is still open, is untouched.

import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { eraseOldData } from '../../src/privacy/retention.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { TextSession } from '../../src/softphone/text-session.ts';
import type { Db } from '../../src/storage/sql.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import type { TestClock } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';

export interface RetentionEngine {
  /** The app over a fresh database, on this clock: its database, its address, and a staff API token made when asked (once). */
  start(clock: TestClock): Promise<{ db: Db; baseUrl: string; token(): Promise<string>; close(): Promise<void> }>;
}

const OLD = '2026-05-04T15:00:00Z';
const RECENT = '2026-11-27T15:00:00Z';

interface EventRow {
  kind: string;
  input_json: string | null;
  understood: string | null;
  said_json: string | null;
}

export function retentionContract(engine: string, e: RetentionEngine): void {
  describe(`calls and texts past RETENTION_DAYS (${engine})`, () => {
    it("erases an old call's words, texts and an unbooked caller's number, keeps its stats and the reservation, leaves a recent call and an open callback alone", async () => {
      const clock = testClock(OLD);
      const app = await e.start(clock);
      try {
        const call = (from: string) => new CallSession({ baseUrl: app.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to: HOTEL_NUMBER });
        // May: a booking by keys with the name said, an unbooked call that asked about parking, a
        // voicemail the desk has not returned yet, and a text conversation that booked nothing.
        const booked = call('+12125550101');
        const done = await bookByKeys(booked, { date: '0506', name: 'Margarita Olvera', payment: '2' });
        expect(heard(done)).toMatch(/confirmation number/i);
        await booked.hangup();
        const asked = call('+12125550102');
        await asked.start();
        await asked.say('do you have parking for my truck, this is Rigoberto Quiñones', 0.9);
        await asked.hangup();
        const waiting = call('+12125550103');
        await waiting.start();
        await waiting.press('0');
        await waiting.dialResult('no-answer');
        await waiting.press('1');
        await waiting.record({ transcript: 'This is Eulalia Pardo, please call me about my wedding block' });
        const texter = new TextSession({ baseUrl: app.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: '+12125550104', to: HOTEL_NUMBER });
        await texter.send('hi do you have a room for Anselmo Tique next friday');
        // November: a recent call.
        clock.set(RECENT);
        const recent = call('+12125550105');
        await recent.start();
        await recent.say('is breakfast included, this is Leocadia Brum', 0.9);
        await recent.hangup();

        const token = await app.token();
        const stats = async () => {
          const res = await fetch(`${app.baseUrl}/api/stats?from=2026-05-04&to=2026-05-04`, { headers: { authorization: `Bearer ${token}` } });
          expect(res.status).toBe(200);
          return res.json();
        };
        const api = async (path: string) => {
          const res = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
          expect(res.status, path).toBe(200);
          return res.json();
        };
        const before = await stats();
        const flowBefore = await api('/api/flow?from=2026-05-04&to=2026-05-04');
        expect(before.calls).toBeGreaterThanOrEqual(3);
        const everything = async () => JSON.stringify([
          await app.db.all('SELECT call_sid, from_number, snapshot_json, last_twiml FROM calls ORDER BY started_at'),
          await app.db.all('SELECT input_json, understood, said_json FROM call_events ORDER BY id'),
          await app.db.all('SELECT caller_number, recording_url, transcript, partial_json FROM callback_requests ORDER BY id'),
          await app.db.all('SELECT to_number, body FROM outbox ORDER BY id'),
        ]);
        for (const said of ['Rigoberto', 'Eulalia', 'Anselmo', 'Margarita', 'Leocadia']) expect(await everything()).toContain(said);

        const { lines, logger } = captureLog('info');
        const run = await eraseOldData({ db: app.db, logger, clock: clock.now, days: 180, pauseMs: 0 });
        expect(run.calls).toBe(3); // the booking, the parking question, the text conversation; not the open voicemail
        expect(run.texts).toBeGreaterThan(0);
        expect(lines.join('\n')).toContain('old calls and texts erased');

        const row = (sid: string) => app.db.get<{ from_number: string; snapshot_json: string; last_twiml: string; outcome: string | null; started_at: string; ended_at: string | null; reservation_id: number | null }>(
          'SELECT from_number, snapshot_json, last_twiml, outcome, started_at, ended_at, reservation_id FROM calls WHERE call_sid = ?',
          [sid],
        );
        const events = (sid: string) => app.db.all<EventRow>('SELECT kind, input_json, understood, said_json FROM call_events WHERE call_sid = ? ORDER BY id', [sid]);
        const after = await everything();
        for (const said of ['Rigoberto', 'Anselmo', 'Margarita', 'parking', 'truck', '+12125550102', '+12125550104']) expect(after).not.toContain(said);
        // The booking: its words gone, its number (the reservation's) and its outcome kept.
        const b = (await row(booked.callSid))!;
        expect(b).toMatchObject({ from_number: '+12125550101', snapshot_json: '{}', outcome: 'booked' });
        expect(b.ended_at).not.toBeNull();
        for (const ev of await events(booked.callSid)) {
          expect(ev.input_json).toBeNull();
          expect(ev.said_json).toBeNull();
          if (ev.kind !== 'call.ended') expect(ev.understood).toBeNull();
        }
        expect((await events(booked.callSid)).length).toBeGreaterThan(5);
        const reservation = await app.db.get<{ guest_name: string; phone: string | null }>('SELECT guest_name FROM reservations WHERE id = ?', [b.reservation_id]);
        expect(reservation?.guest_name).toBe('Margarita Olvera');
        // The reservation's text: its words gone, its number kept (the reservation has it anyway).
        const texts = await app.db.all<{ to_number: string; body: string; reservation_id: number | null }>('SELECT to_number, body, reservation_id FROM outbox WHERE created_at < ? ORDER BY id', ['2026-06-01']);
        expect(texts.length).toBeGreaterThan(0);
        for (const t of texts) {
          expect(t.body).toBe('');
          expect(t.to_number === '').toBe(t.reservation_id === null);
        }
        // The unbooked caller and the texter: no number left.
        expect((await row(asked.callSid))!.from_number).toBe('');
        // The voicemail the desk has not returned: whole.
        expect(after).toContain('Eulalia');
        expect((await row(waiting.callSid))!.from_number).toBe('+12125550103');
        // The recent call: whole.
        expect(after).toContain('Leocadia');
        expect((await row(recent.callSid))!.from_number).toBe('+12125550105');
        expect((await events(recent.callSid)).some((ev) => ev.input_json?.includes('breakfast'))).toBe(true);
        // The statistics of May read the same, and so does the flow's picture of it.
        expect(await stats()).toEqual(before);
        expect(await api('/api/flow?from=2026-05-04&to=2026-05-04')).toEqual(flowBefore);
        // The console still lists and opens the erased calls, with nothing of what was said.
        const shown = JSON.stringify([
          await api('/api/calls?from=2026-05-04&to=2026-05-04'),
          await api(`/api/calls/${asked.callSid}`),
          await api(`/api/calls/${booked.callSid}`),
          await api('/api/outbox'),
          await (await fetch(`${app.baseUrl}/api/calls.csv?from=2026-05-04&to=2026-05-04`, { headers: { authorization: `Bearer ${token}` } })).text(),
        ]);
        for (const said of ['Rigoberto', 'Anselmo', 'parking', '+12125550102', '+12125550104']) expect(shown).not.toContain(said);
        expect(shown).toContain(asked.callSid);
        // A second run finds nothing more.
        expect((await eraseOldData({ db: app.db, logger: createLogger('silent'), clock: clock.now, days: 180, pauseMs: 0 })).calls).toBe(0);
      } finally {
        await app.close();
      }
    });
  });
}
