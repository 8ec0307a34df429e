// "Book for this caller" from a call that settled no name: the form is filled with the name heard
// on the call (at the name question though not confirmed, or in the voicemail), as the callbacks
// worklist shows it, said to be unconfirmed, and the clerk may correct it before booking. The form
// came up with the name empty, though the worklist beside it named the guest.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import type { Agent } from './staff-helpers.ts';
import { STAFF, login, startStaffApp } from './staff-helpers.ts';

const nameField = (page: string) => /<input id="guestName"[^>]*>/.exec(page)![0];

describe("'Book for this caller' and the name heard on the call", () => {
  let t: TestApp;
  let clerk: { agent: Agent; csrf: string };
  const calls: Record<'unsure' | 'voicemail' | 'nameless' | 'atMenu', string> = { unsure: '', voicemail: '', nameless: '', atMenu: '' };

  beforeAll(async () => {
    t = await startStaffApp();
    /** 0 for the desk, which does not answer; then a voicemail. */
    const toVoicemail = async (call: ReturnType<TestApp['call']>, transcript: string) => {
      await call.press('0');
      await call.dialResult('no-answer');
      await call.press('1');
      await call.record({ transcript });
      return call.callSid;
    };
    // The name said with low confidence at the name question; then 0 before confirming it.
    const unsure = t.call({ from: '+12125550911' });
    await askForStay(unsure);
    await unsure.say('Maria Lopez', 0.3);
    calls.unsure = await toVoicemail(unsure, 'Please call me back.');
    // The stay by keys, the desk asked for before the name; the name is in the voicemail.
    const voicemail = t.call({ from: '+12125550912' });
    await askForStay(voicemail);
    calls.voicemail = await toVoicemail(voicemail, 'Hello, my name is Rosa Diaz, please call me about the room');
    // No name anywhere.
    const nameless = t.call({ from: '+12125550913' });
    await askForStay(nameless);
    calls.nameless = await toVoicemail(nameless, 'Call me back please.');
    // Asked for a person at the menu, before saying what they wanted; named themselves in the voicemail.
    const atMenu = t.call({ from: '+525512345614' });
    await atMenu.start();
    await atMenu.press('9');
    calls.atMenu = await toVoicemail(atMenu, 'Hola, habla Jorge Ruiz, llámenme para una habitación');
    clerk = await login(t, STAFF);
  });
  afterAll(() => t?.close());

  it('fills in the name said at the name question, saying it was not confirmed', async () => {
    const page = (await clerk.agent.get(`/staff/reservations/new?call=${calls.unsure}`).expect(200)).text;
    expect(nameField(page)).toContain('value="Maria Lopez"');
    expect(nameField(page)).toContain('aria-describedby="guestName-heard"');
    expect(page).toContain('Heard on the call, not confirmed: check the spelling with the guest.');
  });

  it("fills in the name in the voicemail, from the callback request's link too", async () => {
    const callback = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [calls.voicemail]))!.id;
    const page = (await clerk.agent.get(`/staff/reservations/new?call=${calls.voicemail}&callback=${callback}`).expect(200)).text;
    expect(nameField(page)).toContain('value="Rosa Diaz"');
  });

  it('leaves the name empty when none was heard', async () => {
    const page = (await clerk.agent.get(`/staff/reservations/new?call=${calls.nameless}`).expect(200)).text;
    expect(nameField(page)).toContain('value=""');
    expect(page).not.toContain('Heard on the call');
  });

  it('books under the name as the clerk corrected it', async () => {
    const page = (await clerk.agent.get(`/staff/reservations/new?call=${calls.unsure}`).expect(200)).text;
    const field = (name: string) => new RegExp(`<(?:input|select)[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(page)?.[1] ?? '';
    const sent = await clerk.agent
      .post('/staff/reservations/new')
      .type('form')
      .send({ _csrf: clerk.csrf, call: calls.unsure, arrival: field('arrival'), nights: field('nights'), roomType: 'DLX', rooms: field('rooms'), guestName: 'María López', payment: 'cash', phone: field('phone') });
    expect(sent.status, sent.text.slice(0, 2000)).toBe(303);
    expect(await t.db.get('SELECT guest_name, call_sid FROM reservations WHERE call_sid = ?', [calls.unsure])).toEqual({ guest_name: 'María López', call_sid: calls.unsure });
  });

  it('offers Book for this caller on the worklist for a caller who had not said what they wanted yet, named as heard', async () => {
    const callback = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [calls.atMenu]))!.id;
    const worklist = (await clerk.agent.get('/staff/callbacks').expect(200)).text;
    const href = `/staff/reservations/new?call=${calls.atMenu}&amp;callback=${callback}`;
    expect(worklist).toContain(`href="${href}">Book for this caller</a>`);
    const page = (await clerk.agent.get(href.replace('&amp;', '&')).expect(200)).text;
    expect(nameField(page)).toContain('value="Jorge Ruiz"');
    expect(page).toContain('value="+52 55 1234 5614"');
    expect(page).toContain(`name="callback" value="${callback}"`);
  });
});
