// A group account looking at all its properties at 00:30 on Sunday in New York (Hotel Miramar),
// still 23:30 on Saturday in Mexico City (Hotel Sierra Alta): /api/stats read with a preset, and the
// Flow page's period (and /api/flow), count each property's calls over its own days, as the
// overview does. They took the first property's (New York's) days for both.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { bearer, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|’/g, "'").replace(/\s+/g, ' ').trim();

describe("a group's figures for a period while its properties' dates differ", () => {
  let t: TestApp;

  beforeAll(async () => {
    // Saturday 28 November, 10:00 in New York: a booking at each property.
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const sofia = t.call({ to: SIERRA, from: '+525512345699' });
    await bookByKeys(sofia, { date: '1128', roomType: '1', rooms: '1', nights: '1#', name: 'Sofía Sierra' });
    await sofia.hangup();
    const mia = t.call({ to: MIRAMAR, from: '+12125550199' });
    await bookByKeys(mia, { date: '1129', roomType: '1', rooms: '1', nights: '1#', name: 'Mia Miramar' });
    await mia.hangup();
    // 23:20 on Saturday in Mexico City (00:20 on Sunday in New York): a caller hangs up at the menu.
    t.clock.set('2026-11-29T05:20:00Z');
    const late = t.call({ to: SIERRA, from: '+525512340000' });
    await late.start();
    await late.hangup();
    // 00:25 on Sunday in New York: a caller hangs up at the menu.
    t.clock.set('2026-11-29T05:25:00Z');
    const early = t.call({ to: MIRAMAR, from: '+12125550000' });
    await early.start();
    await early.hangup();
    t.clock.set('2026-11-29T05:30:00Z');
  });
  afterAll(() => t?.close());

  it("sums /api/stats?preset=today over each property's own today, and says each one's dates", async () => {
    const token = await bearer(t);
    const body = (await request(t.baseUrl).get('/api/stats?preset=today').set('Authorization', `Bearer ${token}`).expect(200)).body;
    // Sierra Alta's Saturday: Sofía's booking and the late hang-up; Miramar's Sunday: the early hang-up.
    // (New York's Sunday for both counted 2 calls and no booking.)
    expect([body.calls, body.bookings]).toEqual([3, 1]);
    expect(body.byProperty.map((p: { hotel: string; from: string; to: string; calls: number }) => [p.hotel, p.from, p.to, p.calls])).toEqual([
      ['MIR', '2026-11-29', '2026-11-29', 1],
      ['SIE', '2026-11-28', '2026-11-28', 2],
    ]);
    const yesterday = (await request(t.baseUrl).get('/api/stats?preset=yesterday').set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect([yesterday.calls, yesterday.bookings]).toEqual([1, 1]);
  });

  it("draws the Flow page's Today over each property's own today, and says so", async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff/flow?preset=today').expect(200)).text;
    expect(text(/<p id="period-said">(.*?)<\/p>/s.exec(page)![1]!)).toContain(
      "3 calls started in the period, each property's own days (MIR: Sun, Nov 29, New York time; SIE: Sat, Nov 28, Mexico City time).",
    );
    // The presets name the period for each property to take on its own today; the one shown is marked.
    expect(page).toContain('<a href="/staff/flow?preset=today" aria-current="true">Today</a>');
    expect(page).toContain('<a href="/staff/flow?preset=yesterday">Yesterday</a>');
    const api = (await agent.get('/api/flow?preset=today').expect(200)).body;
    expect(api.calls).toBe(3);
    expect(api.byProperty.map((p: { hotel: string; from: string; calls: number }) => [p.hotel, p.from, p.calls])).toEqual([
      ['MIR', '2026-11-29', 1],
      ['SIE', '2026-11-28', 2],
    ]);
    // With no period asked, each property's own last 7 days.
    const week = (await agent.get('/staff/flow').expect(200)).text;
    expect(text(/<p id="period-said">(.*?)<\/p>/s.exec(week)![1]!)).toContain('MIR: Mon, Nov 23 to Sun, Nov 29, New York time; SIE: Sun, Nov 22 to Sat, Nov 28, Mexico City time');
    expect(week).toContain('<a href="/staff/flow?preset=last-7-days" aria-current="true">Last 7 days</a>');
  });
});
