// A hotel file changed: what a start says it changed, and how a running server takes a change in
// without a restart (docs/hotel-file.md#changing-the-file-while-it-runs).
//
// Every few seconds a server reads its HOTEL_FILE (or every file of HOTELS_DIR). A file saved with
// a mistake is refused with the messages a start gives, and the hotel it serves is kept; a valid one
// is loaded into the database (one transaction, recorded in the staff console's audit log) and served
// to new calls and texts. Each server also compares what it serves with the database, so a change
// loaded by another instance (same database) or by `scripts/load-hotel.ts` is served by all.
//
// A call in progress was told its room types, rates and hold time when it began (they are in its
// snapshot) and goes on with those words; what it books is re-checked against the rooms stored now,
// inside the booking's transaction: a room type removed or rooms lowered below what is taken is not
// sold, and the caller hears what is free instead.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { hotelToday } from '../../flows/hotel-time.ts';
import { showInLogs } from '../logger.ts';
import type { Logger } from '../logger.ts';
import { placeholders } from '../storage/sql.ts';
import type { Db, Sql } from '../storage/sql.ts';
import { AuditLog } from '../staff/audit.ts';
import { HotelFileError, readHotelFile, readHotelText } from './hotel-file.ts';
import type { HotelFile } from './hotel-file.ts';
import { loadHotelDirectory, ownNumbers } from './hotel-directory.ts';
import type { HotelDirectory } from './hotel-directory.ts';
import { loadServedHotels, servedHotelIds } from './hotel-store.ts';
import type { LoadedHotel } from './hotel-store.ts';
import { readHotelsDir } from './hotels-dir.ts';

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

/** Whether two hotel files say the same (a key left out and one set to undefined are the same). */
const sameFile = (a: HotelFile | undefined, b: HotelFile | undefined): boolean => (a && b ? hotelChanges(a, b).length === 0 : a === b);

/** The stored hotel files of these hotels, by id, as they are in the database now. */
export async function storedHotelFiles(db: Sql, ids: readonly number[]): Promise<Map<number, HotelFile>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all<{ id: number; config_json: string }>(`SELECT id, config_json FROM hotels WHERE id IN (${placeholders(ids)})`, [...ids]);
  return new Map(rows.map((row) => [row.id, JSON.parse(row.config_json) as HotelFile]));
}

export const hotelName = (hotel: Pick<LoadedHotel, 'code' | 'info'>): string => (hotel.code ? `${hotel.info.name} (${hotel.code})` : hotel.info.name);

/** How often a running server reads its hotel files and compares what it serves with the database. */
export const HOTEL_CHECK_EVERY_MS = 5_000;

/** Where this server's hotels come from: HOTEL_FILE, HOTELS_DIR, or neither (the database alone). */
export interface HotelSource {
  hotelFile?: string | null | undefined;
  hotelsDir?: string | null | undefined;
}

export interface HotelWatch {
  /** One look now: the files, then the database (never rejects; a database away is the health check's business). */
  checkOnce(): Promise<void>;
  stop(): void;
}

/**
 * The files as they are on disk, as one string: a change to any byte (or a file added to or taken
 * out of the folder) changes it. Cheap enough to read every few seconds; parsed only when changed.
 */
export function hotelSourceText(source: HotelSource): string {
  // With the start's checks: a FIFO or a link to /dev/zero put in the folder would block the
  // server or fill its memory here, every few seconds, though the start refuses them.
  const read = (path: string) => {
    try {
      return readHotelText(path);
    } catch (err) {
      return `(unreadable: ${(err as Error).message})`;
    }
  };
  if (source.hotelsDir) {
    let names: string[];
    try {
      names = readdirSync(source.hotelsDir).filter((name) => name.endsWith('.json')).sort();
    } catch (err) {
      return `(unreadable: ${(err as NodeJS.ErrnoException).code ?? ''})`;
    }
    return names.map((name) => `${name}\0${read(join(source.hotelsDir!, name))}`).join('\0\0');
  }
  return source.hotelFile ? read(source.hotelFile) : '';
}

