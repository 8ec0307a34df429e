// What the desk's screen shows while a caller is being put through: the overview lists each call
// ringing the front desk now with what the whisper says — who (their name from their last
// reservation), why they were sent, what they had given, their last reservation (its page a click
// away) — and /api/today gives the same. The overview showed only a count ("With the front desk 1")
// and a calls list whose row said "in progress".

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import type { CallSession } from '../../src/softphone/call-session.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const panel = (page: string) => /<section id="with-desk-now"[^>]*>(.*?)<\/section>/s.exec(page)![1]!;

describe('a call ringing the front desk, on the overview', () => {
  let t: TestApp;
  let ringing: CallSession;
  let reservationId: number;

  beforeAll(async () => {
    const numbers = ['73310042'];
    t = await startStaffApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
    // 10:00: Ana books a Deluxe King for December 4; 10:05 she calls again, asks for 1 room, 3 nights from December 12, and presses 0.
    const booking = t.call({ from: '+12125550111' });
    await bookByKeys(booking, { date: '1204', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    await booking.hangup();
    reservationId = Number((await t.db.get<{ id: number }>('SELECT id FROM reservations'))!.id);
    t.clock.set('2026-11-28T15:05:00Z');
    ringing = t.call({ from: '+12125550111' });
    await askForStay(ringing, { date: '1212', roomType: '3', rooms: '1', nights: '3#' });
    expect((await ringing.press('0')).dial).toBeTruthy();
  });
  afterAll(() => t?.close());

  it('says who is calling, why, what they gave and their last reservation', async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff').expect(200)).text;
    expect(text(panel(page))).toBe(
      'Ringing the front desk now: 1 10:05 (212) 555-0111 Ana Torres asked for a person; gave: 1 Double Queen room, 3 nights from Sat, Dec 12; last reservation 73310042, arriving Fri, Dec 4, booked',
    );
    expect(panel(page)).toContain(`href="/staff/calls/${ringing.callSid}"`);
    expect(panel(page)).toContain(`href="/staff/reservations/${reservationId}"`);
    const api = (await agent.get('/api/today').expect(200)).body as { withDesk: { callSid: string; guestName: string; why: string; collected: string }[] };
    expect(api.withDesk.map((c) => [c.callSid, c.guestName, c.why, c.collected])).toEqual([[ringing.callSid, 'Ana Torres', 'asked for a person', '1 Double Queen room, 3 nights from Sat, Dec 12']]);
    // The live poll changes when a call starts or stops ringing, so the open overview fetches the list again.
    expect((await agent.get('/staff/live').expect(200)).body.withDeskCalls).toBe(ringing.callSid);
  });

  it('is empty once the desk has taken the call', async () => {
    await ringing.dialResult('completed');
    const { agent } = await login(t);
    const page = (await agent.get('/staff').expect(200)).text;
    expect(panel(page)).toBe('');
    expect((await agent.get('/staff/live').expect(200)).body.withDeskCalls).toBe('');
  });
});
