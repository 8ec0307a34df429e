// No card number on any staff page or API answer; caller numbers in full for staff, never in the
// log; what callers said is shown as text, never run as markup.

import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/database.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

const CARD = '4111111111111111';
const CARD_SPOKEN = '4111 1111 1111 1111';
const CALLER = '+12125550123';

describe('privacy on the staff side', () => {
  let dir: string;
  let db: Db;
  let server: Server;
  let baseUrl: string;
  let token: string;
  let callSid: string;
  const logLines: string[] = [];
  const clock = testClock();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-staff-privacy-'));
    const config = loadConfig({
      PUBLIC_BASE_URL: TEST_PUBLIC_URL,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      DATABASE_PATH: join(dir, 'conserje.db'),
      STAFF_COOKIE_SECURE: 'false',
      LOG_LEVEL: 'debug',
    });
    db = (await openDatabase(config.databasePath));
    await ensureHotel(db, { now: clock.now() });
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const app = (await buildApp({ config, db, logger: createLogger('debug', sink), clock: clock.now }));
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const accounts = new Accounts(db);
    await accounts.add('alice', 'alice-password-1', 'admin', clock.now());
    token = (await accounts.createToken('alice', null, clock.now())).token;

    // A caller keys a card number where the nights go, says one as their "name", then a bit of markup.
    const call = new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: CALLER, to: HOTEL_NUMBER });
    callSid = call.callSid;
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.press('2');
    await call.press('1');
    await call.press(`${CARD}#`);
    await call.press('2#');
    await call.say(`my card number is ${CARD_SPOKEN}`, 0.95);
    await call.say('<script>alert(1)</script> <img src=x onerror=alert(2)>', 0.5);
    await call.hangup();
    // Past the call-back offer's 15 minutes: the second call is a booking of its own, not the first one resumed.
    clock.advance(16 * 60_000);
    await bookByKeys(new CallSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from: CALLER, to: HOTEL_NUMBER }), { name: 'Ana Torres' });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const noCard = (text: string) => {
    expect(text).not.toContain(CARD);
    expect(text).not.toContain(CARD_SPOKEN);
  };

  it('stores no card number: what the caller keyed and said was redacted on arrival', async () => {
    const events = await db.all<{ input_json: string | null; understood: string | null; said_json: string | null }>(
      'SELECT input_json, understood, said_json FROM call_events WHERE call_sid = ?',
      [callSid],
    );
    const stored = JSON.stringify(events) + JSON.stringify(await db.all('SELECT * FROM calls'));
    noCard(stored);
    expect(stored).toContain('[card number hidden, ending 1111]');
  });

  it('shows no card number in the API, the CSV or the pages, only its last four digits', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const detail = await request(baseUrl).get(`/api/calls/${callSid}`).set(auth).expect(200);
    noCard(detail.text);
    expect(detail.text).toContain('[card number hidden, ending 1111]');
    noCard((await request(baseUrl).get('/api/calls').set(auth).expect(200)).text);
    noCard((await request(baseUrl).get('/api/calls.csv').set(auth).expect(200)).text);
    noCard((await request(baseUrl).get('/api/reservations?q=card').set(auth).expect(200)).text);

    const agent = request.agent(baseUrl);
    const form = await agent.get('/staff/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'alice', password: 'alice-password-1' }).expect(303);
    const page = await agent.get(`/staff/calls/${callSid}`).expect(200);
    noCard(page.text);
    expect(page.text).toContain('ending 1111');
  });

  it('shows what a caller said as text, never as markup', async () => {
    const agent = request.agent(baseUrl);
    const form = await agent.get('/staff/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'alice', password: 'alice-password-1' }).expect(303);
    const page = await agent.get(`/staff/calls/${callSid}`).expect(200);
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>');
    expect(page.text).not.toContain('<img src=x');
  });

  it('shows staff the caller number in full, and never writes it to the log', async () => {
    const res = await request(baseUrl).get(`/api/calls?caller=${encodeURIComponent(CALLER)}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body.calls[0].from).toBe(CALLER);
    const { id } = (await db.get<{ id: number }>('SELECT id FROM reservations LIMIT 1'))!;
    await request(baseUrl).post(`/api/reservations/${id}/cancel`).set('Authorization', `Bearer ${token}`).expect(200);
    await request(baseUrl).get('/api/reservations?q=2125550123').set('Authorization', `Bearer ${token}`).expect(200);
    await request(baseUrl).get('/staff/reservations?q=2125550123').expect(303);
    // A failed login with a phone number typed as the username.
    const agent = request.agent(baseUrl);
    const form = await agent.get('/staff/login');
    await agent.post('/staff/login').type('form').send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(form.text)![1], username: CALLER, password: 'x' });

    const log = logLines.join('');
    expect(log).toContain('staff action');
    expect(log).not.toContain('2125550123');
    expect(log).not.toContain(token);
    noCard(log);
  });
});
