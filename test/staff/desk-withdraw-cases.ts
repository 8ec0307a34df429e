// A text not yet sent taken back by Undo (Outbox.withdraw), over real HTTP: the same cases on
// SQLite (keep-room-undo.test.ts) and PostgreSQL (test/postgres/desk-withdraw.test.ts). Undo of a
// cancel and of a change withdraws the text the action wrote while it waits (never due again),
// leaves one that went (and the page says so, in the desk's words for what was undone; and when the
// guest was never told the details now back), and never withdraws a text twice. The test clock
// starts Saturday 28 November 2026, 10:00 in New York.

import request from 'supertest';
import { expect, it } from 'vitest';
import type { UndoApp } from './keep-room-undo-cases.ts';

interface Text {
  id: number;
  status: string;
  next_attempt_at: string | null;
  last_error: string | null;
  updated_at: string;
}

export function deskWithdrawCases(app: () => UndoApp): void {
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${app().token}`);
  const api = () => request(app().baseUrl);
  const book = async (guestName: string, phone: string) =>
    (await auth(api().post('/api/reservations')).send({ arrival: '2026-12-10', nights: 2, roomType: 'STD', rooms: 1, guestName, payment: 'cash', phone }).expect(201)).body as { id: number; confirmation: string };
  const texts = (id: number, kind: string) =>
    app().db.all<Text>('SELECT id, status, next_attempt_at, last_error, updated_at FROM outbox WHERE reservation_id = ? AND kind = ? ORDER BY id', [id, kind]);
  const login = async () => {
    const agent = request.agent(app().baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    await agent.post('/staff/login').type('form').send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!, ...app().clerk, next: '/staff' }).expect(303);
    return { agent, csrf: (await agent.get('/api/me').expect(200)).body.csrfToken as string };
  };
  /** Undo from the reservation's page, as the clerk clicks it; the page it lands on. */
  const undoOnPage = async (id: number) => {
    const { agent, csrf } = await login();
    const back = `/staff/reservations/${id}`;
    const undone = await agent.post(`/staff/reservations/${id}/undo`).type('form').send({ _csrf: csrf, back }).expect(303);
    return (await agent.get(undone.headers.location!.replace(/#.*/, '')).expect(200)).text;
  };

  it('Undo of a cancel withdraws its waiting text (never due again), once; cancelled again, the guest gets a new one', async () => {
    const r = await book('Wanda Withdrawn', '+12125550181');
    await auth(api().post(`/api/reservations/${r.id}/cancel`)).expect(200);
    // Queued for a retry, as a text is after Twilio answered 500: due again later.
    await app().db.run("UPDATE outbox SET status = 'queued', next_attempt_at = ? WHERE reservation_id = ? AND kind = 'booking_cancelled'", ['2026-11-28T15:05:00.000Z', r.id]);
    app().clock.advance(60_000);
    const page = await undoOnPage(r.id);
    expect(page).toContain('Done: the reservation is booked again.');
    expect(page).not.toContain('had already gone');
    const [withdrawn] = await texts(r.id, 'booking_cancelled');
    expect(withdrawn).toMatchObject({ status: 'failed', next_attempt_at: null, last_error: 'withdrawn: the cancellation was undone by staff' });

    // Nothing more to undo; the withdrawn text stays as it was withdrawn.
    app().clock.advance(60_000);
    await auth(api().post(`/api/reservations/${r.id}/undo`)).expect(409);
    expect((await texts(r.id, 'booking_cancelled'))[0]).toEqual(withdrawn);

    // Cancelled again: a cancellation text of its own, not the one withdrawn.
    await auth(api().post(`/api/reservations/${r.id}/cancel`)).expect(200);
    const after = await texts(r.id, 'booking_cancelled');
    expect(after.map((t) => t.status)).toEqual(['failed', 'unsent']);
  });

  it('Undo of a cancel whose text went leaves it, and the page tells the clerk to call the guest', async () => {
    const r = await book('Sam Sent', '+12125550182');
    await auth(api().post(`/api/reservations/${r.id}/cancel`)).expect(200);
    await app().db.run("UPDATE outbox SET status = 'delivered', next_attempt_at = NULL, message_sid = ? WHERE reservation_id = ? AND kind = 'booking_cancelled'", ['SM' + '7'.repeat(32), r.id]);
    const page = await undoOnPage(r.id);
    expect(page).toContain('The cancellation text had already gone to the guest: call them to say it stands.');
    expect((await texts(r.id, 'booking_cancelled')).map((t) => t.status)).toEqual(['delivered']);
    expect((await auth(api().get(`/api/reservations/${r.id}`)).expect(200)).body.status).toBe('booked');
  });

  it('Undo of a change withdraws its waiting text; one that went is followed by the details as they are again, and the page says which', async () => {
    const waiting = await book('Carla Changed', '+12125550183');
    await auth(api().post(`/api/reservations/${waiting.id}/change`)).send({ nights: 3 }).expect(200);
    let page = await undoOnPage(waiting.id);
    expect(page).toContain('The guest had no text of the change, and gets none.');
    expect(await texts(waiting.id, 'booking_changed')).toEqual([expect.objectContaining({ status: 'failed', next_attempt_at: null, last_error: 'withdrawn: the change was undone by staff' })]);

    const gone = await book('Gil Gone', '+12125550184');
    await auth(api().post(`/api/reservations/${gone.id}/change`)).send({ nights: 3 }).expect(200);
    await app().db.run("UPDATE outbox SET status = 'sent', next_attempt_at = NULL WHERE reservation_id = ? AND kind = 'booking_changed'", [gone.id]);
    page = await undoOnPage(gone.id);
    expect(page).toContain('Its text had already gone to the guest, so a text with the details as they are again goes too.');
    expect((await texts(gone.id, 'booking_changed')).map((t) => t.status)).toEqual(['sent', 'unsent']);
    expect((await auth(api().get(`/api/reservations/${gone.id}`)).expect(200)).body.nights).toBe(2);
  });

  it('Undo of the second of two changes in a row: its text withdrawn, and the page says the guest is now texted the details back', async () => {
    const twice = await book('Tina Twice', '+12125550185');
    await auth(api().post(`/api/reservations/${twice.id}/change`)).send({ nights: 3 }).expect(200);
    await auth(api().post(`/api/reservations/${twice.id}/change`)).send({ nights: 4 }).expect(200);
    const page = await undoOnPage(twice.id);
    expect(page).toContain('the guest was never told the details now back either, so a text with them goes now.');
    expect((await texts(twice.id, 'booking_changed')).map((t) => t.status)).toEqual(['failed', 'failed', 'unsent']);
  });
}
