import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HotelFileError, parseHotelFile, readHotelFile } from '../../src/hotel/hotel-file.ts';
import type { HotelFile } from '../../src/hotel/hotel-file.ts';
import {
  DEMO_HOTEL_PATH,
  currentHotelId,
  ensureHotel,
  hotelCount,
  loadHotel,
  upsertHotel,
} from '../../src/hotel/hotel-store.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/database.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const T0 = new Date('2025-03-01T12:00:00Z');
const T1 = new Date('2025-03-02T12:00:00Z');

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-hotel-store-'));
  db = openDatabase(join(dir, 'conserje.db'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function demo(): HotelFile {
  return readHotelFile(DEMO_HOTEL_PATH);
}

function writeJson(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return path;
}

/** Everything the hotel loader may touch, to compare before and after. */
function dump(database: Db = db): unknown {
  return {
    hotels: database.prepare('SELECT * FROM hotels ORDER BY id').all(),
    roomTypes: database.prepare('SELECT * FROM room_types ORDER BY id').all(),
  };
}

function roomTypeRows(hotelId: number) {
  return db
    .prepare<[number], { code: string; rate: number; rooms: number; active: number }>(
      'SELECT code, rate, rooms, active FROM room_types WHERE hotel_id = ? ORDER BY code',
    )
    .all(hotelId);
}

describe('upsertHotel', () => {
  it('creates the hotel and its room types', () => {
    const id = upsertHotel(db, demo(), T0);
    expect(hotelCount(db)).toBe(1);
    expect(currentHotelId(db)).toBe(id);
    const hotel = db.prepare('SELECT name, config_json, updated_at FROM hotels WHERE id = ?').get(id) as {
      name: string;
      config_json: string;
      updated_at: string;
    };
    expect(hotel.name).toBe('Hotel Miramar');
    expect(hotel.updated_at).toBe(T0.toISOString());
    expect(JSON.parse(hotel.config_json)).toEqual(demo());
    expect(roomTypeRows(id)).toEqual([
      { code: 'DLX', rate: 240, rooms: 3, active: 1 },
      { code: 'DQ', rate: 180, rooms: 6, active: 1 },
      { code: 'OCEAN', rate: 420, rooms: 2, active: 1 },
      { code: 'STD', rate: 130, rooms: 8, active: 1 },
    ]);
  });

  it('stores the file with its defaults applied', () => {
    const { bookingHorizonDays: _omitted, ...withoutHorizon } = demo();
    const id = upsertHotel(db, parseHotelFile(withoutHorizon), T0);
    expect(loadHotel(db, id).file.bookingHorizonDays).toBe(365);
  });

  it('updates rates and rooms on a second load, and deactivates room types the file dropped', () => {
    const id = upsertHotel(db, demo(), T0);
    const idsBefore = loadHotel(db, id).roomTypeIds;

    const changed = demo();
    changed.roomTypes = changed.roomTypes.filter((type) => type.code !== 'DQ');
    changed.roomTypes.find((type) => type.code === 'STD')!.rate = 150;
    changed.roomTypes.find((type) => type.code === 'OCEAN')!.rooms = 4;
    expect(upsertHotel(db, changed, T1)).toBe(id);

    expect(hotelCount(db)).toBe(1);
    expect(roomTypeRows(id)).toEqual([
      { code: 'DLX', rate: 240, rooms: 3, active: 1 },
      { code: 'DQ', rate: 180, rooms: 6, active: 0 }, // kept: reservations may point at it
      { code: 'OCEAN', rate: 420, rooms: 4, active: 1 },
      { code: 'STD', rate: 150, rooms: 8, active: 1 },
    ]);
    const loaded = loadHotel(db, id);
    expect([...loaded.roomTypeIds.keys()].sort()).toEqual(['DLX', 'OCEAN', 'STD']);
    expect(loaded.roomTypeIds.get('STD')).toBe(idsBefore.get('STD')); // same row, updated in place
    expect(loaded.info.roomTypes.map((type) => type.code)).toEqual(['OCEAN', 'DLX', 'STD']);
    expect(db.prepare('SELECT updated_at FROM hotels WHERE id = ?').pluck().get(id)).toBe(T1.toISOString());
  });

  it('reactivates a room type the file lists again', () => {
    const id = upsertHotel(db, demo(), T0);
    const without = demo();
    without.roomTypes = without.roomTypes.filter((type) => type.code !== 'DQ');
    upsertHotel(db, without, T0);
    upsertHotel(db, demo(), T1);
    expect(roomTypeRows(id).every((row) => row.active === 1)).toBe(true);
    expect(loadHotel(db, id).roomTypeIds.size).toBe(4);
  });

  it('refuses an invalid file and leaves the database exactly as it was', () => {
    upsertHotel(db, demo(), T0);
    const before = dump();
    const bad = { ...demo(), roomTypes: [{ ...demo().roomTypes[0]!, rate: -5 }] } as HotelFile;
    expect(() => upsertHotel(db, bad, T1)).toThrow(HotelFileError);
    expect(dump()).toEqual(before);
  });

  it('loads nothing when a write fails half-way (one transaction)', () => {
    upsertHotel(db, demo(), T0);
    const before = dump();
    // A failure after the hotel row and three of the four room types are written.
    db.exec(`CREATE TEMP TRIGGER fail_on_ocean BEFORE UPDATE ON room_types WHEN NEW.code = 'OCEAN'
             BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    const changed = demo();
    for (const type of changed.roomTypes) type.rate += 1;
    expect(() => upsertHotel(db, changed, T1)).toThrow('disk on fire');
    expect(dump()).toEqual(before);
  });

  it('keeps hotels apart by name; the last one loaded is the current hotel', () => {
    const first = upsertHotel(db, demo(), T0);
    const second = upsertHotel(db, { ...demo(), name: 'Hotel Brisas' }, T1);
    expect(second).not.toBe(first);
    expect(hotelCount(db)).toBe(2);
    expect(currentHotelId(db)).toBe(second);
    upsertHotel(db, demo(), new Date('2025-03-03T12:00:00Z'));
    expect(currentHotelId(db)).toBe(first);
  });
});

describe('loadHotel', () => {
  it('returns the validated file, what calls need, and the active room type ids', () => {
    const id = upsertHotel(db, demo(), T0);
    const loaded = loadHotel(db, id);
    expect(loaded.id).toBe(id);
    expect(loaded.file).toEqual(demo());
    expect(loaded.info.name).toBe('Hotel Miramar');
    expect(loaded.info.country).toBe('US');
    expect(loaded.info.roomTypes.map((type) => type.code)).toEqual(['OCEAN', 'DLX', 'DQ', 'STD']);
    const rows = db.prepare<[], { id: number; code: string }>('SELECT id, code FROM room_types').all();
    expect(loaded.roomTypeIds).toEqual(new Map(rows.map((row) => [row.code, row.id])));
  });

  it('says so when there is no such hotel', () => {
    expect(() => loadHotel(db, 42)).toThrow('no hotel with id 42');
  });
});

describe('ensureHotel (server start)', () => {
  it('has no current hotel on an empty database', () => {
    expect(hotelCount(db)).toBe(0);
    expect(currentHotelId(db)).toBeNull();
  });

  it('loads the demo hotel into an empty database', () => {
    const id = ensureHotel(db, { now: T0 });
    expect(hotelCount(db)).toBe(1);
    expect(loadHotel(db, id).info.name).toBe('Hotel Miramar');
  });

  it('does not load the demo hotel again once the database has a hotel', () => {
    const mine = upsertHotel(db, { ...demo(), name: 'Hotel Brisas' }, T0);
    const before = dump();
    expect(ensureHotel(db, { now: T1 })).toBe(mine);
    expect(dump()).toEqual(before);
  });

  it('does not touch the demo hotel on a later start', () => {
    const id = ensureHotel(db, { now: T0 });
    const before = dump();
    expect(ensureHotel(db, { now: T1 })).toBe(id);
    expect(dump()).toEqual(before);
  });

  it('loads HOTEL_FILE at every start, and serves it', () => {
    ensureHotel(db, { now: T0 });
    const path = writeJson('brisas.json', { ...demo(), name: 'Hotel Brisas' });
    const id = ensureHotel(db, { hotelFile: path, now: T1 });
    expect(currentHotelId(db)).toBe(id);
    expect(loadHotel(db, id).info.name).toBe('Hotel Brisas');

    writeJson('brisas.json', { ...demo(), name: 'Hotel Brisas', holdUntil: '16:00' });
    expect(ensureHotel(db, { hotelFile: path, now: new Date('2025-03-03T12:00:00Z') })).toBe(id);
    expect(loadHotel(db, id).info.holdUntil).toBe('16:00');
  });

  it('refuses a bad HOTEL_FILE and changes nothing, even on an empty database', () => {
    const path = writeJson('bad.json', { ...demo(), currency: 'dollars' });
    expect(() => ensureHotel(db, { hotelFile: path, now: T0 })).toThrow(
      `hotel file ${path}: currency: must be an ISO 4217 currency code`,
    );
    expect(hotelCount(db)).toBe(0);

    ensureHotel(db, { now: T0 });
    const before = dump();
    expect(() => ensureHotel(db, { hotelFile: join(dir, 'missing.json'), now: T1 })).toThrow(HotelFileError);
    expect(() => ensureHotel(db, { hotelFile: writeJson('syntax.json', '{"name": '), now: T1 })).toThrow(
      'invalid JSON at line 1',
    );
    expect(dump()).toEqual(before);
  });
});

describe('scripts/load-hotel.ts', () => {
  function loadHotelScript(file: string, databasePath: string) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/load-hotel.ts', file], {
      cwd: REPO,
      env: { ...process.env, DATABASE_PATH: databasePath },
      encoding: 'utf8',
      timeout: 30_000,
    });
  }

  it('loads a good file, prints the room types in offer order, and exits 0', () => {
    const databasePath = join(dir, 'script', 'conserje.db');
    const result = loadHotelScript(DEMO_HOTEL_PATH, databasePath);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Hotel Miramar');
    const order = ['Ocean Suite', 'Deluxe King', 'Double Queen', 'Standard'].map((name) => result.stdout.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const loaded = openDatabase(databasePath);
    try {
      expect(hotelCount(loaded)).toBe(1);
      expect(loadHotel(loaded, currentHotelId(loaded)!).roomTypeIds.size).toBe(4);
    } finally {
      loaded.close();
    }
  });

  it('exits 1 naming the field of a bad file, and leaves the database as it was', () => {
    const databasePath = join(dir, 'conserje.db');
    upsertHotel(db, demo(), T0);
    const before = dump();
    const bad = writeJson('bad.json', { ...demo(), roomTypes: [{ ...demo().roomTypes[0]!, colour: 'blue' }] });
    const result = loadHotelScript(bad, databasePath);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`hotel file ${bad}: roomTypes[0].colour: unknown key`);
    expect(result.stdout).toBe('');
    expect(dump()).toEqual(before);
  });

  it('exits 1 on a bad file without creating a database', () => {
    const databasePath = join(dir, 'never', 'conserje.db');
    const result = loadHotelScript(join(dir, 'missing.json'), databasePath);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('file not found');
    expect(existsSync(databasePath)).toBe(false);
  });
});
