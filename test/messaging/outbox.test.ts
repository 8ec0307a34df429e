import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureHotel, loadHotel } from '../../src/hotel/hotel-store.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { holdDeadline } from '../../src/inventory/hold-deadline.ts';
import { Inventory } from '../../src/inventory/inventory.ts';
import type { BookRequest } from '../../src/inventory/inventory.ts';
import { recordOptOut } from '../../src/messaging/opt-out.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/database.ts';

const NOW = new Date('2026-11-28T15:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const GUEST = '+12125550123';

let dir: string;
let db: Db;
let hotel: LoadedHotel;
let inventory: Inventory;
let outbox: Outbox;
let confirmations = 0;

function bookRequest(over: Partial<BookRequest> = {}): BookRequest {
  return {
    callSid: 'CA' + '1'.repeat(32),
    hotelId: hotel.id,
    roomTypeId: hotel.roomTypeIds.get('DLX')!,
    arrival: '2026-12-04',
    nights: 2,
    rooms: 1,
    rate: 240,
    currency: 'USD',
    guestName: 'Ana Torres',
    nameRecordingUrl: null,
    paymentMethod: 'cash',
    callbackNumber: GUEST,
    locale: 'es-MX',
    holdUntil: holdDeadline('2026-12-04', '18:00', 'America/New_York'),
    now: NOW,
    newConfirmation: () => String(48219375 + confirmations++),
    ...over,
  };
}

/** What a booking does: the reservation and its confirmation text, in one transaction. */
function bookWithText(over: Partial<BookRequest> = {}, afterwards?: () => void) {
  return db.transaction(() => {
    const result = inventory.book(bookRequest(over));
    if (!result.ok) throw new Error('no rooms');
    const outboxId = outbox.enqueueReservationMessage(result.reservationId, 'booking_confirmed', hotel.info, NOW);
    afterwards?.();
    return { ...result, outboxId };
  }).immediate();
}

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-outbox-'));
  db = openDatabase(join(dir, 'test.db'));
  hotel = loadHotel(db, ensureHotel(db, { now: NOW }));
  inventory = new Inventory(db);
  outbox = new Outbox(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Outbox: written with the booking', () => {
  it('writes the confirmation text in the same transaction as the booking, to the callback number, in the guest language', () => {
    const booked = bookWithText();
    const row = outbox.get(booked.outboxId)!;
    expect(row).toMatchObject({
      reservationId: booked.reservationId,
      toNumber: GUEST,
      locale: 'es-MX',
      kind: 'booking_confirmed',
      status: 'unsent',
      attempts: 0,
      nextAttemptAt: NOW.toISOString(),
      messageSid: null,
      createdAt: NOW.toISOString(),
    });
    expect(row.body).toContain(booked.confirmation);
    expect(row.body).toContain('su reservacion esta confirmada');
    expect(outbox.due(NOW, 10).map((r) => r.id)).toEqual([booked.outboxId]);
  });

  it('rolls the text back with a booking that fails after it was written', () => {
    expect(() =>
      bookWithText({}, () => {
        throw new Error('the call failed before it committed');
      }),
    ).toThrow('the call failed');
    expect(count('reservations')).toBe(0);
    expect(count('outbox')).toBe(0);
  });

  it('writes no text without a booking: an unknown reservation throws and writes nothing', () => {
    expect(() => outbox.enqueueReservationMessage(999, 'booking_confirmed', hotel.info, NOW)).toThrow('no reservation with id 999');
    expect(count('outbox')).toBe(0);
  });

  it('writes one text per reservation and kind, so a retried step never texts twice; a cancellation is its own text', () => {
    const booked = bookWithText({ locale: 'en-US' });
    expect(outbox.enqueueReservationMessage(booked.reservationId, 'booking_confirmed', hotel.info, later(1000))).toBe(booked.outboxId);

    const cancelledId = db.transaction(() => {
      expect(inventory.cancel(booked.reservationId, later(60_000))).toBe(true);
      return outbox.enqueueReservationMessage(booked.reservationId, 'booking_cancelled', hotel.info, later(60_000));
    }).immediate();
    expect(cancelledId).not.toBe(booked.outboxId);
    expect(outbox.get(cancelledId)!.body).toMatch(/^Hotel Miramar: your reservation \d{8} is cancelled\./);
    expect(outbox.list({ reservationId: booked.reservationId, limit: 10, offset: 0 }).map((r) => r.kind)).toEqual([
      'booking_cancelled',
      'booking_confirmed',
    ]);
  });

  it('marks a text to a number that opted out as suppressed instead of unsent, and never due', () => {
    recordOptOut(db, GUEST, NOW);
    const booked = bookWithText();
    expect(outbox.get(booked.outboxId)).toMatchObject({ status: 'suppressed', nextAttemptAt: null });
    expect(outbox.due(later(3600_000), 10)).toEqual([]);
    const reply = outbox.enqueueText(GUEST, 'es-MX', 'conversation', 'Hola', NOW);
    expect(outbox.get(reply)?.status).toBe('suppressed');
  });
});

