// Settings an operator gets wrong, met at start by the real server process: a PUBLIC_BASE_URL
// with no scheme, another scheme or spaces, and a PORT already in use each stop it with one line
// saying what to fix, exit 1, and no stack.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { runEntryPoint } from '../helpers/run-script.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The server, in a folder of its own, until it exits (stopped after 15 s if it wrongly starts). */
const start = (env: Record<string, string>) =>
  runEntryPoint('src/server.ts', [], {
    cwd: dir,
    cleanEnv: true,
    env: { PORT: '0', DATABASE_PATH: join(dir, 'conserje.db'), LOG_LEVEL: 'error', ...env },
    killAfterMs: 15_000,
  });

function expectOneLine(run: { code: number; stderr: string }, says: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(says);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('the server started with settings that cannot work', () => {
  it.each(['hotel.example.com', 'ftp://hotel.example.com', 'https://hotel example.com', ' '.repeat(3) + 'https://exa mple.com/x y'])(
    'refuses PUBLIC_BASE_URL=%j in one line',
    async (url) => {
      expectOneLine(await start({ PUBLIC_BASE_URL: url }), /PUBLIC_BASE_URL must be an http\(s\) URL/);
    },
    30_000,
  );

  it('takes a base path, with or without its trailing slash', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: ' https://hotel.example.com/conserje/ ' }).publicBaseUrl).toBe('https://hotel.example.com/conserje');
  });

  it('says the port is taken, in one line, when another server holds it', async () => {
    const holder: Server = createServer();
    await new Promise<void>((ok) => holder.listen(0, ok));
    try {
      const port = (holder.address() as AddressInfo).port;
      expectOneLine(await start({ PORT: String(port) }), new RegExp(`cannot listen on port ${port}: it is already in use`));
    } finally {
      holder.close();
    }
  }, 30_000);
});
