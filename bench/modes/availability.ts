// `npm run bench -- --mode availability`: how long the availability check of a 30-night stay
// takes with 1,000,000 booked room-nights in the database, in-process (Inventory.freeRooms, the
// call the flow makes), each run timed on its own.
//
// The hotel: 8 room types of 125 rooms (1,000 rooms; a hotel file written to a temp dir). The
// bookings: back-to-back stays of 1 to 5 nights, one room each, in every room for 1,000 nights
// (from 500 days ago to 500 days ahead), so every night of every queried stay is full and each
// check reads 125 rows a night — the most a night of this hotel can hold. Written with SQL in
// one transaction, through the same triggers the server's writes go through.

import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureHotel } from '../../src/hotel/hotel-store.ts';
import { BOOKED_BY_NIGHT_SQL, Inventory } from '../../src/inventory/inventory.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { addDays, seededRng } from '../lib/callers.ts';
import { mb, ms, percentiles, table } from '../lib/stats.ts';
import type { Percentiles } from '../lib/stats.ts';

export interface AvailabilityOptions {
  roomNights: number;
  runs: number;
  seed: number;
}

export interface AvailabilityFigures {
  mode: 'availability';
  machine: Record<string, string | number>;
  options: AvailabilityOptions;
  hotel: { roomTypes: number; roomsPerType: number; nights: number };
  roomNightsBooked: number;
  reservations: number;
  loadSeconds: number;
  databaseBytes: number;
  queryPlan: string[];
  rowsReadPerCheck: number;
  freeRooms30: Percentiles;
  freeRooms1: Percentiles;
  alternatives30: Percentiles;
  /** The same 30-night check with SQLite reading pages differently (not what the server does today). */
  variants: { setting: string; freeRooms30: Percentiles }[];
  targets: Record<string, { target: string; measured: string; met: boolean }>;
}

const ROOM_TYPES = 8;

