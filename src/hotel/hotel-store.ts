// Loading the hotel file into the database (tables `hotels`, `room_types`) and reading it back.

import { fileURLToPath } from 'node:url';
import type { HotelInfo } from '../../flows/types.ts';
import { atomically } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';
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
export async function upsertHotel(db: Sql, file: HotelFile, now: Date): Promise<number> {
  // Validated again: the type says HotelFile, but nothing unchecked may reach the database.
  const valid = parseHotelFile(file);
  const updatedAt = now.toISOString();
  const configJson = JSON.stringify(valid);
  const codes = valid.roomTypes.map((roomType) => roomType.code);

  return atomically(db, async (tx) => {
    const { id } = (await tx.get<{ id: number }>(
      `INSERT INTO hotels (name, config_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET config_json = excluded.config_json, updated_at = excluded.updated_at
       RETURNING id`,
      [valid.name, configJson, updatedAt],
    ))!;
    for (const roomType of valid.roomTypes) {
      await tx.run(
        `INSERT INTO room_types (hotel_id, code, rate, rooms, active) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (hotel_id, code) DO UPDATE SET rate = excluded.rate, rooms = excluded.rooms, active = 1`,
        [id, roomType.code, roomType.rate, roomType.rooms],
      );
    }
    await tx.run(
      `UPDATE room_types SET active = 0
       WHERE hotel_id = ? AND active = 1 AND code NOT IN (${codes.map(() => '?').join(', ')})`,
      [id, ...codes],
    );
    return id;
  });
}

/** The hotel as stored: its validated file, what a call needs, and the ids of its active room types. */
export async function loadHotel(db: Sql, hotelId: number): Promise<LoadedHotel> {
  const row = await db.get<{ config_json: string }>('SELECT config_json FROM hotels WHERE id = ?', [hotelId]);
  if (!row) throw new Error(`no hotel with id ${hotelId}`);
  const file = parseHotelFile(JSON.parse(row.config_json), `(database, hotel ${hotelId})`);
  const roomTypeIds = new Map<string, number>();
  const rows = await db.all<{ id: number; code: string }>(
    'SELECT id, code FROM room_types WHERE hotel_id = ? AND active = 1 ORDER BY id',
    [hotelId],
  );
  for (const { id, code } of rows) roomTypeIds.set(code, id);
  for (const roomType of file.roomTypes) {
    if (!roomTypeIds.has(roomType.code)) {
      throw new Error(`hotel ${hotelId}: room type ${roomType.code} is in its file but not active in room_types`);
    }
  }
  return { id: hotelId, file, info: toHotelInfo(file), roomTypeIds };
}

export async function hotelCount(db: Sql): Promise<number> {
  return (await db.get<{ n: number }>('SELECT count(*) AS n FROM hotels'))!.n;
}

/** The hotel the server serves: the one most recently loaded or updated. */
export async function currentHotelId(db: Sql): Promise<number | null> {
  const row = await db.get<{ id: number }>('SELECT id FROM hotels ORDER BY updated_at DESC, id DESC LIMIT 1');
  return row?.id ?? null;
}

/**
 * What the server does at start: with a hotel file, load (upsert) it, every start; without one,
 * load the demo hotel into an empty database, else keep serving the current hotel.
 * A bad hotel file throws HotelFileError and changes nothing.
 */
export async function ensureHotel(db: Sql, opts: { hotelFile?: string; now: Date }): Promise<number> {
  if (opts.hotelFile) return upsertHotel(db, readHotelFile(opts.hotelFile), opts.now);
  const current = await currentHotelId(db);
  if (current !== null) return current;
  return upsertHotel(db, parseHotelFile(demoHotel, 'the demo hotel'), opts.now);
}
