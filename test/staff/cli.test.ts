// The terminal commands, run as `npm run staff` / `npm run calls` / `npm run flow-diagram` run them.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownStatus } from '../../src/inventory/reservation-status.ts';
import type { TestApp } from '../helpers/app.ts';
import { runScript as run } from '../helpers/run-script.ts';
import { fillWithCalls, startStaffApp } from './staff-helpers.ts';
import type { FilledCalls } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

// Each command is a fresh tsx process: several seconds apiece on a busy machine (2 cores, shared).
describe('terminal commands', { timeout: 90_000 }, () => {
  let t: TestApp;
  let calls: FilledCalls;
  let env: Record<string, string>;

  beforeAll(async () => {
    t = await startStaffApp();
    calls = await fillWithCalls(t);
    env = { DATABASE_PATH: t.dbPath, NODE_ENV: 'test' };
  });
  afterAll(async () => t.close());

  it('adds an account with the password read from stdin, never from the command line', async () => {
    const added = await run('staff.ts', ['add', 'carol', '--role', 'admin'], { env, input: 'carol-password-1\n' });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Added carol (admin, the whole group)');
    const row = (await t.db.get<{ role: string; password_hash: string }>("SELECT role, password_hash FROM staff_users WHERE username = 'carol'"))!;
    expect(row.role).toBe('admin');
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain('carol-password-1');

    const onArgv = await run('staff.ts', ['add', 'dave', 'dave-password-1'], { env });
    expect(onArgv.code).toBe(2);
    expect(await t.db.get("SELECT count(*) AS n FROM staff_users WHERE username = 'dave'")).toEqual({ n: 0 });
    const short = await run('staff.ts', ['add', 'erin'], { env, input: 'short\n' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('at least 10 characters');
    const again = await run('staff.ts', ['add', 'carol'], { env, input: 'carol-password-2\n' });
    expect(again.code).toBe(1);

    // The new account logs in.
    const agent = request.agent(t.baseUrl);
    const form = await agent.get('/staff/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    expect((await agent.post('/staff/login').type('form').send({ _csrf: csrf, username: 'carol', password: 'carol-password-1' })).status).toBe(303);
  });

  it('answers --hotel on a single hotel (no codes) with what is loaded and how a group is, and makes no account', async () => {
    const res = await run('staff.ts', ['add', 'zed', '--hotel', 'SIE'], { env: { ...env, HOTELS_DIR: '' }, input: 'zed-password-123\n' });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^staff: no property with code SIE\. This database has .+, with no code: one hotel, whose accounts see it all \(leave --hotel out\)\./);
    expect(res.stderr).toContain('HOTELS_DIR set to their folder (HOTELS_DIR is not set here)');
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(await t.db.get("SELECT count(*) AS n FROM staff_users WHERE username = 'zed'")).toEqual({ n: 0 });
    // A database no server has started on: nothing loaded, said so.
    const fresh = await run('staff.ts', ['add', 'zed', '--hotel', 'SIE'], { env: { ...env, DATABASE_PATH: `${t.dbPath}-fresh`, HOTELS_DIR: '' }, input: 'zed-password-123\n' });
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toContain('staff: no property with code SIE. This database has no hotel loaded yet.');
  });

  it('prints an API token, changes roles, lists and disables accounts, all in the audit log', async () => {
    const minted = await run('staff.ts', ['token', 'carol', 'reporting', 'script'], { env });
    expect(minted.code, minted.stderr).toBe(0);
    const token = minted.stdout.trim();
    expect(token).toMatch(/^cnj_[A-Za-z0-9_-]{43}$/);
    expect((await request(t.baseUrl).get('/api/audit').set('Authorization', `Bearer ${token}`)).status).toBe(200);

    expect((await run('staff.ts', ['role', 'carol', 'staff'], { env })).code).toBe(0);
    expect((await request(t.baseUrl).get('/api/audit').set('Authorization', `Bearer ${token}`)).status).toBe(403);
    expect((await run('staff.ts', ['role', 'carol', 'owner'], { env })).code).toBe(2);

    const list = await run('staff.ts', ['list'], { env });
    expect(list.stdout).toMatch(/carol\s+staff\s+active/);
    expect(list.stdout).toMatch(/alice\s+admin\s+active/);

    expect((await run('staff.ts', ['disable', 'carol'], { env })).code).toBe(0);
    expect((await request(t.baseUrl).get('/api/calls').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    expect((await run('staff.ts', ['list'], { env })).stdout).toMatch(/carol\s+staff\s+disabled/);
    expect((await run('staff.ts', ['disable', 'nobody'], { env })).code).toBe(1);

    const actions = (await t.db.all<{ action: string; via: string; actor: string }>("SELECT action, via, actor FROM audit_log WHERE via = 'terminal' ORDER BY id"));
    expect(actions.map((a) => a.action)).toEqual(['account.add', 'token.create', 'account.role', 'account.disable']);
    expect(actions.every((a) => a.actor === 'terminal')).toBe(true);
  });

  it('lists recent calls and prints one timeline', async () => {
    const list = await run('calls.ts', [], { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('4 calls');
    // Opened, as the overview is, by today's calls that need a person; a filtered list goes
    // straight to its calls.
    expect(list.stdout).toMatch(/^Calls that need a person today \(\d{4}-\d{2}-\d{2}, America\/New_York\): \d+/);
    for (const sid of [calls.booked, calls.desk, calls.abandoned, calls.spanish]) expect(list.stdout).toContain(sid);
    expect(list.stdout.indexOf(calls.spanish)).toBeLessThan(list.stdout.indexOf(calls.booked));
    expect(list.stdout).toContain('+12125550123');

    const booked = await run('calls.ts', ['--outcome', 'booked', '--limit', '5'], { env });
    expect(booked.stdout).toContain(calls.booked);
    expect(booked.stdout).not.toContain('need a person');
    expect(booked.stdout).not.toContain(calls.abandoned);
    expect((await run('calls.ts', ['--outcome', 'happy'], { env })).code).toBe(2);

    const show = await run('calls.ts', ['show', calls.booked], { env });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('askingArrivalDate → askingRoomType');
    expect(show.stdout).toContain('heard keys: 1204');
    expect(show.stdout).toContain('heard speech: "Ana Torres" (confidence 95%)');
    expect(show.stdout).toContain('said: Hello, this is Hotel Miramar. [ask.greeting]');
    // The terminal tells the status at the wall clock's time, not the test's: the booking (arriving
    // 2026-12-04, held until 18:00 that day) shows as released once that hour has passed.
    const hold = (await t.db.get<{ hold_until: string }>('SELECT hold_until FROM reservations WHERE confirmation = ?', [calls.confirmation]))!;
    expect(show.stdout).toContain(`Reservation ${calls.confirmation} (${shownStatus('booked', hold.hold_until, new Date())})`);
    expect((await run('calls.ts', ['show', 'CA0123456789abcdef0123456789abcdef'], { env })).code).toBe(1);
  });

  it('prints the flow diagram generated from the statechart', async () => {
    const res = await run('flow-diagram.ts', ['--print'], { env });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('<!-- flow-diagram:start -->');
    expect(res.stdout).toContain('```mermaid\nstateDiagram-v2');
    expect(res.stdout).toContain('[*] --> greeting');
    expect(res.stdout.trimEnd().endsWith('<!-- flow-diagram:end -->')).toBe(true);
  });
});

describe('terminal commands in a hotel group', { timeout: 90_000 }, () => {
  let t: TestApp;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    env = { DATABASE_PATH: t.dbPath, NODE_ENV: 'test' };
    const sierra = t.call({ to: SIERRA, from: '+525512340001' });
    await sierra.start();
    const miramar = t.call({ to: MIRAMAR, from: '+12125550177' });
    await miramar.start();
  });
  afterAll(async () => t.close());

  it('adds an account for some properties, refuses an unknown code, and lists each account\'s', async () => {
    const added = await run('staff.ts', ['add', 'dana', '--hotel', 'MIR', '--hotel=sie'], { env, input: 'dana-password-12\n' });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Added dana (staff, properties MIR, SIE)');
    const bad = await run('staff.ts', ['add', 'eve', '--hotel', 'XYZ'], { env, input: 'eve-password-123\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no property with code XYZ. This database knows MIR (Hotel Miramar), SIE (');
    expect(bad.stderr).toContain('HOTELS_DIR');
    expect(await t.db.get("SELECT count(*) AS n FROM staff_users WHERE username = 'eve'")).toEqual({ n: 0 });
    const narrowed = await run('staff.ts', ['hotels', 'dana', '--hotel', 'SIE'], { env });
    expect(narrowed.stdout).toContain('dana now sees properties SIE');
    const list = await run('staff.ts', ['list'], { env });
    expect(list.stdout).toMatch(/dana\s+staff\s+active\s+SIE/);
    expect(list.stdout).toMatch(/alice\s+admin\s+active\s+all/);
  });

  it('lists one property\'s calls with --hotel', async () => {
    const sierra = await run('calls.ts', ['--hotel', 'SIE'], { env });
    expect(sierra.code, sierra.stderr).toBe(0);
    expect(sierra.stdout).toContain('1234');
    expect(sierra.stdout).not.toContain('0177');
    const all = await run('calls.ts', [], { env });
    expect(all.stdout).toContain('0177');
    // The whole group: each call says its property, in its own time zone.
    expect(all.stdout).toContain("times in each property's time zone");
    expect(all.stdout).toMatch(/^MIR\s.*\+12125550177/m);
    expect(all.stdout).toMatch(/^SIE\s.*\+525512340001/m);
    expect(sierra.stdout).toContain('times in America/Mexico_City');
    // One call shown without --hotel is in its own property's time zone.
    const sid = (await t.db.get<{ call_sid: string }>("SELECT call_sid FROM calls WHERE from_number = '+525512340001'"))!.call_sid;
    const shown = await run('calls.ts', ['show', sid], { env });
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('America/Mexico_City');
    const unknown = await run('calls.ts', ['--hotel', 'NOPE'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no property with code NOPE');
  });
});
