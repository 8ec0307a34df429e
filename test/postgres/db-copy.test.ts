// npm run db:copy: a hotel's SQLite file moved to PostgreSQL, checked by row counts and by a
// booking made afterwards on the copy (ids and confirmation numbers carry on). A column PostgreSQL
// computes itself (the folded guest name, migration 12) is not copied, and comes out the same.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { openStore } from '../../src/storage/database.ts';
import { ROOT } from '../../bench/lib/server-process.ts';
import { startTestApp } from '../helpers/app.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';

describe('npm run db:copy', () => {
  it('copies every row of a SQLite file to PostgreSQL, and the copy takes the next booking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-copy-'));
    const dbPath = join(dir, 'conserje.db');
    const t = await startTestApp({ dbPath });
    await new Accounts(t.db).add('alice', 'alice-password-1', 'admin', t.clock.now());
    for (const [i, [date, name]] of [['1204', 'JOSÉ Núñez'], ['1205', 'Sofía Ramírez'], ['1206', 'Ana Torres']].entries()) {
      const done = await bookByKeys(t.call({ from: `+1212555010${i}` }), { date, name });
      expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
    }
    const folded = 'SELECT confirmation, guest_name_folded FROM reservations ORDER BY id';
    const foldedInFile = await t.db.all<{ confirmation: string; guest_name_folded: string }>(folded);
    expect(foldedInFile.map((r) => r.guest_name_folded)).toEqual(['jose nunez', 'sofia ramirez', 'ana torres']);
    const abandoned = t.call({ from: '+13055550100' });
    await abandoned.start();
    await abandoned.press('1');
    await abandoned.hangup();
    const lastId = (await t.db.get<{ id: number }>('SELECT max(id) AS id FROM reservations'))!.id;
    await t.close();

    const url = await createDatabase(inject('postgresUrl'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', '--from', dbPath, '--to', url], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/reservations\s+3 →\s+3/);
    expect(run.stdout).toContain('every table has as many rows as the file');

    // A second copy into the same database is refused: it is not empty.
    const again = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', '--from', dbPath, '--to', url], { cwd: ROOT, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('not empty');

    const db = await openStore({ databaseUrl: url, databasePath: '' });
    const app = await buildApp({ config: t.config, db, logger: createLogger('silent'), clock: t.clock.now });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const port = (server.address() as { port: number }).port;
      const { CallSession } = await import('../../src/softphone/call-session.ts');
      const call = new CallSession({ baseUrl: `http://127.0.0.1:${port}`, publicBaseUrl: t.config.publicBaseUrl, authToken: t.config.twilioAuthToken!, from: '+14155550199', to: '+15551230000' });
      const done = await bookByKeys(call, { date: '1207' });
      expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
      const latest = await db.get<{ id: number; call_sid: string }>('SELECT id, call_sid FROM reservations ORDER BY id DESC LIMIT 1');
      expect(latest).toEqual({ id: lastId + 1, call_sid: call.callSid });
      expect(await new Accounts(db).authenticate('alice', 'alice-password-1', t.clock.now())).toMatchObject({ username: 'alice', role: 'admin' });
      expect(await storedInvariantViolations(db, { now: t.clock.now() })).toEqual([]);
      expect((await db.all(folded)).slice(0, 3)).toEqual(foldedInFile);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
