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
  return db.transaction(async (tx) => {
    const result = await new Inventory(tx).book(bookRequest(over));
    if (!result.ok) throw new Error('no rooms');
    const outboxId = await new Outbox(tx).enqueueReservationMessage(result.reservationId, 'booking_confirmed', hotel.info, NOW);
    afterwards?.();
    return { ...result, outboxId };
  });
}

const count = async (table: string) => (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-outbox-'));
  db = (await openDatabase(join(dir, 'test.db')));
  hotel = (await loadHotel(db, (await ensureHotel(db, { now: NOW }))));
  outbox = new Outbox(db);
});
afterEach(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Outbox: written with the booking', () => {
  it('writes the confirmation text in the same transaction as the booking, to the callback number, in the guest language', async () => {
    const booked = await bookWithText();
    const row = (await outbox.get(booked.outboxId))!;
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
    expect(row.body).toContain(`reservación ${booked.confirmation} confirmada`);
    expect((await outbox.due(NOW, 10)).map((r) => r.id)).toEqual([booked.outboxId]);
  });

  it('rolls the text back with a booking that fails after it was written', async () => {
    await expect(
      bookWithText({}, () => {
        throw new Error('the call failed before it committed');
      }),
    ).rejects.toThrow('the call failed');
    expect(await count('reservations')).toBe(0);
    expect(await count('outbox')).toBe(0);
  });

  it('writes no text without a booking: an unknown reservation throws and writes nothing', async () => {
    await expect(outbox.enqueueReservationMessage(999, 'booking_confirmed', hotel.info, NOW)).rejects.toThrow('no reservation with id 999');
    expect(await count('outbox')).toBe(0);
  });

  it('writes one text per reservation and kind, so a retried step never texts twice; a cancellation is its own text', async () => {
    const booked = await bookWithText({ locale: 'en-US' });
    expect(await outbox.enqueueReservationMessage(booked.reservationId, 'booking_confirmed', hotel.info, later(1000))).toBe(booked.outboxId);

    const cancelledId = await db.transaction(async (tx) => {
      expect(await new Inventory(tx).cancel(booked.reservationId, later(60_000))).toBe(true);
      return new Outbox(tx).enqueueReservationMessage(booked.reservationId, 'booking_cancelled', hotel.info, later(60_000));
    });
    expect(cancelledId).not.toBe(booked.outboxId);
    expect((await outbox.get(cancelledId))!.body).toMatch(/^Hotel Miramar: reservation \d{8} is cancelled\./);
    expect((await outbox.list({ reservationId: booked.reservationId, limit: 10, offset: 0 })).map((r) => r.kind)).toEqual([
      'booking_cancelled',
      'booking_confirmed',
    ]);
  });

  it('marks a text to a number that opted out as suppressed instead of unsent, and never due', async () => {
    await recordOptOut(db, GUEST, NOW);
    const booked = await bookWithText();
    expect(await outbox.get(booked.outboxId)).toMatchObject({ status: 'suppressed', nextAttemptAt: null });
    expect(await outbox.due(later(3600_000), 10)).toEqual([]);
    const reply = (await outbox.enqueueText(GUEST, 'es-MX', 'conversation', 'Hola', NOW));
    expect((await outbox.get(reply))?.status).toBe('suppressed');
  });
});

