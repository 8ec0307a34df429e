// The console's two words tables, and which one a request gets: every English entry has its
// Spanish one (and says something else); dates and amounts as a Mexican desk writes them; the
// language chosen by the properties an account sees, or by the browser; the JSON API in English.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moneyOf } from '../../src/staff/context.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { runInLanguage } from '../../src/staff/desk-language.ts';
import { EN } from '../../src/staff/words-en.ts';
import { ES } from '../../src/staff/words-es.ts';
import { dayDate, stayRange } from '../../src/staff/words.ts';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';

/** Every entry of a table, by its path ("overview.needPerson"): a string, or a function's result for sample arguments. */
function entries(table: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
    const at = path ? `${path}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of entries(value, at)) out.set(k, v);
    else out.set(at, value);
  }
  return out;
}

describe('the console’s words tables', () => {
  const en = entries(EN);
  const es = entries(ES);

  it('has a Spanish entry for every English one, of the same kind, and none more', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of en) {
      expect(typeof es.get(key), key).toBe(typeof value);
      if (typeof value === 'string') expect((es.get(key) as string).length, key).toBeGreaterThan(0);
      if (typeof value === 'function') expect((es.get(key) as (...a: unknown[]) => unknown).length, key).toBe(value.length);
    }
  });

  it('says most things differently in Spanish: not a table copied from the English', () => {
    const same = [...en].filter(([key, value]) => typeof value === 'string' && es.get(key) === value).map(([key]) => key);
    // Words both languages write alike ("no", "Total", "min"…) are few.
    expect(same.length).toBeLessThan(en.size / 20);
  });

  it('writes dates and amounts as a Mexican desk does', () => {
    runInLanguage('es', () => {
      expect(dayDate('2026-12-07')).toBe('lun 7 dic');
      expect(stayRange('2026-12-07', '2026-12-09')).toBe('7–9 dic');
      expect(stayRange('2026-12-30', '2027-01-02')).toBe('30 dic–2 ene');
      expect(moneyOf('MXN').format(1250)).toBe('$1,250.00 MXN');
      expect(moneyOf('USD').format(1250)).toBe('$1,250.00 USD');
    });
    // Outside a Spanish page (the API, the terminal): as before.
    expect(dayDate('2026-12-07')).toBe('Mon, Dec 7');
    expect(moneyOf('MXN').format(1250)).toBe('MX$1,250.00');
  });
});

describe('which language a clerk’s pages are in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add('lucia', 'lucia-password-1', 'staff', t.clock.now());
    await accounts.setHotels('lucia', ['SIE'], t.clock.now());
    await accounts.add('mike', 'mike-password-12', 'staff', t.clock.now());
    await accounts.setHotels('mike', ['MIR'], t.clock.now());
    t.clock.set('2026-11-28T22:20:00Z');
    await leaveVoicemail(t, { to: SIERRA, from: '+525533334444', transcript: 'Hola, habla Carmen' });
  });
  afterAll(() => t.close());

  it('is Spanish for an account that sees only Sierra, English for Miramar’s and for the whole group’s', async () => {
    const lucia = await login(t, { username: 'lucia', password: 'lucia-password-1' });
    expect((await lucia.agent.get('/staff').expect(200)).text).toContain('<html lang="es-MX">');
    const mike = await login(t, { username: 'mike', password: 'mike-password-12' });
    expect((await mike.agent.get('/staff').expect(200)).text).toContain('<html lang="en">');
    const admin = await login(t, ADMIN);
    expect((await admin.agent.get('/staff').expect(200)).text).toContain('<html lang="en">');
  });

  it('follows the browser’s choice, on the login form too, and refuses a language it does not have', async () => {
    const mike = await login(t, { username: 'mike', password: 'mike-password-12' });
    await mike.agent.post('/staff/language').type('form').send({ _csrf: mike.csrf, lang: 'es', next: '/staff/calls' }).expect(303).expect('Location', '/staff/calls');
    const calls = await mike.agent.get('/staff/calls').expect(200);
    expect(calls.text).toContain('<h1>Llamadas</h1>');
    const refused = await mike.agent.post('/staff/language').type('form').send({ _csrf: mike.csrf, lang: 'fr' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<html lang="es-MX">');
    // Before login: the "Español" link of the form.
    const form = await request(t.baseUrl).get('/staff/login?lang=es').expect(200);
    expect(form.text).toContain('<label for="username">Usuario</label>');
    expect(String(form.headers['set-cookie'])).toContain('conserje_lang=es');
    expect((await request(t.baseUrl).get('/staff/login').expect(200)).text).toContain('<label for="username">Username</label>');
  });

  it('leaves the JSON API in English for a Spanish desk', async () => {
    const lucia = await login(t, { username: 'lucia', password: 'lucia-password-1' });
    const today = await lucia.agent.get('/api/today').expect(200);
    const body = today.body as { needsPerson: { calls: { why: string }[] } };
    expect(body.needsPerson.calls[0]!.why).toBe('left a voicemail');
  });
});
