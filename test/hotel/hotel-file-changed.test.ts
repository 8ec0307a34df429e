// A hotel file changed under several servers on one database (docs/hotel-group.md, "Changing a
// hotel file"): each server quotes the hotel it loaded at its start. The one started with the
// changed file says what changed; one still running on the old file says, within seconds, that the
// database no longer holds what it quotes, and what differs; and says so again when it does.
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

interface LogLine {
  level: number;
  msg: string;
}
const logOf = (path: string): LogLine[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);

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

describe('a hotel file changed under two servers on one database', () => {
  it('the changed start says what changed; the other server warns that it quotes the old file, and says when it no longer does', async () => {
    const databasePath = join(dir, 'conserje.db');
    const first = demo.roomTypes[0]!;
    const oldFile = fileOf('hotel.json', demo);
    const logA = join(dir, 'a.log');
    await serverOn(databasePath, oldFile, logA);
    expect(logOf(logA).some((line) => line.msg.includes('changed'))).toBe(false);

    // The second instance starts with the file changed: fewer rooms, a higher rate.
    const newFile = fileOf('hotel-new.json', changed(first.rate + 50, first.rooms - 1));
    const b = await serverOn(databasePath, newFile, join(dir, 'b.log'));
    const said = await logLine(join(dir, 'b.log'), 'the hotel file changed since it was last loaded');
    expect(said.msg).toContain(`room type ${first.code} rate: ${first.rate} → ${first.rate + 50}`);
    expect(said.msg).toContain(`room type ${first.code} rooms: ${first.rooms} → ${first.rooms - 1}`);

    const warning = await logLine(logA, 'is not the hotel file this server started with');
    expect(warning.level).toBe(40);
    expect(warning.msg).toContain(`room type ${first.code} rate: ${first.rate} → ${first.rate + 50}`);
    expect(warning.msg).toContain('restart them one at a time');
    const warnings = () => logOf(logA).filter((line) => line.msg.includes('is not the hotel file')).length;

    // The second instance restarted with the old file: the database holds what the first quotes again.
    await b.stop();
    const seen = logOf(logA).length;
    await serverOn(databasePath, oldFile, join(dir, 'b2.log'));
    await logLine(logA, 'is again the hotel file this server serves', seen);
    expect(warnings()).toBe(1);
    expect(logOf(join(dir, 'b2.log')).find((line) => line.msg.includes('the hotel file changed'))?.msg).toContain(
      `room type ${first.code} rate: ${first.rate + 50} → ${first.rate}`,
    );
  }, 60_000);
});
