// The reservations search box, as a clerk types a guest's name: in another order, with a comma, in
// capitals, without its apostrophe or hyphen, or only its first and last names; and the last digits
// of a confirmation number ("the one ending 0043"). Each found nothing: the name was looked for as
// one piece of text, the confirmation number by its start only.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

describe('the reservations search, by a name typed any way', () => {
  let t: TestApp;

  beforeAll(async () => {
    const numbers = ['73310042', '73310043'];
    t = await startStaffApp({ hotelsDir: DEMO_GROUP, newConfirmation: () => numbers.shift() ?? '99999999' });
    await bookByKeys(t.call({ to: SIERRA, from: '+525512345678' }), { date: '1204', roomType: '1', rooms: '1', nights: '1#', name: 'José María Pérez' });
    await bookByKeys(t.call({ to: MIRAMAR, from: '+12125550199' }), { date: '1204', roomType: '2', rooms: '1', nights: '1#', name: "Mary O'Brien-Smith" });
  });
  afterAll(() => t?.close());

  it('finds the guest whatever the order, commas, capitals, apostrophes or words left out', async () => {
    const { agent } = await login(t);
    const found = async (q: string) =>
      ((await agent.get(`/api/reservations?q=${encodeURIComponent(q)}`).expect(200)).body.reservations as { guestName: string }[]).map((r) => r.guestName);
    for (const q of ['Pérez José', 'PEREZ, JOSE', 'perez jose maria', 'Jose Perez']) expect(await found(q), q).toEqual(['José María Pérez']);
    for (const q of ['obrien', 'OBrien Mary', 'Mary Smith', 'smith, mary', "o'brien"]) expect(await found(q), q).toEqual(["Mary O'Brien-Smith"]);
    // Every word must be in the name: a second guest's word does not widen the search.
    expect(await found('Mary Pérez')).toEqual([]);
    // The page's box finds the same.
    const page = (await agent.get(`/staff/reservations?q=${encodeURIComponent('Smith, Mary')}`).expect(200)).text;
    expect(page).toContain('<a href="/staff/reservations/2" aria-label="Reservation 73310043: its whole story">73310043</a>');
  });

  it('finds a confirmation number by its last digits', async () => {
    const { agent } = await login(t);
    const found = async (q: string) => ((await agent.get(`/api/reservations?q=${encodeURIComponent(q)}`).expect(200)).body.reservations as { confirmation: string }[]).map((r) => r.confirmation);
    expect(await found('0043')).toEqual(['73310043']);
    expect(await found('10042')).toEqual(['73310042']);
  });
});
