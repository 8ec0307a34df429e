// A hotel file changed: what a start says it changed, and what a running server says when the
// hotel in the database is no longer the one it serves.
//
// A server reads its properties from the database once, at start, and quotes them from memory.
// Another instance started with a changed file (a rolling restart, or a machine whose copy of the
// folder is older), or `scripts/load-hotel.ts` run against the live database, changes the stored
// hotel — rooms counted by every instance at once — while this server goes on saying its own rates
// and names. That is said in the log, once per change, naming what differs and what to do.

import { isDeepStrictEqual } from 'node:util';
import type { Logger } from '../logger.ts';
import type { Sql } from '../storage/sql.ts';
import type { HotelFile } from './hotel-file.ts';
import type { LoadedHotel } from './hotel-store.ts';

type RoomType = HotelFile['roomTypes'][number];

const shown = (value: unknown): string => (value === undefined ? '(none)' : JSON.stringify(value));

/**
 * What differs from `before` to `after`, one short line each: a room type's rate, rooms, name or
 * words by its code, room types added or removed, any other key with its two values.
 */
export function hotelChanges(before: HotelFile, after: HotelFile): string[] {
  const lines: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('roomTypes');
  for (const key of keys) {
    const was = (before as Record<string, unknown>)[key];
    const is = (after as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(was, is)) lines.push(`${key}: ${shown(was)} → ${shown(is)}`);
  }
  const beforeTypes = new Map(before.roomTypes.map((t) => [t.code, t]));
  const afterTypes = new Map(after.roomTypes.map((t) => [t.code, t]));
  for (const [code, was] of beforeTypes) {
    const is = afterTypes.get(code);
    if (!is) {
      lines.push(`room type ${code}: removed`);
      continue;
    }
    for (const field of Object.keys({ ...was, ...is }) as (keyof RoomType)[]) {
      if (!isDeepStrictEqual(was[field], is[field])) lines.push(`room type ${code} ${field}: ${shown(was[field])} → ${shown(is[field])}`);
    }
  }
  for (const code of afterTypes.keys()) if (!beforeTypes.has(code)) lines.push(`room type ${code}: added`);
  return lines;
}

/** The stored hotel files of these hotels, by id, as they are in the database now. */
export async function storedHotelFiles(db: Sql, ids: readonly number[]): Promise<Map<number, HotelFile>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all<{ id: number; config_json: string }>(`SELECT id, config_json FROM hotels WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
  return new Map(rows.map((row) => [row.id, JSON.parse(row.config_json) as HotelFile]));
}

export const hotelName = (hotel: Pick<LoadedHotel, 'code' | 'info'>): string => (hotel.code ? `${hotel.info.name} (${hotel.code})` : hotel.info.name);

/** How often a running server compares the hotels it serves with the database: one short query. */
export const HOTEL_CHECK_EVERY_MS = 5_000;

export interface HotelWatch {
  /** One comparison now (never rejects: a database away is the health check's business). */
  checkOnce(): Promise<void>;
  stop(): void;
}

/**
 * Every `everyMs`, compares each hotel this server serves with the database, and warns once per
 * stored version that differs from what this server quotes, with what differs; says so when the
 * database is back to what it serves.
 */
export function watchHotelFiles(deps: { db: Sql; hotels: readonly LoadedHotel[]; logger: Logger }, everyMs = HOTEL_CHECK_EVERY_MS): HotelWatch {
  const warned = new Map<number, HotelFile>();
  const checkOnce = async (): Promise<void> => {
    let stored: Map<number, HotelFile>;
    try {
      stored = await storedHotelFiles(deps.db, deps.hotels.map((hotel) => hotel.id));
    } catch {
      return;
    }
    for (const hotel of deps.hotels) {
      const now = stored.get(hotel.id);
      if (!now) continue;
      const changes = hotelChanges(hotel.file, now);
      const before = warned.get(hotel.id);
      if (changes.length === 0) {
        if (before) deps.logger.info({ hotel: hotel.code }, `${hotelName(hotel)} in the database is again the hotel file this server serves`);
        warned.delete(hotel.id);
        continue;
      }
      if (before && isDeepStrictEqual(before, now)) continue;
      warned.set(hotel.id, now);
      deps.logger.warn(
        { hotel: hotel.code, changes },
        `${hotelName(hotel)} in the database is not the hotel file this server started with (another instance started with a ` +
          `different file, or load-hotel was run): this server still quotes its own until it is restarted. Differences (this server → database): ` +
          `${changes.join('; ')}. Give every instance the same file and restart them one at a time (docs/hotel-group.md#changing-a-hotel-file)`,
      );
    }
  };
  const timer = setInterval(() => void checkOnce(), everyMs);
  timer.unref();
  return { checkOnce, stop: () => clearInterval(timer) };
}
