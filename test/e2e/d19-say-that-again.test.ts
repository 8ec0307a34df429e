// "¿Cómo dijo?", "come again?", "sorry, what?", "¿mande?", "perdón, no le escuché": the question
// again, as * does, at every question; never a miss, never taken for an answer (a last name that
// did not match, a name looked up, a guest's name).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { lastPrompts, timeline } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '43961045' });
});
afterEach(async () => t.close());

describe('asking to hear the question again', () => {
  it('at the last-name proof: "come again?", "sorry, what?", "perdón, no le escuché" repeat it; the right name then opens the reservation', async () => {
    await bookByKeys(t.call());
    const call = t.call({ from: '+13055550199' });
    await call.start();
    await call.press('2');
    const ask = heard(await call.say('4396 1045', 0.9));
    expect(ask).toBe('For your security, please say the last name on the reservation.');
    for (const again of ['come again?', 'sorry, what?', 'perdón, no le escuché', '¿mande?']) {
      expect(heard(await call.say(again, 0.9)), again).toBe(ask);
    }
    expect(heard(await call.say('Torres', 0.9))).toMatch(/^Reservation 4 3 9 6, 1 0 4 5: 1 Deluxe King room/);
    // No wrong last name was counted.
    const proofs = (await timeline(t.db, call.callSid)).filter((e) => e.kind === 'caller.speech');
    expect(proofs).toHaveLength(6);
  });

  it('at the confirmation number from the reservation\'s phone: "come again?" is no last name looked up', async () => {
    await bookByKeys(t.call());
    const call = t.call();
    await call.start();
    const ask = heard(await call.press('2'));
    expect(heard(await call.say('come again?', 0.9))).toBe(ask);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmationNumber']);
  });

  it('at the name, the date, the read-back, in either language: the same question, no miss counted', async () => {
    const call = t.call();
    const nameAsked = heard(await askForStay(call));
    expect(heard(await call.say('sorry, what?', 0.9))).toBe(nameAsked.replace(/^Good news: it's available and on hold for you\. /, ''));
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    const readBack = heard(await call.press('1'));
    expect(heard(await call.say('what was that?', 0.9))).toBe(readBack);

    const es = t.call({ from: '+12125550666' });
    await es.start();
    await es.press('9');
    const date = heard(await es.press('1'));
    for (const again of ['¿cómo dijo?', '¿mande?', 'perdón, no le escuché', 'disculpe, ¿me lo repite?']) {
      expect(heard(await es.say(again, 0.9)), again).toBe(date);
    }
    // Four in a row, and still no "no le entendí": none was a miss.
    expect(await lastPrompts(t.db, es.callSid)).toEqual(['ask.arrivalDate']);
  });

  it('"uh-huh" at the read-back is still a yes, and "let me say that again, the 12th" still a date', async () => {
    const call = t.call();
    await askForStay(call);
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    await call.press('1');
    expect(heard(await call.say('uh huh', 0.9))).toMatch(/^You're booked\./);

    const other = t.call({ from: '+12125550555' });
    await other.start();
    await other.press('1');
    expect(heard(await other.say('let me say that again, december 12th', 0.9))).toMatch(/^Arriving Saturday, December 12\./);
  });
});
