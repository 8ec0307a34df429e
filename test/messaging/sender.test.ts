// The SMS sender against a local stand-in for Twilio's REST API, through the real twilio client,
// and Twilio's status callbacks posted signed to the real app.

import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadHotel, currentHotelId } from '../../src/hotel/hotel-store.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import { createLogger } from '../../src/logger.ts';
import type { Logger } from '../../src/logger.ts';
import { isOptedOut } from '../../src/messaging/opt-out.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { classifySendError, FIRST_RETRY_MS, retryDelayMs, SmsSender, STALE_SENDING_MS, statusCallbackUrl } from '../../src/messaging/sender.ts';
import type { SmsSenderDeps } from '../../src/messaging/sender.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { HOTEL_NUMBER, startTestApp, TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { signedPost } from '../helpers/signed-post.ts';
import { newMessageSid, startTwilioStandIn } from './twilio-rest-stand-in.ts';
import type { TwilioStandIn } from './twilio-rest-stand-in.ts';

const ACCOUNT_SID = 'AC' + '5'.repeat(32);
const GUEST = '+12125550123';
const CLIENT_TIMEOUT_MS = 500;

let standIn: TwilioStandIn;
let app: TestApp;
let hotel: LoadedHotel;
let outbox: Outbox;
let logLines: string[];
let logger: Logger;
const extraApps: TestApp[] = [];

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('debug', stream), lines };
}

function newSender(over: Partial<SmsSenderDeps> = {}, on: TestApp = app): SmsSender {
  return new SmsSender({
    db: on.db,
    config: on.config,
    logger,
    clock: on.clock.now,
    httpClient: standIn.httpClient(CLIENT_TIMEOUT_MS),
    maxAttempts: 3,
    ...over,
  });
}

let confirmations = 0;

/** A booking and its confirmation text, in one transaction, as the booking step writes them. */
function book(locale: 'en-US' | 'es-MX' = 'en-US', callbackNumber = GUEST): Promise<{ reservationId: number; outboxId: number; confirmation: string }> {
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    const result = await new Inventory(tx).book({
      callSid: 'CA' + String(++confirmations).padStart(32, '0'),
      hotelId: hotel.id,
      roomTypeId: hotel.roomTypeIds.get('DQ')!,
      arrival: '2026-12-04',
      nights: 2,
      rooms: 1,
      rate: 180,
      currency: 'USD',
      guestName: 'Ana Torres',
      nameRecordingUrl: null,
      paymentMethod: 'credit_card',
      callbackNumber,
      locale,
      holdUntil: holdDeadline('2026-12-04', '18:00', 'America/New_York'),
      now,
      newConfirmation: () => String(30000000 + confirmations),
    });
    if (!result.ok) throw new Error('no rooms');
    const outboxId = await new Outbox(tx).enqueueReservationMessage(result.reservationId, 'booking_confirmed', hotel.info, now);
    return { reservationId: result.reservationId, outboxId, confirmation: result.confirmation };
  });
}

function statusParams(messageSid: string, status: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AccountSid: ACCOUNT_SID,
    ApiVersion: '2010-04-01',
    From: HOTEL_NUMBER,
    MessageSid: messageSid,
    MessageStatus: status,
    SmsSid: messageSid,
    SmsStatus: status,
    To: GUEST,
    ...extra,
  };
}

beforeEach(async () => {
  standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
  app = await startTestApp({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID } });
  hotel = (await loadHotel(app.db, (await currentHotelId(app.db))!));
  outbox = new Outbox(app.db);
  ({ logger, lines: logLines } = capture());
});

afterEach(async () => {
  for (const extra of extraApps.splice(0)) await extra.close();
  await app.close();
  await standIn.close();
});

