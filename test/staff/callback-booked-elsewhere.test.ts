// A callback request's reservation is found by the caller's number (the number a reservation was
// made for). A guest whose reservation someone else booked for them, giving the guest's number,
// calls and leaves a voicemail: the row shows that reservation and says it was booked from another
// number (the booker's, a dial link), numbers compared in the one form they are kept in
// (src/calls/caller-number.ts, callerKey); a guest who booked from their own phone reads no such
// words, whatever form their phone sent the number in. English and Spanish.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys } from '../helpers/scripted-calls.ts';
import { STAFF, leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';

const PEDRO = '+13055550188';
const ANA = '+12125550199';
/** Olga's Mexican mobile, which her phone sent with the retired "1" when she booked. */
const OWN = '+525598765432';
const OWN_RETIRED_FORM = '+5215598765432';

describe('a callback row whose reservation was booked from another number', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp();
    // Pedro books for Ana from his phone, giving hers; Olga books from her own.
    const pedro = t.call({ from: PEDRO });
    await askForStay(pedro, { date: '1204' });
    await pedro.say('Ana Torres', 0.95);
    await pedro.press('1');
    await pedro.press('2125550199#');
    await pedro.press('1');
    await pedro.press('1');
    await pedro.hangup();
    await bookByKeys(t.call({ from: OWN_RETIRED_FORM }), { date: '1205', name: 'Olga Own' });
    expect(await t.db.all('SELECT callback_number, guest_name FROM reservations ORDER BY id')).toEqual([
      { callback_number: ANA, guest_name: 'Ana Torres' },
      { callback_number: OWN, guest_name: 'Olga Own' },
    ]);
    t.clock.advance(60_000);
    await leaveVoicemail(t, { from: ANA, transcript: 'This is Ana, is my room still booked?' });
    // Olga calls from the same line, sent without the retired "1": the same number, kept in one form.
    await leaveVoicemail(t, { from: OWN, transcript: 'Olga here, call me back.' });
  });
  afterAll(async () => t?.close());

  it('says whose number booked it on the row of the guest booked for, and nothing on the one who booked from their own', async () => {
    const { agent, csrf } = await login(t, STAFF);
    const page = (await agent.get('/staff/callbacks').expect(200)).text;
    const row = (needle: string) => {
      const at = page.indexOf(needle);
      return page.slice(page.lastIndexOf('<tr id="callback-', at), page.indexOf('</tr>', at));
    };
    const ana = row('This is Ana');
    expect(ana).toMatch(/Has <a href="\/staff\/reservations\/\d+">reservation \d+<\/a> <span class="booked-elsewhere">\(booked from another number: <a href="\/staff\/guest\?phone=%2B13055550188" class="phone">\(305\) 555-0188<\/a> <a href="tel:\+13055550188"/);
    const olga = row('Olga here');
    expect(olga).toContain('Has <a href="/staff/reservations/');
    expect(olga).not.toContain('booked from another number');

    await agent.post('/staff/language').type('form').send({ _csrf: csrf, lang: 'es', next: '/staff' });
    const es = (await agent.get('/staff/callbacks').expect(200)).text;
    expect(es).toContain('(reservada desde otro número: ');
    expect(es.match(/reservada desde otro número/g)).toHaveLength(1);
  });
});
