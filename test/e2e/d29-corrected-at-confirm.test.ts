// Round 29: a detail read back to confirm, and the caller answers with the right one: "No, that's
// wrong, it's 212 555 0199", "no, me equivoqué, es el 55 1234 5679", "no, the 14th". It was dropped ("Can we call you at the number ending in…?" again, a third time to
// give it); now it is read back in its turn, and only a yes takes it. A plain "no" still asks again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

function booked(): Promise<{ callback_number: string; arrival: string }[]> {
  return t.db.all(`SELECT callback_number, arrival FROM reservations ORDER BY id`);
}

describe('the right answer said with the "no"', () => {
  it('"No, that\'s wrong, it\'s 212 555 0199": that number read back, and booked with it on a yes', async () => {
    const call = t.call({ from: '+12125552911', to: MIRAMAR });
    await askForStay(call, { date: '1218' });
    await call.say('Tom Baker', 0.95);
    await call.press('1');
    expect(heard(await call.press('2125550000#'))).toMatch(/I have 2 1 2, 5 5 5, 0 0 0 0\./);
    const again = heard(await call.say("no, that's wrong, it's 212 555 0199", 0.9));
    expect(again).toMatch(/I have 2 1 2, 5 5 5, 0 1 9 9\. If that's right, press 1\. If not, press 2\.$/);
    expect(again).not.toMatch(/ending in/);
    expect(heard(await call.press('1'))).toMatch(/^For Tom Baker: /);
    await call.press('1');
    expect((await booked())[0]?.callback_number).toBe('+12125550199');
  });

  it('in Spanish: "no, me equivoqué, es el 55 1234 5679", read back as "Anoté el 55 1234 5679"', async () => {
    const call = t.call({ from: '+525512342912', to: SIERRA });
    await askForStay(call, { date: '1220', roomType: '3', nights: '3#' });
    await call.say('Carmen Ruiz', 0.95);
    await call.press('2');
    await call.press('5512345678#');
    expect(heard(await call.say('no, me equivoqué, es el 55 1234 5679', 0.9))).toMatch(/^Anoté el 5 5, 1 2 3 4, 5 6 7 9, de México\. Si es correcto, oprima 1\./);
    expect(heard(await call.press('1'))).toMatch(/^A nombre de Carmen Ruiz: /);
    await call.press('1');
    expect((await booked())[0]?.callback_number).toBe('+525512345679');
  });

  it('a plain "no" still asks for the number again, and nothing is taken unheard', async () => {
    const call = t.call({ from: '+12125552913', to: MIRAMAR });
    await askForStay(call, { date: '1218' });
    await call.say('Tom Baker', 0.95);
    await call.press('1');
    await call.press('2125550000#');
    expect(heard(await call.say("no, that's wrong", 0.9))).toMatch(/Can we call you at the number ending in 2 9 1 3\?/);
    // The same number said with the no is no correction: asked again too.
    await call.press('2125550000#');
    expect(heard(await call.say('no, 212 555 0000', 0.9))).toMatch(/Can we call you at the number ending in 2 9 1 3\?/);
  });

  it('2 pressed, or "two" said as its key, to "3 nights?" is the no, not 2 nights', async () => {
    for (const [i, no] of [['1', 'press'], ['2', 'say']] as const) {
      const call = t.call({ from: `+1212555292${i}`, to: MIRAMAR });
      await call.start();
      await call.press('1');
      await call.press('1218');
      await call.press('2');
      await call.press('1');
      expect(heard(await call.say('three nights', 0.3))).toMatch(/3 nights/);
      const after = heard(no === 'press' ? await call.press('2') : await call.say('two', 0.9));
      expect(after).toMatch(/How many nights\?/);
      expect(after).not.toMatch(/2 nights/);
    }
  });

  it('"no, the 14th" to an arrival date read back: the 14th read back, and kept on a yes', async () => {
    const call = t.call({ from: '+12125552914', to: MIRAMAR });
    await call.start();
    await call.press('1');
    expect(heard(await call.say('December 4th', 0.3))).toMatch(/I have Friday, December 4\./);
    expect(heard(await call.say('no, the 14th', 0.9))).toMatch(/I have Monday, December 14\. If that's right, press 1/);
    expect(heard(await call.press('1'))).toMatch(/Our rooms/);
    await call.press('2');
    await call.press('1');
    await call.press('2#');
    await call.say('Tom Baker', 0.95);
    await call.press('1');
    await call.press('1');
    await call.press('1');
    expect((await booked())[0]?.arrival).toBe('2026-12-14');
  });
});
