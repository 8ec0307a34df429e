// The start log names the numbers each property answers (its hotel file's `phoneNumbers`): they are
// the hotel's own, public, and what an IT person checks against the Twilio console (a guest's stays
// masked: test/reliability/log-masking.test.ts). A real server process, as npm start runs it.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../bench/lib/server-process.ts';
import type { ServerProcess } from '../../bench/lib/server-process.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';

const MIRAMAR = join(DEMO_HOTEL_PATH, '../demo-group/miramar.json');
const own = (JSON.parse(readFileSync(MIRAMAR, 'utf8')) as { phoneNumbers: string[] }).phoneNumbers;

describe('the start log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-start-numbers-'));
  const log = join(dir, 'out.log');
  let server: ServerProcess;
  const lines = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; hotels?: { numbers: string[] }[]; });

  beforeAll(async () => {
    server = await startServer({ databasePath: join(dir, 'conserje.db'), hotelFile: MIRAMAR, stdoutFile: log, logLevel: 'info', readiness: 'healthz' });
    await server.stop();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The log masks every phone number in every string (src/logger.ts, maskLogLine) but the hotels' own,
  // which the server names public at start (showInLogs).
  it("names the property's own numbers unmasked", () => {
    const answering = lines().find((line) => line.msg.startsWith('Conserje is answering'));
    expect(answering?.hotels?.[0]?.numbers).toEqual(own);
  });
});
