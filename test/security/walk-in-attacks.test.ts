// Round 31: the console's walk-in (POST /api/reservations with `walkIn`: booked for today and marked
// arrived at once) as a clerk of one property, or someone with a captured request, would try it:
// another property, another day, odd values, late at night, and what the audit keeps. Real HTTP
// through the express app on a fresh SQLite file, the demo group (Miramar MIR, Sierra Alta SIE).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { groupTokens, postWalkIn } from './group-tokens.ts';

const NEW_YORK = new HotelClock('America/New_York');

describe('the console’s walk-in, attacked', () => {
  let t: TestApp;
  let group: string;
  let mirOnly: string;
  let today: string;

  beforeAll(async () => {
    t = await startTestApp({ hotelsDir: DEMO_GROUP, env: { STAFF_COOKIE_SECURE: 'false' } });
    today = NEW_YORK.today(t.clock.now());
    ({ group, mirOnly } = await groupTokens(t));
  });
  afterAll(() => t.close());

  const walkIn = (over: Record<string, unknown>, token = group) => postWalkIn(t, token, over);
  const count = async () => Number((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM reservations'))!.n);

  it('a clerk of one property cannot walk a guest in at another, whatever the spelling of its code', async () => {
    const before = await count();
    for (const hotel of ['SIE', 'sie', ' SIE ', ['SIE'], { code: 'SIE' }]) {
      const refused = await walkIn({ hotel }, mirOnly);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
    }
    expect(await count()).toBe(before);
  });

  it('a walk-in on another day, or with an odd walkIn value, is a 400 naming the field, and nothing is booked', async () => {
    const before = await count();
    for (const [over, field] of [
      [{ arrival: addDaysIso(today, 1) }, 'arrival'],
      [{ arrival: addDaysIso(today, -1) }, 'arrival'],
      [{ arrival: addDaysIso(today, 400) }, 'arrival'],
      [{ arrival: `${today}T00:00:00Z` }, 'arrival'],
      [{ walkIn: 'maybe' }, 'walkIn'],
      [{ walkIn: ['yes', 'yes'] }, 'walkIn'],
      [{ walkIn: { yes: true } }, 'walkIn'],
      [{ walkIn: 'yes\u0000' }, 'walkIn'],
    ] as const) {
      const refused = await walkIn(over);
      expect(refused.status, JSON.stringify(over)).toBe(400);
      expect(JSON.stringify(refused.body), JSON.stringify(over)).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('a walk-in late in the evening, past the hotel’s hold time, is booked and arrived, never booked already released', async () => {
    t.clock.set('2026-11-29T04:30:00Z'); // 23:30 in New York, Saturday November 28
    try {
      const made = await walkIn({ guestName: 'Late Walker' });
      expect(made.status).toBe(201);
      const row = (await t.db.get<{ status: string; arrival: string; hold_until: string }>('SELECT status, arrival, hold_until FROM reservations WHERE id = ?', [made.body.id]))!;
      expect(row).toMatchObject({ status: 'arrived', arrival: NEW_YORK.today(t.clock.now()) });
    } finally {
      t.clock.set('2026-11-28T15:00:00Z');
    }
  });

  it('the audit names the account and the walk-in, never the guest’s name or number', async () => {
    const made = await walkIn({ guestName: 'Audit Walker', phone: '(212) 555-0199' }, mirOnly);
    expect(made.status).toBe(201);
    const entries = await t.db.all<{ actor: string; via: string; action: string; detail_json: string }>(
      'SELECT actor, via, action, detail_json FROM audit_log WHERE target = ? ORDER BY id',
      [`reservation:${made.body.id}`],
    );
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['mirdesk', 'reservation.create'],
      ['mirdesk', 'reservation.arrived'],
    ]);
    const all = JSON.stringify(entries);
    expect(all).toContain('walkIn');
    expect(all).not.toContain('Audit Walker');
    expect(all).not.toContain('0199');
  });
});
