import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOptedOut, recordOptIn, recordOptOut, smsKeyword } from '../../src/messaging/opt-out.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/database.ts';

describe('smsKeyword', () => {
  it.each([
    ['STOP', 'stop'],
    ['stop', 'stop'],
    ['  Stop. ', 'stop'],
    ['STOPALL', 'stop'],
    ['unsubscribe', 'stop'],
    ['End', 'stop'],
    ['QUIT!', 'stop'],
    ['Parar', 'stop'],
    ['BAJA', 'stop'],
    ['START', 'start'],
    ['unstop', 'start'],
    ['Iniciar', 'start'],
    ['help', 'help'],
    ['¿Ayuda?', 'help'],
    ['info', 'help'],
  ])('reads %j as %s', (body, keyword) => {
    expect(smsKeyword(body)).toBe(keyword);
  });

  it.each(['CANCEL', 'cancelar', 'YES', 'sí', 'stop by at 6', 'please stop', '', 'STOP'.repeat(20)])(
    'does not read %j as an opt-out keyword (CANCEL is our own "cancel my reservation")',
    (body) => {
      expect(smsKeyword(body)).toBeNull();
    },
  );
});

describe('opt-out records', () => {
  let dir: string;
  let db: Db;
  const now = new Date('2026-11-28T15:00:00Z');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-optout-'));
    db = (await openDatabase(join(dir, 'test.db')));
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records STOP, suppresses the texts still waiting for that number, and START lifts it for new texts only', async () => {
    const outbox = new Outbox(db);
    const waiting = (await outbox.enqueueText('+12125550123', 'en-US', 'conversation', 'first', now));
    const other = (await outbox.enqueueText('+12125550199', 'en-US', 'conversation', 'someone else', now));
    expect(await isOptedOut(db, '+12125550123')).toBe(false);

    expect(await recordOptOut(db, ' +12125550123 ', now)).toBe(1);
    expect(await isOptedOut(db, '+12125550123')).toBe(true);
    expect(await outbox.get(waiting)).toMatchObject({ status: 'suppressed', lastError: 'opted out', nextAttemptAt: null });
    expect((await outbox.get(other))?.status).toBe('unsent');

    // A second STOP is harmless.
    expect(await recordOptOut(db, '+12125550123', new Date(now.getTime() + 1000))).toBe(0);

    expect(await recordOptIn(db, '+12125550123')).toBe(true);
    expect(await recordOptIn(db, '+12125550123')).toBe(false);
    expect(await isOptedOut(db, '+12125550123')).toBe(false);
    expect((await outbox.get(waiting))?.status).toBe('suppressed'); // not sent late
    const next = (await outbox.enqueueText('+12125550123', 'en-US', 'conversation', 'again', now));
    expect((await outbox.get(next))?.status).toBe('unsent');
  });
});
