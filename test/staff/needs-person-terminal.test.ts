// The terminal view's "calls that need a person" (src/staff/terminal.ts, terminal-today.ts): the
// overview's list, read from the same database without the web console, printed as plain text —
// the same calls as GET /api/today, why each needs a person and what it wanted, a guest's name
// with a terminal escape in it taken out (never sent to the terminal). Real calls through the signed webhooks.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { needsPersonText } from '../../src/staff/terminal.ts';
import { terminalNeedsPerson } from '../../src/staff/terminal-today.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { bearer, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

describe("the terminal's calls that need a person", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('prints the overview\'s list: the same calls as /api/today, why, what they wanted, the command to open each', async () => {
    t = await startStaffApp();
    const today = new HotelClock('America/New_York').today(t.clock.now());
    const arrival = addDaysIso(today, 10);
    // A caller gives the stay, asks for a person, leaves a voicemail.
    const wanted = t.call({ from: '+13055550111' });
    await askForStay(wanted, { date: arrival.slice(5, 7) + arrival.slice(8, 10), roomType: '2', rooms: '1', nights: '2#' });
    await wanted.press('0');
    await wanted.dialResult('no-answer');
    await wanted.press('1');
    await wanted.record({ transcript: 'Call me back please.' });
    t.clock.advance(60_000);
    // Another asks for a person and hangs up unanswered; the name known for the number carries an escape.
    await t.db.run(
      `INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total, currency, guest_name,
         payment_method, callback_number, locale, hold_until, status, created_at, updated_at)
       SELECT '19999999', h.id, t.id, '2026-01-05', '2026-01-06', 1, 1, 130, 130, 'USD', ?, 'cash', '+14155550122', 'en-US', '2026-01-05T23:00:00.000Z', 'arrived', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
         FROM hotels h JOIN room_types t ON t.hotel_id = h.id WHERE t.code = 'STD'`,
      ['Eve\u001b[2J'],
    );
    const missed = t.call({ from: '+14155550122' });
    await missed.start();
    await missed.press('0');
    await missed.dialResult('no-answer');
    await missed.hangup();

    const hotels = (await loadHotelDirectory(t.db)).all;
    const listed = await terminalNeedsPerson(t.db, hotels, t.clock.now());
    const api = await request(t.baseUrl).get('/api/today').set('Authorization', `Bearer ${await bearer(t)}`).expect(200);
    expect(listed).toEqual(api.body.needsPerson);
    expect(listed.calls.map((c) => c.callSid)).toEqual([missed.callSid, wanted.callSid]);

    const text = needsPersonText(listed);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Calls that need a person today (${today}, America/New_York): 2`);
    // The escape taken out, a break where it stood between two visible characters (src/privacy/redact.ts, a10293b).
    expect(text).toContain('(415) 555-0122   Eve [2J: hung up (asked for a person; the desk did not answer)');
    expect(text).toContain('(305) 555-0111   name not given: left a voicemail');
    expect(text).toMatch(/wanted 1 Deluxe King room, 2 nights from \w{3}, \w{3} \d{1,2}/);
    expect(text).toContain(`npm run calls -- show ${wanted.callSid}`);
    expect(text).not.toContain('\u001b');

    // The newest one only: the rest are a command away.
    const one = needsPersonText(await terminalNeedsPerson(t.db, hotels, t.clock.now(), 1));
    expect(one).toContain(`and 1 more: npm run calls -- --outcome follow-up --from ${today} --to ${today} --channel voice`);
  });

  it("says a group's property on each line, and lists one property's only when given one", async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    for (const to of [MIRAMAR, SIERRA]) {
      const call = t.call({ from: to === MIRAMAR ? '+12125550133' : '+525512340000', to });
      await call.start();
      await call.hangup();
      t.clock.advance(60_000);
    }
    const hotels = (await loadHotelDirectory(t.db)).all;
    const all = needsPersonText(await terminalNeedsPerson(t.db, hotels, t.clock.now()), true);
    expect(all).toContain(': 2');
    expect(all).toMatch(/ SIE {2}.*hung up before an outcome/);
    expect(all).toMatch(/ MIR {2}.*hung up before an outcome/);
    const sierra = await terminalNeedsPerson(t.db, hotels.filter((h) => h.code === 'SIE'), t.clock.now());
    expect(sierra.timezone).toBe('America/Mexico_City');
    expect(sierra.calls.map((c) => c.hotel)).toEqual(['SIE']);
  });
});
