// A call in which the guest changed their own reservation by phone ends as `changed`: the desk's
// outcome words, filters and summary know it (in English and Spanish), as they know a cancel by phone.
// Before, the Calls list's filter had no such outcome and the call's line said "no outcome".

import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { login, startStaffApp } from './staff-helpers.ts';

const GUEST = '+12125550171';
let t: TestApp;
afterEach(async () => t.close());

async function changeByPhone(): Promise<string> {
  await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '1' });
  const call = t.call({ from: GUEST });
  await call.start();
  await call.press('2');
  await call.press('73310077#');
  await call.press('3'); // change the stay
  await call.press('2'); // the nights
  await call.press('3#');
  await call.press('1'); // change it
  return call.callSid;
}

describe('the "changed" outcome at the desk', () => {
  it('is filtered, labelled and summarised in English, and counted among the outcomes', async () => {
    t = await startStaffApp({ newConfirmation: () => '73310077' });
    const sid = await changeByPhone();
    const { agent } = await login(t);
    const listed = (await agent.get('/api/calls?outcome=changed').expect(200)).body;
    expect(listed.calls.map((c: { callSid: string }) => c.callSid)).toEqual([sid]);
    expect(listed.calls[0].outcomeLabel).toBe('changed a reservation');
    const page = (await agent.get(`/staff/calls/${sid}`).expect(200)).text;
    expect(page).toContain('changed their reservation');
    expect(page).not.toContain('no outcome');
    const calls = (await agent.get('/staff/calls').expect(200)).text;
    expect(calls).toContain('<option value="changed"');
  });

  it('is worded in Spanish on a desk switched to Spanish', async () => {
    t = await startStaffApp({ newConfirmation: () => '73310077' });
    const sid = await changeByPhone();
    const es = await login(t);
    await es.agent.post('/staff/language').type('form').send({ _csrf: es.csrf, lang: 'es', next: '/staff' }).expect(303);
    const page = (await es.agent.get(`/staff/calls/${sid}`).expect(200)).text;
    expect(page).toContain('cambió su reservación');
  });
});
