// A caller who books a second stay in the same call ("Another booking? Press 1."): both
// reservations keep the call's SID, while the call's own reservation is the last one. The call's
// page, the calls list, its API and its CSV show both; the list showed only the second.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { login, startStaffApp } from './staff-helpers.ts';

describe('a call that booked twice', () => {
  let t: TestApp;
  let callSid: string;
  const confirmations = ['51200001', '51200002'];

  beforeAll(async () => {
    const numbers = [...confirmations];
    t = await startStaffApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
    const call = t.call({ from: '+12125550142' });
    await bookByKeys(call, { name: 'Ana Torres' });
    // Another booking, by keys: arrival, room type, rooms, nights (the name and payment kept).
    for (const keys of ['1', '1220', '3', '1']) await call.press(keys);
    expect(heard(await call.press('3#'))).toMatch(/To confirm, press 1/);
    const booked = await call.press('1');
    expect(heard(booked)).toContain('5 1 2 0, 0 0 0 2');
    await call.hangup();
    callSid = call.callSid;
    const made = await t.db.all<{ confirmation: string; call_sid: string }>('SELECT confirmation, call_sid FROM reservations ORDER BY id');
    expect(made).toEqual(confirmations.map((confirmation) => ({ confirmation, call_sid: callSid })));
  });
  afterAll(() => t?.close());

  it('lists both reservations on the call in the calls list, oldest first', async () => {
    const { agent } = await login(t);
    const page = (await agent.get('/staff/calls').expect(200)).text;
    const row = new RegExp(`<a href="/staff/calls/${callSid}">.*?</tr>`, 's').exec(page)![0];
    const cell = /<td data-label="Reservation">(.*?)<\/td>/s.exec(row)![1]!;
    expect([...cell.matchAll(/>(\d{8})<\/a>/g)].map((m) => m[1])).toEqual(confirmations);
  });

  it("shows both on the call's page", async () => {
    const { agent } = await login(t);
    const page = (await agent.get(`/staff/calls/${callSid}`).expect(200)).text;
    for (const c of confirmations) expect(page).toContain(`href="/staff/reservations?q=${c}"`);
  });

  it('gives both in the API and the CSV export', async () => {
    const { agent } = await login(t);
    const api = (await agent.get('/api/calls').expect(200)).body as { calls: { callSid: string; reservations: { confirmation: string }[] }[] };
    expect(api.calls.find((c) => c.callSid === callSid)!.reservations.map((r) => r.confirmation)).toEqual(confirmations);
    const csv = (await agent.get('/api/calls.csv').expect(200)).text;
    const line = csv.split('\r\n').find((l) => l.startsWith(callSid))!;
    expect(line).toContain(',51200001 51200002,');
  });
});
