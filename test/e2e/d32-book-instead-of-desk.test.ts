// Round 32's probe: a guest asked for a person, nobody at the desk answered, and to "leave a message
// or be called back?" they said "no, I just want to book a room for tomorrow" — heard as "no" and
// let go with a goodbye ("I want to book a room": not understood, three times, then a callback).
// Words that book now go on with the booking, with what they carry and all given before; a plain
// "no thanks", booking online, a message or a call back stay as they were. The same at the
// questions that look for a reservation ("I want to book a new one for January 8th" to "key in the
// confirmation number, or say the last name": not understood, then the desk). Whole signed calls
// through the real app; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '55501234' });
});
afterEach(async () => t.close());

/** The desk asked for at once (0, or "señorita" in Spanish) and not answering: its message-or-callback offer. */
async function deskUnanswered(spanish = false) {
  const call = t.call({ from: '+12125550188' });
  await call.start();
  if (spanish) await call.press('9');
  await call.press('0');
  await call.dialResult('no-answer');
  expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callbackOffer']);
  return call;
}

describe('a booking asked for at the desk\'s offer', () => {
  it('en "no, I just want to book a room for tomorrow": the booking goes on from there, and is made', async () => {
    const call = await deskUnanswered();
    let turn = await call.say('no, I just want to book a room for tomorrow', 0.95);
    expect(turn.hungUp).toBe(false);
    expect(heard(turn)).toContain('arriving tomorrow, Sunday, November 29');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.roomType');
    await call.press('4');
    await call.say('two nights', 0.95);
    await call.say('Grace Miller', 0.95);
    await call.press('1');
    await call.press('1');
    turn = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toContain('confirmed');
    expect(await reservations(t.db)).toMatchObject([{ confirmation: '55501234', arrival: '2026-11-29', nights: 2, status: 'booked' }]);
    expect(await t.db.all('SELECT id FROM callback_requests')).toEqual([]);
  });

  it.each([
    ["never mind, I'll just book it here", 'ask.arrivalDate'],
    ['I want to book a room', 'ask.arrivalDate'],
  ] as const)('en "%s": the booking\'s first question', async (words, prompt) => {
    const call = await deskUnanswered();
    await call.say(words, 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual([prompt]);
  });

  it('es "no, mejor quiero reservar un cuarto para mañana": la reservación sigue, en español', async () => {
    const call = await deskUnanswered(true);
    const turn = await call.say('no, mejor quiero reservar un cuarto para mañana', 0.95);
    expect(turn.hungUp).toBe(false);
    expect(heard(turn)).toContain('domingo 29 de noviembre');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.roomType');
  });

  it('asked mid-booking: what was given is kept, and only what is missing asked', async () => {
    const call = t.call({ from: '+12125550188' });
    await call.start();
    await call.press('1');
    await call.press('1218');
    await call.press('3');
    await call.say('can I talk to a person?', 0.95);
    await call.dialResult('no-answer');
    await call.say('no, forget it, I will just book it with you', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.rooms']);
  });

  it('a person asked for again from the booking rings the desk again', async () => {
    const call = await deskUnanswered();
    await call.say('I want to book a room', 0.95);
    const turn = await call.press('0');
    expect(turn.said.length).toBeGreaterThan(0);
    expect((await callRow(t.db, call.callSid))?.state).toBe('transferring');
  });
});

describe('what stays as it was at the desk\'s offer', () => {
  const requests = async () => (await t.db.all('SELECT id FROM callback_requests')).length;

  it.each(['no thanks', "no thanks, I'll book online", 'no thank you, goodbye'])('"%s": thanked and let go, nothing booked, no callback', async (words) => {
    const call = await deskUnanswered();
    const turn = await call.say(words, 0.95);
    expect(turn.hungUp).toBe(true);
    expect(heard(turn)).toBe('Thank you for calling Hotel Miramar. Goodbye.');
    expect(await requests()).toBe(0);
  });

  it('"please call me back": the callback requested', async () => {
    const call = await deskUnanswered();
    await call.say('please call me back', 0.95);
    expect(await requests()).toBe(1);
  });

  it('"I want to leave a message": the message recorded', async () => {
    const call = await deskUnanswered();
    await call.say('I want to leave a message', 0.95);
    expect((await callRow(t.db, call.callSid))?.state).toBe('recordingMessage');
  });

  it('a day alone ("tomorrow", maybe when to call back) starts no booking', async () => {
    const call = await deskUnanswered();
    await call.say('tomorrow', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.roomType');
    expect((await callRow(t.db, call.callSid))?.state).not.toBe('askingRoomType');
  });
});

describe('a booking asked for where a reservation is looked for', () => {
  it('en "I want to book a new one for January 8th" to the confirmation number question: the booking, with that day', async () => {
    const call = t.call({ from: '+12125550188' });
    await call.start();
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmationNumber']);
    const turn = await call.say('I want to book a new one for January 8th', 0.95);
    expect(heard(turn)).toContain('Friday, January 8');
    expect(await lastPrompts(t.db, call.callSid)).toContain('ask.roomType');
  });

  it('es "no la tengo, quiero reservar un cuarto nuevo": the booking\'s first question, in Spanish', async () => {
    const call = t.call({ from: '+12125550188' });
    await call.start();
    await call.press('9');
    await call.press('2');
    await call.say('no la tengo, quiero reservar un cuarto nuevo', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
  });

  it('a day alone ("The 8th.", the stay to find it by) starts no booking', async () => {
    const call = t.call({ from: '+12125550188' });
    await call.start();
    await call.press('2');
    await call.say('The 8th.', 0.95);
    const prompts = await lastPrompts(t.db, call.callSid);
    expect(prompts).not.toContain('ask.roomType');
    expect(prompts).not.toContain('ask.arrivalDate');
  });

  it('a last name is still a last name, and a number still a number', async () => {
    const call = t.call({ from: '+12125550188' });
    await call.start();
    await call.press('2');
    await call.say('Booker', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.arrivalDate');
  });
});
