// The calls CSV export walks every matching call a page at a time (CallQueries.iterate) and lets
// the event loop run between pages: on SQLite a statement runs on the loop that answers Twilio's
// webhooks, and an export of two years held every call behind it for 3 s. It writes at the
// client's pace, and stops when the client has gone.

import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallQueries } from '../../src/staff/queries/calls.ts';
import type { TestApp } from '../helpers/app.ts';
import { recording } from '../helpers/query-plans.ts';
import { bearer, copyCalls, fillWithCalls, startStaffApp } from './staff-helpers.ts';

/** Calls copied from the filled ones, a minute apart before them: enough for 50 pages of the export. */
const COPIES = 5_000;

describe('the calls CSV export on a long history', () => {
  let t: TestApp;
  let token: string;
  let total: number;
  beforeAll(async () => {
    t = await startStaffApp();
    await fillWithCalls(t);
    await copyCalls(t, COPIES);
    total = (await t.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n;
    token = await bearer(t);
  });
  afterAll(async () => t.close());

  const csv = () => request(t.baseUrl).get('/api/calls.csv').set('Authorization', `Bearer ${token}`);

  it('exports every call once, newest first, across many pages', async () => {
    const res = await csv().expect(200);
    const rows = res.text.trim().split('\r\n').slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r[0])).size).toBe(total);
    const started = rows.map((r) => r[1]!);
    expect(started).toEqual([...started].sort().reverse());
  });

  it('reads the same calls whatever the page size, and lets the event loop run between pages', async () => {
    // The first call (10:00 in New York) and the 30 copies before it.
    const halfAnHour = { startIso: '2026-11-28T14:30:00.000Z', endIso: '2026-11-28T15:00:30.000Z' };
    const sids = async (pageRows: number) => {
      const out: string[] = [];
      for await (const call of new CallQueries(t.db, pageRows).iterate(halfAnHour)) out.push(call.callSid);
      return out;
    };
    const whole = await sids(1_000_000);
    expect(whole).toHaveLength(31);
    expect(await sids(1)).toEqual(whole);
    expect(await sids(3)).toEqual(whole);

    const order: string[] = [];
    const done = sids(2).then(() => order.push('export'));
    setImmediate(() => order.push('another request'));
    await done;
    expect(order).toEqual(['another request', 'export']);
  });

  it("finds a name's or a number's calls once, however many pages their export takes", async () => {
    // The copies keep the first call's number and reservation (Ana Torres's): over 5,000 calls each way.
    for (const filter of [{ guestName: 'torres' }, { callerDigits: '2125550123' }]) {
      const listed = await new CallQueries(t.db).list(filter, 1, 100_000);
      expect(listed.total, JSON.stringify(filter)).toBeGreaterThan(COPIES);
      const { sql, statements: read } = recording(t.db);
      const sids: string[] = [];
      for await (const call of new CallQueries(sql, 7).iterate(filter)) sids.push(call.callSid);
      // Each page's reservations made in its calls (a call may book twice) are read by call SID apart.
      const statements = read.map(([text]) => text).filter((text) => !text.startsWith('SELECT call_sid, id, confirmation FROM reservations WHERE call_sid IN ('));
      expect(sids, JSON.stringify(filter)).toEqual(listed.calls.map((c) => c.callSid));
      // One statement finds them all; each page of 7 then reads its calls by SID, nothing found again.
      expect(statements).toHaveLength(1 + Math.ceil(listed.total / 7));
      expect(statements[0]).not.toContain('c.call_sid IN (');
      expect(statements.slice(1).every((sql) => sql.includes('c.call_sid IN ('))).toBe(true);
    }
  });

  it('answers a call while an export is being written', async () => {
    const order: string[] = [];
    const call = t.call({ from: '+12125550999' });
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(new URL('/api/calls.csv', t.baseUrl), { headers: { Authorization: `Bearer ${token}` } }, (res) => {
        // The export is under way once its first part arrives: a call comes in then.
        res.once('data', () => void call.start().then(() => order.push('call answered'), reject));
        res.on('data', () => {});
        res.on('end', () => {
          order.push('export');
          resolve();
        });
      });
      req.on('error', reject);
      req.end();
    });
    await expect.poll(() => order).toEqual(['call answered', 'export']);
    await call.hangup();
  });

  it('stops when the client goes away, and goes on serving', async () => {
    const url = new URL('/api/calls.csv', t.baseUrl);
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(url, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
        expect(res.statusCode).toBe(200);
        // The first chunk, then hang up without reading the rest.
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (err) => (req.destroyed ? resolve() : reject(err)));
      req.end();
    });
    const calls = (await t.db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n;
    const again = await csv().expect(200);
    expect(again.text.trim().split('\r\n')).toHaveLength(calls + 1);
  });
});
