// The last rooms held by a call whose server stopped in the middle of it: the hold outlives the
// restart (the caller does not lose the rooms to a restart), and the rooms come back for sale as
// soon as the hang-up is reported to the new server, or when the hold runs out if it never is.
// Two apps on one SQLite file, one after the other; signed requests. (Red team, round 5: held.)

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { TestApp, TestClock } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';

const GUEST = '+12125550140';
/** Both of the demo hotel's Ocean Suites (key 1), December 4 for 2 nights. */
const BOTH_SUITES = { roomType: '1', rooms: '2' };
const HOLD_MINUTES = 10;

let apps: TestApp[] = [];
let dir = '';
afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
  rmSync(dir, { recursive: true, force: true });
});

/** A server on the test's database file, on the shared clock. */
async function server(clock: TestClock): Promise<TestApp> {
  const app = await startTestApp({ clock, dbPath: join(dir, 'conserje.db') });
  apps.push(app);
  return app;
}

const askBothSuites = async (app: TestApp, from: string) => heard(await askForStay(app.call({ from }), BOTH_SUITES));

/** A first server where GUEST's call holds both suites, then stops with the call still open. */
async function heldThenStopped(clock: TestClock): Promise<CallSession> {
  dir = mkdtempSync(join(tmpdir(), 'conserje-restart-'));
  const first = await server(clock);
  const call = first.call({ from: GUEST });
  expect(heard(await askForStay(call, BOTH_SUITES))).toContain('on hold for you');
  // Stopped between two webhooks: no hang-up reported, nothing released.
  await first.close();
  apps = apps.filter((app) => app !== first);
  return call;
}

describe('rooms held when the server stopped', () => {
  it('stay held across the restart, and come back when the hang-up reaches the new server', async () => {
    const clock = testClock();
    const call = await heldThenStopped(clock);
    clock.advance(60_000);
    const second = await server(clock);
    expect(await askBothSuites(second, '+13125550141')).toMatch(/^Sorry, we don't have 2 Ocean Suites free/);
    const hangUp = await signedPost(second.baseUrl, '/voice/status', { ...baseCallParams(call.callSid, GUEST), CallStatus: 'completed', CallDuration: '95' });
    expect(hangUp.status).toBe(200);
    expect(await askBothSuites(second, '+13125550142')).toContain('on hold for you');
  });

  it('come back when the hold runs out, if the hang-up never arrives', async () => {
    const clock = testClock();
    await heldThenStopped(clock);
    const second = await server(clock);
    clock.advance((HOLD_MINUTES - 1) * 60_000);
    expect(await askBothSuites(second, '+13125550143')).toMatch(/^Sorry, we don't have 2 Ocean Suites free/);
    clock.advance(2 * 60_000);
    expect(await askBothSuites(second, '+13125550144')).toContain('on hold for you');
  });
});
