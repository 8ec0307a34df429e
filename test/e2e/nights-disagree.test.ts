// Nights said that the dates said with them contradict ("from the 4th to the 7th, two nights"):
// neither count is taken, and the nights are asked. The caller used to hear the plain nights
// question (and only after the room type and the rooms), with no idea why it was asked again; now
// the disagreement is said, briefly, and the nights question comes at once. Whole calls over
// signed HTTP, real SQLite, TwiML parsed as XML. (Test clock: Saturday 28 November 2026.)

import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { countWords } from '../../src/voice/word-budget.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';
import { SIERRA } from '../helpers/demo-group.ts';

const SIERRA_FILE = fileURLToPath(new URL('../../src/hotel/demo-group/sierra.json', import.meta.url));
const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');
const explanation = (turn: Turn) => turn.said.find((s) => /nights, not|noches?, no/.test(s.text))?.text ?? '';

let t: TestApp;
afterEach(async () => t.close());

describe('nights that disagree with the dates, in English', () => {
  beforeEach(async () => {
    t = await startTestApp({ newConfirmation: () => '31415926' });
  });

  it('says what disagrees, asks the nights at once, and books the nights then given', async () => {
    const call = t.call({ from: '+12125550181' });
    await call.start();
    const turn = await call.say('I want to book from the 4th to the 7th of December for 2 nights', 0.92);
    expect(words(turn)).toBe('Arriving Friday, December 4. From the 4th to the 7th is 3 nights, not 2. How many nights?');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'notice.nightsDisagree', 'ask.nights']);
    expect(countWords(explanation(turn))).toBeLessThanOrEqual(11);

    // The nights given now are taken; the room type is asked next, not the nights again.
    await call.say('three nights', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.roomType']);
    await call.press('2');
    await call.press('1');
    await call.say('Dana Whitfield', 0.95);
    await call.press('1');
    await call.press('1');
    await call.press('1');
    const [booked] = await reservations(t.db);
    expect(booked).toMatchObject({ arrival: '2026-12-04', nights: 3 });
  });

  it('at the nights question, a departure said with other nights is explained, not "not understood"', async () => {
    const call = t.call({ from: '+12125550182' });
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.press('1');
    await call.press('1');
    const turn = await call.say("we're leaving on the 7th, so that's 2 nights", 0.9);
    expect(words(turn)).toBe('From the 4th to the 7th is 3 nights, not 2. How many nights? Key in the number, then pound.');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.nightsDisagree', 'ask.nights']);
    // The nights keyed now are taken: the rooms are checked and the name asked.
    await call.press('3#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.name']);
  });

  it('names both months when the stay crosses one, and a week said is its 7 nights', async () => {
    const call = t.call({ from: '+12125550183' });
    await call.start();
    await call.press('1');
    let turn = await call.say('from December 30th to January 2nd, two nights', 0.9);
    expect(explanation(turn)).toBe('From December 30 to January 2 is 3 nights, not 2.');

    const other = t.call({ from: '+12125550184' });
    await other.start();
    turn = await other.say('a room from the 4th to the 7th of december for a week', 0.9);
    expect(explanation(turn)).toBe('From the 4th to the 7th is 3 nights, not 7.');
  });

  it('by text, the reply says it the same way', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550185', '+15551230000');
    const reply = await guest.send('can I book dec 4 to dec 6, 3 nights?');
    expect(reply.text).toBe('Arriving Friday, December 4. From the 4th to the 6th is 2 nights, not 3. How many nights?');
  });
});

describe('nights that disagree with the dates, in Spanish', () => {
  beforeEach(async () => {
    t = await startTestApp({ hotelFile: SIERRA_FILE });
  });

  it('a Mexican hotel says it as a Mexican agent would: "Del 4 al 7 son 3 noches, no 2."', async () => {
    const call = t.call({ to: SIERRA, from: '+5215512345678' });
    await call.start();
    const turn = await call.say('quiero reservar del 4 al 7 de diciembre, dos noches', 0.9);
    expect(words(turn)).toBe('Llegada el viernes 4 de diciembre. Del 4 al 7 son 3 noches, no 2. ¿Cuántas noches?');
    expect(turn.gather?.language).toBe('es-MX');

    const one = t.call({ to: SIERRA, from: '+5215512345679' });
    await one.start();
    const single = await one.say('una sencilla del 4 al 5 de diciembre, por dos noches', 0.9);
    expect(explanation(single)).toBe('Del 4 al 5 es una noche, no 2.');
  });
});
