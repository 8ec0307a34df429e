// Texting paused by its limits, told on the overview, on PostgreSQL (test/staff/texting-paused.test.ts
// runs it on SQLite): the property's conversations of the past hour and the deployment's keyword
// answers, read as the limits count them, with when each lifts — over real HTTP and signed texts.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYWORD_REPLIES_OVERALL_PER_HOUR } from '../../src/http/keyword-replies.ts';
import { TextingPausedQueries } from '../../src/staff/queries/texting-paused.ts';
import { testClock } from '../helpers/app.ts';
import { deskToken, startAppOnPostgres } from '../helpers/postgres-app.ts';
import type { PostgresApp } from '../helpers/postgres-app.ts';
import { textingGuest } from '../helpers/texting.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const paused = (html: string) => {
  const at = html.indexOf('id="texting-paused"');
  return at < 0 ? null : text(html.slice(at, html.indexOf('</div>', at)));
};

describe('texting paused, on the overview, on PostgreSQL', () => {
  const clock = testClock();
  let app: PostgresApp | undefined;

  beforeAll(async () => {
    app = await startAppOnPostgres(clock, { env: { STAFF_COOKIE_SECURE: 'false', SMS_CONVERSATIONS_PER_HOUR: '2' } });
    await deskToken(app.db, clock);
  });
  afterAll(async () => {
    await app?.close();
  });

  const overview = async () => {
    const agent = request.agent(app!.baseUrl);
    const form = await agent.get('/staff/login').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'bob', password: 'bob-password-123', next: '/staff' }).expect(303);
    return paused((await agent.get('/staff').expect(200)).text);
  };

  it('says new texters get no reply until the oldest conversation of the hour is an hour old', async () => {
    clock.set('2026-11-28T21:00:00Z');
    await textingGuest(app!.baseUrl, '+12125550141').send('Hi, do you have a room for Friday?');
    expect(await overview()).toBeNull();
    clock.set('2026-11-28T21:25:00Z');
    await textingGuest(app!.baseUrl, '+12125550142').send('I would like to book a room');
    expect((await textingGuest(app!.baseUrl, '+12125550143').send('Hello?')).text).toBe('');
    expect(await overview()).toContain('Texts paused: 2 new conversations this hour — the next ones get no reply until today 17:00.');
    clock.set('2026-11-28T22:00:01Z');
    expect(await overview()).toBeNull();
    expect((await textingGuest(app!.baseUrl, '+12125550143').send('Hello?')).text).not.toBe('');
  });

  it('reads the deployment’s keyword answers of the hour, and when they lift', async () => {
    const start = Date.parse('2026-11-28T21:00:00Z');
    for (let i = 0; i < KEYWORD_REPLIES_OVERALL_PER_HOUR; i++) {
      await app!.db.run('INSERT INTO keyword_replies (sender, sent_at, message_sid) VALUES (?, ?, ?)', [
        `1:+1212555${String(2000 + Math.floor(i / 6))}`,
        new Date(start + (i + 1) * 20_000).toISOString(),
        `SM${String(i).padStart(32, '1')}`,
      ]);
    }
    const queries = new TextingPausedQueries(app!.db, 2);
    const at = new Date('2026-11-28T22:00:00Z');
    expect((await queries.now([], at)).keywords).toEqual({ sent: KEYWORD_REPLIES_OVERALL_PER_HOUR, limit: KEYWORD_REPLIES_OVERALL_PER_HOUR, until: '2026-11-28T22:00:20.000Z' });
    expect((await queries.now([], new Date('2026-11-28T22:00:20.001Z'))).keywords).toBeNull();
  });
});
