// Bad parameters on the staff side, round 4: every one a 4xx saying what is wrong, never a 5xx, and
// nothing written. Each case here answered wrongly before its fix: a date past the year 9999 made
// the date math throw (500 on Overview, Flow, Calls, the CSV, Reservations, Availability and their
// API); a parameter given twice or a field of the wrong type was "is required"; a list sent for a
// field of POST /api/reservations was "is needed"; and a cancel, arrived, undo or tried sent a
// body it does not take (a list, someone else's fields) was carried out.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bearer, fillWithCalls, leaveVoicemail, login, startStaffApp } from '../staff/staff-helpers.ts';
import type { Agent, FilledCalls } from '../staff/staff-helpers.ts';

describe('staff parameters an attacker (or a typo) sends', () => {
  let t: TestApp;
  let calls: FilledCalls;
  let token = '';
  let session: { agent: Agent; csrf: string };

  beforeAll(async () => {
    t = await startStaffApp();
    calls = await fillWithCalls(t);
    await leaveVoicemail(t, { from: '+13055550111', transcript: 'Please call me back.' });
    await leaveVoicemail(t, { from: '+13055550122', transcript: 'Llámenme, por favor.' });
    token = await bearer(t);
    session = await login(t);
  });
  afterAll(() => t.close());

  const api = (url: string) => request(t.baseUrl).get(url).set('Authorization', `Bearer ${token}`);
  const auditRows = async () => (await t.db.get<{ n: number }>('SELECT count(*) AS n FROM audit_log WHERE action NOT LIKE ?', ['login%']))!.n;

  it('answers a date no hotel has (the year 9999) with a 400 naming it, on every page and API route that takes one', async () => {
    const far = [
      ['/api/stats?from=9999-12-30', 'from'],
      ['/api/flow?to=9999-12-31', 'to'],
      ['/api/calls?to=9999-12-31', 'to'],
      ['/api/calls.csv?to=9999-12-31', 'to'],
      ['/api/reservations?date=9999-12-31&list=made', 'date'],
      ['/api/reservations?date=9999-12-31', 'date'],
      ['/api/availability?from=9999-12-30&days=90', 'from'],
    ] as const;
    for (const [url, parameter] of far) {
      const res = await api(url);
      expect(res.status, url).toBe(400);
      expect(res.body, url).toEqual({ error: 'bad_parameter', parameter, message: `${parameter} must be a date from 1900-01-01 to 2999-12-31` });
    }
    for (const url of ['/staff?from=9999-12-31', '/staff/flow?from=9999-12-31', '/staff/calls?to=9999-12-31', '/staff/reservations?date=9999-12-31&list=made', '/staff/availability?from=9999-12-30&days=90']) {
      const res = await session.agent.get(url);
      expect(res.status, url).toBe(400);
      // The page's form again, with what to fix in the desk's words.
      expect(res.text, url).toMatch(/The (start |end )?date must be a date from 1900-01-01 to 2999-12-31\./);
    }
    // The last year taken still works, and so do the edges of its range.
    expect((await api('/api/calls?to=2999-12-31')).status).toBe(200);
    expect((await api('/api/calls?from=1900-01-01&to=1900-01-02')).status).toBe(200);
    expect((await api('/api/availability?from=2999-12-31&days=90')).status).toBe(200);
    expect((await api('/api/stats?from=2999-12-31')).status).toBe(200);
  });

  it('says a parameter given twice was given twice, and a field of the wrong type what it should be', async () => {
    const twice = await api('/api/calls?outcome=booked&outcome=abandoned').expect(400);
    expect(twice.body).toEqual({ error: 'bad_parameter', parameter: 'outcome', message: 'outcome must be given once, as one value' });
    const page = await session.agent.get('/staff/calls?lang=en&lang=es').expect(400);
    expect(page.text).toContain('The language must be given once, as one value.');
    const outbox = await api('/api/outbox?page=1&page=2').expect(400);
    expect(outbox.body.message).toBe('page must be given once, as one value');

    const open = (await api('/api/callbacks').expect(200)).body.callbacks as { id: number }[];
    expect(open.length).toBeGreaterThan(0);
    const id = open[0]!.id;
    const post = (body: unknown) => request(t.baseUrl).post(`/api/callbacks/${id}/done`).set('Authorization', `Bearer ${token}`).send(body as object);
    expect((await post({ note: 5 }).expect(400)).body).toMatchObject({ parameter: 'note', message: 'note must be text' });
    expect((await post({ note: { text: 'x' } }).expect(400)).body).toMatchObject({ parameter: 'note', message: 'note must be a single value, not an object' });
    expect((await post([{ note: 'x' }]).expect(400)).body).toMatchObject({ parameter: 'body', message: 'body must be a JSON object of fields' });
    expect((await post({}).expect(400)).body).toMatchObject({ parameter: 'note', message: 'note is required: say what was agreed with the guest' });
    // Still open: nothing was written.
    expect((await t.db.get<{ status: string }>('SELECT status FROM callback_requests WHERE id = ?', [id]))!.status).toBe('open');
  });

  it("refuses a guest's page for a number with no digits, and a guest filter with nothing to look for (each listed every caller's calls)", async () => {
    for (const phone of ['+++', '(-) .', '+ 1 2']) {
      const res = await session.agent.get(`/staff/guest?phone=${encodeURIComponent(phone)}`);
      expect(res.status, phone).toBe(400);
      expect(res.text, phone).toContain('The phone number must have at least 3 digits.');
      expect(res.text, phone).not.toContain(calls.booked);
    }
    // Nor a guest filter with neither a letter nor a digit: it matched every call.
    expect((await api('/api/calls?guest=--').expect(400)).body).toMatchObject({ parameter: 'guest', message: 'guest must be a name or a number' });
    expect((await session.agent.get('/staff/calls?guest=..').expect(400)).text).toContain('The guest name or number must be a name or a number.');
    const guest = await session.agent.get(`/staff/guest?phone=${encodeURIComponent('+1 (212) 555-0123')}`).expect(200);
    expect(guest.text).toContain(calls.booked);
    expect(guest.text).not.toContain(calls.desk);
  });

  it('names a field of POST /api/reservations sent as a list or an object by what is wrong with it, and books nothing', async () => {
    const before = (await t.db.get<{ n: number }>('SELECT count(*) AS n FROM reservations'))!.n;
    const post = (body: object) => request(t.baseUrl).post('/api/reservations').set('Authorization', `Bearer ${token}`).send(body);
    const listed = await post({ arrival: ['2026-12-10'], nights: '2', roomType: 'STD', rooms: '1', guestName: 'Ana Lista', payment: 'cash', phone: '+12125550123' }).expect(400);
    expect(listed.body).toMatchObject({ parameter: 'arrival', message: 'arrival must be text or a number' });
    const nested = await post({ arrival: '2026-12-10', nights: { n: 2 }, roomType: 'STD', rooms: '1', guestName: 'Ana Lista', payment: 'cash', phone: '+12125550123' }).expect(400);
    expect(nested.body).toMatchObject({ parameter: 'nights', message: 'nights must be text or a number' });
    expect(nested.body.errors).toEqual({ nights: 'must be text or a number' });
    expect((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM reservations'))!.n).toBe(before);
  });

  it('does not cancel, mark arrived, undo or note a try on a body those actions do not take', async () => {
    const reservation = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [calls.booked]))!;
    const callback = (await t.db.get<{ id: number }>("SELECT id FROM callback_requests WHERE status = 'open' ORDER BY id DESC LIMIT 1"))!;
    const audited = await auditRows();
    const bodies: unknown[] = [[], [1], { confirm: 'yes' }, { id: 1 }, 'cancel'];
    for (const path of [`/api/reservations/${reservation.id}/cancel`, `/api/reservations/${reservation.id}/arrived`, `/api/reservations/${reservation.id}/undo`, `/api/callbacks/${callback.id}/tried`]) {
      for (const body of bodies) {
        for (const [who, send] of [
          ['token', () => request(t.baseUrl).post(path).set('Authorization', `Bearer ${token}`).type('json').send(JSON.stringify(body))],
          ['session', () => session.agent.post(path).set('X-CSRF-Token', session.csrf).type('json').send(JSON.stringify(body))],
        ] as const) {
          const res = await send();
          expect(res.status, `${who} POST ${path} ${JSON.stringify(body)}`).toBe(400);
          // (A bare string is not the JSON an API takes at all: refused before the route.)
          const message = typeof body === 'string' ? 'the body is not valid JSON' : 'body must be empty or {}: this action takes no fields';
          expect(res.body, `${who} POST ${path} ${JSON.stringify(body)}`).toEqual({ error: 'bad_parameter', parameter: 'body', message });
        }
      }
    }
    expect((await t.db.get<{ status: string }>('SELECT status FROM reservations WHERE id = ?', [reservation.id]))!.status).toBe('booked');
    expect((await t.db.get<{ attempts: number }>('SELECT attempts FROM callback_requests WHERE id = ?', [callback.id]))!.attempts).toBe(0);
    expect(await auditRows()).toBe(audited);
    // Without a body, or with {}, each still works.
    await request(t.baseUrl).post(`/api/callbacks/${callback.id}/tried`).set('Authorization', `Bearer ${token}`).expect(200);
    await session.agent.post(`/api/callbacks/${callback.id}/tried`).set('X-CSRF-Token', session.csrf).send({}).expect(200);
    expect((await t.db.get<{ attempts: number }>('SELECT attempts FROM callback_requests WHERE id = ?', [callback.id]))!.attempts).toBe(2);
  });
});
