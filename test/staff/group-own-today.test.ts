// A group account looking at all its properties, in two time zones, at an hour where their dates
// differ: 00:30 on Sunday in New York (Hotel Miramar) is still 23:30 on Saturday in Mexico City
// (Hotel Sierra Alta, whose callers are promised a call back within 30 minutes). The overview's
// figures for a period, the calls page's Today and Yesterday, the callbacks page's promise and the
// reservations page's default day are each property's own; they were the first property's.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|’/g, "'").replace(/\s+/g, ' ').trim();

describe("a group's console while its properties' dates differ", () => {
  let t: TestApp;
  const sids: Record<string, string> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'group-own-today-'));
    writeFileSync(join(dir, 'miramar.json'), readFileSync(join(DEMO_GROUP, 'miramar.json')));
    const sierra = JSON.parse(readFileSync(join(DEMO_GROUP, 'sierra.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'sierra.json'), JSON.stringify({ ...sierra, callbackPromiseMinutes: 30 }));
    // Saturday 28 November, 10:00 in New York, 09:00 in Mexico City: a booking at each.
    t = await startStaffApp({ hotelsDir: dir });
    const sofia = t.call({ to: SIERRA, from: '+525512345699' });
    await bookByKeys(sofia, { date: '1128', roomType: '1', rooms: '1', nights: '1#', name: 'Sofía Sierra' });
    await sofia.hangup();
    sids.sofia = sofia.callSid;
    const mia = t.call({ to: MIRAMAR, from: '+12125550199' });
    await bookByKeys(mia, { date: '1129', roomType: '1', rooms: '1', nights: '1#', name: 'Mia Miramar' });
    await mia.hangup();
    sids.mia = mia.callSid;
    // 23:20 on Saturday in Mexico City (00:20 on Sunday in New York): a caller hangs up.
    t.clock.set('2026-11-29T05:20:00Z');
    const late = t.call({ to: SIERRA, from: '+525512340000' });
    await late.start();
    await late.hangup();
    sids.lateSierra = late.callSid;
    // 00:25 on Sunday in New York: a caller leaves a voicemail.
    t.clock.set('2026-11-29T05:25:00Z');
    sids.earlyMiramar = (await leaveVoicemail(t, { from: '+12125550000', to: MIRAMAR, transcript: 'Call me back please.' })).callSid;
    t.clock.set('2026-11-29T05:30:00Z');
  });
  afterAll(() => t?.close());

  it("counts the overview's figures for Today over each property's own today, and says so", async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff?preset=today').expect(200)).text;
    // Sierra Alta's Saturday: Sofía's booking and the late hang-up; Miramar's Sunday: the voicemail.
    // Mia's booking was Miramar's Saturday. (New York's Sunday for both counted 2.)
    const calls = /<dt>Calls<\/dt><dd>(\d+)<\/dd>/.exec(page)![1];
    expect(calls).toBe('3');
    expect(/<dt>Bookings<\/dt><dd>(\d+)<\/dd>/.exec(page)![1]).toBe('1');
    expect(text(/<p class="muted small" id="period-said">(.*?)<\/p>/s.exec(page)![1]!)).toBe(
      "Phone calls that started on each property's own days (MIR: Sun, Nov 29, New York time; SIE: Sat, Nov 28, Mexico City time); text conversations are counted apart.",
    );
    // The presets name the period, for each property to take on its own today; the one shown is marked.
    expect(page).toContain('<a href="/staff?preset=today" aria-current="true">Today</a>');
    expect(page).toContain('<a href="/staff?preset=yesterday">Yesterday</a>');
    // Its outcomes lead to the same calls.
    expect(page).toContain('href="/staff/calls?preset=today&amp;outcome=booked"');
  });

  it("defaults the overview's figures to each property's own last 7 days", async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff').expect(200)).text;
    expect(/<dt>Calls<\/dt><dd>(\d+)<\/dd>/.exec(page)![1]).toBe('4');
    expect(text(/id="period-said">(.*?)<\/p>/s.exec(page)![1]!)).toContain('MIR: Mon, Nov 23 to Sun, Nov 29, New York time; SIE: Sun, Nov 22 to Sat, Nov 28, Mexico City time');
    expect(page).toContain('<a href="/staff?preset=last-7-days" aria-current="true">Last 7 days</a>');
  });

  it("lists the calls of Today and Yesterday on each property's own today", async () => {
    const { agent } = await login(t);
    const calls = (await agent.get('/staff/calls').expect(200)).text;
    expect(calls).toContain('<a href="/staff/calls?preset=today">Today</a>');
    const listed = (html: string) => [...html.matchAll(/<td data-label="Started"><a href="\/staff\/calls\/(\w+)">/g)].map((m) => m[1]);
    const today = (await agent.get('/staff/calls?preset=today').expect(200)).text;
    expect(listed(today)).toEqual([sids.earlyMiramar, sids.lateSierra, sids.sofia]);
    expect(text(today)).toContain("Today: each property's own, on its own today (MIR Sun, Nov 29, SIE Sat, Nov 28).");
    // The filter form keeps the preset, so filtering by outcome stays on each one's today.
    expect(today).toContain('<input type="hidden" name="preset" value="today">');
    const booked = (await agent.get('/staff/calls?preset=today&outcome=booked').expect(200)).text;
    expect(listed(booked)).toEqual([sids.sofia]);
    const yesterday = (await agent.get('/staff/calls?preset=yesterday').expect(200)).text;
    expect(listed(yesterday)).toEqual([sids.mia]);
    // The API takes the same preset.
    const api = (await agent.get('/api/calls?preset=today').expect(200)).body as { calls: { callSid: string }[] };
    expect(api.calls.map((c) => c.callSid)).toEqual([sids.earlyMiramar, sids.lateSierra, sids.sofia]);
  });

  it("says each property's own callback promise", async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    expect(text(/<p class="muted small" id="callback-promise">(.*?)<\/p>/s.exec(page)![1]!)).toMatch(
      /^Callers are promised a call back MIR within the hour, SIE within 30 minutes \(or of that desk's opening\)\./,
    );
  });

  it("lists reservations on each property's own today when no date is asked, each in its own clock", async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff/reservations').expect(200)).text;
    expect(text(/<h2>(.*?)<\/h2>/s.exec(page)![1]!)).toBe('Arrivals, today at each property (MIR Sun, Nov 29, SIE Sat, Nov 28)');
    const rows = [...page.matchAll(/<tr id="reservation-\d+"[^>]*>(.*?)<\/tr>/gs)].map((m) => text(m[1]!));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.includes('Mia Miramar'))).toMatch(/MIR .* today 18:00 /);
    // Sofía booked on the day: her hold ran out at 15:00 on her Saturday, Sierra Alta's today (16:00 in New York, its yesterday).
    expect(rows.find((r) => r.includes('Sofía Sierra'))).toMatch(/SIE .* released today 15:00 /);
    // In its own currency: pesos, not the first property's dollars.
    expect(rows.find((r) => r.includes('Sofía Sierra'))).toContain('MX$3,200.00');
    const api = (await agent.get('/api/reservations').expect(200)).body as { dates: { hotel: string; date: string }[]; reservations: unknown[] };
    expect(api.dates).toEqual([
      { hotel: 'MIR', date: '2026-11-29' },
      { hotel: 'SIE', date: '2026-11-28' },
    ]);
    expect(api.reservations).toHaveLength(2);
  });
});
