// A caller who rings to change the dates of a reservation they already have ("I need to change the
// dates of my reservation", "quiero cambiar la fecha de mi reservación") heard "Sorry, I didn't
// understand that" at the greeting: the words were read as other dates for a stay being booked,
// and none is at the greeting. Now the reservation is looked for, as "I have a reservation" is, and
// its changes go to the desk from there. Whole calls over signed HTTP, real SQLite.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { lastPrompts } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '27182818' });
});
afterEach(async () => t.close());

describe('the dates of a reservation, asked to be changed at the greeting', () => {
  it('in English: the reservation made from this phone is found, its new arrival asked, and the desk still at 0', async () => {
    await bookByKeys(t.call({ from: '+12125550161' }));
    const call = t.call({ from: '+12125550161' });
    await call.start();
    const turn = await call.say('I need to change the dates of my reservation', 0.9);
    const said = turn.said.map((s) => s.text).join(' ');
    expect(said).not.toMatch(/understand/);
    expect(said).toMatch(/^We have a reservation from this phone, arriving Friday, December 4\./);
    // The change asked at the greeting is not asked again: its new arrival is (test/e2e/d31-change-said-first.test.ts).
    await call.press('27182818#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
    const desk = await call.press('0');
    expect(desk.waitingFor).toBe('dial');
  });

  it('in Spanish, at the menu after 9, from another phone: the reservation is asked for', async () => {
    const call = t.call({ from: '+5215512340000' });
    await call.start();
    await call.press('9');
    await call.say('quiero cambiar la fecha de mi reservación', 0.9);
    const prompts = await lastPrompts(t.db, call.callSid);
    expect(prompts).not.toContain('notice.notUnderstood');
    expect(prompts.at(-1)).toBe('ask.confirmationNumber');
  });
});
