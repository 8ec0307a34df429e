// /healthz is public and each check is a rolled-back write: a flood of it must not compete with
// callers' turns for SQLite's write lock. Requests share the next check; checks start at least
// HEALTHZ_GAP_MS apart, one at a time; an answer is never older than its request.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTHZ_GAP_MS } from '../../src/http/routes/healthz.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

describe('/healthz under a flood', () => {
  let t: TestApp;
  let writes = 0;
  beforeAll(async () => {
    t = await startTestApp();
    const transaction = t.db.transaction.bind(t.db);
    t.db.transaction = ((work: Parameters<typeof transaction>[0]) => {
      writes++;
      return transaction(work);
    }) as typeof t.db.transaction;
  });
  afterAll(() => t.close());

  it('answers 50 concurrent requests with at most two write checks, all 200', async () => {
    await new Promise((r) => setTimeout(r, HEALTHZ_GAP_MS));
    writes = 0;
    const answers = await Promise.all(Array.from({ length: 50 }, () => fetch(`${t.baseUrl}/healthz`)));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(await answers[0]!.json()).toEqual({ ok: true, database: 'writable' });
    expect(writes).toBeLessThanOrEqual(2);
  });

  it('makes about four writes a second under a sustained flood of 20 requests at a time', async () => {
    await new Promise((r) => setTimeout(r, HEALTHZ_GAP_MS));
    writes = 0;
    const until = Date.now() + 1000;
    let answered = 0;
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (Date.now() < until) {
        expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
        answered++;
      }
    }));
    expect(answered).toBeGreaterThanOrEqual(20);
    expect(writes).toBeLessThanOrEqual(Math.ceil(1250 / HEALTHZ_GAP_MS) + 1);
  });
});
