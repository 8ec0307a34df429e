// The console's two kinds of API token over the demo group (Miramar MIR, Sierra Alta SIE): the
// group's manager's, and a clerk's limited to Miramar — what the console attack tests start from —
// and a walk-in posted with one of them.

import request from 'supertest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';

export async function groupTokens(t: TestApp): Promise<{ group: string; mirOnly: string }> {
  const accounts = new Accounts(t.db);
  await accounts.add('gm', 'gm-password-1234', 'admin', t.clock.now());
  await accounts.add('mirdesk', 'mirdesk-password-1', 'staff', t.clock.now());
  await accounts.setHotels('mirdesk', ['MIR'], t.clock.now());
  return {
    group: (await accounts.createToken('gm', 'test', t.clock.now())).token,
    mirOnly: (await accounts.createToken('mirdesk', 'test', t.clock.now())).token,
  };
}

/** POST /api/reservations of a walk-in at Miramar with `token`: one Standard room tonight, cash, `over` changing any field. */
export function postWalkIn(t: TestApp, token: string, over: Record<string, unknown>) {
  return request(t.baseUrl)
    .post('/api/reservations')
    .set('Authorization', `Bearer ${token}`)
    .send({ hotel: 'MIR', nights: 1, roomType: 'STD', rooms: 1, guestName: 'Walter Inn', payment: 'cash', phone: '(212) 555-0163', walkIn: 'yes', ...over });
}
