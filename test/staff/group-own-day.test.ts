// A group account looking at all its properties, in two time zones (the demo group: Hotel Miramar
// in New York, Hotel Sierra Alta in Mexico City). At 00:30 in New York it is still 23:30 of the day
// before in Mexico City: the overview's arrivals and the calls page take each property's own day
// and clock, and say which property a row is. They took the first property's (New York's).

import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

/** The calls table's row of a call: its cells' text, tags removed. */
function rowOf(page: string, callSid: string): string | null {
  const row = new RegExp(`<tr>\\s*<td data-label="Started"><a href="/staff/calls/${callSid}">(.*?)</tr>`, 's').exec(page);
  return row ? row[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : null;
}

describe("a group's console at 00:30 in New York, 23:30 the day before in Mexico City", () => {
  let t: TestApp;
  let lateSierra: string;
  let earlyMiramar: string;
  let eveningSierra: string;
  let voicemailSierra: string;

  beforeAll(async () => {
    // Saturday 28 November, 10:00 in New York (09:00 in Mexico City).
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    await bookByKeys(t.call({ to: SIERRA, from: '+525512345699' }), { date: '1128', roomType: '1', rooms: '1', nights: '1#', name: 'Sofía Sierra' });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550199' }), { date: '1129', roomType: '1', rooms: '1', nights: '1#', name: 'Mia Miramar' });
    // 21:50 in Mexico City on the 28th (22:50 in New York), the desk still open: a caller leaves a voicemail for it.
    t.clock.set('2026-11-29T03:50:00Z');
    const voicemail = t.call({ to: SIERRA, from: '+525512342222' });
    await voicemail.start();
    await voicemail.press('0');
    await voicemail.dialResult('no-answer');
    await voicemail.press('1');
    await voicemail.record({ transcript: 'Llámenme, por favor.' });
    voicemailSierra = voicemail.callSid;
    // 22:00 there: a caller hangs up at the menu.
    t.clock.set('2026-11-29T04:00:00Z');
    const evening = t.call({ to: SIERRA, from: '+525512341111' });
    await evening.start();
    await evening.press('1');
    await evening.hangup();
    eveningSierra = evening.callSid;
    // 23:20 in Mexico City on the 28th; 00:25 in New York on the 29th.
    t.clock.set('2026-11-29T05:20:00Z');
    const sierra = t.call({ to: SIERRA, from: '+525512340000' });
    await sierra.start();
    await sierra.hangup();
    lateSierra = sierra.callSid;
    t.clock.set('2026-11-29T05:25:00Z');
    const miramar = t.call({ to: MIRAMAR, from: '+12125550000' });
    await miramar.start();
    await miramar.hangup();
    earlyMiramar = miramar.callSid;
    t.clock.set('2026-11-29T05:30:00Z');
  });
  afterAll(() => t?.close());

  it("shows each property's arrivals on its own today, named", async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff').expect(200)).text;
    const panel = () => /<section class="property-arrivals" data-property="(\w+)"[^>]*>(.*?)<\/section>/gs;
    const sections = new Map([...page.matchAll(panel())].map((m) => [m[1]!, m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')]));
    // Miramar's today is Sunday the 29th: Mia arrives. Sierra's is still Saturday the 28th: Sofía
    // was due today, her hold (18:00 there) has run out.
    expect(sections.get('MIR')).toMatch(/Hotel Miramar today, New York time Arriving today 1 Not arrived yet 1 held until 18:00/);
    expect(sections.get('SIE')).toMatch(/Hotel Sierra Alta Sat, Nov 28, Mexico City time Arriving today 1 Not arrived yet 0 Hold ran out 1 rooms free again/);
    const api = (await agent.get('/api/today').expect(200)).body;
    expect(api.arrivalsByProperty.map((p: { hotel: string; date: string; arrivals: { expected: number } }) => [p.hotel, p.date, p.arrivals.expected])).toEqual([
      ['MIR', '2026-11-29', 1],
      ['SIE', '2026-11-28', 1],
    ]);
  });

  it("lists the calls that need a person by each property's own today", async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff').expect(200)).text;
    const listed = [...page.matchAll(/<li data-call="(\w+)"[^>]*>/g)].map((m) => m[1]);
    // Sierra Alta's Saturday evening is still its today; Miramar's today began at its midnight.
    expect(listed).toEqual([earlyMiramar, lateSierra, eveningSierra, voicemailSierra]);
    expect(/<span id="needs-person-count">(\d+)<\/span>/.exec(page)![1]).toBe('4');
  });

  it("lists calls by each property's own dates, each row in its own clock and saying which property", async () => {
    const { agent } = await login(t);
    const saturday = (await agent.get('/staff/calls?from=2026-11-28&to=2026-11-28').expect(200)).text;
    expect(rowOf(saturday, lateSierra)).toMatch(/^today 23:20 SIE /);
    expect(rowOf(saturday, earlyMiramar)).toBeNull();
    expect(saturday).toContain("Times and dates are each property&#39;s own (MIR: New York time; SIE: Mexico City time)");
    const sunday = (await agent.get('/staff/calls?from=2026-11-29&to=2026-11-29').expect(200)).text;
    expect(rowOf(sunday, earlyMiramar)).toMatch(/^today 00:25 MIR /);
    expect(rowOf(sunday, lateSierra)).toBeNull();
    // The API and its CSV count the same calls.
    const api = (await agent.get('/api/calls?from=2026-11-28&to=2026-11-28').expect(200)).body;
    expect(api.calls.map((c: { callSid: string }) => c.callSid)).toContain(lateSierra);
    expect(api.calls.map((c: { callSid: string }) => c.callSid)).not.toContain(earlyMiramar);
  });

  it("shows each callback request and each text in its own property's clock, saying which", async () => {
    const { agent } = await login(t);
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const worklist = (await agent.get('/staff/callbacks').expect(200)).text;
    const request = /<tr id="callback-\d+"[^>]*>.*?<\/tr>/gs;
    const sierraRow = [...worklist.matchAll(request)].map((m) => text(m[0])).find((r) => r.includes('2222'));
    expect(sierraRow).toMatch(/ SIE since today 21:50;/);
    const texts = (await agent.get('/staff/outbox').expect(200)).text;
    const rows = [...texts.matchAll(/<tr id="text-\d+">.*?<\/tr>/gs)].map((m) => text(m[0]));
    // Sofía's confirmation, written at 09:00 in Mexico City (10:00 in New York) on Saturday, which is still today there.
    expect(rows.find((r) => r.includes('Sofía Sierra'))).toMatch(/^ ?today 09:00 SIE /);
    expect(rows.find((r) => r.includes('Mia Miramar'))).toMatch(/^ ?yesterday 10:00 MIR /);
  });
});
