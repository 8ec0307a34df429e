// The page of a call the machine handed over to the desk, which did not answer: what the caller
// said in the voicemail is on the call's page too (it was only on the callbacks list), and its
// times read as the desk says them. Real calls through the signed webhooks, the page over HTTP.

import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { handedOverHalfway, login, startStaffApp } from './staff-helpers.ts';

describe("a handed-over caller's call page (clock: Saturday 28 November 2026, 10:00 in New York)", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('shows what the caller said in the voicemail, escaped, and when as "today 10:00"', async () => {
    t = await startStaffApp();
    const caller = await handedOverHalfway(t, { from: '+13055550188', transcript: 'Quiero reservar para el cinco de diciembre, <b>dos noches</b>.' });
    const { agent } = await login(t);
    const page = (await agent.get(`/staff/calls/${caller.callSid}`).expect(200)).text;
    expect(page).toContain('<blockquote class="transcript" lang="en">“Quiero reservar para el cinco de diciembre, &lt;b&gt;dos noches&lt;/b&gt;.”</blockquote>');
    expect(page).toMatch(/<dt>When<\/dt><dd>today 10:00, /);
    expect(page).toContain('requested today 10:00');
    // The next day, the same call is yesterday's.
    t.clock.set('2026-11-29T15:00:00Z');
    const { agent: morning } = await login(t);
    expect((await morning.get(`/staff/calls/${caller.callSid}`).expect(200)).text).toContain('requested yesterday 10:00');
  });
});
