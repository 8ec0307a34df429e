// A hotel file changed under running servers (docs/hotel-file.md, "Changing the file while it
// runs"): a server whose file is saved applies it within seconds (or refuses it, keeping the line
// working); one started with a changed file says what changed; every other server on the database
// serves what the database holds within seconds, saying what changed.
// Real processes on one SQLite file, as two instances share one PostgreSQL database.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { hotelChanges } from '../../src/hotel/hotel-changes.ts';
import { parseHotelFile } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { logOf, roomsOffered } from '../helpers/running-server.ts';
import type { LogLine } from '../helpers/running-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-hotel-changed-'));
const servers: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const demo = JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')) as { roomTypes: { code: string; rate: number; rooms: number }[] };
/** The demo hotel with its first room type's rate and rooms changed. */
function changed(rate: number, rooms: number) {
  return { ...demo, roomTypes: demo.roomTypes.map((t, i) => (i === 0 ? { ...t, rate, rooms } : t)) };
}
function fileOf(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}


/** The first line of the log that contains `text`, waited for (the check runs every 5 s). */
async function logLine(path: string, text: string, after = 0): Promise<LogLine> {
  for (let tries = 0; tries < 200; tries++) {
    const found = logOf(path).slice(after).find((line) => line.msg.includes(text));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no log line with "${text}" in ${path}:\n${readFileSync(path, 'utf8')}`);
}

async function serverOn(databasePath: string, hotelFile: string, log: string): Promise<ServerProcess> {
  const server = await startServer({ databasePath, hotelFile, stdoutFile: log, logLevel: 'info', readiness: 'healthz' });
  servers.push(server);
  return server;
}

describe('hotelChanges', () => {
  it('names each changed room type field by its code, room types added and removed, and other keys with both values', () => {
    const before = parseHotelFile(demo);
    const first = demo.roomTypes[0]!;
    const after = parseHotelFile({ ...changed(first.rate + 10, first.rooms + 1), holdUntil: '16:00' });
    expect(hotelChanges(before, after)).toEqual([
      `holdUntil: "18:00" → "16:00"`,
      `room type ${first.code} rate: ${first.rate} → ${first.rate + 10}`,
      `room type ${first.code} rooms: ${first.rooms} → ${first.rooms + 1}`,
    ]);
    const fewer = parseHotelFile({ ...demo, roomTypes: demo.roomTypes.slice(1) });
    expect(hotelChanges(before, fewer)).toEqual([`room type ${first.code}: removed`]);
    expect(hotelChanges(fewer, before)).toEqual([`room type ${first.code}: added`]);
    expect(hotelChanges(before, parseHotelFile(JSON.parse(JSON.stringify(demo))))).toEqual([]);
  });
});


describe('a hotel file changed under running servers on one database', () => {
  it('a file saved broken is refused and the line keeps answering; saved right, it is applied; another server started with a change is followed', async () => {
    const databasePath = join(dir, 'conserje.db');
    const first = demo.roomTypes[0]!;
    const hotelFile = fileOf('hotel.json', demo);
    const logA = join(dir, 'a.log');
    const a = await serverOn(databasePath, hotelFile, logA);
    expect(await roomsOffered(a)).toContain(String(first.rate));

    // Saved with a mistake: said with the start's own message, and the hotel as it was goes on.
    writeFileSync(hotelFile, JSON.stringify(changed(-1, first.rooms)));
    const refused = await logLine(logA, 'NOT applied');
    expect(refused.level).toBe(40);
    expect(refused.msg).toContain(`hotel file ${hotelFile}: roomTypes[0].rate`);
    expect(await roomsOffered(a)).toContain(String(first.rate));

    // Saved right: applied within seconds, without a restart.
    writeFileSync(hotelFile, JSON.stringify(changed(first.rate + 50, first.rooms)));
    const applied = await logLine(logA, 'is applied');
    expect(applied.msg).toContain(`room type ${first.code} rate: ${first.rate} → ${first.rate + 50}`);
    expect(await roomsOffered(a)).toContain(String(first.rate + 50));

    // A second server started with another change: it says what changed, and the first serves it too.
    const seen = logOf(logA).length;
    const other = fileOf('hotel-b.json', changed(first.rate + 50, first.rooms - 1));
    const b = await serverOn(databasePath, other, join(dir, 'b.log'));
    const said = await logLine(join(dir, 'b.log'), 'the hotel file changed since it was last loaded');
    expect(said.msg).toContain(`room type ${first.code} rooms: ${first.rooms} → ${first.rooms - 1}`);
    const followed = await logLine(logA, 'is applied', seen);
    expect(followed.msg).toContain(`room type ${first.code} rooms: ${first.rooms} → ${first.rooms - 1}`);
    expect(await roomsOffered(b)).toContain(String(first.rate + 50));
  }, 60_000);
});
