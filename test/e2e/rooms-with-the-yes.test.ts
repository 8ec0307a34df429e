// A whole signed call: the caller asks a type's price at the list, hears "Would you like it?", and
// says "ok let's do two of those": two rooms of it, not "How many rooms?" (the count was lost).
// The clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { lastPrompts } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '55502468' });
});
afterEach(async () => t.close());

describe('a count said with the yes to a type asked about', () => {
  it('en "ok lets do two of those": 2 Deluxe King rooms held, the rooms not asked', async () => {
    const call = t.call({ from: '+12125550177' });
    await call.start();
    await call.say('I want to book december 4 for 2 nights', 0.95);
    await call.say('how much is the deluxe king', 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.typeAsked', 'ask.roomType']);
    const turn = await call.say('ok lets do two of those', 0.95);
    expect(heard(turn)).toContain('2 Deluxe King rooms');
    expect(await lastPrompts(t.db, call.callSid)).not.toContain('ask.rooms');
  });
});
