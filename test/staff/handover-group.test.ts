// The shift's handover note in a hotel group (src/staff/handover.ts): each property's note is its
// own, on its own today. Sierra Alta's clerk reads and writes Sierra's alone, in Spanish; the
// group's account reads each property's and names the one it writes (hotel=CODE); an admin limited
// to Sierra reads no entry of Miramar's note in the audit log. The clock: Sunday 29 November 2026,
// 00:30 in New York, still Saturday 23:30 in Mexico City.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import { testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { ADMIN, SIERRA_CLERK, addSierraClerk, bearer, login, startStaffApp } from './staff-helpers.ts';

describe("a group's handover notes, each property's own", () => {
  let t: TestApp;
  let group = '';
  const ids: Record<string, number> = {};
  const api = (token: string, r: (a: ReturnType<typeof request>) => request.Test) => r(request(t.baseUrl)).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP, clock: testClock('2026-11-29T05:30:00Z') });
    await addSierraClerk(t);
    group = await bearer(t, ADMIN.username);
    for (const h of await t.db.all<{ id: number; code: string }>('SELECT id, code FROM hotels')) ids[h.code] = Number(h.id);
  });
  afterAll(async () => t?.close());

  it("the group's account reads each property on its own today and must name the one it writes", async () => {
    const read = (await api(group, (a) => a.get('/api/handover')).expect(200)).body.properties;
    expect(read.map((p: { hotel: string; today: string; timezone: string }) => [p.hotel, p.today, p.timezone])).toEqual([
      ['MIR', '2026-11-29', 'America/New_York'],
      ['SIE', '2026-11-28', 'America/Mexico_City'],
    ]);
    const unnamed = await api(group, (a) => a.post('/api/handover')).send({ text: 'Which one?', version: 0 }).expect(400);
    expect(unnamed.body).toMatchObject({ parameter: 'hotel', message: 'the handover note is per property: add hotel=MIR or hotel=SIE' });
    const miramar = await api(group, (a) => a.post('/api/handover?hotel=mir')).send({ text: 'MIR night: 305 noisy neighbours.', version: 0 }).expect(200);
    expect(miramar.body).toMatchObject({ hotel: 'MIR', today: '2026-11-29', note: { day: '2026-11-29', writtenAtLocal: '2026-11-29 00:30' } });
  });

  it("Sierra's clerk reads and writes Sierra's note alone, on the overview in Spanish, and cannot reach Miramar's", async () => {
    const { agent, csrf } = await login(t, SIERRA_CLERK);
    const saved = await agent.post('/staff/handover').type('form').send({ _csrf: csrf, hotel: ids.SIE, version: 0, text: 'La 12 llega tarde: guárdela.' }).expect(303);
    expect(saved.headers.location).toBe(`/staff?notice=handover-saved#handover-${ids.SIE}`);
    const page = (await agent.get('/staff?notice=handover-saved').expect(200)).text;
    expect(page).toContain('Nota de entrega guardada.');
    expect(page).toContain('<h2 id="handover-title-' + ids.SIE + '">Nota de entrega de turno</h2>');
    expect(page).toContain(`Escrita por ${SIERRA_CLERK.username}, hoy 23:30`);
    expect(page).not.toContain('305 noisy neighbours');

    const mine = (await agent.get('/api/handover').expect(200)).body.properties;
    expect(mine).toMatchObject([{ hotel: 'SIE', today: '2026-11-28', note: { text: 'La 12 llega tarde: guárdela.', writtenBy: SIERRA_CLERK.username } }]);
    // Miramar's, by its id in the form or by its code: not in view, nothing written.
    await agent.post('/staff/handover').type('form').send({ _csrf: csrf, hotel: ids.MIR, version: 1, text: 'overwritten?' }).expect(400);
    await agent.post('/api/handover?hotel=MIR').set('X-CSRF-Token', csrf).send({ text: 'overwritten?', version: 1 }).expect(400);
    expect((await api(group, (a) => a.get('/api/handover?hotel=MIR')).expect(200)).body.properties[0].note.text).toBe('MIR night: 305 noisy neighbours.');
  });

  it("the group's overview shows each property's note under its name", async () => {
    const { agent } = await login(t, ADMIN);
    const page = (await agent.get('/staff').expect(200)).text;
    expect(page).toContain('Handover note: Hotel Miramar</h2>');
    expect(page).toMatch(/Handover note: Hotel Sierra Alta<\/h2>/);
    expect(page).toContain('MIR night: 305 noisy neighbours.');
    expect(page).toContain('La 12 llega tarde: guárdela.');
  });

  it("an admin limited to Sierra reads Sierra's note's history in the audit log, not Miramar's", async () => {
    const accounts = new Accounts(t.db);
    await accounts.add('sara', 'sara-password-12', 'admin', t.clock.now());
    await accounts.setHotels('sara', ['SIE'], t.clock.now());
    // Alice (the whole group) is out of Sara's reach; Lucía's entries on Sierra are in it.
    const entries = (await api(await bearer(t, 'sara'), (a) => a.get('/api/audit')).expect(200)).body.entries as { action: string; detail_json: string }[];
    const notes = entries.filter((e) => e.action === 'handover.write').map((e) => JSON.parse(e.detail_json).text);
    expect(notes).toEqual(['La 12 llega tarde: guárdela.']);
    // Moved to Sierra after writing Miramar's note, Alice's entry on it still stays out of Sara's sight.
    await accounts.setHotels(ADMIN.username, ['SIE'], t.clock.now());
    const after = (await api(await bearer(t, 'sara'), (a) => a.get('/api/audit')).expect(200)).body.entries as { action: string; detail_json: string }[];
    expect(after.filter((e) => e.action === 'handover.write').map((e) => JSON.parse(e.detail_json).text)).toEqual(['La 12 llega tarde: guárdela.']);
  });
});
