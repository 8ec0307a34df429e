// At the name question a guest may change the stay instead of giving a name ("add one night
// please", "actually, make it three nights", "mejor dos noches"). Those words are not a name: the
// change is made, the rooms checked again, the name asked again — never a guest called "Add".

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

async function readBackAfter(said: string, spanish = false): Promise<{ atName: string; readBack: string }> {
  const call = t.call();
  await askForStay(call, { spanish }); // 1 Deluxe King, Dec 4, 2 nights
  const atName = (await call.say(said, 0.95)).said.map((s) => s.text).join(' ');
  await call.say('Ana Diaz', 0.95);
  await call.press('2');
  const readBack = (await call.press('1')).said.map((s) => s.text).join(' ');
  return { atName, readBack };
}

describe('a change said at the name question', () => {
  it.each([
    ['add one night please', /For Ana Diaz: 1 Deluxe King room, 3 nights/],
    ['actually, make it three nights', /For Ana Diaz: 1 Deluxe King room, 3 nights/],
    ['one more night please', /For Ana Diaz: 1 Deluxe King room, 3 nights/],
  ])('"%s" changes the stay and the name is asked again', async (said, readBack) => {
    const got = await readBackAfter(said);
    expect(got.atName).toMatch(/May I have your full name\?$/);
    expect(got.readBack).toMatch(readBack);
  });

  it('"mejor tres noches" likewise in Spanish', async () => {
    const got = await readBackAfter('mejor tres noches', true);
    expect(got.atName).toMatch(/¿Me da su nombre completo, por favor\?$/);
    expect(got.readBack).toMatch(/A nombre de Ana Diaz: una habitación Deluxe King, 3 noches/);
  });

  it('still takes a name said after "actually"', async () => {
    const got = await readBackAfter('Actually, it is John Smith');
    expect(got.atName).toMatch(/How will you pay/);
  });
});
