// The database fails under a webhook: locked by another writer for a moment (waited out, the
// other calls going on meanwhile) or for longer than the retries, or its disk full. The caller hears an apology and is put through to the front desk (SPEC §8), and
// the failed turn leaves nothing half-written: the call is exactly as it was before.

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { enUS } from '../../src/voice/prompts/en-US.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { fillDatabase, TO_QUESTION } from './helpers.ts';

const FRONT_DESK = '+15557654321';

describe('a database that is locked or full during a webhook', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    t.db.connection.pragma('max_page_count = 1073741823');
    expect(await storedInvariantViolations(t.db, { now: t.clock.now() })).toEqual([]);
    await t.close();
  });

  /** Everything a turn writes, to compare before and after a failed one. */
  const snapshot = async () => ({
    calls: (await t.db.all('SELECT call_sid, step, state, outcome, snapshot_json, last_twiml, reservation_id, updated_at FROM calls ORDER BY call_sid')),
    events: (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM call_events'))!.n,
    holds: (await t.db.all('SELECT * FROM holds ORDER BY id')),
    reservations: (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservations'))!.n,
    nights: (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reservation_nights'))!.n,
  });

  function expectApologyAndDesk(turn: Turn): void {
    expect(turn.waitingFor).toBe('dial');
    expect(turn.dial?.targets[0]?.number).toBe(FRONT_DESK);
    expect(turn.said.length).toBeGreaterThan(0);
    // The apology, not a question: the caller is not asked anything more.
    expect(turn.gather).toBeUndefined();
    expect(turn.said[0]?.text).toBe(enUS.error());
  }

  /** Another connection (a second server, a careless script) holding the write lock. */
  function lockDatabase(): () => void {
    const locker = new Database(t.dbPath);
    locker.exec('BEGIN EXCLUSIVE');
    return () => {
      locker.exec('ROLLBACK');
      locker.close();
    };
  }

  it('waits out a lock held for a moment without blocking: the turn goes on as if nothing happened', async () => {
    // The production busy_timeout (250 ms), then awaited retries. Were the wait synchronous, the
    // timer that lets the lock go could not run until it was over, and the caller would hear the
    // apology; here it runs between tries, and the turn succeeds.
    const call = t.call();
    await TO_QUESTION.nights!(call, '0305');
    const unlock = lockDatabase();
    const release = setTimeout(unlock, 400);
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 20);
    try {
      const turn = await call.press('2#');
      expect(turn.waitingFor).toBe('input');
      expect(turn.gather).toBeDefined();
    } finally {
      clearTimeout(release);
      clearInterval(ticking);
    }
    // Other work (here a timer) went on while the turn waited for the lock.
    expect(ticks).toBeGreaterThan(2);
    expect((await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM holds WHERE call_sid = ?', [call.callSid]))?.n).toBe(1);
  });

  it('sends the caller to the front desk when the database stays locked through every retry, and writes nothing', async () => {
    // 250 ms per try in production (src/storage/sqlite.ts); shortened here so the test waits less.
    t.db.connection.pragma('busy_timeout = 100');
    const call = t.call();
    await TO_QUESTION.nights!(call, '0304');
    const before = await snapshot();
    const unlock = lockDatabase();
    let turn: Turn;
    const started = performance.now();
    try {
      turn = await call.press('2#'); // would hold the rooms
    } finally {
      unlock();
    }
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    expectApologyAndDesk(turn);
    expect(await snapshot()).toEqual(before);

    // The desk takes the call; when it ends, the status callback finds the database free again.
    await call.dialResult('completed', 30);
    expect(call.ended).toBe(true);
    expect((await t.db.get<{ status: string }>('SELECT status FROM calls WHERE call_sid = ?', [call.callSid]))?.status).toBe('completed');
  });

  it('answers a new call with the apology when the database is locked, and creates no half a call', async () => {
    t.db.connection.pragma('busy_timeout = 100');
    const before = await snapshot();
    const unlock = lockDatabase();
    let turn: Turn;
    try {
      turn = await t.call().start();
    } finally {
      unlock();
    }
    expectApologyAndDesk(turn);
    expect(await snapshot()).toEqual(before);
  });

  it('sends the caller to the front desk at the turn where the disk fills up, and rolls that turn back', async () => {
    const call = t.call();
    await TO_QUESTION.roomType!(call, '0402');
    // From here the file may not grow by one page: the first turn that needs a new page fails.
    // The caller asks to hear the room list again (*) until then: every turn adds to its timeline.
    fillDatabase(t.db);
    let failedAt = -1;
    for (let i = 0; i < 40 && failedAt < 0; i++) {
      const before = await snapshot();
      const turn = await call.press('*');
      if (turn.waitingFor === 'dial') {
        expectApologyAndDesk(turn);
        expect(await snapshot()).toEqual(before);
        failedAt = i;
      } else {
        expect(turn.gather).toBeDefined();
      }
    }
    expect(failedAt, 'the disk never filled up').toBeGreaterThanOrEqual(0);
  });

  it('answers new calls with the apology once the disk is full, and stores nothing of them', async () => {
    await t.call().start();
    fillDatabase(t.db);
    let apologies = 0;
    for (let i = 0; i < 5 && apologies === 0; i++) {
      const before = await snapshot();
      const turn = await t.call().start();
      if (turn.waitingFor === 'dial') {
        expectApologyAndDesk(turn);
        expect(await snapshot()).toEqual(before);
        apologies++;
      }
    }
    expect(apologies).toBe(1);
  });


});
