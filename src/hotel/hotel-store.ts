// Loading the hotel file into SQLite (tables `hotels`, `room_types`) and reading it back.

import { fileURLToPath } from 'node:url';
import type { HotelInfo } from '../../flows/types.ts';
import type { Db } from '../storage/database.ts';
import { parseHotelFile, readHotelFile, toHotelInfo } from './hotel-file.ts';
import type { HotelFile } from './hotel-file.ts';

/** The demo hotel shipped in the repo, loaded into an empty database (SPEC §3). */
// Imported as a module, so the demo hotel travels inside the built server (dist/) as well.
import demoHotel from './demo-hotel.json' with { type: 'json' };

/** Where the demo hotel's file is in the source tree (for tools and tests that read it as a file). */
export const DEMO_HOTEL_PATH = fileURLToPath(new URL('./demo-hotel.json', import.meta.url));

export interface LoadedHotel {
  id: number;
  file: HotelFile;
  info: HotelInfo;
  /** Room type code → room_types.id, active room types only. */
  roomTypeIds: Map<string, number>;
}

/**
 * Inserts or updates the hotel (by name) and its room types (by code), all in one transaction:
 * a failure leaves nothing half-loaded. Room types the file no longer lists are marked inactive,
 * never deleted, because reservations point at them. Returns the hotel's id.
 */
export function upsertHotel(db: Db, file: HotelFile, now: Date): number {
  // Validated again: the type says HotelFile, but nothing unchecked may reach the database.
  const valid = parseHotelFile(file);
  const updatedAt = now.toISOString();
  const configJson = JSON.stringify(valid);
  const codesJson = JSON.stringify(valid.roomTypes.map((roomType) => roomType.code));

  const upsertHotelRow = db.prepare<[string, string, string], { id: number }>(
    `INSERT INTO hotels (name, config_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET config_json = excluded.config_json, updated_at = excluded.updated_at
     RETURNING id`,
  );
  const upsertRoomType = db.prepare<[number, string, number, number]>(
    `INSERT INTO room_types (hotel_id, code, rate, rooms, active) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (hotel_id, code) DO UPDATE SET rate = excluded.rate, rooms = excluded.rooms, active = 1`,
  );
  const deactivateUnlisted = db.prepare<[number, string]>(
    `UPDATE room_types SET active = 0
     WHERE hotel_id = ? AND active = 1 AND code NOT IN (SELECT value FROM json_each(?))`,
  );

  return db
    .transaction((): number => {
      const { id } = upsertHotelRow.get(valid.name, configJson, updatedAt)!;
      for (const roomType of valid.roomTypes) {
        upsertRoomType.run(id, roomType.code, roomType.rate, roomType.rooms);
      }
      deactivateUnlisted.run(id, codesJson);
      return id;
    })
    .immediate();
}

/** The hotel as stored: its validated file, what a call needs, and the ids of its active room types. */
export function loadHotel(db: Db, hotelId: number): LoadedHotel {
  const row = db
    .prepare<[number], { config_json: string }>('SELECT config_json FROM hotels WHERE id = ?')
    .get(hotelId);
  if (!row) throw new Error(`no hotel with id ${hotelId}`);
  const file = parseHotelFile(JSON.parse(row.config_json), `(database, hotel ${hotelId})`);
  const roomTypeIds = new Map<string, number>();
  const rows = db
    .prepare<[number], { id: number; code: string }>(
      'SELECT id, code FROM room_types WHERE hotel_id = ? AND active = 1 ORDER BY id',
    )
    .all(hotelId);
  for (const { id, code } of rows) roomTypeIds.set(code, id);
  for (const roomType of file.roomTypes) {
    if (!roomTypeIds.has(roomType.code)) {
      throw new Error(`hotel ${hotelId}: room type ${roomType.code} is in its file but not active in room_types`);
    }
  }
  return { id: hotelId, file, info: toHotelInfo(file), roomTypeIds };
}

export function hotelCount(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM hotels').get()!.n;
}

/** The hotel the server serves: the one most recently loaded or updated. */
export function currentHotelId(db: Db): number | null {
  const row = db
    .prepare<[], { id: number }>('SELECT id FROM hotels ORDER BY updated_at DESC, id DESC LIMIT 1')
    .get();
  return row?.id ?? null;
}

/**
 * What the server does at start: with a hotel file, load (upsert) it, every start; without one,
 * load the demo hotel into an empty database, else keep serving the current hotel.
 * A bad hotel file throws HotelFileError and changes nothing.
 */
export function ensureHotel(db: Db, opts: { hotelFile?: string; now: Date }): number {
  if (opts.hotelFile) return upsertHotel(db, readHotelFile(opts.hotelFile), opts.now);
  const current = currentHotelId(db);
  if (current !== null) return current;
  return upsertHotel(db, parseHotelFile(demoHotel, 'the demo hotel'), opts.now);
}
