import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { activeHolds, callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

describe('availability, alternatives and provisional holds', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('offers what is free when the rooms asked for are not, and books the alternative taken', async () => {
    // The demo hotel has 2 Ocean Suites: a first guest takes both.
    await bookByKeys(t.call({ from: '+12125550101' }), { roomType: '1', rooms: '2' });

    const call = t.call({ from: '+12125550102' });
    let turn = await askForStay(call, { date: '1204', roomType: '1', rooms: '1', nights: '2#' }); // Ocean Suite
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.offer']);
    const offer = turn.said.map((s) => s.text).join(' ');
    expect(offer).toContain('Deluxe King');
    expect(offer).not.toContain('We do have Ocean Suite');

    turn = await call.press('1'); // the first alternative: Deluxe King
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.name']);
    await call.say('Pat Lee', 0.95);
    await call.press('3');
    await call.press('1');
    turn = await call.press('1');
    expect(turn.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await call.silence()).hungUp).toBe(true);
    expect((await reservations(t.db)).map((r) => [r.room_type_id, r.rooms])).toHaveLength(2);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('booked');
  });

  it('offers the rooms that are left of the type asked for', async () => {
    await bookByKeys(t.call({ from: '+12125550103' }), { roomType: '2', rooms: '2' }); // 1 Deluxe King left
    const call = t.call();
    const turn = await askForStay(call, { date: '1204', roomType: '2', rooms: '3', nights: '1#' });
    expect(turn.said.map((s) => s.text).join(' ')).toContain('Just 1 left: press 1');
    const options = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.name']);
    expect(options.waitingFor).toBe('input');
    expect(await activeHolds(t.db)).toEqual([{ call_sid: call.callSid, rooms: 1 }]);
  });

  it('lets the guest change the dates from the alternatives, and records a denial when they leave', async () => {
    await bookByKeys(t.call({ from: '+12125550104' }), { roomType: '1', rooms: '2' });
    const call = t.call();
    await askForStay(call, { date: '1204', roomType: '1', rooms: '2', nights: '1#' });
    await call.press('9'); // other dates
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
    const turn = await call.press('1206'); // the first guest leaves on the 6th
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'notice.roomsHeld', 'ask.name']);
    expect(turn.waitingFor).toBe('input');
    await call.hangup();
    expect(await activeHolds(t.db)).toEqual([]);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('abandoned');

    // (Another number: the same one, minutes after hanging up mid-booking, is offered that booking again.)
    const denied = t.call({ from: '+12125550106' });
    await askForStay(denied, { date: '1204', roomType: '1', rooms: '2', nights: '1#' });
    await denied.hangup();
    expect((await callRow(t.db, denied.callSid))?.outcome).toBe('denial');
  });

  it('releases the provisional hold when the guest hangs up mid-call', async () => {
    const call = t.call();
    await askForStay(call, { date: '1204', roomType: '1', rooms: '2', nights: '1#' });
    expect(await activeHolds(t.db)).toEqual([{ call_sid: call.callSid, rooms: 2 }]);

    // While held, nobody else can have those suites.
    const other = t.call({ from: '+12125550105' });
    await askForStay(other, { date: '1204', roomType: '1', rooms: '1', nights: '1#' });
    expect(await lastPrompts(t.db, other.callSid)).toEqual(['ask.offer']);

    await call.hangup();
    expect(await activeHolds(t.db)).toEqual([]);
    await other.press('9');
    await other.press('1204');
    expect(await lastPrompts(t.db, other.callSid)).toEqual(['notice.arrivalHeard', 'notice.roomsHeld', 'ask.name']);
  });

  it('lets the guest change one detail from the read-back, re-checks and reads back again', async () => {
    const call = t.call();
    let turn = await keypadToReadBack(call, { roomType: '2', rooms: '1', nights: '2#' });
    expect(turn.said.map((s) => s.text).join(' ')).toContain('480 dollars');
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.changeDetail']);
    await call.press('4'); // nights
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.nights']);
    turn = await call.press('5#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.readBack']);
    expect(turn.said.map((s) => s.text).join(' ')).toContain('1,200 dollars');
    // Hear it again, then change the payment method by voice.
    await call.press('3');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    await call.press('2');
    await call.say('the payment', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.payment']);
    turn = await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    turn = await call.press('1');
    expect(turn.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await call.silence()).hungUp).toBe(true);
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 5, total: 1200, payment_method: 'cash' });
  });

  it('never lets a changed stay outgrow what is free: the re-check offers alternatives', async () => {
    const call = t.call();
    await keypadToReadBack(call, { roomType: '1', rooms: '1' });
    await bookByKeys(t.call({ from: '+12125550106' }), { roomType: '1', rooms: '1' }); // the other suite
    await call.press('2');
    await call.press('3'); // number of rooms
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.offer']);
  });
});
