// No card number anywhere (SPEC §8): callers who key, say and text card numbers in every form at
// every kind of question leave none in the database (any table, any column), the log, the API,
// the CSV export or the staff pages; the caller is told no card number is needed. And a database
// written before inputs were redacted is cleaned when it is opened.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { redact } from '../../src/privacy/redact.ts';
import { INPUT_COLUMNS } from '../../src/privacy/redact-stored.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Sql } from '../../src/storage/sql.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { lastPrompts } from '../helpers/timeline.ts';

/** The digits of the cards used below, as a leak would show them. */
const LEAKS = ['4111111111111111', '4111 1111 1111 1111', '5555555555554444', '378282246310005', '6011111111111117', '4111', '５５５５'].filter((s) => s.length > 4);

/** Every text cell of every table, with where it is. */
async function everyTextCell(db: Sql): Promise<{ where: string; text: string }[]> {
  const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  const cells: { where: string; text: string }[] = [];
  for (const { name } of tables) {
    for (const row of await db.all<Record<string, unknown>>(`SELECT * FROM ${name}`)) {
      for (const [column, value] of Object.entries(row)) if (typeof value === 'string') cells.push({ where: `${name}.${column}`, text: value });
    }
  }
  return cells;
}

function expectNoCard(where: string, text: string): void {
  for (const leak of LEAKS) expect(text, `${where} holds ${leak}`).not.toContain(leak);
  // Nothing the one redaction would still hide.
  expect(redact(text), where).toBe(text);
}

describe('no card number anywhere', () => {
  let t: TestApp;
  const log: string[] = [];
  let voiceCall: string;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        log.push(String(chunk));
        done();
      },
    });
    t = await startTestApp({ env: { STAFF_COOKIE_SECURE: 'false', LOG_LEVEL: 'debug' }, logger: createLogger('debug', sink) });
    await new Accounts(t.db).add('alice', 'alice-password-1', 'admin', t.clock.now());

    // By phone: a card keyed for the nights, said as the name, said at the payment question.
    const call = t.call({ from: '+12125550123' });
    voiceCall = call.callSid;
    await call.start();
    await call.press('1');
    await call.press('1204');
    await call.press('2');
    await call.press('1');
    await call.press('4111*1111*1111*1111#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.cardNumberHeard', 'help.nights']);
    await call.press('2#');
    await call.say('Ana four one one one, one one one one, one one one one, one one one one Torres', 0.95);
    expect((await lastPrompts(t.db, call.callSid))[0]).toBe('notice.cardNumberHeard');
    await call.say('Ana Torres', 0.95);
    await call.say('credit card, the number is ４１１１　１１１１　１１１１　１１１１', 0.9);
    expect((await lastPrompts(t.db, call.callSid))[0]).toBe('notice.cardNumberHeard');
    await call.say('credit card', 0.95);
    await call.press('1');
    const done = await call.press('1');
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts); the caller hangs up.
    expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');

    // A caller who leaves a message for the desk after saying a card at the arrival date.
    const desk = t.call({ from: '+13125550188' });
    await askForStay(desk, { date: '1205' });
    await desk.say('cinco cinco cinco cinco, cinco cinco cinco cinco, cinco cinco cinco cinco, cuatro cuatro cuatro cuatro', 0.9);
    await desk.press('0');
    await desk.dialResult('no-answer');
    await desk.press('1');
    await desk.record({ transcript: 'my card is four one one one one one one one one one one one one one one one' });
    await desk.hangup();

    // By text: an Amex number with dots, a Discover one after a '+'.
    const guest = textingGuest(t.baseUrl, '+14155550177');
    await guest.send('hi, I want to book a room');
    const reply = await guest.send('3782.822463.10005');
    expect(reply.text).toContain("please don't give us a card number");
    await guest.send('+6011 1111 1111 1117');
    await guest.send('STATUS');
    await t.call({ from: '+14155550177' }).start();
  });
  afterAll(async () => t.close());

  it('stores none: every text cell of every table passes the redaction unchanged', async () => {
    const cells = await everyTextCell(t.db);
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) expectNoCard(cell.where, cell.text);
    // What was heard is kept, hidden: staff can see a card number was given and how it ended.
    const heard = await t.db.all<{ input_json: string }>("SELECT input_json FROM call_events WHERE input_json LIKE '%card number hidden%'");
    expect(heard.length).toBeGreaterThanOrEqual(5);
    const guestNames = await t.db.all<{ guest_name: string }>('SELECT guest_name FROM reservations');
    expect(guestNames).toEqual([{ guest_name: 'Ana Torres' }]);
  });

  it('shows and exports none', async () => {
    const agent = request.agent(t.baseUrl);
    const form = await agent.get('/staff/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'alice', password: 'alice-password-1' }).expect(303);
    // Every string of every JSON answer, every cell of the CSV, and the pages as a whole.
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const calls = (await agent.get('/api/calls').expect(200)).body.calls as { callSid: string }[];
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const path of ['/api/calls', '/api/callbacks?status=all', '/api/reservations?q=Torres', '/api/outbox', ...calls.map((c) => `/api/calls/${c.callSid}`)]) {
      for (const text of strings((await agent.get(path).expect(200)).body)) expectNoCard(path, text);
    }
    const csv = (await agent.get('/api/calls.csv').expect(200)).text;
    for (const cell of csv.split(/\r\n|,/)) expectNoCard('/api/calls.csv', cell);
    for (const path of ['/staff/calls', '/staff/callbacks', '/staff/outbox', '/staff/reservations?q=Torres', ...calls.map((c) => `/staff/calls/${c.callSid}`)]) {
      const page = (await agent.get(path).expect(200)).text;
      for (const leak of LEAKS) expect(page, `${path} holds ${leak}`).not.toContain(leak);
    }
    expect((await agent.get(`/staff/calls/${voiceCall}`)).text).toContain('card number hidden, ending 1111');
    // A card number typed as a username at the login form.
    const again = await request(t.baseUrl).get('/staff/login');
    await request(t.baseUrl)
      .post('/staff/login')
      .set('Cookie', (again.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!)
      .type('form')
      .send({ _csrf: /name="_csrf" value="([^"]+)"/.exec(again.text)![1], username: '5555 5555 5555 4444', password: 'x' })
      .expect(401);
  });

  it('logs none, and stores none from the staff side either', async () => {
    for (const line of log) {
      for (const text of Object.values(JSON.parse(line) as Record<string, unknown>)) if (typeof text === 'string') expectNoCard('log', text);
    }
    for (const cell of await everyTextCell(t.db)) expectNoCard(cell.where, cell.text);
    expect(await t.db.get("SELECT actor FROM audit_log WHERE action = 'login.failed'")).toEqual({ actor: '[card number hidden, ending 4444]' });
  });
});

