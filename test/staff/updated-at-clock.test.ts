// With every property of a group in view, the overview's "Updated at" names each property's clock
// (it gave the first property's hour and no zone: New York's time read as Mexico City's). And the
// JSON API does not follow the property switcher: the switch is the console's view, kept in a
// cookie scoped to /staff; the API answers for every property the account may see, each row naming
// its property (docs/staff.md, "The API").

import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

describe('the overview and the API with a group in view', () => {
  it("says each property's clock in Updated at, and lists every property's calls in the API whatever the switcher says", async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    // 17:20 in New York, 16:20 in Mexico City.
    t.clock.set('2026-11-28T22:20:00Z');
    for (const to of [MIRAMAR, SIERRA]) {
      const call = t.call({ to, from: '+13125550181' });
      await call.start();
      await call.hangup();
    }
    const { agent, csrf } = await login(t);
    const at = (await agent.get('/staff/live').expect(200)).body.at as string;
    expect(at).toBe('17:20 New York time (MIR) · 16:20 Mexico City time (SIE)');
    expect((await agent.get('/staff').expect(200)).text).toContain('Updated at <span data-live="live-updated">17:20 New York time (MIR) · 16:20 Mexico City time (SIE)</span>');

    // Mexico City alone on the console: its clock alone, unnamed (every time on the page is its), its calls alone.
    await agent.post('/staff/property').type('form').send({ _csrf: csrf, code: 'SIE', next: '/staff' }).expect(303);
    expect((await agent.get('/staff/live').expect(200)).body.at).toBe('16:20');
    expect((await agent.get('/staff/calls').expect(200)).text).not.toContain('17:20');
    // The API, with the same session: both properties, each call with its code.
    const calls = (await agent.get('/api/calls').expect(200)).body.calls as { hotel: string }[];
    expect(calls.map((c) => c.hotel).sort()).toEqual(['MIR', 'SIE']);
  });

  it("says a single property's time alone: its clock is every clock on the page", async () => {
    t = await startStaffApp();
    // 17:20 in New York.
    t.clock.set('2026-11-28T22:20:00Z');
    const { agent } = await login(t);
    expect((await agent.get('/staff/live').expect(200)).body.at).toBe('17:20');
    expect((await agent.get('/staff').expect(200)).text).toContain('Updated at <span data-live="live-updated">17:20</span> (every few seconds');
  });
});
