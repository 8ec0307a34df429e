// A voicemail (or a recorded name) already streaming to a staff browser stops when its access ends:
// the account disabled, the session logged out. It was checked only at its start, so a recording
// passed on from Twilio went on to its end for as long as the client cared to read, after the
// account was disabled. Now its access is asked about again every STREAM_RECHECK_BYTES and after
// each wait for the client (src/http/stream-while-allowed.ts): the download is cut off, left
// incomplete, and nothing more is fetched from Twilio.

import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { STREAM_RECHECK_BYTES } from '../../src/http/stream-while-allowed.ts';
import type { TestApp } from '../helpers/app.ts';
import { formSession } from '../helpers/form-session.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, startStaffApp } from '../staff/staff-helpers.ts';

/** The recording Twilio serves: far longer than what sockets hold between a paused client and the server. */
const TOTAL = 48 * 1024 * 1024;
const CHUNK = 64 * 1024;
const RECORDING_URL = `https://api.twilio.com/2010-04-01/Accounts/AC${'1'.repeat(32)}/Recordings/RE${'2'.repeat(32)}`;

/** Bytes a recording may still send once access ended: what sockets and streams held on its way, and one recheck's worth. */
const BOUND = 16 * 1024 * 1024 + STREAM_RECHECK_BYTES;

describe('a recording whose access ends while it streams', () => {
  let t: TestApp;
  let callbackId: number;
  let reservationId: number;
  /** Bytes the stand-in for Twilio was asked for, per fetch. */
  const pulled: number[] = [];

  beforeAll(async () => {
    t = await startStaffApp({
      env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` },
      twilioFetch: async () => {
        const at = pulled.push(0) - 1;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (pulled[at]! >= TOTAL) return controller.close();
            pulled[at]! += CHUNK;
            controller.enqueue(new Uint8Array(CHUNK).fill(0x41));
          },
        });
        return new Response(body, { status: 200, headers: { 'content-type': 'audio/mpeg', 'content-length': String(TOTAL) } });
      },
    });
    const call = t.call({ from: '+13055550188' });
    await call.start();
    await call.hangup();
    callbackId = (await t.db.get<{ id: number }>(
      `INSERT INTO callback_requests (call_sid, created_at, caller_number, locale, reason, recording_url, partial_json, hotel_id)
       SELECT ?, '2026-11-28T15:03:00.000Z', '+13055550188', 'en-US', 'caller_asked', ?, '{}', (SELECT id FROM hotels LIMIT 1) RETURNING id`,
      [call.callSid, RECORDING_URL],
    ))!.id;
    const booking = t.call({ from: '+12125550123' });
    await bookByKeys(booking, { date: '1204', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    await booking.hangup();
    reservationId = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [booking.callSid]))!.id;
    await t.db.run('UPDATE reservations SET name_recording_url = ? WHERE id = ?', [RECORDING_URL, reservationId]);
  }, 60_000);
  afterAll(async () => t.close());

  const session = (who: { username: string; password: string }) => formSession(t, who);

  /** GETs `path`, pausing at its first part while `onFirstChunk` runs; the bytes received and whether the answer ended whole. */
  function pausedListen(path: string, cookie: string, onFirstChunk: () => Promise<unknown>): Promise<{ bytes: number; complete: boolean }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(new URL(path, t.baseUrl), { headers: { Cookie: cookie } }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`recording answered ${res.statusCode}`));
        let bytes = 0;
        let first = true;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (!first) return;
          first = false;
          res.pause();
          onFirstChunk().then(() => res.resume(), reject);
        });
        res.on('error', () => {});
        res.on('close', () => resolve({ bytes, complete: res.complete }));
      });
      req.on('error', () => {});
      req.end();
    });
  }

  it('plays a whole voicemail when nothing changes', async () => {
    const { cookie } = await session(STAFF);
    const whole = await pausedListen(`/staff/callbacks/${callbackId}/recording`, cookie, async () => {});
    expect(whole).toEqual({ bytes: TOTAL, complete: true });
    expect(TOTAL).toBeGreaterThan(BOUND * 2);
  });

  it('cuts a voicemail off when the account is disabled, and stops fetching it from Twilio', async () => {
    const accounts = new Accounts(t.db);
    const { cookie } = await session(STAFF);
    const got = await pausedListen(`/staff/callbacks/${callbackId}/recording`, cookie, () => accounts.disable(STAFF.username, t.clock.now()));
    await accounts.enable(STAFF.username, t.clock.now());
    expect(got.complete).toBe(false);
    expect(got.bytes).toBeLessThan(BOUND);
    expect(pulled.at(-1)!).toBeLessThan(BOUND + 4 * CHUNK);
  });

  it('cuts a recorded name off when the clerk logs out elsewhere in the same session', async () => {
    const { cookie, csrf } = await session(ADMIN);
    const got = await pausedListen(`/staff/reservations/${reservationId}/name-recording`, cookie, () =>
      request(t.baseUrl).post('/staff/logout').set('Cookie', cookie).type('form').send({ _csrf: csrf }).expect(200),
    );
    expect(got.complete).toBe(false);
    expect(got.bytes).toBeLessThan(BOUND);
  });
});