describe('Outbox: sending and status', () => {
  it('lets only one claim win, and a claimed row is no longer due', async () => {
    const id = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW));
    expect(await outbox.markSending(id, NOW)).toBe('claimed');
    expect(await outbox.markSending(id, NOW)).toBe('taken');
    expect(await new Outbox(db).markSending(id, NOW)).toBe('taken');
    expect(await outbox.get(id)).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await outbox.due(NOW, 10)).toEqual([]);
  });

  it('suppresses at claim time a number that opted out after the text was written', async () => {
    const id = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW));
    await db.run('INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?)', [GUEST, NOW.toISOString()]);
    expect(await outbox.markSending(id, NOW)).toBe('suppressed');
    expect((await outbox.get(id))?.status).toBe('suppressed');
  });

  it('does not claim a queued row before its retry time', async () => {
    const id = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW));
    await outbox.markSending(id, NOW);
    await outbox.markFailed(id, 'twilio 500', NOW, later(30_000));
    expect(await outbox.get(id)).toMatchObject({ status: 'queued', nextAttemptAt: later(30_000).toISOString(), lastError: 'twilio 500' });
    expect(await outbox.due(later(29_999), 10)).toEqual([]);
    expect(await outbox.markSending(id, later(29_999))).toBe('taken');
    expect((await outbox.due(later(30_000), 10)).map((r) => r.id)).toEqual([id]);
    expect(await outbox.markSending(id, later(30_000))).toBe('claimed');
    expect((await outbox.get(id))?.attempts).toBe(2);
  });

  it('applies Twilio statuses forward only: sent, then delivered; a late "sent" changes nothing', async () => {
    const id = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW));
    await outbox.markSending(id, NOW);
    const sid = 'SM' + 'a'.repeat(32);
    expect(await outbox.markSent(id, sid, NOW)).toBe(true);
    expect(await outbox.applyStatus(sid, 'queued', undefined, later(1))).toBe(true);
    expect((await outbox.get(id))?.status).toBe('sent'); // Twilio's "queued" is not our retry queue
    expect(await outbox.applyStatus(sid, 'delivered', undefined, later(2))).toBe(true);
    expect(await outbox.applyStatus(sid, 'sent', undefined, later(3))).toBe(true);
    expect(await outbox.get(id)).toMatchObject({ status: 'delivered', lastError: null, updatedAt: later(2).toISOString() });
    expect(await outbox.applyStatus('SM' + 'b'.repeat(32), 'delivered', undefined, later(4))).toBe(false);
    expect(await outbox.applyStatus(sid, 'nonsense', undefined, later(4))).toBe(false);
  });

  it('records undelivered with its error code, and 21610 as an opt-out', async () => {
    const id = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'hello', NOW));
    const pending = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'next', NOW));
    await outbox.markSending(id, NOW);
    await outbox.markSent(id, 'SM' + 'c'.repeat(32), NOW);
    await outbox.applyStatus('SM' + 'c'.repeat(32), 'undelivered', '21610', later(1));
    expect(await outbox.get(id)).toMatchObject({ status: 'undelivered', lastError: 'twilio: undelivered (error 21610)' });
    expect((await outbox.get(pending))?.status).toBe('suppressed');
  });

  it('queues again a row a dead sender left "sending", or fails it when out of attempts', async () => {
    const a = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'a', NOW));
    const b = (await outbox.enqueueText(GUEST, 'en-US', 'conversation', 'b', NOW));
    await outbox.markSending(a, NOW);
    await outbox.markSending(b, NOW);
    await db.run('UPDATE outbox SET attempts = 3 WHERE id = ?', [b]);
    expect(await outbox.recoverStale(NOW, later(1), 3)).toBe(0); // not older than the cut-off
    expect(await outbox.recoverStale(later(1), later(2), 3)).toBe(2);
    expect(await outbox.get(a)).toMatchObject({ status: 'queued', nextAttemptAt: later(2).toISOString() });
    expect(await outbox.get(b)).toMatchObject({ status: 'failed', nextAttemptAt: null });
  });

  it('lists newest first, by status, with paging, and counts by status', async () => {
    const ids: number[] = [];
    for (const n of [1, 2, 3]) ids.push(await outbox.enqueueText(GUEST, 'en-US', 'conversation', `text ${n}`, NOW));
    await outbox.markSending(ids[0]!, NOW);
    await outbox.markFailed(ids[0]!, 'twilio 400 error 21211: invalid', NOW);
    expect((await outbox.list({ limit: 2, offset: 0 })).map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect((await outbox.list({ limit: 2, offset: 2 })).map((r) => r.id)).toEqual([ids[0]]);
    expect((await outbox.list({ status: 'failed', limit: 10, offset: 0 })).map((r) => r.lastError)).toEqual(['twilio 400 error 21211: invalid']);
    expect(await outbox.counts()).toMatchObject({ unsent: 2, failed: 1, sent: 0 });
  });

  it('finds due rows through the partial index, not by scanning the outbox', async () => {
    const plan = (await db.all(`EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE status IN ('unsent','queued') AND next_attempt_at <= ?
         ORDER BY next_attempt_at, id LIMIT ?`, [NOW.toISOString(), 10])) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('USING INDEX outbox_due');
  });
});

