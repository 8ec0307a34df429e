// Round 33: "um", "eh", "este…" alone, at a question, were words that fit nothing: a miss each, and
// three sent a caller who was only choosing to the front desk ("um" at the name was even read back
// as a name). Now the caller thinking aloud hears "Take your time." / "Con calma." and the same
// question, without a miss; filler again right after a pause does count, so a line that only says
// "um" still reaches the desk. ("Hold on" asked in words stays uncounted, as round 26 made it.) Signed calls through the real app, Miramar (en) and Sierra Alta (es).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

/** A call at the room-type question: the stay said, the type not. */
async function atRoomType(from: string, to: string) {
  const call = t.call({ from, to });
  await call.start();
  const list = heard(await call.say(to === SIERRA ? 'quiero un cuarto el 18 de diciembre por dos noches' : 'I need a room on December 18 for two nights', 0.95));
  expect(list).toMatch(to === SIERRA ? /Junior Suite/ : /Deluxe King/);
  return call;
}

describe('a caller thinking aloud', () => {
  it.each([
    [MIRAMAR, 'um', /^Take your time\. .*Deluxe King/, 'the deluxe king', /May I have your full name\?/],
    [MIRAMAR, 'uh, hmm, let me see', /^(Sure, t|T)ake your time\. .*Deluxe King/, 'deluxe', /May I have your full name\?/],
    [SIERRA, 'este…', /^Con calma\. .*Junior Suite/, 'la habitación doble', /nombre/],
    [SIERRA, 'eh, mmm, pues', /^Con calma\. .*Junior Suite/, 'la doble', /nombre/],
  ])('%s: "%s" hears the question again, kindly, and the answer after it goes on', async (to, filler, again, answer, next) => {
    const call = await atRoomType('+12125553321', to);
    const kind = await call.say(filler, 0.95);
    expect(heard(kind)).toMatch(again);
    expect(heard(kind)).not.toMatch(/Sorry|didn't|Perdón|Disculpe|no le entendí/i);
    expect(heard(await call.say(answer, 0.95))).toMatch(next);
  });

  it('is not counted a miss: "um" and then two answers that fit nothing still do not send the caller to the desk', async () => {
    const call = await atRoomType('+12125553322', MIRAMAR);
    await call.say('um', 0.95);
    await call.say('purple elephants', 0.95);
    const second = await call.say('banana telescope', 0.95);
    expect(second.waitingFor).toBe('input');
    expect(second.dial).toBeUndefined();
    expect(heard(await call.say('deluxe king', 0.95))).toMatch(/May I have your full name\?/);
  });

  it('a second pause in a row counts: four fillers in a row reach the desk, three do not', async () => {
    const call = await atRoomType('+12125553323', MIRAMAR);
    for (const f of ['um', 'uh', 'hmm']) {
      const turn = await call.say(f, 0.95);
      expect(turn.waitingFor).toBe('input');
      expect(heard(turn)).toMatch(/Take your time\./);
    }
    expect((await call.say('mmm', 0.95)).dial).toBeDefined();
  });

  it('"um" at the name is no name; "hold on" is not counted, but filler right after it is', async () => {
    const call = await atRoomType('+12125553324', MIRAMAR);
    await call.say('deluxe king', 0.95);
    const named = heard(await call.say('um', 0.95));
    expect(named).toMatch(/^Take your time\. /);
    expect(named).not.toMatch(/I heard|Um\b/);
    expect(heard(await call.say('Maria Lopez', 0.95))).toMatch(/How will you pay/);
    expect(heard(await call.say('hold on', 0.95))).toMatch(/take your time/i);
    expect(heard(await call.say('hold on, one second', 0.95))).toMatch(/take your time/i);
    expect(heard(await call.say('umm', 0.95))).toMatch(/^Take your time\..*credit card/);
    expect(heard(await call.say('nonsense words', 0.95))).toMatch(/credit card/);
    expect((await call.say('more nonsense', 0.95)).dial).toBeDefined();
  });
});
