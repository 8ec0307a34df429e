// PORT already taken (another server, a second Conserje): the start says so and stops before it
// makes a database or loads a hotel file into one, so nothing is left half-started.

import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { runEntryPoint } from '../helpers/run-script.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-port-taken-'));
let taken: Server;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((done) => taken.listen(0, () => done()));
});
afterAll(async () => {
  await new Promise((r) => taken.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('a start on a port already in use', () => {
  it('exits 1 saying so, without making the database or loading the hotel file', async () => {
    const port = (taken.address() as AddressInfo).port;
    const databasePath = join(dir, 'data', 'conserje.db');
    const run = await runEntryPoint('src/server.ts', [], {
      cleanEnv: true,
      cwd: dir,
      env: { PORT: String(port), DATABASE_PATH: databasePath, HOTEL_FILE: DEMO_HOTEL_PATH },
      killAfterMs: 20_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`conserje: cannot listen on port ${port}: it is already in use (another server, or another Conserje?). Set PORT to a free port.`);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  }, 30_000);
});
