import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askForStay } from '../helpers/scripted-calls.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { callRow, lastPrompts, reservations, timeline } from '../helpers/timeline.ts';

/** Walks a fresh call to the named question by keys. */
async function callAt(t: TestApp, question: 'arrivalDate' | 'rooms' | 'nights' | 'name' | 'callback') {
  const call = t.call();
  await call.start();
  await call.press('1');
  if (question === 'arrivalDate') return call;
  await call.press('1204');
  await call.press('4');
  if (question === 'rooms') return call;
  await call.press('1');
  if (question === 'nights') return call;
  await call.press('2#');
  if (question === 'name') return call;
  await call.say('Kim Lee', 0.95);
  await call.press('1');
  return call;
}

describe('every question: the front desk, repeats, misses and refusals', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('0 at any question dials the front desk with answerOnBridge and three rings', async () => {
    const call = await callAt(t, 'nights');
    const turn = await call.press('0');
    expect(turn.waitingFor).toBe('dial');
    expect(turn.dial).toMatchObject({ timeout: 15, answerOnBridge: true, callerId: '+15551230000' });
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['transfer.caller_asked']);
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.screen.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    await call.dialResult('completed', 42);
    expect(await callRow(t.db, call.callSid)).toMatchObject({ outcome: 'transferred' });
  });

  it('asking for a person by voice transfers too, in either language', async () => {
    const call = await callAt(t, 'arrivalDate');
    const turn = await call.say('can I talk to the front desk please', 0.8);
    expect(turn.waitingFor).toBe('dial');
    const es = t.call();
    await es.start();
    await es.press('9');
    expect((await es.say('quiero hablar con alguien', 0.8)).waitingFor).toBe('dial');
  });

  it('tells the guest plainly when the desk does not answer, and offers a callback', async () => {
    const call = await callAt(t, 'arrivalDate');
    await call.press('0');
    const turn = await call.dialResult('no-answer');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
    expect(turn.said[0]?.text).toContain('nobody at the front desk could answer');
  });

  it('* repeats the question without counting a miss', async () => {
    const call = await callAt(t, 'rooms');
    await call.press('*');
    await call.press('*');
    await call.press('*');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.rooms']);
    expect((await callRow(t.db, call.callSid))?.state).toBe('askingRooms');
  });

  it('re-prompts a wrong answer with more help, and the third miss in a row goes to the desk', async () => {
    const call = await callAt(t, 'arrivalDate');
    await call.say('purple elephants', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.notUnderstood', 'help.arrivalDate']);
    // A month that does not exist is named as such, and is a miss all the same.
    const keyed = await call.press('1399');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.noSuchDate', 'help.arrivalDate']);
    expect(keyed.said[0]?.text).toContain('13 is not a month');
    const turn = await call.silence();
    expect(turn.waitingFor).toBe('dial');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['transfer.misses']);
  });

  it('a good answer resets the count of misses', async () => {
    const call = await callAt(t, 'arrivalDate');
    await call.silence();
    await call.silence();
    await call.press('1204');
    await call.silence();
    await call.silence();
    expect((await callRow(t.db, call.callSid))?.state).toBe('askingRoomType');
  });

  it('refuses a date in the past and one beyond the booking horizon, saying why', async () => {
    const call = await callAt(t, 'arrivalDate');
    let turn = await call.say('yesterday', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.dateInPast', 'help.arrivalDate']);
    expect(turn.said[0]?.text).toContain('Friday, November 27');
    turn = await call.say('December 4th 2028', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.dateBeyondHorizon', 'help.arrivalDate']);
    expect(turn.said[0]?.text).toContain('365 days');
  });

  it('keys MMDD mean the next such date, today included, and read it back with the year when it is not this year', async () => {
    const call = await callAt(t, 'arrivalDate');
    const turn = await call.press('0105');
    expect(turn.said[0]?.text).toBe('Arriving Tuesday, January 5, 2027.');
  });

  it('takes a party above the limit to the front desk when the hotel has no group desk, saying why', async () => {
    const call = await callAt(t, 'rooms');
    const turn = await call.press('7');
    expect(turn.waitingFor).toBe('dial');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['transfer.group']);
    expect(turn.said[0]?.text).toContain('the front desk will help you');
  });

  it('explains the limit for too many nights and asks again', async () => {
    const call = await callAt(t, 'rooms');
    await call.say('two rooms', 0.9);
    const turn = await call.press('45#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.tooManyNights', 'help.nights']);
    expect(turn.said[0]?.text).toContain('30 nights');
    await call.say('a week', 0.9);
    expect((await callRow(t.db, call.callSid))?.state).toBe('askingName');
  });

  it('confirms low-confidence speech before using it, and asks again on "no"', async () => {
    const call = await callAt(t, 'nights');
    let turn = await call.say('three nights', 0.3);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(turn.said[0]?.text).toContain('3 nights');
    await call.press('2');
    expect((await callRow(t.db, call.callSid))?.state).toBe('askingNights');
    await call.say('three nights', 0.3);
    turn = await call.press('1');
    expect((await callRow(t.db, call.callSid))?.state).toBe('askingName');
  });

  it('records the name after two failed tries, which is neither a miss nor a transfer', async () => {
    const call = await callAt(t, 'name');
    let turn = await call.silence();
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.noInput', 'ask.name']);
    turn = await call.say('Jon Smyth', 0.3);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    turn = await call.press('2'); // "say it again": the second failed try
    expect(turn.waitingFor).toBe('record');
    expect(turn.record).toMatchObject({ finishOnKey: '#', playBeep: true });
    const url = 'https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Recordings/RE11111111111111111111111111111111';
    turn = await call.record({ url, durationSeconds: 3 });
    expect((await callRow(t.db, call.callSid))?.state).toBe('askingPayment');
    await call.press('1');
    await call.press('1');
    turn = await call.press('1');
    expect(turn.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await reservations(t.db))[0]).toMatchObject({ guest_name: null, name_recording_url: url });
    expect((await timeline(t.db, call.callSid)).some((e) => e.kind === 'caller.recording' && e.input_json?.includes('RE111'))).toBe(true);
  });

  it('takes a keyed callback number, refuses one that is not a phone number, and never asks for a card', async () => {
    const call = await callAt(t, 'callback');
    await call.press('12#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.badPhone', 'help.callback']);
    // A keyed number is read back whole to be confirmed before it is kept (texts go only to confirmed numbers).
    const turn = await call.press('6175550199#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(turn.said[0]?.text).toContain('6 1 7, 5 5 5, 0 1 9 9');
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    const everything = (await timeline(t.db, call.callSid)).map((e) => e.said_json ?? '').join(' ');
    expect(everything).not.toMatch(/card number[^,.]*(please|enter|key)/i);
  });

  it('asks a withheld caller ID for a number instead of offering "this number"', async () => {
    const call = t.call({ from: 'anonymous' });
    await askForStay(call, { date: '1204', roomType: '4', rooms: '1', nights: '2#' });
    await call.say('Kim Lee', 0.95);
    const turn = await call.press('1');
    expect(turn.said.map((s) => s.text).join(' ')).not.toContain('calling from');
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.callerNumberUnknown', 'help.callback']);
  });

  it('sends groups above the room limit to the group desk when the hotel has one', async () => {
    await t.close();
    const { writeFileSync, readFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'hotel-'));
    const file = join(dir, 'hotel.json');
    const demo = JSON.parse(readFileSync(new URL('../../src/hotel/demo-hotel.json', import.meta.url), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...demo, groupDesk: '+15557650000' }));
    t = await startTestApp({ hotelFile: file });
    const call = await callAt(t, 'rooms');
    const turn = await call.press('8');
    expect(turn.waitingFor).toBe('dial');
    expect(turn.dial?.targets[0]?.number).toBe('+15557650000');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['transfer.group']);
  });
});
