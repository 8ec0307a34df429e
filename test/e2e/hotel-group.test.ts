import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import { signedPost } from '../helpers/signed-post.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts } from '../helpers/timeline.ts';
import { callParams } from '../../src/softphone/twilio-params.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

// The demo group shipped in the repo: Hotel Miramar (MIR, New York, USD) and Hotel Sierra Alta
// (SIE, Mexico City, MXN, holds until 15:00, its own rooms and front desk).
const SIERRA_US = '+15557650200';
const NOBODY = '+15557659999';

async function hotelIdOf(t: TestApp, code: string): Promise<number> {
  return (await t.db.get<{ id: number }>('SELECT id FROM hotels WHERE code = ?', [code]))!.id;
}

async function unclaimedCount(t: TestApp, channel: 'voice' | 'sms'): Promise<number> {
  const text = await (await fetch(`${t.baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`conserje_unclaimed_numbers_total{channel="${channel}"}`));
  return Number(line?.split(' ').at(-1));
}

describe('a hotel group on one deployment: calls and texts routed by the number dialled', () => {
  let t: TestApp;
  beforeEach(async () => {
    const numbers = ['70000001', '70000002', '70000003', '70000004'];
    t = await startTestApp({ hotelsDir: DEMO_GROUP, newConfirmation: () => numbers.shift()! });
  });
  afterEach(async () => t.close());

  it("greets each caller with the property dialled, and offers that property's rooms, rates and currency", async () => {
    const miramar = await askForStay(t.call({ to: MIRAMAR }), { roomType: '1' });
    expect(miramar.waitingFor).toBe('input');
    const sierraCall = t.call({ to: SIERRA, from: '+525512345678' });
    let turn = await sierraCall.start();
    expect(turn.said[0]?.text).toContain('Hotel Sierra Alta');
    expect(turn.said[0]?.text).not.toContain('Miramar');
    await sierraCall.press('1');
    turn = await sierraCall.press('1204');
    const offer = turn.said.map((s) => s.text).join(' ');
    // In Spanish (Sierra Alta greets in Spanish), highest rate first, in pesos: the Junior Suite at
    // 3,200 MXN, never a Miramar room.
    expect(offer.indexOf('Junior Suite')).toBeGreaterThan(-1);
    expect(offer.indexOf('Junior Suite')).toBeLessThan(offer.search(/habitación doble/i));
    expect(offer).toMatch(/3,200/);
    expect(offer).not.toMatch(/Ocean Suite|Deluxe King/);

    const calls = await t.db.all<{ to_number: string; code: string }>(
      'SELECT c.to_number, h.code FROM calls c JOIN hotels h ON h.id = c.hotel_id ORDER BY c.started_at, h.code',
    );
    expect(calls.map((c) => [c.to_number, c.code]).sort()).toEqual([
      [MIRAMAR, 'MIR'],
      [SIERRA, 'SIE'],
    ]);
  });

  it("books against the property's own inventory, currency and hold time; a full property leaves the other's rooms free", async () => {
    // Sierra has two Junior Suites: a guest takes both for the 4th.
    const first = await bookByKeys(t.call({ to: SIERRA }), { roomType: '1', rooms: '2', nights: '2#' });
    expect(first.said.at(-1)?.text).toBe('¿Otra reservación? Oprima 1.');
    const booking = await t.db.get<{ hotel_id: number; currency: string; total: number; hold_until: string; code: string }>(
      'SELECT r.hotel_id, r.currency, r.total, r.hold_until, t.code FROM reservations r JOIN room_types t ON t.id = r.room_type_id',
    );
    expect(booking).toEqual({
      hotel_id: await hotelIdOf(t, 'SIE'),
      currency: 'MXN',
      total: 12_800, // 2 rooms × 2 nights × 3,200
      hold_until: '2026-12-04T21:00:00.000Z', // 15:00 in Mexico City (UTC-6)
      code: 'JR',
    });

    // Sierra's suites are gone for those nights, by either of its numbers…
    const second = t.call({ to: SIERRA_US });
    await askForStay(second, { roomType: '1', rooms: '1', nights: '1#' });
    expect(await lastPrompts(t.db, second.callSid)).not.toContain('notice.roomsHeld');
    // …while Miramar's inventory is its own: its most expensive room is still free.
    const third = t.call({ to: MIRAMAR });
    await askForStay(third, { roomType: '1', rooms: '2', nights: '2#' });
    expect(await lastPrompts(t.db, third.callSid)).toContain('notice.roomsHeld');
    const holds = await t.db.all<{ hotel_id: number }>(
      'SELECT t.hotel_id FROM holds h JOIN room_types t ON t.id = h.room_type_id WHERE h.released_at IS NULL',
    );
    expect(holds).toEqual([{ hotel_id: await hotelIdOf(t, 'MIR') }]);
  });

  it('finds a reservation by its confirmation number only at the property that holds it', async () => {
    await bookByKeys(t.call({ to: SIERRA }), { roomType: '2' }); // confirmation 70000001
    const elsewhere = t.call({ to: MIRAMAR });
    await elsewhere.start();
    await elsewhere.press('2');
    const notHere = await elsewhere.press('70000001#');
    expect(notHere.said.map((s) => s.text).join(' ')).not.toContain('7 0 0 0, 0 0 0 1');

    const there = t.call({ to: SIERRA });
    await there.start();
    await there.press('2');
    const turn = await there.press('70000001#');
    const readOut = turn.said.map((s) => s.text).join(' ');
    expect(readOut).toContain('7 0 0 0, 0 0 0 1');
    expect(readOut).toContain('una habitación doble');
  });

  it('answers a number no property claims with a short apology and a hang-up, logged and counted, and records no call', async () => {
    const before = await unclaimedCount(t, 'voice');
    const turn = await t.call({ to: NOBODY }).start();
    expect(turn.hungUp).toBe(true);
    expect(turn.gather).toBeFalsy();
    const words = turn.said.map((s) => s.text).join(' ');
    expect(words).toContain("doesn't reach any of our hotels");
    expect(words.split(/\s+/).length).toBeLessThan(30); // short: a few seconds
    expect(await unclaimedCount(t, 'voice')).toBe(before + 1);
    expect(await t.db.get<{ n: number }>('SELECT count(*) AS n FROM calls')).toEqual({ n: 0 });

    // A later step of a call to that number (a replayed URL) is no call of ours either.
    const sid = 'CA' + 'e'.repeat(32);
    const params = callParams({ callSid: sid, accountSid: 'AC' + '0'.repeat(32), from: '+12125550123', to: NOBODY, callStatus: 'in-progress' });
    const step = await signedPost(t.baseUrl, '/voice/gather?step=3', { ...params, Digits: '1' });
    expect(step.status).toBe(200);
    expect(step.body).toContain('<Hangup/>');
    expect(await t.db.get<{ n: number }>('SELECT count(*) AS n FROM calls')).toEqual({ n: 0 });
  });

  it("routes texts by the number written to: each property's conversation, rooms and words; an unclaimed number gets a short reply", async () => {
    const guest = '+12125550177';
    const toSierra = textingGuest(t.baseUrl, guest, SIERRA);
    const toMiramar = textingGuest(t.baseUrl, guest, MIRAMAR);
    let reply = await toSierra.send('Hi');
    expect(reply.text).toContain('Hotel Sierra Alta');
    reply = await toMiramar.send('Hi');
    expect(reply.text).toContain('Hotel Miramar');
    // The same guest has one open conversation per property, each going on where it was.
    reply = await toSierra.send('1');
    reply = await toSierra.send('december 4th');
    expect(reply.text).toContain('Junior Suite');
    reply = await toMiramar.send('1');
    reply = await toMiramar.send('december 4th');
    expect(reply.text).toContain('Ocean Suite');
    const open = await t.db.all<{ code: string }>(
      "SELECT h.code FROM calls c JOIN hotels h ON h.id = c.hotel_id WHERE c.channel = 'sms' AND c.ended_at IS NULL ORDER BY h.code",
    );
    expect(open).toEqual([{ code: 'MIR' }, { code: 'SIE' }]);

    const before = await unclaimedCount(t, 'sms');
    reply = await textingGuest(t.baseUrl, guest, NOBODY).send('Hi');
    expect(reply.text).toContain("doesn't reach any of our hotels");
    expect(await unclaimedCount(t, 'sms')).toBe(before + 1);
  });
});

describe('a group of one', () => {
  let dir: string;
  let t: TestApp;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-one-'));
    cpSync(join(DEMO_GROUP, 'sierra.json'), join(dir, 'sierra.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => t?.close());

  it('answers a call to any number as the one property, as a single hotel always has', async () => {
    t = await startTestApp({ hotelsDir: dir });
    const turn = await t.call({ to: NOBODY }).start();
    expect(turn.said[0]?.text).toContain('Hotel Sierra Alta');
    expect(turn.waitingFor).toBe('input');
  });
});
