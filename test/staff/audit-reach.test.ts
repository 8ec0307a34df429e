// The audit log an admin limited to some properties reads: the entries of the accounts in its reach
// (account-reach.ts), and of those only the ones on its own properties. An account moved into its
// reach from another property brings entries that name that property's reservations and
// callbacks: they stay out, by the API and on the accounts page. Real calls, real HTTP.

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { leaveVoicemail, login } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const ADMIN = { username: 'mir-admin', password: 'mir-admin-password-1' };

interface Entry {
  actor: string;
  action: string;
  target: string | null;
  detail_json: string | null;
}

describe("a limited admin's audit log", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("leaves out the entries on another property's rows made by an account before it was moved into reach", async () => {
    const numbers = ['82000001', '82000002'];
    t = await startTestApp({ hotelsDir: DEMO_GROUP, newConfirmation: () => numbers.shift()!, env: { STAFF_COOKIE_SECURE: 'false' } });
    const accounts = new Accounts(t.db);
    await accounts.add(ADMIN.username, ADMIN.password, 'admin', t.clock.now());
    await accounts.setHotels(ADMIN.username, ['MIR'], t.clock.now());
    const admin = (await accounts.createToken(ADMIN.username, null, t.clock.now())).token;
    // A desk account of Sierra Alta: not in the Miramar admin's reach.
    await accounts.add('moving-desk', 'moving-desk-password-1', 'staff', t.clock.now());
    await accounts.setHotels('moving-desk', ['SIE'], t.clock.now());
    const desk = { Authorization: `Bearer ${(await accounts.createToken('moving-desk', null, t.clock.now())).token}` };

    const reservationOf = async (callSid: string) => (await t.db.get<{ id: number; confirmation: string }>('SELECT id, confirmation FROM reservations WHERE call_sid = ?', [callSid]))!;
    const atSierra = t.call({ to: SIERRA, from: '+525598765432' });
    await bookByKeys(atSierra, { roomType: '1', name: 'Ximena Sierra' });
    const atMiramar = t.call({ to: MIRAMAR, from: '+12125550191' });
    await bookByKeys(atMiramar, { roomType: '1', name: 'Miguel Miramar' });
    const sierra = await reservationOf(atSierra.callSid);
    const miramar = await reservationOf(atMiramar.callSid);
    // A voicemail at Sierra Alta's desk.
    const caller = await leaveVoicemail(t, { to: SIERRA, from: '+525511112222', transcript: 'Llámenme por favor.' });
    const callback = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE call_sid = ?', [caller.callSid]))!.id;

    const api = request(t.baseUrl);
    // At Sierra Alta, the desk cancels a reservation and tries a callback.
    await api.post(`/api/reservations/${sierra.id}/cancel`).set(desk).expect(200);
    await api.post(`/api/callbacks/${callback}/tried`).set(desk).expect(200);
    // Then the account is moved to Miramar, and cancels one there.
    await accounts.setHotels('moving-desk', ['MIR'], t.clock.now());
    await api.post(`/api/reservations/${miramar.id}/cancel`).set(desk).expect(200);

    const entries = (await api.get('/api/audit').set({ Authorization: `Bearer ${admin}` }).expect(200)).body.entries as Entry[];
    const desks = entries.filter((e) => e.actor === 'moving-desk').map((e) => [e.action, e.target]);
    expect(desks).toEqual([['reservation.cancel', `reservation:${miramar.id}`]]);
    expect(JSON.stringify(entries)).not.toContain(sierra.confirmation);
    // The accounts page, the same.
    const { agent } = await login(t, ADMIN);
    const page = (await agent.get('/staff/admin').expect(200)).text;
    expect(page).toContain(`<td>reservation:${miramar.id}</td>`);
    expect(page).not.toContain(`<td>reservation:${sierra.id}</td>`);
    expect(page).not.toContain(`<td>callback:${callback}</td>`);
    // A group admin reads all three.
    await accounts.add('group-boss', 'group-boss-password-1', 'admin', t.clock.now());
    const boss = (await accounts.createToken('group-boss', null, t.clock.now())).token;
    const everything = (await api.get('/api/audit').set({ Authorization: `Bearer ${boss}` }).expect(200)).body.entries as Entry[];
    expect(everything.filter((e) => e.actor === 'moving-desk').map((e) => e.target)).toEqual([
      `reservation:${miramar.id}`,
      `callback:${callback}`,
      `reservation:${sierra.id}`,
    ]);
  });
});
