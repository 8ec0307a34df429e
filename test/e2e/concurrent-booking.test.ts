import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/database.ts';
import { startTestApp } from '../helpers/app.ts';

/** The most rooms of one type taken on any night by reservations and live holds together. */
async function peakUse(db: Db, code: string): Promise<{ used: number; rooms: number }> {
  const { rooms, id } = (await db.get<{ rooms: number; id: number }>('SELECT rooms, id FROM room_types WHERE code = ?', [code]))!;
  const row = (await db.get<{ used: number | null }>(`SELECT MAX(n) AS used FROM (SELECT SUM(rn.rooms) AS n FROM reservation_nights rn
         JOIN reservations r ON r.id = rn.reservation_id WHERE rn.room_type_id = ? AND r.status != 'cancelled'
         GROUP BY rn.night)`, [id]))!;
  return { used: row.used ?? 0, rooms };
}

describe('concurrent callers', () => {
  it('never overbook a room type, whatever they ask for at once', async () => {
    const t = await startTestApp();
    try {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              rooms: fc.integer({ min: 1, max: 3 }),
              nights: fc.integer({ min: 1, max: 3 }),
              day: fc.integer({ min: 0, max: 2 }),
            }),
            { minLength: 2, maxLength: 6 },
          ),
          async (guests) => {
            round++;
            // Each round books a month further on, so rounds do not see each other's rooms.
            const month = String(((round - 1) % 9) + 1).padStart(2, '0');
            const results = await Promise.all(
              guests.map(async (g, i) => {
                const call = t.call({ from: `+1212555${String(1000 + round * 10 + i).slice(-4)}` });
                await call.start();
                await call.press('1');
                await call.press(`${month}${String(10 + g.day).padStart(2, '0')}`);
                await call.press('1'); // Ocean Suite: 2 rooms only
                await call.press(String(g.rooms));
                const turn = await call.press(`${g.nights}#`);
                if (turn.waitingFor !== 'input' || !turn.gather) return call.hangup();
                await call.say('Guest Name', 0.95);
                await call.press('1');
                await call.press('1');
                return call.press('1');
              }),
            );
            expect(results).toHaveLength(guests.length);
            const { used, rooms } = (await peakUse(t.db, 'OCEAN'));
            expect(used).toBeLessThanOrEqual(rooms);
          },
        ),
        { numRuns: 12 },
      );
      // The property is not vacuous: the suites were in demand and some were sold.
      const booked = (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n;
      expect(booked).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});