describe('Outbox: sending and status', () => {
  it('lets only one claim win, and a claimed row is no longer due', () => {
    const id = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW);
    expect(outbox.markSending(id, NOW)).toBe('claimed');
    expect(outbox.markSending(id, NOW)).toBe('taken');
    expect(new Outbox(db).markSending(id, NOW)).toBe('taken');
    expect(outbox.get(id)).toMatchObject({ status: 'sending', attempts: 1 });
    expect(outbox.due(NOW, 10)).toEqual([]);
  });

  it('suppresses at claim time a number that opted out after the text was written', () => {
    const id = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW);
    db.prepare('INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?)').run(GUEST, NOW.toISOString());
    expect(outbox.markSending(id, NOW)).toBe('suppressed');
    expect(outbox.get(id)?.status).toBe('suppressed');
  });

  it('does not claim a queued row before its retry time', () => {
    const id = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW);
    outbox.markSending(id, NOW);
    outbox.markFailed(id, 'twilio 500', NOW, later(30_000));
    expect(outbox.get(id)).toMatchObject({ status: 'queued', nextAttemptAt: later(30_000).toISOString(), lastError: 'twilio 500' });
    expect(outbox.due(later(29_999), 10)).toEqual([]);
    expect(outbox.markSending(id, later(29_999))).toBe('taken');
    expect(outbox.due(later(30_000), 10).map((r) => r.id)).toEqual([id]);
    expect(outbox.markSending(id, later(30_000))).toBe('claimed');
    expect(outbox.get(id)?.attempts).toBe(2);
  });

  it('applies Twilio statuses forward only: sent, then delivered; a late "sent" changes nothing', () => {
    const id = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW);
    outbox.markSending(id, NOW);
    const sid = 'SM' + 'a'.repeat(32);
    expect(outbox.markSent(id, sid, NOW)).toBe(true);
    expect(outbox.applyStatus(sid, 'queued', undefined, later(1))).toBe(true);
    expect(outbox.get(id)?.status).toBe('sent'); // Twilio's "queued" is not our retry queue
    expect(outbox.applyStatus(sid, 'delivered', undefined, later(2))).toBe(true);
    expect(outbox.applyStatus(sid, 'sent', undefined, later(3))).toBe(true);
    expect(outbox.get(id)).toMatchObject({ status: 'delivered', lastError: null, updatedAt: later(2).toISOString() });
    expect(outbox.applyStatus('SM' + 'b'.repeat(32), 'delivered', undefined, later(4))).toBe(false);
    expect(outbox.applyStatus(sid, 'nonsense', undefined, later(4))).toBe(false);
  });

  it('records undelivered with its error code, and 21610 as an opt-out', () => {
    const id = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW);
    const pending = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'next', NOW);
    outbox.markSending(id, NOW);
    outbox.markSent(id, 'SM' + 'c'.repeat(32), NOW);
    outbox.applyStatus('SM' + 'c'.repeat(32), 'undelivered', '21610', later(1));
    expect(outbox.get(id)).toMatchObject({ status: 'undelivered', lastError: 'twilio: undelivered (error 21610)' });
    expect(outbox.get(pending)?.status).toBe('suppressed');
  });

  it('queues again a row a dead sender left "sending", or fails it when out of attempts', () => {
    const a = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'a', NOW);
    const b = outbox.enqueueText(GUEST, 'en-US', 'conversation', 'b', NOW);
    outbox.markSending(a, NOW);
    outbox.markSending(b, NOW);
    db.prepare('UPDATE outbox SET attempts = 3 WHERE id = ?').run(b);
    expect(outbox.recoverStale(NOW, later(1), 3)).toBe(0); // not older than the cut-off
    expect(outbox.recoverStale(later(1), later(2), 3)).toBe(2);
    expect(outbox.get(a)).toMatchObject({ status: 'queued', nextAttemptAt: later(2).toISOString() });
    expect(outbox.get(b)).toMatchObject({ status: 'failed', nextAttemptAt: null });
  });

  it('lists newest first, by status, with paging, and counts by status', () => {
    const ids = [1, 2, 3].map((n) => outbox.enqueueText(GUEST, 'en-US', 'conversation', `text ${n}`, NOW));
    outbox.markSending(ids[0]!, NOW);
    outbox.markFailed(ids[0]!, 'twilio 400 error 21211: invalid', NOW);
    expect(outbox.list({ limit: 2, offset: 0 }).map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(outbox.list({ limit: 2, offset: 2 }).map((r) => r.id)).toEqual([ids[0]]);
    expect(outbox.list({ status: 'failed', limit: 10, offset: 0 }).map((r) => r.lastError)).toEqual(['twilio 400 error 21211: invalid']);
    expect(outbox.counts()).toMatchObject({ unsent: 2, failed: 1, sent: 0 });
  });

  it('finds due rows through the partial index, not by scanning the outbox', () => {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE status IN ('unsent','queued') AND next_attempt_at <= ?
         ORDER BY next_attempt_at, id LIMIT ?`,
      )
      .all(NOW.toISOString(), 10) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('USING INDEX outbox_due');
  });
});
