// `npm start` in one terminal, `npm run call` in another, both beside the same `.env`: the
// operator's first call after copying .env.example and setting only the token.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.ts';
import { runScript } from '../helpers/run-script.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = mkdtempSync(join(tmpdir(), 'conserje-softphone-env-'));
let server: ChildProcess;

/** Starts src/server.ts in `folder` (so it reads the .env there) and waits until it listens. */
function startServer(): Promise<ChildProcess> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/server.ts')], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (out.includes('Conserje is answering')) done(child);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d));
    child.on('exit', (code) => fail(new Error(`the server exited (${code}): ${out}`)));
  });
}

beforeAll(async () => {
  const port = await freePort();
  // .env.example as it ships, with the port and the token set: PUBLIC_BASE_URL left empty.
  copyFileSync(join(ROOT, '.env.example'), join(folder, '.env'));
  const env = readFileSync(join(folder, '.env'), 'utf8')
    .replace(/^PORT=.*$/m, `PORT=${port}`)
    .replace(/^TWILIO_AUTH_TOKEN=.*$/m, 'TWILIO_AUTH_TOKEN=an-account-token')
    .replace(/^DATABASE_PATH=.*$/m, 'DATABASE_PATH=conserje.db');
  writeFileSync(join(folder, '.env'), env);
  server = await startServer();
}, 30_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run call beside the server’s .env', () => {
  it('signs as the server checks when PUBLIC_BASE_URL is left empty: the greeting, not a 403', async () => {
    const run = await runScript('call.ts', [], { cwd: folder, cleanEnv: true, input: '/hangup\n' });
    // A 403 as a status, not inside the random CallSid printed on the first line ('…d840346…').
    expect(run.stdout).not.toMatch(/\b403\b/);
    expect(run.stdout).toContain('signed');
    expect(run.stdout).toContain('Hello, this is Hotel Miramar.');
    expect(run.code).toBe(0);
  }, 30_000);
});
