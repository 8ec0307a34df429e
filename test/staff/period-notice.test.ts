// The overview's `notice` (what an action done from it did) is the page's alone: the API's periods
// (/api/stats, /api/flow, the booked-value CSV) refuse it as any parameter they do not take, while
// the overview still says the notice it is sent back with.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, bearer, login, startStaffApp } from './staff-helpers.ts';

describe('the notice parameter of a period', () => {
  let t: TestApp;
  let auth = '';

  beforeAll(async () => {
    t = await startStaffApp();
    auth = `Bearer ${await bearer(t)}`;
  });
  afterAll(() => t.close());

  it.each(['/api/stats', '/api/flow', '/api/stats/booked.csv'])('%s answers 400 to a notice, naming it', async (path) => {
    const res = await request(t.baseUrl).get(`${path}?preset=today&notice=callback-done`).set('Authorization', auth).expect(400);
    expect(res.body).toEqual({ error: 'bad_parameter', parameter: 'notice', message: 'unknown parameter "notice"' });
    await request(t.baseUrl).get(`${path}?preset=today`).set('Authorization', auth).expect(200);
  });

  it('still lets the overview say what an action done from it did', async () => {
    const { agent } = await login(t, ADMIN);
    const page = await agent.get('/staff?notice=callback-tried').expect(200);
    expect(page.text).toContain('Try noted: the request stays in the list.');
  });
});
