// A parameter's value that names what every JavaScript object has ('constructor', '__proto__',
// 'toString', 'hasOwnProperty') is not a value it may take. `lang=constructor` passed the language
// check (`v in ALIASES`) and the query then threw: a 500 on the calls list, its page and the CSV
// export; `outcome=constructor` found Object's own and filtered nothing: every call listed as found.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bearer, fillWithCalls, login, startStaffApp } from '../staff/staff-helpers.ts';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** Where each choice-from-a-list parameter is taken. */
const CHOICES: [path: string, parameter: string][] = [
  ['/api/calls', 'lang'],
  ['/api/calls', 'outcome'],
  ['/api/calls', 'channel'],
  ['/api/calls', 'preset'],
  ['/api/calls.csv', 'lang'],
  ['/api/calls.csv', 'outcome'],
  ['/api/reservations', 'list'],
  ['/api/callbacks', 'status'],
  ['/api/outbox', 'status'],
  ['/api/stats', 'preset'],
  ['/api/calls', 'hotel'],
  ['/api/reservations', 'hotel'],
];

describe('parameters named like what every object has', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startStaffApp();
    await fillWithCalls(t);
    token = await bearer(t);
  }, 60_000);
  afterAll(async () => t.close());

  it('refuses them in the API with 400 naming the parameter', async () => {
    for (const [path, parameter] of CHOICES) {
      for (const value of INHERITED) {
        const res = await request(t.baseUrl).get(`${path}?${parameter}=${value}`).set('Authorization', `Bearer ${token}`);
        expect(res.status, `${path}?${parameter}=${value}: ${res.text.slice(0, 120)}`).toBe(400);
        expect(res.body.parameter, `${path}?${parameter}=${value}`).toBe(parameter);
      }
    }
  });

  it('answers the calls page with a 400 page, not a server error', async () => {
    const { agent } = await login(t);
    for (const parameter of ['lang', 'outcome']) {
      for (const value of INHERITED) {
        const page = await agent.get(`/staff/calls?${parameter}=${value}`);
        expect(page.status, `/staff/calls?${parameter}=${value}`).toBe(400);
        expect(page.text).toContain(parameter);
      }
    }
    // The real values still filter.
    const spanish = await request(t.baseUrl).get('/api/calls?lang=es').set('Authorization', `Bearer ${token}`).expect(200);
    expect(spanish.body.total).toBe(1);
    const booked = await request(t.baseUrl).get('/api/calls?outcome=booked').set('Authorization', `Bearer ${token}`).expect(200);
    expect(booked.body.total).toBe(1);
  });
});