export async function runAvailability(options: AvailabilityOptions, machine: Record<string, string | number>): Promise<AvailabilityFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-bench-availability-'));
  try {
    // 1,000 rooms; as many nights as it takes to book the room-nights asked for.
    const roomsPerType = 125;
    const days = Math.ceil(options.roomNights / (ROOM_TYPES * roomsPerType));
    const hotelFile = join(dir, 'big-hotel.json');
    writeFileSync(hotelFile, JSON.stringify(bigHotel(roomsPerType)));
    const db = await openDatabase(join(dir, 'conserje.db'));
    // Filling a million room-nights is SQLite-specific set-up: done on the connection itself.
    const raw = db.connection;
    const now = new Date();
    const hotelId = await ensureHotel(db, { hotelFile, now });
    const start = addDays(now.toISOString().slice(0, 10), -Math.floor(days / 2));

    process.stderr.write(`filling the database: ${options.roomNights.toLocaleString('en-US')} room-nights over ${days} nights… `);
    const t0 = performance.now();
    raw.transaction(() => {
      raw.exec(`
        WITH RECURSIVE
          t(type) AS (SELECT id FROM room_types WHERE hotel_id = ${hotelId}),
          r(room) AS (SELECT 0 UNION ALL SELECT room + 1 FROM r WHERE room < ${roomsPerType - 1}),
          s(type, room, day, n, seq) AS (
            SELECT type, room, 0, 1 + (type * 131 + room) * 7 % 5, (type * ${roomsPerType} + room) * ${days} FROM t, r
            UNION ALL
            SELECT type, room, day + n, 1 + (seq + 1) * 7 % 5, seq + 1 FROM s WHERE day + n < ${days})
        INSERT INTO reservations (confirmation, hotel_id, room_type_id, arrival, departure, nights, rooms, rate, total,
          currency, payment_method, callback_number, locale, hold_until, status, call_sid, created_at, updated_at)
        SELECT CAST(100000000 + seq AS TEXT), ${hotelId}, type, date('${start}', '+' || day || ' days'),
               date('${start}', '+' || min(day + n, ${days}) || ' days'), min(n, ${days} - day), 1, 100, 100 * min(n, ${days} - day),
               'USD', 'cash', '+12125550123', 'en-US', date('${start}', '+' || day || ' days') || 'T23:00:00.000Z',
               'booked', NULL, '${now.toISOString()}', '${now.toISOString()}'
          FROM s;
        WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 4)
        INSERT INTO reservation_nights (reservation_id, room_type_id, night, rooms)
        SELECT r.id, r.room_type_id, date(r.arrival, '+' || k.i || ' days'), r.rooms
          FROM reservations r JOIN k ON k.i < r.nights;
      `);
    }).immediate();
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const loadSeconds = (performance.now() - t0) / 1000;
    const roomNightsBooked = raw.prepare('SELECT SUM(rooms) FROM reservation_nights').pluck().get() as number;
    const reservations = raw.prepare('SELECT COUNT(*) FROM reservations').pluck().get() as number;
    process.stderr.write(`done in ${loadSeconds.toFixed(1)} s\n`);

    const types = raw.prepare('SELECT id FROM room_types WHERE hotel_id = ? ORDER BY id').pluck().all(hotelId) as number[];
    const queryPlan = (raw.prepare(`EXPLAIN QUERY PLAN ${BOOKED_BY_NIGHT_SQL}`).all(types[0], start, start, now.toISOString()) as { detail: string }[]).map(
      (r) => r.detail,
    );
    const inventory = new Inventory(db);
    const rng = seededRng(options.seed);
    const today = now.toISOString().slice(0, 10);
    // Arrivals in the booked future, so every night of the stay is full.
    const lastArrival = Math.max(1, Math.floor(days / 2) - 31);
    const pick = () => ({ type: types[Math.floor(rng() * types.length)]!, arrival: addDays(today, 1 + Math.floor(rng() * lastArrival)) });
    const time = async (fn: (type: number, arrival: string) => Promise<unknown>, runs: number): Promise<Percentiles> => {
      for (let i = 0; i < Math.min(200, runs); i++) {
        const { type, arrival } = pick();
        await fn(type, arrival);
      }
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const { type, arrival } = pick();
        const t = process.hrtime.bigint();
        await fn(type, arrival);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      return percentiles(samples);
    };

    process.stderr.write(`timing ${options.runs} availability checks of each kind…\n`);
    const sample = pick();
    const free = await inventory.freeRooms(sample.type, sample.arrival, 30, now);
    if (free !== 0) process.stderr.write(`note: ${free} rooms free on a stay expected to be full\n`);
    const freeRooms30 = await time((type, arrival) => inventory.freeRooms(type, arrival, 30, now, 'CAbench'), options.runs);
    const freeRooms1 = await time((type, arrival) => inventory.freeRooms(type, arrival, 1, now, 'CAbench'), options.runs);
    const alternatives30 = await time(
      (_type, arrival) => inventory.alternatives({ roomTypeIds: types, arrival, nights: 30, now, excludeCallSid: 'CAbench' }),
      Math.max(10, Math.floor(options.runs / 4)),
    );
    // Where the time goes: SQLite's page cache is 2 MB by default, so a check reading ~60 pages
    // of a 150 MB file fetches most of them from the OS, one read() each. The same check with
    // the file memory-mapped, or with a page cache that holds the hot part of it:
    const variants: AvailabilityFigures['variants'] = [];
    for (const setting of ['mmap_size = 268435456', 'cache_size = -65536']) {
      const tuned = await openDatabase(join(dir, 'conserje.db'));
      tuned.connection.pragma(setting);
      const inv = new Inventory(tuned);
      variants.push({ setting, freeRooms30: await time((type, arrival) => inv.freeRooms(type, arrival, 30, now, 'CAbench'), options.runs) });
      await tuned.close();
    }
    const databaseBytes = statSync(join(dir, 'conserje.db')).size;
    await db.close();

    return {
      mode: 'availability',
      machine,
      options,
      hotel: { roomTypes: ROOM_TYPES, roomsPerType, nights: days },
      roomNightsBooked,
      reservations,
      loadSeconds,
      databaseBytes,
      queryPlan,
      rowsReadPerCheck: roomsPerType * 30,
      freeRooms30,
      freeRooms1,
      alternatives30,
      variants,
      targets: {
        availability: {
          target: `availability of a 30-night stay ≤ 1 ms at ${roomNightsBooked.toLocaleString('en-US')} room-nights`,
          measured: `median ${ms(freeRooms30.p50)} ms, p99 ${ms(freeRooms30.p99)} ms`,
          met: freeRooms30.p99 <= 1,
        },
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function bigHotel(roomsPerType: number) {
  const names = ['Presidential', 'Ocean Suite', 'Junior Suite', 'Deluxe King', 'Deluxe Twin', 'Double Queen', 'Standard King', 'Standard'];
  return {
    name: 'Hotel Benchmark Grand',
    timezone: 'America/New_York',
    currency: 'USD',
    frontDesk: '+15557654321',
    holdUntil: '18:00',
    maxRoomsPerBooking: 5,
    maxNights: 30,
    bookingHorizonDays: 1095,
    roomTypes: names.slice(0, ROOM_TYPES).map((name, i) => ({
      code: `T${i + 1}`,
      name: { en: name, es: name },
      rate: 100 + 50 * (ROOM_TYPES - i),
      rooms: roomsPerType,
      synonyms: { en: [name.toLowerCase()], es: [name.toLowerCase()] },
    })),
  };
}

export function formatAvailability(f: AvailabilityFigures): string {
  const row = (label: string, p: Percentiles) => [label, String(p.count), ms(p.p50), ms(p.p95), ms(p.p99), ms(p.max)];
  return [
    '',
    `Conserje bench (availability): ${f.roomNightsBooked.toLocaleString('en-US')} booked room-nights (${f.reservations.toLocaleString('en-US')} reservations), ` +
      `${f.hotel.roomTypes} room types × ${f.hotel.roomsPerType} rooms over ${f.hotel.nights} nights`,
    `machine: ${f.machine.cpus} × ${f.machine.cpuModel}, ${f.machine.memory}, Node ${f.machine.node}, load average at start ${f.machine.loadAverage}`,
    `filled in ${f.loadSeconds.toFixed(1)} s; database ${mb(f.databaseBytes)} MB; query plan: ${f.queryPlan.join(' / ')}`,
    '',
    table([
      ['check (in-process, every night full)', 'runs', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      row(`freeRooms, 30 nights (${f.rowsReadPerCheck} rows read)`, f.freeRooms30),
      row('freeRooms, 1 night', f.freeRooms1),
      row(`alternatives, ${f.hotel.roomTypes} types × 30 nights`, f.alternatives30),
      ...f.variants.map((v) => row(`freeRooms, 30 nights, PRAGMA ${v.setting}`, v.freeRooms30)),
    ]),
    '(the PRAGMA rows are experiments: the server runs with SQLite defaults for these)',
    '',
    'targets (reported, not asserted):',
    ...Object.values(f.targets).map((t) => `  ${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.measured}`),
  ].join('\n');
}