/** The files of `source`, validated as a start validates them (a HotelFileError names what to fix). */
function readSource(source: HotelSource): HotelFile[] {
  if (source.hotelsDir) return readHotelsDir(source.hotelsDir).map((entry) => entry.file);
  return [readHotelFile(source.hotelFile!)];
}

/** Nights from the hotel's today on which a room type has more rooms booked than it has now (a lowered count). */
async function overbookedNights(db: Sql, hotel: LoadedHotel, now: Date): Promise<string[]> {
  const rows = await db.all<{ code: string; rooms: number; night: string; booked: number }>(
    `SELECT t.code, t.rooms, n.night, SUM(n.rooms) AS booked
       FROM reservation_nights n JOIN room_types t ON t.id = n.room_type_id
      WHERE t.hotel_id = ? AND t.active = 1 AND n.night >= ? AND n.counts_until > ?
      GROUP BY t.code, t.rooms, n.night
     HAVING SUM(n.rooms) > t.rooms
      ORDER BY n.night, t.code
      LIMIT 10`,
    [hotel.id, hotelToday(now.toISOString(), hotel.info.timezone), now.toISOString()],
  );
  return rows.map((row) => `room type ${row.code} on ${row.night}: ${Number(row.booked)} booked, ${row.rooms} rooms`);
}

/** Calls and text conversations of a property not yet ended. */
async function callsInProgress(db: Sql, hotelId: number): Promise<number> {
  return (await db.get<{ n: number }>('SELECT count(*) AS n FROM calls WHERE hotel_id = ? AND ended_at IS NULL', [hotelId]))!.n;
}

/**
 * Every `everyMs`: reads `source` and, when it changed, validates and loads it (a bad file is refused
 * and said once, the hotels served kept); then serves what the database holds when that differs from
 * what this server serves (its own load, another instance's, or load-hotel's), saying what changed.
 */
