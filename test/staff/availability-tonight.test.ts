// Availability in a hotel group: each property's grid starts from, and names "tonight" by, that
// property's own today, whichever is in view (a group's properties may be in different time zones:
// at 23:30 in Mexico City it is already tomorrow in New York).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { testClock } from '../helpers/app.ts';
import { ADMIN, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

/** The first row of a grid ("Fri, Dec 4 (tonight)") by its table id. */
const firstNight = (page: string, id: string) => {
  const table = new RegExp(`<table id="${id}">[\\s\\S]*?</table>`).exec(page)?.[0] ?? '';
  return /<tbody><tr><th scope="row">([^<]*)<\/th>/.exec(table)?.[1] ?? null;
};

describe('availability tonight, per property (Friday 4 December 2026, 23:30 in Mexico City; Saturday 00:30 in New York)', () => {
  let t: TestApp;
  let agent: Agent;
  let csrf: string;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP, clock: testClock('2026-12-05T05:30:00Z') });
    ({ agent, csrf } = await login(t, ADMIN));
  });
  afterAll(() => t.close());

  const view = (code: string) => agent.post('/staff/property').type('form').send({ _csrf: csrf, code, next: '/staff/availability' }).expect(303);

  it('one property in view: its own tonight', async () => {
    await view('SIE');
    expect(firstNight((await agent.get('/staff/availability').expect(200)).text, 'availability')).toBe('Fri, Dec 4 (tonight)');
    await view('MIR');
    expect(firstNight((await agent.get('/staff/availability').expect(200)).text, 'availability')).toBe('Sat, Dec 5 (tonight)');
  });

  it('all properties in view: each grid from its own today, its own tonight', async () => {
    await view('all');
    const page = (await agent.get('/staff/availability').expect(200)).text;
    expect(firstNight(page, 'availability-MIR')).toBe('Sat, Dec 5 (tonight)');
    expect(firstNight(page, 'availability-SIE')).toBe('Fri, Dec 4 (tonight)');
  });

  it('a date asked for is the same nights everywhere, each named by its property’s today', async () => {
    const page = (await agent.get('/staff/availability?from=2026-12-05&days=3').expect(200)).text;
    expect(firstNight(page, 'availability-MIR')).toBe('Sat, Dec 5 (tonight)');
    expect(firstNight(page, 'availability-SIE')).toBe('Sat, Dec 5 (tomorrow)');
  });
});
