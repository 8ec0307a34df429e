// Whole calls the earlier rounds did not cover: a price asked, a hang-up, and the call back that
// books; a guest who texts, then calls; groups over the room limit, with and without a group desk;
// a call just before midnight whose "today" becomes yesterday mid-call.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { callRow, reservations } from '../helpers/timeline.ts';

let t: TestApp;
afterEach(async () => t.close());

function hotelWith(extra: Record<string, unknown>): string {
  const demo = JSON.parse(readFileSync(new URL('../../src/hotel/demo-hotel.json', import.meta.url), 'utf8'));
  const file = join(mkdtempSync(join(tmpdir(), 'hotel-')), 'hotel.json');
  writeFileSync(file, JSON.stringify({ ...demo, ...extra }));
  return file;
}

describe('a price asked, a hang-up, a call back', () => {
  it('the first call ends abandoned with the rate said; the second books by voice', async () => {
    t = await startTestApp();
    const first = t.call({ from: '+12125550177' });
    await first.start();
    expect(heard(await first.say('how much is the deluxe king a night?', 0.95))).toMatch(/Deluxe King.*240 dollars/);
    await first.hangup();
    expect((await callRow(t.db, first.callSid))?.outcome).toBe('abandoned');

    const second = t.call({ from: '+12125550177' });
    await second.start();
    // One room of the type named, understood; the rooms held at once.
    expect(heard(await second.say('I want to book the deluxe king for december 10, two nights', 0.95))).toBe(
      "1 Deluxe King room, arriving Thursday, December 10, for 2 nights. Good news: it's available and on hold for you. May I have your full name?",
    );
    await second.say('Ana Torres', 0.95);
    await second.say('cash', 0.95);
    await second.say('this number', 0.95);
    expect(heard(await second.say('yes', 0.95))).toMatch(/^You're booked\./);
    expect((await reservations(t.db)).map((r) => [r.arrival, r.nights, r.payment_method])).toEqual([['2026-12-10', 2, 'cash']]);
  });
});

describe('a guest who texts, then calls', () => {
  it('the text conversation left half-way; the call starts afresh and books', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, '+12125550166');
    expect((await guest.send('do you have a room for december 12?')).text).toMatch(/room/i);
    const call = t.call({ from: '+12125550166' });
    expect(heard(await call.start())).toMatch(/^Hello, this is Hotel Miramar\./);
    await call.press('1');
    await call.press('1212');
    await call.press('2');
    await call.press('1');
    await call.press('2#');
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^You're booked\./);
  });
});

describe('groups over the room limit', () => {
  it('without a group desk: "eight rooms" goes to the front desk, told why, the desk told it is a group', async () => {
    t = await startTestApp();
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.press('1210');
    await call.press('2');
    const turn = await call.say('eight rooms', 0.95);
    expect(heard(turn)).toBe('8 rooms. For more than 5 rooms, the front desk will help you. Connecting you now.');
    expect(turn.dial?.targets[0]?.number).toBe('+15557654321');
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('A group request for more than 5 rooms.');
  });

  it('with a group desk: "we need 12 rooms for december 10 for a wedding" at the greeting rings the group desk', async () => {
    t = await startTestApp({ hotelFile: hotelWith({ groupDesk: '+15557650000' }) });
    const call = t.call();
    await call.start();
    const turn = await call.say('we need 12 rooms for december 10 for a wedding', 0.95);
    expect(turn.waitingFor).toBe('dial');
    expect(turn.dial?.targets[0]?.number).toBe('+15557650000');
    const desk = await deskScreens(t.baseUrl, call, '1');
    expect(desk.whisperText).toContain('A group request for more than 5 rooms.');
    expect(desk.whisperText).toMatch(/12 rooms/);
  });

  it('in Spanish, with a group desk: "somos un grupo, necesitamos 10 habitaciones" rings the group desk', async () => {
    t = await startTestApp({ hotelFile: hotelWith({ groupDesk: '+15557650000' }) });
    const call = t.call();
    await call.start();
    await call.press('9');
    const turn = await call.say('somos un grupo, necesitamos 10 habitaciones', 0.95);
    expect(turn.waitingFor).toBe('dial');
    expect(turn.dial?.targets[0]?.number).toBe('+15557650000');
  });
});

describe('a call just before midnight', () => {
  it('"today" at 23:59; after midnight the 28th has passed: asked again, and "today" is the 29th', async () => {
    const clock = testClock('2026-11-29T04:59:00Z'); // 23:59 Saturday in New York
    t = await startTestApp({ clock });
    const call = t.call();
    await call.start();
    await call.press('1');
    expect(heard(await call.say('today', 0.95))).toMatch(/^Arriving today, Saturday, November 28\./);
    clock.set('2026-11-29T05:01:00Z'); // 00:01 Sunday
    // The 28th is over: the stay is not held (nor booked) on a past day; the date is asked again.
    expect(heard(await call.press('2'))).toBe('Saturday, November 28 has already passed. When do you arrive? Say the date, or key in month and day as 4 digits.');
    expect(heard(await call.say('today', 0.95))).toMatch(/^Arriving today, Sunday, November 29\./);
    await call.press('1');
    expect(heard(await call.press('1#'))).toMatch(/^Good news/);
  });

  it('at the read-back across midnight: "1" books no stay on a day gone; the date asked again', async () => {
    const clock = testClock('2026-11-29T04:55:00Z'); // 23:55 Saturday in New York
    t = await startTestApp({ clock });
    const call = t.call();
    await call.start();
    await call.press('1');
    await call.say('tonight', 0.95);
    await call.press('2');
    await call.press('1');
    await call.press('1#');
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^For Ana Torres: 1 Deluxe King room, 1 night from Saturday, November 28: 240 dollars/);
    clock.set('2026-11-29T05:02:00Z');
    expect(heard(await call.press('1'))).toMatch(/^Saturday, November 28 has already passed\. When do you arrive\?/);
    expect(await reservations(t.db)).toEqual([]);
  });
});
