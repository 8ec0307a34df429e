// A hotel file saved while two instances run on one PostgreSQL database (SPEC §10,
// docs/hotel-file.md): each applies it within seconds, the database takes it once (one audit
// entry), and calls to either instance hear it; saved broken, both refuse it and keep answering.
// Real server processes, as npm start runs them, reading the same file.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { openStore } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/sql.ts';
import { START_TIMEOUT_MS, createDatabase } from '../helpers/postgres-server.ts';
import { logOf, roomsOffered } from '../helpers/running-server.ts';
import type { LogLine } from '../helpers/running-server.ts';
import { postgresConfig } from './postgres-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-pg-hotel-file-'));
const hotelFile = join(dir, 'hotel.json');
const demo = JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')) as { roomTypes: { code: string; rate: number }[] };
const first = demo.roomTypes[0]!;
const withRate = (rate: number) => ({ ...demo, roomTypes: demo.roomTypes.map((t, i) => (i === 0 ? { ...t, rate } : t)) });


/** The lines of the log that contain `text`, once there are `count` of them (the files are read every 5 s). */
async function logLines(path: string, text: string, count = 1): Promise<LogLine[]> {
  for (let tries = 0; tries < 300; tries++) {
    const found = logOf(path).filter((line) => line.msg.includes(text));
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fewer than ${count} log lines with "${text}" in ${path}:\n${readFileSync(path, 'utf8')}`);
}


describe('a hotel file saved under two instances on one PostgreSQL database', () => {
  let db: Db;
  const servers: ServerProcess[] = [];
  const logs = [join(dir, 'a.log'), join(dir, 'b.log')] as const;

  beforeAll(async () => {
    const url = await createDatabase(inject('postgresUrl'));
    writeFileSync(hotelFile, JSON.stringify(demo, null, 2));
    for (const log of logs) {
      servers.push(
        await startServer({ databasePath: '/nonexistent/unused.db', hotelFile, env: { DATABASE_URL: url }, stdoutFile: log, logLevel: 'info', readiness: 'healthz', startTimeoutMs: START_TIMEOUT_MS }),
      );
    }
    db = await openStore(postgresConfig(url));
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.kill();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('each instance applies it, the database takes it once, and calls to either hear it', async () => {
    writeFileSync(hotelFile, JSON.stringify(withRate(first.rate + 35), null, 2));
    for (const log of logs) expect((await logLines(log, 'is applied'))[0]!.msg).toContain(`room type ${first.code} rate: ${first.rate} → ${first.rate + 35}`);
    for (const server of servers) expect(await roomsOffered(server)).toContain(String(first.rate + 35));
    expect(await db.all("SELECT actor FROM audit_log WHERE action = 'hotel.file.apply'")).toEqual([{ actor: 'hotel file' }]);
  });

  it('saved broken, each instance refuses it, saying what to fix, and goes on answering with the hotel as it was', async () => {
    writeFileSync(hotelFile, JSON.stringify({ ...withRate(first.rate + 35), holdUntil: '25:00' }, null, 2));
    for (const log of logs) expect((await logLines(log, 'NOT applied'))[0]!.msg).toContain(`hotel file ${hotelFile}: holdUntil`);
    for (const server of servers) expect(await roomsOffered(server)).toContain(String(first.rate + 35));
    expect(await db.all("SELECT id FROM audit_log WHERE action = 'hotel.file.apply'")).toHaveLength(1);
  });
});
