import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import { activeHolds, callRow, lastPrompts, timeline } from '../helpers/timeline.ts';

function hotelFileWith(extra: Record<string, unknown>): string {
  const demo = JSON.parse(readFileSync(new URL('../../src/hotel/demo-hotel.json', import.meta.url), 'utf8'));
  const file = join(mkdtempSync(join(tmpdir(), 'hotel-')), 'hotel.json');
  writeFileSync(file, JSON.stringify({ ...demo, ...extra }));
  return file;
}

async function callbackRequests(t: TestApp) {
  return (await t.db.all<{ call_sid: string; caller_number: string; locale: string; reason: string; recording_url: string | null; partial_json: string; status: string }>('SELECT * FROM callback_requests ORDER BY id'));
}

/** A guest who has asked for 2 Deluxe King, 3 nights from Friday December 4, paying cash, then presses 0. */
async function transferredMidBooking(t: TestApp, from = '+12125550123') {
  const call = t.call({ from });
  await askForStay(call, { date: '1204', roomType: '2', rooms: '2', nights: '3#' });
  await call.say('John Smith', 0.95);
  await call.press('2');
  const turn = await call.press('0');
  return { call, turn };
}

describe('the hand-off to the front desk', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('whispers who is calling and what was collected, and connects when the desk presses 1', async () => {
    t = await startTestApp();
    const { call, turn } = await transferredMidBooking(t);
    expect(turn.waitingFor).toBe('dial');
    expect(turn.dial?.targets[0]?.url).toMatch(/^\/voice\/whisper\?step=\d+&call=CA/);
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('Call from John Smith');
    expect(desk.whisperText).toContain('speaking English');
    expect(desk.whisperText).toContain('They asked for the front desk');
    expect(desk.whisperText).toContain('Wants 2 Deluxe King rooms, 3 nights, from Friday, December 4, paying in cash.');
    expect(desk.whisperText).toContain('Press 1 to take the call');
    // While the desk talks with the guest, the rooms stay held so the agent can finish the booking.
    expect(await activeHolds(t.db)).toEqual([{ call_sid: call.callSid, rooms: 2 }]);
    const end = await call.dialResult('completed', 95);
    expect(end.hungUp).toBe(true);
    expect(await callRow(t.db, call.callSid)).toMatchObject({ outcome: 'transferred' });
    const kinds = (await timeline(t.db, call.callSid)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['desk.whisper', 'desk.screened', 'desk.result']));
    const result = (await timeline(t.db, call.callSid)).find((e) => e.kind === 'desk.result')!;
    expect(JSON.parse(result.input_json!)).toEqual({ dialStatus: 'completed', durationSeconds: 95 });
  });

  it('whispers a request with only some details as a sentence, in either language (it said "Wants arriving Sunday")', async () => {
    t = await startTestApp();
    const english = t.call({ from: '+12125550124' });
    await english.start();
    await english.press('1');
    await english.press('1204');
    await english.press('0');
    expect((await deskScreens(t.baseUrl, english, '1')).whisperText).toContain('Wants a room, arriving Friday, December 4.');
    const spanish = t.call({ from: '+12125550125' });
    await spanish.start();
    await spanish.press('9');
    await spanish.press('1');
    await spanish.say('el 4 de diciembre, dos habitaciones', 0.95);
    await spanish.press('0');
    expect((await deskScreens(t.baseUrl, spanish, '1')).whisperText).toContain('Wants 2 rooms, arriving Friday, December 4.');
  });

  it('treats a desk that does not press 1 as not answered, and offers the guest a callback', async () => {
    t = await startTestApp();
    const { call } = await transferredMidBooking(t);
    const desk = await deskScreens(t.baseUrl, call, '');
    expect(desk.screen.body).toContain('<Hangup/>');
    const turn = await call.dialResult('completed', 0);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
    expect(turn.waitingFor).toBe('input');
  });

  for (const status of ['no-answer', 'busy', 'failed', 'canceled'] as const) {
    it(`on ${status} offers a message or a callback, and a callback request reaches the staff queue`, async () => {
      t = await startTestApp();
      const { call } = await transferredMidBooking(t);
      let turn = await call.dialResult(status);
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
      if (status === 'busy') expect(turn.said[0]?.text).toContain('busy');
      turn = await call.press('2'); // keep my number
      expect(turn.hungUp).toBe(true);
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['callbackPromised']);
      expect(turn.said[0]?.text).toContain('ending in 0 1 2 3');
      expect(turn.said[0]?.text).toContain('within the hour');
      const [request] = (await callbackRequests(t));
      expect(request).toMatchObject({ call_sid: call.callSid, caller_number: '+12125550123', locale: 'en-US', reason: 'caller_asked', status: 'open' });
      expect(JSON.parse(request!.partial_json)).toMatchObject({ arrival: '2026-12-04', roomType: 'DLX', rooms: 2, nights: 3, guestName: 'John Smith', payment: 'cash', dialStatus: status });
      expect((await callRow(t.db, call.callSid))?.outcome).toBe('voicemail');
    });
  }

  it('takes a voicemail with # to finish and keeps its recording for staff', async () => {
    t = await startTestApp();
    const { call } = await transferredMidBooking(t);
    await call.dialResult('no-answer');
    let turn = await call.press('1');
    expect(turn.waitingFor).toBe('record');
    expect(turn.record).toMatchObject({ maxLength: 120, finishOnKey: '#' });
    const url = 'https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Recordings/RE22222222222222222222222222222222';
    turn = await call.record({ url, durationSeconds: 14 });
    expect(turn.hungUp).toBe(true);
    expect((await callbackRequests(t))[0]).toMatchObject({ recording_url: url });
  });

  it('does not ring an empty desk outside its hours: offers a callback for when it opens', async () => {
    const clock = testClock('2026-11-28T08:00:00Z'); // 03:00 in New York, a Saturday
    t = await startTestApp({
      clock,
      hotelFile: hotelFileWith({ frontDeskHours: { sat: [{ from: '07:00', to: '23:00' }], sun: [{ from: '07:00', to: '23:00' }] } }),
    });
    const call = t.call();
    await call.start();
    let turn = await call.press('0');
    expect(turn.waitingFor).toBe('input');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
    expect(turn.said[0]?.text).toContain('closed');
    turn = await call.press('2');
    expect(turn.said[0]?.text).toContain('at 7 AM on Saturday, November 28');
    expect((await callbackRequests(t))[0]?.reason).toBe('desk_closed:caller_asked');

    clock.set('2026-11-28T15:00:00Z'); // 10:00: open
    const later = t.call({ from: '+12125550124' });
    await later.start();
    expect((await later.press('0')).waitingFor).toBe('dial');
  });

  it('sends a guest who found no rooms and asks for help to the desk with that reason', async () => {
    t = await startTestApp();
    await bookByKeys(t.call({ from: '+12125550150' }), { roomType: '1', rooms: '2' });
    const call = t.call();
    await askForStay(call, { date: '1204', roomType: '1', rooms: '2', nights: '2#' });
    const turn = await call.press('0');
    expect(turn.waitingFor).toBe('dial');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['transfer.no_availability']);
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('We had no rooms as they asked');
  });

  it('recognises a returning caller by number and tells the desk their history', async () => {
    t = await startTestApp({ newConfirmation: () => '55512345' });
    await bookByKeys(t.call({ from: '+12125550199' }), { name: 'Grace Hopper' });
    // The network vouched for the number (STIR/SHAKEN A): the caller is its guest.
    const call = t.call({ from: '+12125550199', stirVerstat: 'TN-Validation-Passed-A' });
    await call.start();
    await call.press('0');
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('Call from Grace Hopper, a returning guest');
    expect(desk.whisperText).toContain('Last reservation 5 5 5 1, 2 3 4 5');
    expect(desk.whisperText).toContain('Their last call: booked.');
    // Not vouched for (anyone can fake a caller ID): the history is the number's, not the caller's.
    const unverified = t.call({ from: '+12125550199' });
    await unverified.start();
    await unverified.press('0');
    const told = (await deskScreens(t.baseUrl, unverified, '1')).whisperText;
    expect(told).toMatch(/^Call from a caller on the number ending 0 1 9 9, caller ID not verified, speaking English\./);
    expect(told).toContain('Last reservation on this number, for Grace Hopper: 5 5 5 1, 2 3 4 5');
  });

  it('calls a returning caller with no name a returning guest, once', async () => {
    t = await startTestApp();
    const first = t.call({ from: '+12125550198' });
    await first.start();
    await first.hangup();
    const call = t.call({ from: '+12125550198' });
    await call.start();
    await call.press('0');
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toMatch(/^Call from a returning guest on the number ending 0 1 9 8, speaking English\./);
  });

  it('whispers in the staff language the hotel file names', async () => {
    t = await startTestApp({ hotelFile: hotelFileWith({ staffLocale: 'es-MX' }) });
    const { call } = await transferredMidBooking(t);
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('Llamada de John Smith');
    expect(desk.whisper.said[0]?.language).toBe('es-MX');
    const early = t.call({ from: '+12125550126' });
    await early.start();
    await early.press('1');
    await early.press('1204');
    await early.press('0');
    expect((await deskScreens(t.baseUrl, early, '1')).whisperText).toContain('Quiere una habitación, con llegada el viernes 4 de diciembre.');
  });
});
