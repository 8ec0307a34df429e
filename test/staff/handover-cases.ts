// The shift's handover note over real HTTP (src/staff/handover.ts): the same cases on SQLite
// (handover.test.ts) and PostgreSQL (test/postgres/desk-handover.test.ts). Today's note in the
// property's clock, saved over the version read: a save over another's is a 409 with both texts
// (also two saves at once: one wins, the other is told), audited with its text; yesterday's note
// read the next morning; the overview's form, its refusals said on the page. The test clock
// starts Saturday 28 November 2026, 10:00 in New York (the demo hotel's zone).

import request from 'supertest';
import { expect, it } from 'vitest';
import type { HandoverNoteJson as NoteJson } from '../../src/staff/handover.ts';
import type { Db } from '../../src/storage/sql.ts';
import type { TestClock } from '../helpers/app.ts';

export interface HandoverApp {
  baseUrl: string;
  db: Db;
  clock: TestClock;
  /** A Bearer token of the clerk `clerk`. */
  token: string;
  clerk: { username: string; password: string };
}


export function handoverCases(app: () => HandoverApp): void {
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${app().token}`);
  const api = () => request(app().baseUrl);
  const read = async () => (await auth(api().get('/api/handover')).expect(200)).body.properties as { hotel: string | null; today: string; note: NoteJson | null; yesterday: NoteJson | null }[];
  const save = (body: object) => auth(api().post('/api/handover')).send(body);
  const login = async () => {
    const agent = request.agent(app().baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    await agent.post('/staff/login').type('form').send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!, ...app().clerk, next: '/staff' }).expect(303);
    return { agent, csrf: (await agent.get('/api/me').expect(200)).body.csrfToken as string };
  };
  const hotelId = async () => Number((await app().db.get<{ id: number }>('SELECT id FROM hotels ORDER BY id LIMIT 1'))!.id);

  it("saves today's note in the hotel's clock over the version read, refuses a save over another's with both texts, and audits each save with its text", async () => {
    expect(await read()).toEqual([{ hotel: null, name: expect.any(String), timezone: 'America/New_York', today: '2026-11-28', note: null, yesterday: null }]);
    // No note to read: the overview has a link to the handover page, where the form is open.
    const { agent } = await login();
    const overview = (await agent.get('/staff').expect(200)).text;
    expect(overview).toContain('<a href="/staff/handover" id="handover-link">Write today&#39;s handover note</a>');
    expect(overview).not.toContain('class="handover"');
    const page = (await agent.get('/staff/handover').expect(200)).text;
    expect(page).toContain('<p class="muted">No note for today yet.</p>');
    expect(page).toContain('<details class="handover-edit" open><summary>Write today&#39;s note</summary>');

    const first = await save({ text: "Room 12's guest arrives late, keep it.\r\nThe Garcías' card declined: call them.", version: 0 }).expect(200);
    expect(first.body.note).toEqual({
      day: '2026-11-28',
      text: "Room 12's guest arrives late, keep it.\nThe Garcías' card declined: call them.",
      version: 1,
      writtenBy: app().clerk.username,
      writtenAt: '2026-11-28T15:00:00.000Z',
      writtenAtLocal: '2026-11-28 10:00',
    });

    // Another clerk, who opened the empty note before that save, saves theirs: refused, both texts said.
    app().clock.advance(60_000);
    const late = await save({ text: 'Pool closes at 8.', version: 0 }).expect(409);
    expect(late.body).toMatchObject({ error: 'edit_conflict', yours: 'Pool closes at 8.', theirs: { version: 1, text: first.body.note.text } });
    expect(late.body.message).toContain('after you opened it');
    expect((await read())[0]!.note).toEqual(first.body.note);

    // Saved again over version 1, the two put together.
    const merged = await save({ text: `${first.body.note.text}\nPool closes at 8.`, version: 1 }).expect(200);
    expect(merged.body.note).toMatchObject({ version: 2, writtenAtLocal: '2026-11-28 10:01' });
    const audited = await app().db.all<{ action: string; target: string; detail_json: string }>("SELECT action, target, detail_json FROM audit_log WHERE action LIKE 'handover.%' ORDER BY id");
    expect(audited.map((a) => [a.action, a.target.replace(/\d+$/, 'N'), JSON.parse(a.detail_json).version, JSON.parse(a.detail_json).text])).toEqual([
      ['handover.write', 'handover:N', 1, first.body.note.text],
      ['handover.write', 'handover:N', 2, merged.body.note.text],
    ]);
  });

  it('of two saves at once over the same version, keeps one and tells the other, never both nor neither', async () => {
    const { note } = (await read())[0]!;
    const results = await Promise.all([save({ text: 'Night: ice machine broken.', version: note!.version }), save({ text: 'Night: VIP in 301.', version: note!.version })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = results.find((r) => r.status === 200)!;
    const lost = results.find((r) => r.status === 409)!;
    expect((await read())[0]!.note).toMatchObject({ text: won.body.note.text, version: note!.version + 1 });
    expect(lost.body.theirs.text).toBe(won.body.note.text);
    expect(lost.body.yours).not.toBe(won.body.note.text);
  });

  it('hides a card number, refuses a note too long, a missing version or another field, with a 400 naming it', async () => {
    const { note } = (await read())[0]!;
    const hidden = await save({ text: 'Garcías: card 4111 1111 1111 1111 declined.', version: note!.version }).expect(200);
    expect(hidden.body.note.text).toBe('Garcías: card [card number hidden, ending 1111] declined.');
    const v = hidden.body.note.version as number;
    expect((await save({ text: 'x'.repeat(2001), version: v }).expect(400)).body).toMatchObject({ error: 'bad_parameter', parameter: 'text' });
    expect((await save({ text: 'No version' }).expect(400)).body).toMatchObject({ parameter: 'version' });
    expect((await save({ text: 'x', version: -1 }).expect(400)).body).toMatchObject({ parameter: 'version' });
    expect((await save({ text: 'x', version: v, day: '2026-11-27' }).expect(400)).body).toMatchObject({ error: 'bad_parameter' });
    expect((await save({ text: ['x'], version: v }).expect(400)).body).toMatchObject({ parameter: 'text' });
    expect((await read())[0]!.note!.version).toBe(v);
  });

  it("reads yesterday's note the next morning until today's is written, on the overview too", async () => {
    const yesterday = (await read())[0]!.note!;
    app().clock.set('2026-11-29T12:30:00Z'); // Sunday, 07:30 in New York
    expect(await read()).toMatchObject([{ today: '2026-11-29', note: null, yesterday }]);
    const { agent } = await login();
    const page = (await agent.get('/staff').expect(200)).text;
    const panel = page.slice(page.indexOf('class="handover"'), page.indexOf('</section>', page.indexOf('class="handover"')));
    expect(panel).toContain('No note for today yet.');
    expect(panel).toContain(`<details class="handover-yesterday" open><summary>Yesterday&#39;s note</summary><p class="muted small">Written by ${app().clerk.username}, yesterday `);
    expect(panel).toContain('Garcías: card [card number hidden, ending 1111] declined.');
  });

  it("the overview's form saves the note and comes back to it; a save over another's shows theirs and keeps yours in the box", async () => {
    const { agent, csrf } = await login();
    const id = await hotelId();
    const saved = await agent.post('/staff/handover').type('form').send({ _csrf: csrf, hotel: id, version: 0, text: 'Morning: <b>late checkout</b> for 204.' }).expect(303);
    expect(saved.headers.location).toBe(`/staff?notice=handover-saved#handover-${id}`);
    const page = (await agent.get('/staff?notice=handover-saved').expect(200)).text;
    expect(page).toContain('Handover note saved.');
    expect(page).toContain('<p class="handover-text">Morning: &lt;b&gt;late checkout&lt;/b&gt; for 204.</p>');
    expect(page).toContain('<summary>Edit today&#39;s note</summary>');

    // Opened before that save (version 0), saved after it.
    const refused = await agent.post('/staff/handover').type('form').send({ _csrf: csrf, hotel: id, version: 0, text: 'Morning: shuttle at 9.' }).expect(409);
    expect(refused.text).toContain('saved the note today 07:30, after you opened it');
    expect(refused.text).toContain('<p class="handover-text" id="handover-theirs">Morning: &lt;b&gt;late checkout&lt;/b&gt; for 204.</p>');
    expect(refused.text).toMatch(/<input type="hidden" name="version" value="1">[\s\S]*<textarea[^>]*>Morning: shuttle at 9.<\/textarea>/);
    expect((await read())[0]!.note!.text).toBe('Morning: <b>late checkout</b> for 204.');

    // Too long: the form again with the text as typed, what to fix and the version read (not one saved since); nothing saved.
    const long = await agent.post('/staff/handover').type('form').send({ _csrf: csrf, hotel: id, version: 0, text: 'y'.repeat(2001) }).expect(400);
    expect(long.text).toContain('The note must be at most 2000 characters.');
    expect(long.text).toMatch(/<input type="hidden" name="version" value="0">[\s\S]*<textarea[^>]*>y{2001}<\/textarea>/);
    // A property not in view is no form of this page; without the CSRF token nothing is saved either.
    await agent.post('/staff/handover').type('form').send({ _csrf: csrf, hotel: id + 1000, version: 1, text: 'elsewhere' }).expect(400);
    await agent.post('/staff/handover').type('form').send({ hotel: id, version: 1, text: 'forged' }).expect(403);
    expect((await read())[0]!.note).toMatchObject({ version: 1, text: 'Morning: <b>late checkout</b> for 204.' });
  });
}
