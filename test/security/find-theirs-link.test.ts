// Round 32: the callback row's "Find X's reservation", whose X is a name a caller gave on the phone.
// A caller chooses it: it must stay one search for that name (no parameter of the caller's, no
// markup), and the search it opens shows only the properties the clerk may see, never the guest of
// another property who bears it. Real HTTP through the express app on a fresh SQLite file, the
// demo group, signed calls, a clerk of Miramar alone logged in through the form.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { leaveVoicemail, login, startStaffApp } from '../staff/staff-helpers.ts';
import type { Agent } from '../staff/staff-helpers.ts';

const MIR_CLERK = { username: 'mira', password: 'mira-password-123' };

describe('“Find X’s reservation” with X a caller’s words', () => {
  let t: TestApp;
  let clerk: { agent: Agent };
  let sierraConfirmation: string;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add(MIR_CLERK.username, MIR_CLERK.password, 'staff', t.clock.now());
    await accounts.setHotels(MIR_CLERK.username, ['MIR'], t.clock.now());
    t.clock.set('2026-11-28T15:00:00Z');
    await bookByKeys(t.call({ to: SIERRA, from: '+525511110000' }), { date: '1205', roomType: '1', name: 'Ana Ruiz', spanish: true });
    sierraConfirmation = (await t.db.get<{ confirmation: string }>("SELECT confirmation FROM reservations WHERE guest_name = 'Ana Ruiz'"))!.confirmation;
    // At Miramar, a caller gives the name of Sierra Alta's guest; another gives a name with markup and a query.
    await leaveVoicemail(t, { from: '+17185550142', to: MIRAMAR, transcript: 'Hi, this is Ana Ruiz, is my reservation still on? Please call me back.' });
    await leaveVoicemail(t, { from: '+17185550143', to: MIRAMAR, transcript: 'Hi, this is <b>Mary</b> Jones&hotel=SIE&q=% "x", call me back.' });
    t.clock.set('2026-11-28T16:00:00Z');
    clerk = await login(t, MIR_CLERK);
  });
  afterAll(() => t?.close());

  const findLinks = (page: string) =>
    [...page.matchAll(/<a class="small find-theirs" href="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({ href: m[1]!.replaceAll('&amp;', '&'), text: m[2]! }));

  it('is one search for the name as heard: no parameter or markup of the caller’s', async () => {
    const page = await clerk.agent.get('/staff/callbacks').expect(200);
    expect(page.text).not.toMatch(/<b>Mary/);
    expect(findLinks(page.text).length).toBeGreaterThan(0);
    for (const link of findLinks(page.text)) {
      const url = new URL(link.href, 'https://hotel.example');
      expect(url.pathname).toBe('/staff/reservations');
      expect([...url.searchParams.keys()]).toEqual(['q']);
      const followed = await clerk.agent.get(url.pathname + url.search);
      expect(followed.status).toBeLessThan(500);
      expect(followed.text).not.toMatch(/<b>Mary/);
    }
  });

  it('finds nobody at another property, even by their exact name', async () => {
    const page = await clerk.agent.get('/staff/callbacks').expect(200);
    const ana = findLinks(page.text).find((l) => l.text.includes('Ana Ruiz'));
    expect(ana).toBeDefined();
    const found = await clerk.agent.get(ana!.href).expect(200);
    expect(found.text).not.toContain(sierraConfirmation);
    const api = await clerk.agent.get('/api/reservations').query({ q: 'Ana Ruiz' }).expect(200);
    expect(JSON.stringify(api.body)).not.toContain(sierraConfirmation);
  });
});