describe('a database written before inputs were redacted', () => {
  it('is redacted when opened: every column where input lands, JSON kept valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-old-db-'));
    const dbPath = join(dir, 'conserje.db');
    const t = await startTestApp({ dbPath });
    const call = t.call({ from: '+12125550123' });
    await askForStay(call);
    await call.say('Ana Torres', 0.95);
    await t.close();

    // Card numbers written straight into the file, as an older version stored what it heard.
    const old = await openDatabase(dbPath);
    const card = '4111 1111 1111 1111';
    const jsonWithBreak = JSON.stringify({ speech: '4111\n1111\n1111\n1111', nested: [{ said: `I heard ${card}` }] });
    for (const { table, columns } of INPUT_COLUMNS) {
      for (const [column, kind] of Object.entries(columns)) {
        const value = kind === 'json' ? jsonWithBreak : `guest said ${card}\u202e here`;
        await old.run(`UPDATE ${table} SET ${column} = ?`, [value]);
      }
    }
    await old.run(
      `INSERT INTO staff_tokens (user_id, token_hash, label, created_at) SELECT id, 'h', ?, '2026-01-01T00:00:00Z' FROM staff_users LIMIT 1`,
      [card],
    );
    await old.run('DELETE FROM data_fixes');
    const before = await everyTextCell(old);
    expect(before.some((c) => c.text.includes(card) || c.text.includes('4111\\n1111'))).toBe(true);
    await old.close();

    const reopened = await openDatabase(dbPath);
    try {
      for (const cell of await everyTextCell(reopened)) expectNoCard(cell.where, cell.text);
      const event = await reopened.get<{ input_json: string }>('SELECT input_json FROM call_events LIMIT 1');
      expect(JSON.parse(event!.input_json)).toEqual({ speech: '[card number hidden, ending 1111]', nested: [{ said: 'I heard [card number hidden, ending 1111]' }] });
      const name = await reopened.get<{ guest_name: string | null }>('SELECT guest_name FROM calls c LEFT JOIN reservations r ON r.call_sid = c.call_sid LIMIT 1');
      expect(name).toBeDefined();
      expect((await reopened.all<{ name: string }>('SELECT name FROM data_fixes')).map((r) => r.name)).toContain('redact-card-numbers-1');
    } finally {
      await reopened.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
