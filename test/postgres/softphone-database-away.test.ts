// `npm run call` against a running instance whose PostgreSQL is away: the operator trying a call
// during the outage (docs/hotel-group.md, "When something goes away") hears what a caller hears,
// the apology and the transfer. The softphone took /healthz's 503 for "nothing answers" and
// started a second server on the instance's port, which could only fail.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_AUTH_TOKEN, BENCH_HOTEL_NUMBER, BENCH_PUBLIC_URL } from '../../bench/lib/server-process.ts';
import { runScript } from '../helpers/run-script.ts';
import { instanceOnPostgres } from './instance-on-postgres.ts';
import type { InstanceOnPostgres } from './instance-on-postgres.ts';

describe('npm run call while the instance’s PostgreSQL is stopped', () => {
  let t: InstanceOnPostgres;
  beforeAll(async () => {
    t = await instanceOnPostgres();
  }, 120_000);
  afterAll(() => t?.close());

  it('calls the instance that answers /healthz 503 and hears the apology and the transfer; starts no server of its own', async () => {
    t.pg.halt();
    expect((await fetch(`${t.instance.baseUrl}/healthz`)).status).toBe(503);
    const args = ['--url', t.instance.baseUrl, '--public-url', BENCH_PUBLIC_URL, '--token', BENCH_AUTH_TOKEN, '--to', BENCH_HOTEL_NUMBER];
    // "n": the desk does not answer, and the call ends.
    const run = await runScript('call.ts', args, { input: 'n\n/hangup\n' });
    expect(run.stdout).not.toContain('starting the server');
    expect(run.stdout).toContain('answers /healthz 503');
    expect(run.stdout).toMatch(/IVR: We're sorry, something went wrong on our side\. Let me connect you to the front desk\./);
    expect(run.stdout).toContain('[ringing');
    expect(run.code).toBe(0);
    t.pg.start();
  }, 60_000);
});
