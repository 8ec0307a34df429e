// A person asked for with what the call is about ("about a group booking for 12 rooms", "about two
// rooms for December 20th"): the whisper carries it, as it does for a booking begun; more rooms than
// one booking takes go as a group request. A name said in passing stays a name heard, not the guest's.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

describe('the desk hears what the call is about', () => {
  it('"I need to speak to someone about a group booking for 12 rooms": a group request for 12 rooms', async () => {
    const call = t.call({ from: '+13055550111' });
    await call.start();
    expect(heard(await call.say('I need to speak to someone about a group booking for 12 rooms', 0.9))).toBe(
      '12 rooms. For more than 5 rooms, the front desk will help you. Connecting you now.',
    );
    const { whisperText } = await deskScreens(t.baseUrl, call, '1');
    expect(whisperText).toContain('A group request for more than 5 rooms. Wants 12 rooms.');
  });

  it('"can I talk to a person about two rooms for December 20th", and in Spanish: rooms and date in the whisper', async () => {
    const call = t.call({ from: '+13055550112' });
    await call.start();
    await call.say('can I talk to a person about two rooms for december 20th', 0.9);
    expect((await deskScreens(t.baseUrl, call, '1')).whisperText).toContain('They asked for the front desk. Wants 2 rooms, arriving Sunday, December 20.');

    const es = t.call({ from: '+13055550113' });
    await es.start();
    await es.press('9');
    expect(heard(await es.say('quiero hablar con alguien, es para 3 cuartos el 20 de diciembre', 0.9))).toMatch(/Le comunico con recepción\./);
    expect((await deskScreens(t.baseUrl, es, '1')).whisperText).toContain('speaking Spanish. They asked for the front desk. Wants 3 rooms, arriving Sunday, December 20.');
  });

  it('"hi, this is John Smith, I want to talk to someone": no guest name taken from it', async () => {
    const call = t.call({ from: '+13055550114' });
    await call.start();
    await call.say('Hi, this is John Smith, I want to talk to someone', 0.9);
    expect((await deskScreens(t.baseUrl, call, '1')).whisperText).toMatch(/^Call from a caller on the number ending 0 1 1 4/);
  });
});
