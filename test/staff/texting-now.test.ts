// One meaning of "in progress" (src/staff/active-now.ts) for the overview's tile, the Calls list, the
// period's figures and a conversation's page. Before, a conversation quiet for 13 hours was "texting
// now" on its page, listed as in progress, and left out of the tile (which counted 4 hours by start).

import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { login, startStaffApp } from './staff-helpers.ts';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const HOUR = 3_600_000;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a text conversation in progress and one gone quiet', () => {
  it('counts, lists and words them the same way on the tile, the list, the figures and the page', async () => {
    t = await startStaffApp();
    await textingGuest(t.baseUrl, '+12125550141').send('Hi, do you have a room for Friday?');
    t.clock.advance(13 * HOUR);
    await textingGuest(t.baseUrl, '+12125550142').send('I would like to book a room');
    t.clock.advance(5 * 60_000);
    const { agent } = await login(t);

    const sms = (await agent.get('/api/calls?channel=sms').expect(200)).body.calls as { callSid: string; from: string; outcomeLabel: string }[];
    const quiet = sms.find((c) => c.from === '+12125550141')!;
    const texting = sms.find((c) => c.from === '+12125550142')!;
    expect(quiet.outcomeLabel).toBe('gone quiet');
    expect(texting.outcomeLabel).toBe('in progress');

    // The tile, and the list it links to, count the same conversations.
    expect((await agent.get('/staff/live').expect(200)).body.textsOpen).toBe(1);
    const overview = (await agent.get('/staff').expect(200)).text;
    const tile = /<dt><a href="([^"]+)">Texting now<\/a><\/dt><dd data-live="texts-open">(\d+)<\/dd>/.exec(overview);
    expect(tile, 'the Texting now tile').not.toBeNull();
    expect(tile![2]).toBe('1');
    const listed = (await agent.get(`/api${tile![1]!.replace('/staff', '').replace(/&amp;/g, '&')}`).expect(200)).body;
    expect(listed.calls.map((c: { callSid: string }) => c.callSid)).toEqual([texting.callSid]);
    expect((await agent.get('/api/calls?outcome=quiet').expect(200)).body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([quiet.callSid]);

    // The period's figures: one in progress, one gone quiet, and their rows link to those lists.
    const stats = (await agent.get('/api/stats?preset=last-7-days').expect(200)).body;
    expect(stats.texts).toMatchObject({ conversations: 2, inProgress: 1, quiet: 1 });

    // Each page says what it is.
    const quietPage0 = (await agent.get(`/staff/calls/${quiet.callSid}`).expect(200)).text;
    const quietPage = text(quietPage0);
    expect(/<p class="summary"[^>]*>([^<]*)/.exec(quietPage0)?.[1]).toMatch(/stopped texting \(last text (today|yesterday) \d\d:\d\d; the conversation is still open\)/);
    expect(quietPage).not.toContain('texting now');
    expect(text((await agent.get(`/staff/calls/${texting.callSid}`).expect(200)).text)).toContain('is texting now');

    // 31 minutes after its last text, the other has gone quiet too: off the tile and the list.
    t.clock.advance(26 * 60_000);
    expect((await agent.get('/staff/live').expect(200)).body.textsOpen).toBe(0);
    expect((await agent.get('/api/calls?outcome=in-progress&channel=sms').expect(200)).body.total).toBe(0);
    // A text from the guest brings it back.
    await textingGuest(t.baseUrl, '+12125550141').send('Sorry, yes: Friday, 2 nights');
    expect((await agent.get('/api/calls?outcome=in-progress&channel=sms').expect(200)).body.calls.map((c: { callSid: string }) => c.callSid)).toEqual([quiet.callSid]);
  });
});
