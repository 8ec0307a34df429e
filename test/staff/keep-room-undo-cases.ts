// Keep room taken back, as Arrived and Cancel are (for 10 minutes, audited), over real HTTP: the
// same cases on SQLite (keep-room-undo.test.ts) and PostgreSQL
// (test/postgres/keep-room-undo-and-booked-csv.test.ts). The test clock starts Saturday 28
// November 2026, 10:00 in New York; the demo hotel holds until 18:00.

import request from 'supertest';
import { expect, it } from 'vitest';
import type { TestClock } from '../helpers/app.ts';
import type { Db } from '../../src/storage/sql.ts';

export interface UndoApp {
  baseUrl: string;
  db: Db;
  clock: TestClock;
  /** An API token of the clerk's. */
  token: string;
  /** The clerk's account: its username ('bob' in the story) and password. */
  clerk: { username: string; password: string };
}

/** An instant in New York on 28 November 2026 (EST, UTC-5). */
const ny = (hhmm: string) => new Date(`2026-11-28T${hhmm}:00-05:00`);

/** The two cases, for the app `app()` gives once it has started. */
export function keepRoomUndoCases(app: () => UndoApp): void {
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${app().token}`);
  const api = () => request(app().baseUrl);
  const book = async (guestName: string) =>
    (await auth(api().post('/api/reservations')).send({ arrival: '2026-11-28', nights: 1, roomType: 'OCEAN', rooms: 1, guestName, payment: 'cash', phone: '+12125550147' }).expect(201)).body as { id: number; confirmation: string };
  const holdOf = async (id: number) => (await app().db.get<{ hold_until: string }>('SELECT hold_until FROM reservations WHERE id = ?', [id]))!.hold_until;
  const freeOcean = async () => (await auth(api().get('/api/availability?from=2026-11-28&days=1')).expect(200)).body;
  const login = async () => {
    const agent = request.agent(app().baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    await agent.post('/staff/login').type('form').send({ _csrf: loginCsrf, ...app().clerk, next: '/staff' }).expect(303);
    const csrf = (await agent.get('/api/me').expect(200)).body.csrfToken as string;
    return { agent, csrf };
  };

  it('from the page: the hold goes back to its time before, audited, and the button goes', async () => {
    const { clock, db, clerk } = app();
    const r = await book('Karl Kept');
    clock.set(ny('17:00').toISOString());
    const { agent, csrf } = await login();
    const back = '/staff/reservations?list=not-arrived';
    await agent.post(`/staff/reservations/${r.id}/hold`).type('form').send({ _csrf: csrf, until: '23:30', back }).expect(303);
    expect(await holdOf(r.id)).toBe(ny('23:30').toISOString());
    const list = (await agent.get(back).expect(200)).text;
    expect(list).toContain(`aria-label="Undo keep room for reservation ${r.confirmation}">Undo keep room</button>`);

    clock.advance(5 * 60_000);
    const undone = await agent.post(`/staff/reservations/${r.id}/undo`).type('form').send({ _csrf: csrf, back }).expect(303);
    expect(undone.headers.location).toBe(`${back}&notice=undone-hold#reservation-${r.id}`);
    expect(await holdOf(r.id)).toBe(ny('18:00').toISOString());
    const after = (await agent.get(`${back}&notice=undone-hold`).expect(200)).text;
    expect(after).toContain('Keep room taken back');
    expect(after).not.toContain(`Undo keep room for reservation ${r.confirmation}`);
    const audit = await db.get<{ actor: string; via: string; detail_json: string }>("SELECT actor, via, detail_json FROM audit_log WHERE action = 'reservation.undo-hold' AND target = ?", [`reservation:${r.id}`]);
    expect(audit).toMatchObject({ actor: clerk.username, via: 'web' });
    expect(JSON.parse(audit!.detail_json)).toMatchObject({ confirmation: r.confirmation, from: ny('23:30').toISOString(), until: ny('18:00').toISOString() });
    const story = (await agent.get(`/staff/reservations/${r.id}`).expect(200)).text;
    expect(story).toMatch(/Keep room taken back by <strong>bob<\/strong> on the console: held until <time[^>]*>today 18:00<\/time> \(was <time[^>]*>today 23:30<\/time>\)/);
    // Taken back once: nothing more to undo.
    const again = await auth(api().post(`/api/reservations/${r.id}/undo`)).expect(409);
    expect(again.body.error).toBe('not_undoable');
  });

  it('over the API, a room kept after its hold ran out is released again, its rooms free at once; not after 10 minutes', async () => {
    const { clock } = app();
    const r = await book('Rita Released');
    clock.set(ny('19:00').toISOString());
    const before = await freeOcean();
    await auth(api().post(`/api/reservations/${r.id}/hold`)).send({ until: '22:00' }).expect(200);
    const held = await freeOcean();
    expect(JSON.stringify(held)).not.toBe(JSON.stringify(before));
    const undone = (await auth(api().post(`/api/reservations/${r.id}/undo`)).expect(200)).body;
    expect(undone).toMatchObject({ id: r.id, status: 'released', undone: 'held', textAlreadySent: false, holdUntil: ny('18:00').toISOString() });
    expect(await freeOcean()).toEqual(before);

    // Kept again, and 11 minutes later it stands.
    await auth(api().post(`/api/reservations/${r.id}/hold`)).send({ until: '22:00' }).expect(200);
    clock.advance(11 * 60_000);
    expect((await auth(api().post(`/api/reservations/${r.id}/undo`)).expect(409)).body.message).toMatch(/no "arrived", "cancel", "keep room" or "change" from the last 10 minutes/);
    expect(await holdOf(r.id)).toBe(ny('22:00').toISOString());
  });
}
