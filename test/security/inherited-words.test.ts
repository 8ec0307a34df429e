// What a caller says or texts may be a name every JavaScript object has: "constructor" (also a
// builder, in English and Spanish). Looked up in a plain object of words, it found Object's own:
// "constructor" said at any question was pressed as a key (the call failed and went to the front
// desk), "constructor rooms" was a count of rooms, and a text was asked back "Is function Object()
// { [native code] } nights right?". Now they are words like any other.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallSession, Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { textingGuest } from '../helpers/texting.ts';

const SAID = ['constructor', 'constructor rooms', 'for constructor nights', 'two constructor nights', 'constructor 1 2', 'el constructor', '__proto__', 'hasOwnProperty'];

/** A booking by keys, one answer at a time: the questions from the menu to the read-back's confirmation. */
const STEPS: ((c: CallSession) => Promise<Turn>)[] = [
  (c) => c.press('1'),
  (c) => c.press('1204'),
  (c) => c.press('2'),
  (c) => c.press('1'),
  (c) => c.press('2#'),
  (c) => c.say('Ana Torres', 0.95),
  (c) => c.press('1'),
  (c) => c.press('1'),
];

describe('words every object has, said or texted', () => {
  let t: TestApp;
  let log: ReturnType<typeof captureLog>;
  beforeAll(async () => {
    log = captureLog('warn');
    t = await startTestApp({ logger: log.logger });
  });
  afterAll(async () => t.close());

  const failures = () => log.lines.filter((l) => /"level":(50|60)/.test(l));

  it('are heard at every question of a call as words, and the call goes on', async () => {
    let n = 0;
    for (const words of SAID) {
      for (let at = 0; at < STEPS.length; at++) {
        const call = t.call({ from: `+1212555${String(2000 + n++).padStart(4, '0')}` });
        await call.start();
        for (let step = 0; step < STEPS.length; step++) {
          if (step === at) {
            const turn = await call.say(words, 0.9);
            expect(turn.waitingFor, `"${words}" at question ${at}`).toBe('input');
            expect(turn.said.map((s) => s.text).join(' '), `"${words}" at question ${at}`).not.toMatch(/function|native code|undefined|NaN/);
          }
          await STEPS[step]!(call);
        }
        await call.hangup();
      }
    }
    expect(failures()).toEqual([]);
  });

  it('are read in a text as words, never written back as code', async () => {
    for (const [i, words] of SAID.entries()) {
      const guest = textingGuest(t.baseUrl, `+1305555${String(3000 + i).padStart(4, '0')}`);
      for (const body of [words, 'book a room', words, `${words} december 20 2 nights`, words]) {
        const reply = await guest.send(body);
        expect(reply.status).toBe(200);
        expect(reply.text, `"${body}"`).not.toMatch(/function|native code|undefined|NaN|something went wrong/i);
      }
    }
    expect(failures()).toEqual([]);
  });
});
