// A group whose properties read one clock (two hotels in New York) names no city: the overview's
// arrivals, each property's, and a printed list's time say the date and time alone, as a single
// hotel's do. A group on different clocks names each by its city (test/staff/reservations-print.test.ts,
// the group tests). Saturday 28 November 2026, 10:00 in New York.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { STAFF, login, startStaffApp } from './staff-helpers.ts';

describe('a group on one clock names no city', () => {
  let t: TestApp;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-one-clock-'));
    const miramar = readFileSync(join(DEMO_GROUP, 'miramar.json'), 'utf8');
    writeFileSync(join(dir, 'miramar.json'), miramar);
    const beach = { ...JSON.parse(miramar), name: 'Miramar Beach', code: 'MBE', phoneNumbers: ['+15557650199'] };
    writeFileSync(join(dir, 'beach.json'), JSON.stringify(beach));
    t = await startStaffApp({ hotelsDir: dir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the overview’s arrivals say each property’s today without its zone, and a printed list its time', async () => {
    const { agent } = await login(t, STAFF);
    const overview = (await agent.get('/staff').expect(200)).text;
    const panels = [...overview.matchAll(/<section class="property-arrivals"[\s\S]*?<\/p>/g)].map((m) => m[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    expect(panels.sort()).toEqual(['Hotel Miramar today', 'Miramar Beach today']);
    const list = (await agent.get('/staff/reservations?list=arrivals').expect(200)).text;
    expect(/id="printed">([^<]*)/.exec(list)![1]).toBe('All properties · Arrivals: MBE Sat, Nov 28, MIR Sat, Nov 28 · printed MBE Sat, Nov 28 10:00, MIR Sat, Nov 28 10:00');
    expect(list).not.toContain('New York time');
  });
});
