// Finding a guest as a clerk types them, in the reservations search and the calls list's guest box,
// over HTTP at the demo group: a name without its accents, in capitals, in part or in another
// order; a phone number written any way, or its last four digits; a confirmation number with or
// without dashes. The calls list looked for a name as one piece of text ("Díaz Ana" found no call),
// took a confirmation number for a phone's digits (no call), and at the Mexican property the
// retired 044 / 01 before a number ("044 55 1234 5678") found nothing in either.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

describe('a guest found as a clerk types them', () => {
  let t: TestApp;
  let agent: Agent;
  let csrf: string;

  beforeAll(async () => {
    const numbers = ['73310042', '73310043'];
    t = await startStaffApp({ hotelsDir: DEMO_GROUP, newConfirmation: () => numbers.shift() ?? '99999999' });
    // Sierra (Mexico City) and Miramar (New York).
    await bookByKeys(t.call({ to: SIERRA, from: '+525512345678' }), { date: '1204', roomType: '1', rooms: '1', nights: '1#', name: 'Ana Díaz' });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+13125550147' }), { date: '1204', roomType: '2', rooms: '1', nights: '1#', name: 'Pedro Muñoz' });
    ({ agent, csrf } = await login(t));
  });
  afterAll(() => t?.close());

  const reservations = async (q: string) =>
    ((await agent.get(`/api/reservations?q=${encodeURIComponent(q)}`).expect(200)).body.reservations as { guestName: string }[]).map((r) => r.guestName);
  const calls = async (q: string) => ((await agent.get(`/api/calls?guest=${encodeURIComponent(q)}`).expect(200)).body.calls as { guestName: string | null }[]).map((c) => c.guestName);

  const BY_NAME: [string, string][] = [
    ['diaz', 'Ana Díaz'],
    ['DIAZ', 'Ana Díaz'],
    ['dia', 'Ana Díaz'],
    ['Díaz Ana', 'Ana Díaz'],
    ['diaz, ana', 'Ana Díaz'],
    ['munoz', 'Pedro Muñoz'],
    ['MUÑOZ', 'Pedro Muñoz'],
    ['muñ', 'Pedro Muñoz'],
    ['munoz pedro', 'Pedro Muñoz'],
  ];
  const BY_NUMBER: [string, string][] = [
    ['55 1234 5678', 'Ana Díaz'],
    ['+52 55 1234 5678', 'Ana Díaz'],
    ['+52 1 55 1234 5678', 'Ana Díaz'],
    ['5678', 'Ana Díaz'],
    ['(312) 555-0147', 'Pedro Muñoz'],
    ['+1 312 555 0147', 'Pedro Muñoz'],
    ['1-312-555-0147', 'Pedro Muñoz'],
    ['312.555.0147', 'Pedro Muñoz'],
    ['0147', 'Pedro Muñoz'],
  ];
  const BY_CONFIRMATION: [string, string][] = [
    ['73310042', 'Ana Díaz'],
    ['7331-0042', 'Ana Díaz'],
    ['7331 0043', 'Pedro Muñoz'],
    ['7331-0043', 'Pedro Muñoz'],
  ];

  it('finds reservations and calls by a name typed without accents, in capitals, in part or in another order', async () => {
    for (const [q, guest] of BY_NAME) {
      expect(await reservations(q), q).toEqual([guest]);
      expect(await calls(q), q).toEqual([guest]);
    }
    expect(await calls('Ana Muñoz')).toEqual([]);
  });

  it('finds them by a phone number written any way, or its last four digits', async () => {
    for (const [q, guest] of BY_NUMBER) {
      expect(await reservations(q), q).toEqual([guest]);
      expect(await calls(q), q).toEqual([guest]);
    }
  });

  it('finds them by a confirmation number with or without dashes; the calls list too', async () => {
    for (const [q, guest] of BY_CONFIRMATION) {
      expect(await reservations(q), q).toEqual([guest]);
      expect(await calls(q), q).toEqual([guest]);
    }
    // Not a confirmation number: digits of a phone, as before.
    expect(await calls('7331-0044')).toEqual([]);
  });

  it('at the Mexican property, a number typed with the retired 044 or 01 before it', async () => {
    await agent.post('/staff/property').type('form').send({ _csrf: csrf, code: 'SIE', next: '/staff' }).expect(303);
    for (const q of ['044 55 1234 5678', '045 55 1234 5678', '01 55 1234 5678']) {
      const page = (await agent.get(`/staff/reservations?q=${encodeURIComponent(q)}`).expect(200)).text;
      expect(page, q).toContain('>73310042</a>');
      const listed = (await agent.get(`/staff/calls?guest=${encodeURIComponent(q)}`).expect(200)).text;
      expect(listed, q).toContain('Ana Díaz');
    }
    await agent.post('/staff/property').type('form').send({ _csrf: csrf, code: 'all', next: '/staff' }).expect(303);
  });
});
