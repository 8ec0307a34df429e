import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { bearer, startStaffApp } from './staff-helpers.ts';

describe('the overview counts phone calls only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(async () => t.close());

  it('leaves text conversations out of calls, conversion and call length', async () => {
    await bookByKeys(t.call({ from: '+12125550171' }));
    const guest = textingGuest(t.baseUrl, '+12125550172');
    for (const body of ['1', '1204', '4', '1', '1', 'Ada Lovelace', '1', '1', '1']) await guest.send(body);
    const res = await request(t.baseUrl)
      .get('/api/stats?from=2026-11-28&to=2026-11-28')
      .set('Authorization', `Bearer ${(await bearer(t))}`)
      .expect(200);
    expect(res.body).toMatchObject({ calls: 1, conversion: 1 });
    // Both conversations are still in the calls list, each with its channel.
    const list = await request(t.baseUrl).get('/api/calls').set('Authorization', `Bearer ${(await bearer(t))}`).expect(200);
    expect(list.body.calls.map((c: { channel: string }) => c.channel).sort()).toEqual(['sms', 'voice']);
  });
});
