// Round 29: the console's "Find a reservation" header search and the special-request checkboxes of
// a desk booking, as a clerk of one property of a group (or a stolen session of one) would try them:
// SQL and LIKE wildcards, the other property's guests by name, number or confirmation number, huge
// and repeated input. Real HTTP, a logged-in session with CSRF, a fresh SQLite file.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { login } from '../staff/staff-helpers.ts';
import type { Agent } from '../staff/staff-helpers.ts';

const CLERK = { username: 'mir-clerk', password: 'mir-clerk-password-1' };
const SIERRA_GUEST = { name: 'Ximena Quintanilla', number: '+525598765432' };
const MIRAMAR_GUEST = { name: 'Miguel Oceano', number: '+12125550291' };

let t: TestApp;
let clerk: { agent: Agent; csrf: string };
let sierraConfirmation = '';
let sierraId = 0;

beforeAll(async () => {
  const numbers = ['81000001', '81000002'];
  t = await startTestApp({ hotelsDir: DEMO_GROUP, newConfirmation: () => numbers.shift()!, env: { STAFF_COOKIE_SECURE: 'false' } });
  const accounts = new Accounts(t.db);
  await accounts.add(CLERK.username, CLERK.password, 'staff', t.clock.now());
  await accounts.setHotels(CLERK.username, ['MIR'], t.clock.now());
  await bookByKeys(t.call({ to: MIRAMAR, from: MIRAMAR_GUEST.number }), { roomType: '1', name: MIRAMAR_GUEST.name });
  const guest = t.call({ to: SIERRA, from: SIERRA_GUEST.number });
  await bookByKeys(guest, { roomType: '1', name: SIERRA_GUEST.name });
  ({ confirmation: sierraConfirmation, id: sierraId } = (await t.db.get<{ confirmation: string; id: number }>('SELECT confirmation, id FROM reservations WHERE call_sid = ?', [guest.callSid]))!);
  clerk = await login(t, CLERK);
});
afterAll(() => t.close());

async function find(q: string | string[]): Promise<{ status: number; text: string }> {
  const query = new URLSearchParams();
  for (const one of Array.isArray(q) ? q : [q]) query.append('q', one);
  const res = await clerk.agent.get(`/staff/reservations?${query.toString()}`);
  return { status: res.status, text: res.text };
}

describe('"Find a reservation" as one property\'s clerk', () => {
  it('finds its own guest, and none of the other property\'s by name, number or confirmation number', async () => {
    expect((await find('Oceano')).text).toContain(MIRAMAR_GUEST.name);
    expect(sierraId).toBeGreaterThan(0);
    for (const q of ['Quintanilla', 'Ximena', '5598765432', '98765432', sierraConfirmation, sierraConfirmation.slice(-4)]) {
      const found = await find(q);
      expect(found.status, q).toBe(200);
      // (The query itself is shown again in the page: the guest's whole name and the reservation's link are not.)
      expect(found.text, q).not.toContain(SIERRA_GUEST.name);
      expect(found.text, q).not.toContain(`/staff/reservations/${sierraId}"`);
    }
  });

  it('reads SQL and LIKE wildcards as text: nothing of anyone\'s is found by them', async () => {
    for (const q of ['%%', '__', '%_%', "' OR 1=1 --", "x' OR r.hotel_id = 2 --", '") OR 1=1 --', '%\' UNION SELECT * FROM staff_accounts --', '\\%']) {
      const found = await find(q);
      expect(found.status, q).toBe(200);
      expect(found.text, q).not.toContain(SIERRA_GUEST.name);
      expect(found.text, q).not.toContain(MIRAMAR_GUEST.name);
      expect(found.text, q).not.toMatch(/scrypt|password_hash/i);
    }
  });

  it('refuses a huge or repeated query with a 4xx, never a 5xx', async () => {
    for (const q of ['x'.repeat(81), 'Oceano '.repeat(10_000), ['Oceano', 'Quintanilla']]) {
      const found = await find(q);
      expect(found.status, String(q).slice(0, 20)).toBeGreaterThanOrEqual(400);
      expect(found.status).toBeLessThan(500);
      expect(found.text).not.toContain(SIERRA_GUEST.name);
    }
    // A NUL is no 5xx either (PostgreSQL's text refuses one: test/postgres/search-odd-characters.test.ts).
    expect((await find('\u0000Oceano')).status).toBeLessThan(500);
  });
});

describe('the special-request checkboxes of a desk booking', () => {
  const count = async () => Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM reservations'))!.n);

  it('keeps only the requests the phone line knows, each once, whatever is posted', async () => {
    const arrival = addDaysIso(new HotelClock('America/New_York').today(t.clock.now()), 3);
    const walkIn = { _csrf: clerk.csrf, arrival, nights: '1', roomType: 'STD', rooms: '1', guestName: 'Ana Ruiz', payment: 'cash', phone: '(212) 555-0190' };
    const before = await count();
    const refused = [
      ['<script>alert(1)</script>'],
      ['crib', "crib'); DROP TABLE reservations; --"],
      ['__proto__'],
      ['constructor'],
      ['crib,'.repeat(20_000)],
      Array.from({ length: 40 }, () => 'x'),
    ];
    for (const requests of refused) {
      const body = new URLSearchParams(walkIn);
      for (const r of requests) body.append('requests', r);
      const res = await clerk.agent.post('/staff/reservations/new').type('form').send(body.toString());
      expect(res.status, requests[0]!.slice(0, 20)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toContain('<script>alert(1)');
    }
    expect(await count()).toBe(before);
    // The same box ticked 40 times is one request.
    const body = new URLSearchParams(walkIn);
    for (let i = 0; i < 40; i++) body.append('requests', 'crib');
    const made = await clerk.agent.post('/staff/reservations/new').type('form').send(body.toString());
    expect(made.status).toBe(303);
    const confirmation = new URL(made.headers.location!, 'http://x').searchParams.get('q')!;
    expect(await t.db.get('SELECT special_requests, hotel_id FROM reservations WHERE confirmation = ?', [confirmation])).toMatchObject({ special_requests: 'crib' });
  });

  it('refuses a booking for the other property from this clerk, requests or not', async () => {
    const arrival = addDaysIso(new HotelClock('America/Mexico_City').today(t.clock.now()), 3);
    const before = await count();
    const res = await clerk.agent
      .post('/staff/reservations/new')
      .type('form')
      .send(new URLSearchParams({ _csrf: clerk.csrf, hotel: 'SIE', arrival, nights: '1', roomType: 'DBL', rooms: '1', guestName: 'Eve Mallory', payment: 'cash', phone: '(212) 555-0191', requests: 'crib' }).toString());
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await count()).toBe(before);
  });
});