describe('Outbox.withdraw: a text not yet sent taken back, once', () => {
  /** A cancellation text for the booking, written as a cancel writes it. */
  const cancelWithText = (reservationId: number, at: Date) =>
    db.transaction(async (tx) => {
      await new Inventory(tx).cancel(reservationId, at);
      return new Outbox(tx).enqueueReservationMessage(reservationId, 'booking_cancelled', hotel.info, at);
    });

  it('takes back an unsent or queued text: failed, withdrawn with its reason, never due again', async () => {
    const booked = await bookWithText();
    const unsent = await cancelWithText(booked.reservationId, NOW);
    const queued = await outbox.enqueueReservationAgain(booked.reservationId, hotel.info, NOW);
    await outbox.markSending(queued, NOW);
    await outbox.markFailed(queued, 'twilio 500', NOW, later(30_000));
    expect((await outbox.get(queued))!.nextAttemptAt).not.toBeNull();

    const done = await outbox.withdraw({ reservationId: booked.reservationId, kind: 'booking_cancelled' }, 'the cancellation was undone by staff', later(1000));
    expect(done).toEqual({ withdrawn: 2, alreadySent: false });
    for (const id of [unsent, queued]) {
      expect(await outbox.get(id)).toMatchObject({ status: 'failed', nextAttemptAt: null, lastError: 'withdrawn: the cancellation was undone by staff', updatedAt: later(1000).toISOString() });
    }
    // The confirmation, another kind, is left alone: it alone is due.
    expect((await outbox.due(later(3600_000), 10)).map((r) => r.id)).toEqual([booked.outboxId]);
    expect((await outbox.get(booked.outboxId))!.status).toBe('unsent');
  });

  it('withdraws a text once: a second withdraw changes nothing, its first reason and time kept', async () => {
    const booked = await bookWithText();
    const id = await cancelWithText(booked.reservationId, NOW);
    const which = { reservationId: booked.reservationId, kind: 'booking_cancelled' } as const;
    expect((await outbox.withdraw(which, 'first', later(1000))).withdrawn).toBe(1);
    expect(await outbox.withdraw(which, 'second', later(2000))).toEqual({ withdrawn: 0, alreadySent: false });
    expect(await outbox.get(id)).toMatchObject({ lastError: 'withdrawn: first', updatedAt: later(1000).toISOString() });
  });

  it('does not take back a text already gone (claimed by the sender, sent, delivered) and says it went', async () => {
    const booked = await bookWithText();
    const which = { reservationId: booked.reservationId, kind: 'booking_confirmed' } as const;
    expect(await outbox.markSending(booked.outboxId, NOW)).toBe('claimed');
    expect(await outbox.withdraw(which, 'too late', later(1))).toEqual({ withdrawn: 0, alreadySent: true });
    expect(await outbox.markSent(booked.outboxId, 'SM' + 'd'.repeat(32), later(2))).toBe(true);
    await outbox.applyStatus('SM' + 'd'.repeat(32), 'delivered', undefined, later(3));
    expect(await outbox.withdraw(which, 'too late', later(4))).toEqual({ withdrawn: 0, alreadySent: true });
    expect(await outbox.get(booked.outboxId)).toMatchObject({ status: 'delivered', lastError: null });
  });

  it('counts a text never sent for a reason of ours as no news to the guest', async () => {
    await recordOptOut(db, GUEST, NOW);
    const booked = await bookWithText();
    expect(await outbox.withdraw({ reservationId: booked.reservationId, kind: 'booking_confirmed' }, 'x', later(1))).toEqual({ withdrawn: 0, alreadySent: false });
    expect((await outbox.get(booked.outboxId))!.status).toBe('suppressed');
  });

  it('with a text id, takes back only that text; with none (the action wrote no text), nothing', async () => {
    const booked = await bookWithText();
    const first = await db.transaction((tx) => new Outbox(tx).enqueueReservationChange(booked.reservationId, hotel.info, NOW));
    await outbox.markSending(first, NOW);
    await outbox.markSent(first, 'SM' + 'e'.repeat(32), NOW);
    const second = await db.transaction((tx) => new Outbox(tx).enqueueReservationChange(booked.reservationId, hotel.info, later(1)));
    // The earlier change's text went; this change's did not: only this one is taken back, and it had not gone.
    expect(await outbox.withdraw({ reservationId: booked.reservationId, kind: 'booking_changed', textId: second }, 'undone', later(2))).toEqual({ withdrawn: 1, alreadySent: false });
    expect(await outbox.withdraw({ reservationId: booked.reservationId, kind: 'booking_changed', textId: null }, 'undone', later(3))).toEqual({ withdrawn: 0, alreadySent: false });
    expect((await outbox.get(first))!.status).toBe('sent');
  });

  it('a later change withdraws the earlier change\'s text not yet sent, through the same withdraw', async () => {
    const booked = await bookWithText();
    const first = await db.transaction((tx) => new Outbox(tx).enqueueReservationChange(booked.reservationId, hotel.info, NOW));
    const second = await db.transaction((tx) => new Outbox(tx).enqueueReservationChange(booked.reservationId, hotel.info, later(1)));
    expect(await outbox.get(first)).toMatchObject({ status: 'failed', nextAttemptAt: null, lastError: 'withdrawn: a later change of the reservation has its own text' });
    expect((await outbox.get(second))!.status).toBe('unsent');
  });

  it('a text withdrawn does not stand for the next one: cancelled, taken back and cancelled again, the guest gets the cancellation', async () => {
    const booked = await bookWithText();
    const first = await cancelWithText(booked.reservationId, NOW);
    await outbox.withdraw({ reservationId: booked.reservationId, kind: 'booking_cancelled' }, 'the cancellation was undone by staff', later(1));
    await db.run("UPDATE reservations SET status = 'booked' WHERE id = ?", [booked.reservationId]);
    const again = await cancelWithText(booked.reservationId, later(2));
    expect(again).not.toBe(first);
    expect(await outbox.get(again)).toMatchObject({ status: 'unsent', kind: 'booking_cancelled' });
    // A retried cancel still writes nothing more.
    expect(await outbox.enqueueReservationMessage(booked.reservationId, 'booking_cancelled', hotel.info, later(3))).toBe(again);
  });
});