export function watchHotels(
  deps: { db: Db; hotels: HotelDirectory; logger: Logger; source: HotelSource; clock?: () => Date },
  everyMs = HOTEL_CHECK_EVERY_MS,
): HotelWatch {
  const clock = deps.clock ?? (() => new Date());
  const { db, hotels, logger, source } = deps;
  const watching = Boolean(source.hotelFile || source.hotelsDir);
  const where = source.hotelsDir ? `HOTELS_DIR (${source.hotelsDir})` : source.hotelFile ? `HOTEL_FILE (${source.hotelFile})` : 'the hotels loaded last';
  let seen = watching ? hotelSourceText(source) : '';
  // What this watch says names the properties' own numbers (a clash, a property added): public.
  showInLogs(ownNumbers(hotels.answering));
  let running: Promise<void> | null = null;

  /** The changed files loaded into the database, once across instances; a bad file refused, saying what to fix. */
  const load = async (): Promise<void> => {
    try {
      const files = readSource(source);
      await db.transaction(async (tx) => {
        // Every instance reading the same file loads it: one at a time, and only one finds it new.
        await tx.lock('hotel-files');
        const ids = await servedHotelIds(tx);
        const stored = await storedHotelFiles(tx, ids);
        const same = ids.length === files.length && files.every((file) => [...stored.values()].some((was) => sameFile(was, file)));
        if (same) return;
        const served = await loadServedHotels(tx, files, clock());
        await new AuditLog(tx).record(
          {
            actorId: null,
            actor: 'hotel file',
            via: 'terminal',
            action: 'hotel.file.apply',
            target: null,
            detail: { source: where, served: files.map((file) => file.code ?? file.name), ids: served },
          },
          clock(),
        );
      });
    } catch (err) {
      // The file's own mistakes, or a clash with a property already in the database (a name).
      if (!(err instanceof HotelFileError)) throw err;
      logger.warn(
        { problems: err.issues },
        `${err.message}\n${where} changed and is NOT applied: calls and texts go on with the hotel as it was. ` +
          `Fix what is named above and save again (checked every ${everyMs / 1000} s)`,
      );
    }
  };

  /** Serves what the database holds, if it is not what this server serves. */
  const follow = async (): Promise<void> => {
    const ids = await servedHotelIds(db);
    const stored = await storedHotelFiles(db, ids);
    const same = isDeepStrictEqual(ids, [...hotels.served]) && ids.every((id) => sameFile(stored.get(id), hotels.byId(id)?.file));
    if (same) return;
    // One snapshot of the rows: a hotel's file and its room types as one load left them.
    const next = await db.transaction((tx) => loadHotelDirectory(tx), { mode: 'read' });
    const before = hotels.answering;
    hotels.replaceWith(next);
    // A property's numbers, new ones too, are public: the log shows them (a guest's stays masked).
    showInLogs(ownNumbers(hotels.answering));
    const now = clock();
    for (const hotel of hotels.answering) {
      const was = before.find((old) => old.id === hotel.id);
      const changes = was ? hotelChanges(was.file, hotel.file) : [];
      if (!was) logger.info({ hotel: hotel.code }, `${hotelName(hotel)} answers from now on, at ${(hotel.file.phoneNumbers ?? []).join(', ') || 'every number'}`);
      else if (changes.length > 0) {
        logger.info(
          { hotel: hotel.code, changes },
          `${hotelName(hotel)}: the hotel file changed and is applied: new calls and texts hear ${changes.join('; ')}. ` +
            'Calls in progress keep what they were told; every booking is checked against the rooms stored now',
        );
      }
      const repriced = was ? hotel.file.roomTypes.filter((t) => was.file.roomTypes.some((w) => w.code === t.code && w.rate !== t.rate)) : [];
      const open = repriced.length > 0 ? await callsInProgress(db, hotel.id) : 0;
      if (open > 0) {
        // A call whose rooms were found keeps the rate it was quoted then (CallContext.quotedRate);
        // one still choosing hears the new rate in its read-back before it confirms.
        logger.info(
          { hotel: hotel.code, callsInProgress: open, repriced: repriced.map((t) => t.code) },
          `${hotelName(hotel)}: ${open} call${open === 1 ? '' : 's'} in progress while the rate of ${repriced.map((t) => t.code).join(', ')} changed; ` +
            'one whose rooms were found is booked at the rate it was quoted, the others hear the new rate read back before they confirm',
        );
      }
      const over = await overbookedNights(db, hotel, now);
      if (over.length > 0) {
        logger.warn(
          { hotel: hotel.code, overbooked: over },
          `${hotelName(hotel)} has fewer rooms than are booked on some nights (${over.join('; ')}): nothing more is sold for them; the desk decides about the reservations over the count`,
        );
      }
    }
    for (const was of before) {
      if (hotels.served.includes(was.id)) continue;
      logger.warn(
        { hotel: was.code },
        `${hotelName(was)} no longer answers: it is not in ${where}. New calls to its numbers are not its; ` +
          'its calls in progress finish, its calls and reservations stay for staff',
      );
    }
    if (before.length === 1 && hotels.answering.length > 1) {
      // One property answered every number; now the number dialled decides.
      logger.warn(
        { numbers: hotels.answering.map((hotel) => ({ hotel: hotel.code, numbers: hotel.file.phoneNumbers ?? [] })) },
        'more than one property answers from now on: a call or text reaches the property whose phoneNumbers list the number dialled, and a number no file lists reaches none',
      );
    }
  };

  const check = async (): Promise<void> => {
    try {
      if (watching) {
        const text = hotelSourceText(source);
        if (text !== seen) {
          await load();
          // Not before: a load the database failed is tried again at the next look.
          seen = text;
        }
      }
      await follow();
    } catch (err) {
      // A database away: the health check says so; the next look tries again.
      logger.debug({ err }, 'hotel file check failed');
    }
  };
  const checkOnce = (): Promise<void> => {
    // One look at a time: a slow database never stacks them up.
    running ??= check().finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void checkOnce(), everyMs);
  timer.unref();
  return { checkOnce, stop: () => clearInterval(timer) };
}
