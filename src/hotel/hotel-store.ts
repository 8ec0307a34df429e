// Loading the hotel file into the database (tables `hotels`, `room_types`) and reading it back.

import { fileURLToPath } from 'node:url';
import type { HotelInfo } from '../../flows/types.ts';
import { atomically, placeholders } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';
import { HotelFileError, parseHotelFile, readHotelFile, toHotelInfo } from './hotel-file.ts';
import { readHotelsDir } from './hotels-dir.ts';
import type { HotelFile } from './hotel-file.ts';

/** The demo hotel shipped in the repo, loaded into an empty database (SPEC §3). */
// Imported as a module, so the demo hotel travels inside the built server (dist/) as well.
import demoHotel from './demo-hotel.json' with { type: 'json' };

/** Where the demo hotel's file is in the source tree (for tools and tests that read it as a file). */
export const DEMO_HOTEL_PATH = fileURLToPath(new URL('./demo-hotel.json', import.meta.url));

export interface LoadedHotel {
  id: number;
  /** The property's code in a group (null for a single hotel loaded without one). */
  code: string | null;
  file: HotelFile;
  info: HotelInfo;
  /** Room type code → room_types.id, active room types only. */
  roomTypeIds: Map<string, number>;
}

/**
 * Inserts or updates the hotel and its room types, all in one transaction: a failure leaves
 * nothing half-loaded. A hotel is the same hotel by its `code` when the file has one (a hotel
 * first loaded without a code takes it on, found by its name), else by its name. Room types the
 * file no longer lists are marked inactive, never deleted, because reservations point at them.
 * Returns the hotel's id.
 */
export async function upsertHotel(db: Sql, file: HotelFile, now: Date): Promise<number> {
  // Validated again: the type says HotelFile, but nothing unchecked may reach the database.
  const valid = parseHotelFile(file);
  const updatedAt = now.toISOString();
  const configJson = JSON.stringify(valid);
  const codes = valid.roomTypes.map((roomType) => roomType.code);

  return atomically(db, async (tx) => {
    const id = await upsertHotelRow(tx, valid, configJson, updatedAt);
    for (const roomType of valid.roomTypes) {
      await tx.run(
        `INSERT INTO room_types (hotel_id, code, rate, rooms, active) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (hotel_id, code) DO UPDATE SET rate = excluded.rate, rooms = excluded.rooms, active = 1`,
        [id, roomType.code, roomType.rate, roomType.rooms],
      );
    }
    await tx.run(
      `UPDATE room_types SET active = 0
       WHERE hotel_id = ? AND active = 1 AND code NOT IN (${placeholders(codes)})`,
      [id, ...codes],
    );
    return id;
  });
}

async function upsertHotelRow(tx: Sql, file: HotelFile, configJson: string, updatedAt: string): Promise<number> {
  if (file.code === undefined) {
    const row = await tx.get<{ id: number }>(
      `INSERT INTO hotels (name, config_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET config_json = excluded.config_json, updated_at = excluded.updated_at
       RETURNING id`,
      [file.name, configJson, updatedAt],
    );
    return row!.id;
  }
  const existing =
    (await tx.get<{ id: number }>('SELECT id FROM hotels WHERE code = ?', [file.code])) ??
    (await tx.get<{ id: number }>('SELECT id FROM hotels WHERE name = ? AND code IS NULL', [file.name]));
  const clash = await tx.get<{ code: string | null }>('SELECT code FROM hotels WHERE name = ? AND id != ?', [file.name, existing?.id ?? -1]);
  if (clash) {
    throw new HotelFileError([{ field: 'name', problem: `"${file.name}" is already the name of the property ${clash.code ?? '(no code)'}` }]);
  }
  if (existing) {
    await tx.run('UPDATE hotels SET name = ?, code = ?, config_json = ?, updated_at = ? WHERE id = ?', [
      file.name,
      file.code,
      configJson,
      updatedAt,
      existing.id,
    ]);
    return existing.id;
  }
  const row = await tx.get<{ id: number }>(
    'INSERT INTO hotels (name, code, config_json, updated_at) VALUES (?, ?, ?, ?) RETURNING id',
    [file.name, file.code, configJson, updatedAt],
  );
  return row!.id;
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
  return { id: hotelId, code: file.code ?? null, file, info: toHotelInfo(file), roomTypeIds };
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
 * The hotels that answer their numbers now: those of the last HOTEL_FILE or HOTELS_DIR load (or
 * the demo hotel); a database loaded only by tools answers as its most recent hotel.
 */
export async function servedHotelIds(db: Sql): Promise<number[]> {
  const rows = await db.all<{ id: number }>('SELECT id FROM hotels WHERE serving = 1 ORDER BY id');
  if (rows.length > 0) return rows.map((row) => row.id);
  const current = await currentHotelId(db);
  return current === null ? [] : [current];
}

/** Every hotel in the database, serving or not (staff keep seeing a property taken out of the group). */
export async function allHotelIds(db: Sql): Promise<number[]> {
  return (await db.all<{ id: number }>('SELECT id FROM hotels ORDER BY id')).map((row) => row.id);
}

/** Loads these files as the hotels that answer, in one transaction: one bad file loads none. */
export async function loadServedHotels(db: Sql, files: readonly HotelFile[], now: Date): Promise<number[]> {
  return atomically(db, async (tx) => {
    const ids: number[] = [];
    for (const file of files) ids.push(await upsertHotel(tx, file, now));
    await tx.run('UPDATE hotels SET serving = 0 WHERE serving = 1');
    await tx.run(`UPDATE hotels SET serving = 1 WHERE id IN (${placeholders(ids)})`, ids);
    return ids;
  });
}

/**
 * What the server does at start: with a hotel file, load (upsert) it, every start; without one,
 * load the demo hotel into an empty database, else keep serving the current hotel.
 * A bad hotel file throws HotelFileError and changes nothing.
 */
export async function ensureHotel(db: Sql, opts: { hotelFile?: string | undefined; now: Date }): Promise<number> {
  const ids = await ensureHotels(db, opts);
  return ids[ids.length - 1]!;
}

/**
 * The same for a hotel group: HOTELS_DIR loads every hotel file of the folder (hotels-dir.ts
 * validates them all first), and those are the hotels that answer. Returns their ids.
 */
export async function ensureHotels(
  db: Sql,
  opts: { hotelFile?: string | undefined; hotelsDir?: string | undefined; now: Date },
): Promise<number[]> {
  if (opts.hotelsDir) return loadServedHotels(db, readHotelsDir(opts.hotelsDir).map((entry) => entry.file), opts.now);
  if (opts.hotelFile) return loadServedHotels(db, [readHotelFile(opts.hotelFile)], opts.now);
  const served = await servedHotelIds(db);
  if (served.length > 0) return served;
  return loadServedHotels(db, [parseHotelFile(demoHotel, 'the demo hotel')], opts.now);
}
