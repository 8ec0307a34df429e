// Round 29: "I'm calling for my mom, she needs a room…", "es para mis papás, llegan el viernes": family
// travelling without the caller. The name question asked "May I have your full name?", and the
// reservation could be made out to the caller, whom the desk never sees arrive. Now the guest's name
// is asked; with the caller in the party ("for my wife and me", "vamos con mis papás") or the relative
// an occasion ("for my wife's birthday"), the caller's own, as before.

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

async function nameAsked(from: string, to: string, words: string): Promise<string> {
  const call = t.call({ from, to });
  await call.start();
  return heard(await call.say(words, 0.95));
}

describe('a room for family travelling without the caller', () => {
  it('"it\'s for my parents, they arrive…": the guest\'s name is asked, and the booking is made out to it', async () => {
    const call = t.call({ from: '+12125552941', to: MIRAMAR });
    await call.start();
    expect(heard(await call.say("it's for my parents, they arrive December 18 for 2 nights, a standard room", 0.95))).toMatch(/May I have the guest's full name\?$/);
    await call.say('Robert Miller', 0.95);
    await call.say('cash', 0.95);
    await call.press('1');
    await call.press('1');
    expect((await t.db.get<{ guest_name: string }>('SELECT guest_name FROM reservations'))?.guest_name).toBe('Robert Miller');
  });

  it('in Spanish, "es para mis papás, llegan el…": "¿Me da el nombre completo del huésped?"', async () => {
    expect(await nameAsked('+525512342942', SIERRA, 'quiero una habitación sencilla para mis papás, llegan el 18 de diciembre por dos noches')).toMatch(
      /¿Me da el nombre completo del huésped, por favor\?$/,
    );
  });

  it('with the caller in the party, or a relative named for an occasion: the caller\'s own name, as before', async () => {
    const said: [string, string][] = [
      ['+12125552943', 'a room for my wife and me on December 18 for 2 nights, a standard room'],
      ['+12125552944', "a standard room for my wife's birthday, December 18 for 2 nights"],
      ['+12125552945', 'we are coming with my parents, a standard room on December 18 for 2 nights'],
    ];
    for (const [from, words] of said) expect(await nameAsked(from, MIRAMAR, words)).toMatch(/May I have your full name\?$/);
    expect(await nameAsked('+525512342946', SIERRA, 'vamos con mis papás, una sencilla el 18 de diciembre, dos noches')).toMatch(/¿Me da su nombre completo, por favor\?$/);
  });
});
