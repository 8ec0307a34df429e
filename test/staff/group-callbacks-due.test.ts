// A group's callback requests counted late against each property's own promise and desk hours, in
// the header's count and on the worklist, with all its properties in view. Sierra Alta's desk
// closes at 22:00 on Saturdays (Mexico City): a voicemail left at 22:30 is due an hour after the
// desk opens on Sunday, not an hour later as at Miramar, whose desk never closes. With all
// properties in view it was counted late all night (the first property's rule).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

describe("a group's callbacks, each due by its own property's desk", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    // Saturday 22:30 in Mexico City: Sierra Alta's desk closed at 22:00.
    t.clock.set('2026-11-29T04:30:00Z');
    const caller = t.call({ to: SIERRA, from: '+525512349999' });
    await caller.start();
    await caller.press('0');
    if (caller.waitingFor === 'dial') await caller.dialResult('no-answer');
    await caller.press('1');
    await caller.record({ transcript: 'Llámenme mañana, por favor.' });
    expect(await t.db.get('SELECT count(*) AS n FROM callback_requests')).toEqual({ n: 1 });
    // 01:00 there (02:00 in New York): the desk opens at 08:00.
    t.clock.set('2026-11-29T07:00:00Z');
  });
  afterAll(() => t?.close());

  it('is not counted late before its own desk opens', async () => {
    const { agent } = await login(t);
    const worklist = (await agent.get('/staff/callbacks').expect(200)).text;
    expect(worklist).toContain('1 guest waits');
    expect(worklist).not.toContain('overdue');
    expect(worklist).not.toMatch(/class="count overdue"/);
    expect(worklist).toMatch(/due today 09:00/);
  });
});