describe('SmsSender with Twilio credentials', () => {
  it('sends a due confirmation with the twilio client, and the status callback marks it delivered', async () => {
    const { outboxId, confirmation } = await book('es-MX');
    const sender = newSender();

    expect(await sender.runOnce()).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(standIn.received).toHaveLength(1);
    const request = standIn.received[0]!;
    expect(request.accountSid).toBe(ACCOUNT_SID);
    expect(request.auth).toEqual({ username: ACCOUNT_SID, password: TEST_AUTH_TOKEN });
    expect(request.form).toEqual({
      To: GUEST,
      From: HOTEL_NUMBER,
      Body: (await outbox.get(outboxId))!.body,
      StatusCallback: `${TEST_PUBLIC_URL}/sms/status`,
    });
    expect(request.form.Body).toContain(confirmation);
    expect(request.form.Body).toContain('con dos camas Queen');

    const sent = (await outbox.get(outboxId))!;
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, messageSid: request.sid, lastError: null, nextAttemptAt: null });

    // Twilio posts the status to the StatusCallback it was given, signed with the auth token.
    const path = new URL(request.form.StatusCallback!).pathname;
    expect((await signedPost(app.baseUrl, path, statusParams(sent.messageSid!, 'sent'))).status).toBe(200);
    expect((await outbox.get(outboxId))?.status).toBe('sent');
    const delivered = await signedPost(app.baseUrl, path, statusParams(sent.messageSid!, 'delivered'));
    expect(delivered).toEqual({ status: 200, body: '<?xml version="1.0" encoding="UTF-8"?><Response/>' });
    expect((await outbox.get(outboxId))?.status).toBe('delivered');

    // Nothing more is due: a second run sends nothing.
    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(standIn.received).toHaveLength(1);
  });

  it('records an undelivered text with its error code from the status callback', async () => {
    const { outboxId } = await book();
    await newSender().runOnce();
    const sid = (await outbox.get(outboxId))!.messageSid!;
    const res = await signedPost(app.baseUrl, '/sms/status', statusParams(sid, 'undelivered', { ErrorCode: '30003' }));
    expect(res.status).toBe(200);
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'undelivered', lastError: 'twilio: undelivered (error 30003)' });
    // A late "sent" does not move it back.
    await signedPost(app.baseUrl, '/sms/status', statusParams(sid, 'sent'));
    expect((await outbox.get(outboxId))?.status).toBe('undelivered');
  });

  it('retries a Twilio 500 after 30 s, then 2 min, and fails it after the last attempt', async () => {
    const { outboxId } = await book();
    const sender = newSender({ maxAttempts: 3 });
    standIn.script({ kind: 'error', status: 500, code: 20500, message: 'Internal Server Error' }, { kind: 'error', status: 503, code: 20503 }, { kind: 'error', status: 500, code: 20500 });
    const t0 = app.clock.now().getTime();

    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(await outbox.get(outboxId)).toMatchObject({
      status: 'queued',
      attempts: 1,
      nextAttemptAt: new Date(t0 + 30_000).toISOString(),
      lastError: 'twilio 500 error 20500: Internal Server Error',
    });

    app.clock.advance(29_999);
    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retried: 0 }); // not yet
    expect(standIn.received).toHaveLength(1);

    app.clock.advance(1);
    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: new Date(t0 + 30_000 + 120_000).toISOString() });

    app.clock.advance(120_000);
    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'failed', attempts: 3, nextAttemptAt: null });
    expect((await outbox.get(outboxId))?.lastError).toMatch(/^twilio 500 error 20500/);
    expect(standIn.received).toHaveLength(3);

    app.clock.advance(3600_000);
    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it('sends on the retry when Twilio has recovered', async () => {
    const { outboxId } = await book();
    const sender = newSender();
    standIn.script({ kind: 'error', status: 500, code: 20500 });
    await sender.runOnce();
    app.clock.advance(FIRST_RETRY_MS);
    expect(await sender.runOnce()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('fails an invalid number (400, error 21211) at once, without retrying', async () => {
    const { outboxId } = await book('en-US', '+15005550001');
    standIn.script({ kind: 'error', status: 400, code: 21211, message: "The 'To' number +15005550001 is not a valid phone number." });
    expect(await newSender().runOnce()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect((await outbox.get(outboxId))?.lastError).toBe("twilio 400 error 21211: The 'To' number +15005550001 is not a valid phone number.");
    app.clock.advance(3600_000);
    await newSender().runOnce();
    expect(standIn.received).toHaveLength(1);
  });

  it('fails a text to an unsubscribed recipient (21610) at once and records the opt-out, suppressing its other texts', async () => {
    const first = await book();
    const second = await book();
    standIn.script({ kind: 'error', status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' });
    expect(await newSender().runOnce()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect((await outbox.get(first.outboxId))?.status).toBe('failed');
    expect(await isOptedOut(app.db, GUEST)).toBe(true);
    expect((await outbox.get(second.outboxId))?.status).toBe('suppressed');
    expect(standIn.received).toHaveLength(1);
  });

  it('retries a request that hangs past the client timeout', async () => {
    const { outboxId } = await book();
    standIn.script({ kind: 'hang' });
    const started = Date.now();
    expect(await newSender().runOnce()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(CLIENT_TIMEOUT_MS - 50);
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await outbox.get(outboxId))?.lastError).toMatch(/^request timed out: timeout of 500ms exceeded/);

    app.clock.advance(FIRST_RETRY_MS);
    expect(await newSender().runOnce()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect((await outbox.get(outboxId))?.status).toBe('sent');
  });

  it('retries when Twilio refuses the credentials (401), and never logs them', async () => {
    const { outboxId } = await book();
    const wrong = await startTestApp({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: 'wrong-token-0123456789' }, dbPath: app.dbPath });
    extraApps.push(wrong);
    expect(await newSender({}, wrong).runOnce()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'queued', lastError: 'twilio 401 error 20003: Authenticate' });
    const logs = logLines.join('');
    expect(logs).toContain('will retry');
    expect(logs).not.toContain('wrong-token-0123456789');
    expect(logs).not.toContain(TEST_AUTH_TOKEN);
    expect(logs).not.toContain(Buffer.from(`${ACCOUNT_SID}:wrong-token-0123456789`).toString('base64'));
    expect(logs).not.toContain(GUEST); // numbers are masked
  });

  it('does not send to a number that opted out after the text was written', async () => {
    const { outboxId } = await book();
    await app.db.run('INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?)', [GUEST, app.clock.now().toISOString()]);
    expect(await newSender().runOnce()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect((await outbox.get(outboxId))?.status).toBe('suppressed');
    expect(standIn.received).toHaveLength(0);
  });

  it('never sends a text twice when two senders on two connections run at once', async () => {
    const ids: number[] = [];
    for (const n of [1, 2, 3, 4, 5, 6]) ids.push(await outbox.enqueueText(GUEST, 'en-US', 'conversation', `text ${n}`, app.clock.now()));
    standIn.script(...ids.map(() => ({ kind: 'slow' as const, ms: 20 })));
    const otherDb = (await openDatabase(app.dbPath));
    try {
      const a = newSender();
      const b = new SmsSender({ db: otherDb, config: app.config, logger, clock: app.clock.now, httpClient: standIn.httpClient(CLIENT_TIMEOUT_MS) });
      const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
      expect(ra.sent + rb.sent).toBe(ids.length);
    } finally {
      await otherDb.close();
    }
    const bodies = standIn.received.map((r) => r.form.Body).sort();
    expect(bodies).toEqual(ids.map((n, i) => `text ${i + 1}`).sort());
    for (const id of ids) expect(await outbox.get(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends again a text a sender left "sending" when it died mid-request', async () => {
    const id = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', app.clock.now()));
    expect(await outbox.markSending(id, app.clock.now())).toBe('claimed'); // ... and the process died
    expect(await newSender().runOnce()).toEqual({ sent: 0, failed: 0, retried: 0 });
    app.clock.advance(STALE_SENDING_MS + 1);
    expect(await newSender().runOnce()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await outbox.get(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends in the background once started, and stop() waits for the text in flight', async () => {
    const { outboxId } = await book();
    const sender = newSender({ intervalMs: 20 });
    standIn.script({ kind: 'slow', ms: 100 });
    sender.start();
    await until(() => standIn.received.length === 1);
    await sender.stop();
    expect((await outbox.get(outboxId))?.status).toBe('sent');
    const later = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'after stop', app.clock.now()));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await outbox.get(later))?.status).toBe('unsent');
    expect(logLines.join('')).toContain('texting is on');
  });
});

describe('SmsSender without Twilio credentials', () => {
  it.each(['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_PHONE_NUMBER'])('sends nothing when %s is missing: texts stay unsent', async (missing) => {
    const env: Record<string, string> = { TWILIO_ACCOUNT_SID: ACCOUNT_SID, [missing]: '' };
    const off = await startTestApp({ env, dbPath: app.dbPath });
    extraApps.push(off);
    const { outboxId } = await book();
    const sender = newSender({}, off);
    expect(sender.enabled).toBe(false);
    sender.start();
    sender.start();
    expect(await sender.runOnce()).toEqual({ sent: 0, failed: 0, retried: 0 });
    await sender.stop();
    expect(await outbox.get(outboxId)).toMatchObject({ status: 'unsent', attempts: 0 });
    expect(standIn.received).toHaveLength(0);
    const said = logLines.filter((l) => l.includes('texting is off'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(missing);
  });
});

describe('POST /sms/status', () => {
  it('refuses an unsigned callback and one without a MessageSid, and answers 200 to a sid that is not ours', async () => {
    const { outboxId } = await book();
    await newSender().runOnce();
    const sid = (await outbox.get(outboxId))!.messageSid!;
    expect((await signedPost(app.baseUrl, '/sms/status', statusParams(sid, 'delivered'), { signature: null })).status).toBe(403);
    expect((await signedPost(app.baseUrl, '/sms/status', statusParams(sid, 'delivered'), { signature: 'forged' })).status).toBe(403);
    expect((await outbox.get(outboxId))?.status).toBe('sent');

    const { MessageSid: _m, SmsSid: _s, ...noSid } = statusParams(sid, 'delivered');
    expect((await signedPost(app.baseUrl, '/sms/status', noSid)).status).toBe(400);
    expect((await signedPost(app.baseUrl, '/sms/status', statusParams('not-a-sid', 'delivered'))).status).toBe(400);

    const other = await signedPost(app.baseUrl, '/sms/status', statusParams(newMessageSid(), 'delivered'));
    expect(other.status).toBe(200);
    const odd = await signedPost(app.baseUrl, '/sms/status', statusParams(sid, 'x'.repeat(5000)));
    expect(odd.status).toBe(200);
    expect((await outbox.get(outboxId))?.status).toBe('sent');
  });
});

describe('sender rules', () => {
  it('backs off 30 s, 2 min, 8 min, 32 min, …, at most 6 hours', async () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 120_000, 480_000, 1_920_000, 7_680_000]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
  });

  it('tells permanent Twilio errors from retryable ones', async () => {
    expect(classifySendError({ status: 400, code: 21211, message: 'invalid' })).toMatchObject({ retry: false, optedOut: false });
    expect(classifySendError({ status: 400, code: 21610, message: 'unsubscribed' })).toMatchObject({ retry: false, optedOut: true });
    expect(classifySendError({ status: 429, code: 20429, message: 'Too Many Requests' }).retry).toBe(true);
    expect(classifySendError({ status: 502, message: 'Bad Gateway' }).retry).toBe(true);
    expect(classifySendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toMatchObject({
      retry: true,
      message: 'request failed (ECONNREFUSED): connect ECONNREFUSED',
    });
  });

  it('gives Twilio a status callback only at an address it can reach', async () => {
    expect(statusCallbackUrl('https://conserje.example.com')).toBe('https://conserje.example.com/sms/status');
    expect(statusCallbackUrl('https://abc.ngrok.app/hotel')).toBe('https://abc.ngrok.app/hotel/sms/status');
    expect(statusCallbackUrl('http://localhost:3000')).toBeUndefined();
    expect(statusCallbackUrl('http://127.0.0.1:3000')).toBeUndefined();
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
