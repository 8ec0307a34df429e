// A call's outcome reaches a page as its key, said in the page's words table: never the API's
// English label translated back by comparing strings. The API, the CSV and the terminal keep the
// English label; a stored outcome the code does not know stays as stored in either language.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { OUTCOMES, outcomeKey, outcomeLabel, outcomeWords } from '../../src/staff/outcomes.ts';
import { EN } from '../../src/staff/words-en.ts';
import { ES } from '../../src/staff/words-es.ts';
import type { TestApp } from '../helpers/app.ts';
import { leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

describe('an outcome said from its key', () => {
  it('says each outcome, and the three states before one, from the words table of the language', () => {
    for (const o of OUTCOMES) {
      expect(outcomeWords(outcomeKey(o, true, false), ES)).toBe(ES.outcomes[o]);
      expect(outcomeLabel(o, true, false)).toBe(EN.outcomes[o]);
    }
    expect(outcomeWords(outcomeKey(null, true, false), ES)).toBe('sin resultado');
    expect(outcomeWords(outcomeKey(null, false, true), ES)).toBe('en curso');
    expect(outcomeWords(outcomeKey(null, false, false), ES)).toBe('sin respuesta');
    expect([outcomeLabel(null, true, false), outcomeLabel(null, false, true), outcomeLabel(null, false, false)]).toEqual(['no outcome', 'in progress', 'gone quiet']);
  });

  it('leaves a stored outcome it does not know as stored, even one that reads like an English label', () => {
    // Translating the label back took "no outcome", stored, for the state "no outcome" ("sin resultado").
    expect(outcomeWords(outcomeKey('no outcome', true, false), ES)).toBe('no outcome');
    expect(outcomeWords(outcomeKey('overbooked', true, false), ES)).toBe('overbooked');
    expect(outcomeLabel('overbooked', true, false)).toBe('overbooked');
  });
});

describe('outcomes on a Spanish desk’s pages, and in the API', () => {
  let t: TestApp;
  let callSid = '';

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add('lucia', 'lucia-password-1', 'staff', t.clock.now());
    await accounts.setHotels('lucia', ['SIE'], t.clock.now());
    t.clock.set('2026-11-28T22:20:00Z');
    callSid = (await leaveVoicemail(t, { to: SIERRA, from: '+525533334444', transcript: 'Hola, habla Carmen' })).callSid;
  });
  afterAll(() => t.close());

  it('says the outcome in Spanish on the guest’s page, the calls list and the call’s page', async () => {
    const lucia = await login(t, { username: 'lucia', password: 'lucia-password-1' });
    const guest = (await lucia.agent.get('/staff/guest').query({ phone: '+525533334444' }).expect(200)).text;
    expect(guest).toContain('<span class="badge callback">buzón/regresar llamada</span>');
    expect(guest).toContain('<h2>Llamadas y mensajes</h2>');
    expect(guest).not.toContain('voicemail/callback');
    const list = (await lucia.agent.get('/staff/calls').expect(200)).text;
    expect(list).toContain('<span class="badge callback">buzón/regresar llamada</span>');
    const call = (await lucia.agent.get(`/staff/calls/${callSid}`).expect(200)).text;
    expect(call).toContain('<span class="badge callback">buzón/regresar llamada</span>');
  });

  it('keeps the English label in the API, with no key of the pages beside it', async () => {
    const lucia = await login(t, { username: 'lucia', password: 'lucia-password-1' });
    const listed = (await lucia.agent.get('/api/calls').expect(200)).body as { calls: Record<string, unknown>[] };
    expect(listed.calls[0]).toMatchObject({ outcome: 'callback', outcomeLabel: 'voicemail/callback' });
    expect(listed.calls[0]).not.toHaveProperty('outcomeKey');
    const one = (await lucia.agent.get(`/api/calls/${callSid}`).expect(200)).body as Record<string, unknown>;
    expect(one).not.toHaveProperty('outcomeKey');
    expect(one.outcomeLabel).toBe('voicemail/callback');
  });
});
