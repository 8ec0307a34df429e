// What `npm start` runs (scripts/start.mjs → the built bundle): the express half of the app is
// loaded on the first request that needs it, and stack traces still name the TypeScript sources
// though Node's source-map support is off at start (issue 14: both for the start time).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, buildServer } from '../../scripts/build.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-start-path-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stack traces of a built bundle', () => {
  it('name the TypeScript file and line an error was thrown at, the map read only then', () => {
    const source = join(dir, 'thrower.ts');
    writeFileSync(source, ['// line 1', 'export function fail(): never {', "  throw new Error('thrown in the sources');", '}', 'fail();', ''].join('\n'));
    // Built as the server is built: minified, with its map beside it.
    bundle(source, join(dir, 'thrower.mjs'));
    const script = `import { mapStackTraces } from ${JSON.stringify(join(process.cwd(), 'scripts/mapped-stacks.mjs'))};
      mapStackTraces(${JSON.stringify(dir)});
      try { await import(${JSON.stringify(join(dir, 'thrower.mjs'))}); } catch (err) { console.log(err.stack); }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stdout).toContain('Error: thrown in the sources');
    expect(run.stdout).toMatch(new RegExp(`at fail \\(${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:9\\)`));
  });
});

describe('the server npm start runs', () => {
  it('answers the staff console and /healthz from its first requests, sent together with a call', async () => {
    buildServer();
    const port = 31000 + Math.floor(Math.random() * 2000);
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'start.db'), TWILIO_AUTH_TOKEN: '', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let tries = 0; ; tries++) {
        try {
          await fetch(`${base}/voice`, { method: 'HEAD' });
          break;
        } catch {
          if (tries > 500) throw new Error('the server did not start');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      const call = new URLSearchParams({ CallSid: `CA${'0123456789abcdef'.repeat(2)}`, From: '+15551112222', To: '+15551230000' });
      const [voice, health, staff, home] = await Promise.all([
        fetch(`${base}/voice`, { method: 'POST', body: call }),
        fetch(`${base}/healthz`),
        fetch(`${base}/staff`, { redirect: 'manual' }),
        fetch(`${base}/`),
      ]);
      expect(voice.status).toBe(200);
      expect(await voice.text()).toContain('<Gather');
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true });
      // Not logged in: sent to the login page, as ever.
      expect([302, 303]).toContain(staff.status);
      expect(home.status).toBe(200);
    } finally {
      child.kill();
    }
  }, 60_000);
});
