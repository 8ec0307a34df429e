// What a Spanish desk still read in English: the room types of Since yesterday's no-shows (the query
// gives the hotel file's English name) and an account's refusal on the admin page ("x is
// disabled"). Sierra Alta's desk works in Spanish (its staffLocale); Miramar's in English.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { bearer, login, startStaffApp } from './staff-helpers.ts';

const LUCIA = { username: 'lucia', password: 'lucia-password-12' };
const MARK = { username: 'mark', password: 'mark-password-12' };

describe('the Spanish desk reads its leftovers in Spanish', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add(LUCIA.username, LUCIA.password, 'admin', t.clock.now());
    await accounts.setHotels(LUCIA.username, ['SIE'], t.clock.now());
    await accounts.add(MARK.username, MARK.password, 'admin', t.clock.now());
    await accounts.setHotels(MARK.username, ['MIR'], t.clock.now());
    await accounts.add('sie-night', 'sie-night-password', 'staff', t.clock.now());
    await accounts.setHotels('sie-night', ['SIE'], t.clock.now());
    await accounts.disable('sie-night', t.clock.now());
    // Yesterday's arrivals at both properties, never marked arrived: today's no-shows.
    const token = await bearer(t);
    t.clock.set('2026-11-27T16:00:00Z');
    const book = (fields: Record<string, string>) =>
      request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`).send({ nights: '1', rooms: '1', payment: 'cash', guestName: 'Ana Ruiz', phone: '+52 55 1234 5678', ...fields }).expect(201);
    await book({ hotel: 'SIE', arrival: '2026-11-27', roomType: 'DBL' });
    await book({ hotel: 'MIR', arrival: '2026-11-27', roomType: 'DQ', phone: '(212) 555-0147' });
    t.clock.set('2026-11-28T16:00:00Z');
  });
  afterAll(() => t.close());

  it('names a no-show’s room type by the hotel file’s Spanish name on the Spanish desk, the English one on the English desk and in the API', async () => {
    const lucia = await login(t, LUCIA);
    const morning = await lucia.agent.get('/staff/morning').expect(200);
    expect(morning.text).toContain('1 habitación doble');
    expect(morning.text).not.toContain('Double Room');
    const mark = await login(t, MARK);
    expect((await mark.agent.get('/staff/morning').expect(200)).text).toContain('1 Double Queen room');
    const api = await lucia.agent.get('/api/morning').expect(200);
    expect(JSON.stringify(api.body)).toContain('"roomTypeName":"Double Room"');
  });

  it('says an account’s refusal in Spanish on the Spanish desk, in English on the English one and in the API', async () => {
    const lucia = await login(t, LUCIA);
    const refused = await lucia.agent.post('/staff/admin/tokens').type('form').send({ _csrf: lucia.csrf, username: 'sie-night' }).expect(400);
    expect(refused.text).toContain('La cuenta sie-night está desactivada: actívala primero');
    expect(refused.text).not.toContain('is disabled');
    const missing = await lucia.agent.post('/staff/admin/tokens').type('form').send({ _csrf: lucia.csrf, username: 'nadie' }).expect(400);
    expect(missing.text).toContain('No hay ninguna cuenta llamada nadie');
    const api = await lucia.agent.post('/api/tokens').set('X-CSRF-Token', lucia.csrf).send({ username: 'sie-night' }).expect(400);
    expect(api.body.message).toBe('sie-night is disabled: enable the account first');
  });
});
