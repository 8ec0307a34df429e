// More callback requests than a page, for the worklist's paging tests (callbacks-paging*.test.ts).

import { expect } from 'vitest';
import type { TestApp } from '../helpers/app.ts';

export const WAITING = 30;
export const CALLED_BACK = 60;

/** The requests listed on a page, in order. */
export const rowsOf = (page: string) => [...page.matchAll(/<tr id="callback-(\d+)"/g)].map((m) => Number(m[1]));

/**
 * `WAITING` open requests a minute apart, then `CALLED_BACK` done ones, each closed a minute after
 * the last, alternating between the group's properties; returns their ids, waiting oldest first and
 * called back latest first (the orders the worklist shows).
 */
export async function seedCallbacks(t: TestApp): Promise<{ waiting: number[]; calledBack: number[] }> {
  const hotels = (await t.db.all<{ id: number }>('SELECT id FROM hotels ORDER BY id')).map((h) => h.id);
  expect(hotels.length).toBeGreaterThan(1);
  const base = Date.parse('2026-11-20T12:00:00Z');
  const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
  const insert = async (i: number, open: boolean) =>
    (await t.db.get<{ id: number }>(
      `INSERT INTO callback_requests (created_at, caller_number, locale, reason, hotel_id, status, done_at, done_by, note)
       VALUES (?, ?, 'en-US', 'caller_asked', ?, ?, ?, ?, ?) RETURNING id`,
      [at(i), `+1305555${String(1000 + i)}`, hotels[i % hotels.length]!, open ? 'open' : 'done', open ? null : at(10_000 + i), open ? null : 'bob', open ? null : `Called back ${i}`],
    ))!.id;
  const calledBack: number[] = [];
  for (let i = 0; i < CALLED_BACK; i++) calledBack.push(await insert(i, false));
  const waiting: number[] = [];
  for (let i = CALLED_BACK; i < CALLED_BACK + WAITING; i++) waiting.push(await insert(i, true));
  return { waiting, calledBack: calledBack.reverse() };
}

