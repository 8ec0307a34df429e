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

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-hotel-store-'));
  db = (await openDatabase(join(dir, 'conserje.db')));
});

afterEach(async () => {
  await db.close();
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
async function dump(database: Db = db): Promise<unknown> {
  return {
    hotels: (await database.all('SELECT * FROM hotels ORDER BY id')),
    roomTypes: (await database.all('SELECT * FROM room_types ORDER BY id')),
  };
}

async function roomTypeRows(hotelId: number) {
  return (await db.all<{ code: string; rate: number; rooms: number; active: number }>('SELECT code, rate, rooms, active FROM room_types WHERE hotel_id = ? ORDER BY code', [hotelId]));
}

describe('upsertHotel', () => {
  it('creates the hotel and its room types', async () => {
    const id = (await upsertHotel(db, demo(), T0));
    expect(await hotelCount(db)).toBe(1);
    expect(await currentHotelId(db)).toBe(id);
    const hotel = (await db.get('SELECT name, config_json, updated_at FROM hotels WHERE id = ?', [id])) as {
      name: string;
      config_json: string;
      updated_at: string;
    };
    expect(hotel.name).toBe('Hotel Miramar');
    expect(hotel.updated_at).toBe(T0.toISOString());
    expect(JSON.parse(hotel.config_json)).toEqual(demo());
    expect(await roomTypeRows(id)).toEqual([
      { code: 'DLX', rate: 240, rooms: 3, active: 1 },
      { code: 'DQ', rate: 180, rooms: 6, active: 1 },
      { code: 'OCEAN', rate: 420, rooms: 2, active: 1 },
      { code: 'STD', rate: 130, rooms: 8, active: 1 },
    ]);
  });

  it('stores the file with its defaults applied', async () => {
    const { bookingHorizonDays: _omitted, ...withoutHorizon } = demo();
    const id = (await upsertHotel(db, parseHotelFile(withoutHorizon), T0));
    expect((await loadHotel(db, id)).file.bookingHorizonDays).toBe(365);
  });

  it('updates rates and rooms on a second load, and deactivates room types the file dropped', async () => {
    const id = (await upsertHotel(db, demo(), T0));
    const idsBefore = (await loadHotel(db, id)).roomTypeIds;

    const changed = demo();
    changed.roomTypes = changed.roomTypes.filter((type) => type.code !== 'DQ');
    changed.roomTypes.find((type) => type.code === 'STD')!.rate = 150;
    changed.roomTypes.find((type) => type.code === 'OCEAN')!.rooms = 4;
    expect(await upsertHotel(db, changed, T1)).toBe(id);

    expect(await hotelCount(db)).toBe(1);
    expect(await roomTypeRows(id)).toEqual([
      { code: 'DLX', rate: 240, rooms: 3, active: 1 },
      { code: 'DQ', rate: 180, rooms: 6, active: 0 }, // kept: reservations may point at it
      { code: 'OCEAN', rate: 420, rooms: 4, active: 1 },
      { code: 'STD', rate: 150, rooms: 8, active: 1 },
    ]);
    const loaded = (await loadHotel(db, id));
    expect([...loaded.roomTypeIds.keys()].sort()).toEqual(['DLX', 'OCEAN', 'STD']);
    expect(loaded.roomTypeIds.get('STD')).toBe(idsBefore.get('STD')); // same row, updated in place
    expect(loaded.info.roomTypes.map((type) => type.code)).toEqual(['OCEAN', 'DLX', 'STD']);
    expect((await db.get<{ updated_at: string }>('SELECT updated_at FROM hotels WHERE id = ?', [id]))?.updated_at).toBe(T1.toISOString());
  });

  it('reactivates a room type the file lists again', async () => {
    const id = (await upsertHotel(db, demo(), T0));
    const without = demo();
    without.roomTypes = without.roomTypes.filter((type) => type.code !== 'DQ');
    await upsertHotel(db, without, T0);
    await upsertHotel(db, demo(), T1);
    expect((await roomTypeRows(id)).every((row) => row.active === 1)).toBe(true);
    expect((await loadHotel(db, id)).roomTypeIds.size).toBe(4);
  });

  it('refuses an invalid file and leaves the database exactly as it was', async () => {
    await upsertHotel(db, demo(), T0);
    const before = (await dump());
    const bad = { ...demo(), roomTypes: [{ ...demo().roomTypes[0]!, rate: -5 }] } as HotelFile;
    await expect(upsertHotel(db, bad, T1)).rejects.toThrow(HotelFileError);
    expect(await dump()).toEqual(before);
  });

  it('loads nothing when a write fails half-way (one transaction)', async () => {
    await upsertHotel(db, demo(), T0);
    const before = (await dump());
    // A failure after the hotel row and three of the four room types are written.
    await db.exec(`CREATE TEMP TRIGGER fail_on_ocean BEFORE UPDATE ON room_types WHEN NEW.code = 'OCEAN'
             BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    const changed = demo();
    for (const type of changed.roomTypes) type.rate += 1;
    await expect(upsertHotel(db, changed, T1)).rejects.toThrow('disk on fire');
    expect(await dump()).toEqual(before);
  });

  it('keeps hotels apart by name; the last one loaded is the current hotel', async () => {
    const first = (await upsertHotel(db, demo(), T0));
    const second = (await upsertHotel(db, { ...demo(), name: 'Hotel Brisas' }, T1));
    expect(second).not.toBe(first);
    expect(await hotelCount(db)).toBe(2);
    expect(await currentHotelId(db)).toBe(second);
    await upsertHotel(db, demo(), new Date('2025-03-03T12:00:00Z'));
    expect(await currentHotelId(db)).toBe(first);
  });
});

describe('loadHotel', () => {
  it('returns the validated file, what calls need, and the active room type ids', async () => {
    const id = (await upsertHotel(db, demo(), T0));
    const loaded = (await loadHotel(db, id));
    expect(loaded.id).toBe(id);
    expect(loaded.file).toEqual(demo());
    expect(loaded.info.name).toBe('Hotel Miramar');
    expect(loaded.info.country).toBe('US');
    expect(loaded.info.roomTypes.map((type) => type.code)).toEqual(['OCEAN', 'DLX', 'DQ', 'STD']);
    const rows = (await db.all<{ id: number; code: string }>('SELECT id, code FROM room_types'));
    expect(loaded.roomTypeIds).toEqual(new Map(rows.map((row) => [row.code, row.id])));
  });

  it('says so when there is no such hotel', async () => {
    await expect(loadHotel(db, 42)).rejects.toThrow('no hotel with id 42');
  });
});

describe('ensureHotel (server start)', () => {
  it('has no current hotel on an empty database', async () => {
    expect(await hotelCount(db)).toBe(0);
    expect(await currentHotelId(db)).toBeNull();
  });

  it('loads the demo hotel into an empty database', async () => {
    const id = (await ensureHotel(db, { now: T0 }));
    expect(await hotelCount(db)).toBe(1);
    expect((await loadHotel(db, id)).info.name).toBe('Hotel Miramar');
  });

  it('does not load the demo hotel again once the database has a hotel', async () => {
    const mine = (await upsertHotel(db, { ...demo(), name: 'Hotel Brisas' }, T0));
    const before = (await dump());
    expect(await ensureHotel(db, { now: T1 })).toBe(mine);
    expect(await dump()).toEqual(before);
  });

  it('does not touch the demo hotel on a later start', async () => {
    const id = (await ensureHotel(db, { now: T0 }));
    const before = (await dump());
    expect(await ensureHotel(db, { now: T1 })).toBe(id);
    expect(await dump()).toEqual(before);
  });

  it('loads HOTEL_FILE at every start, and serves it', async () => {
    await ensureHotel(db, { now: T0 });
    const path = writeJson('brisas.json', { ...demo(), name: 'Hotel Brisas' });
    const id = (await ensureHotel(db, { hotelFile: path, now: T1 }));
    expect(await currentHotelId(db)).toBe(id);
    expect((await loadHotel(db, id)).info.name).toBe('Hotel Brisas');

    writeJson('brisas.json', { ...demo(), name: 'Hotel Brisas', holdUntil: '16:00' });
    expect(await ensureHotel(db, { hotelFile: path, now: new Date('2025-03-03T12:00:00Z') })).toBe(id);
    expect((await loadHotel(db, id)).info.holdUntil).toBe('16:00');
  });

  it('refuses a bad HOTEL_FILE and changes nothing, even on an empty database', async () => {
    const path = writeJson('bad.json', { ...demo(), currency: 'dollars' });
    await expect(ensureHotel(db, { hotelFile: path, now: T0 })).rejects.toThrow(
      `hotel file ${path}: currency: must be an ISO 4217 currency code`,
    );
    expect(await hotelCount(db)).toBe(0);

    await ensureHotel(db, { now: T0 });
    const before = (await dump());
    await expect(ensureHotel(db, { hotelFile: join(dir, 'missing.json'), now: T1 })).rejects.toThrow(HotelFileError);
    await expect(ensureHotel(db, { hotelFile: writeJson('syntax.json', '{"name": '), now: T1 })).rejects.toThrow(
      'invalid JSON at line 1',
    );
    expect(await dump()).toEqual(before);
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

  it('loads a good file, prints the room types in offer order, and exits 0', async () => {
    const databasePath = join(dir, 'script', 'conserje.db');
    const result = loadHotelScript(DEMO_HOTEL_PATH, databasePath);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Hotel Miramar');
    const order = ['Ocean Suite', 'Deluxe King', 'Double Queen', 'Standard'].map((name) => result.stdout.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const loaded = (await openDatabase(databasePath));
    try {
      expect(await hotelCount(loaded)).toBe(1);
      expect((await loadHotel(loaded, (await currentHotelId(loaded))!)).roomTypeIds.size).toBe(4);
    } finally {
      await loaded.close();
    }
  });

  it('exits 1 naming the field of a bad file, and leaves the database as it was', async () => {
    const databasePath = join(dir, 'conserje.db');
    await upsertHotel(db, demo(), T0);
    const before = (await dump());
    const bad = (writeJson('bad.json', { ...demo(), roomTypes: [{ ...demo().roomTypes[0]!, colour: 'blue' }] }));
    const result = loadHotelScript(bad, databasePath);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`hotel file ${bad}: roomTypes[0].colour: unknown key; expected "code", "name", "rate", "rooms", "synonyms"`);
    expect(result.stdout).toBe('');
    expect(await dump()).toEqual(before);
  });

  it('exits 1 on a bad file without creating a database', () => {
    const databasePath = join(dir, 'never', 'conserje.db');
    const result = loadHotelScript(join(dir, 'missing.json'), databasePath);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('file not found');
    expect(existsSync(databasePath)).toBe(false);
  });
});
