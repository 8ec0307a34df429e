// After a question about a room type ("which one has an ocean view?" → "The Ocean Suite … Would
// you like it?"), the natural answers were not understood: "that one, please", "ésa" (the type
// asked about), and "no, mejor la doble" (another type, named after the no: it heard the list again).
// At the read-back, "can I change the room to the suite?" was answered as a question about the
// suite ("I don't have that detail") instead of changing the room.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { callRow } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

async function askedAbout(question: string, spanish = false) {
  const call = t.call();
  await call.start();
  if (spanish) await call.press('9');
  await call.press('1');
  await call.press('1210');
  expect(heard(await call.say(question, 0.95))).toMatch(spanish ? /¿Le gustaría esa\?/ : /Would you like it\?/);
  return call;
}

const roomType = async (callSid: string) => {
  const row = await callRow(t.db, callSid);
  return { state: row?.state, roomType: (JSON.parse((await t.db.get<{ snapshot_json: string }>('SELECT snapshot_json FROM calls WHERE call_sid = ?', [callSid]))!.snapshot_json).context ?? {}).roomType };
};

describe('the answer to "Would you like it?"', () => {
  // The type asked about is not said back (it was just named); another, picked by other words than its name, is.
  it.each([
    ['which one has an ocean view?', 'that one, please', false, 'OCEAN', 'How many rooms?'],
    ['¿cuál es la más barata?', 'ésa', true, 'STD', '¿Cuántas habitaciones?'],
    ['¿la suite tiene jacuzzi?', 'no, mejor la doble', true, 'DQ', 'La habitación con dos camas Queen. ¿Cuántas habitaciones?'],
    ['does the suite have a balcony?', 'no, actually the king', false, 'DLX', 'The Deluxe King. How many rooms?'],
  ] as const)('"%s" then "%s": that type, and the next question', async (question, answer, spanish, code, next) => {
    const call = await askedAbout(question, spanish);
    expect(heard(await call.say(answer, 0.95))).toBe(next);
    expect(await roomType(call.callSid)).toEqual({ state: 'askingRooms', roomType: code });
  });

  it('a plain no still hears every room again', async () => {
    const call = await askedAbout('which one has an ocean view?');
    expect(heard(await call.say('no thanks', 0.95))).toMatch(/^Our rooms: Ocean Suite/);
  });
});

describe('a change of room said at the read-back', () => {
  it('"can I change the room to the suite?" changes it, and reads the reservation back again', async () => {
    const call = t.call();
    await call.start();
    for (const key of ['1', '1210', '2', '1', '2#']) await call.press(key);
    await call.say('Kim Lee', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^For Kim Lee: 1 Deluxe King room/);
    const turn = heard(await call.say('wait, can I change the room to the suite?', 0.95));
    expect(turn).toMatch(/For Kim Lee: 1 Ocean Suite, 2 nights/);
    expect(turn).not.toMatch(/don't have that detail/);
  });
});
