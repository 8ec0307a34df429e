// `.env`: .env.example says "copy to .env", so a copied file is read, and the environment wins.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { applyEnvFile, parseEnvFile } from '../../src/env-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'conserje-env-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folderWith(name: string, text: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeFileSync(join(folder, '.env'), text);
  return folder;
}

describe('reading .env', () => {
  it('reads settings, comments, quotes and export lines as a shell would', () => {
    expect(
      parseEnvFile(
        '\uFEFF# a comment\n\nPORT=4000\r\nexport LOG_LEVEL=debug\nHOTEL_FILE="my hotel.json"\nTWILIO_AUTH_TOKEN=\'abc#1\'\nDATABASE_PATH=data/x.db  # where\nPUBLIC_BASE_URL=\nnot a setting\n',
      ),
    ).toEqual({ PORT: '4000', LOG_LEVEL: 'debug', HOTEL_FILE: 'my hotel.json', TWILIO_AUTH_TOKEN: 'abc#1', DATABASE_PATH: 'data/x.db', PUBLIC_BASE_URL: '' });
  });

  it('fills only what the environment leaves unset', () => {
    const env: NodeJS.ProcessEnv = { PORT: '5000' };
    expect(applyEnvFile(env, folderWith('both', 'PORT=4000\nLOG_LEVEL=warn\n'))).toBe(join(dir, 'both', '.env'));
    expect(env).toEqual({ PORT: '5000', LOG_LEVEL: 'warn' });
  });

  it('is no error when there is no .env', () => {
    const env: NodeJS.ProcessEnv = {};
    mkdirSync(join(dir, 'none'));
    expect(applyEnvFile(env, join(dir, 'none'))).toBeNull();
    expect(env).toEqual({});
  });

  it('starts with .env.example copied as it is: every setting left empty means its default', () => {
    const folder = join(dir, 'example');
    mkdirSync(folder);
    copyFileSync(join(ROOT, '.env.example'), join(folder, '.env'));
    const env: NodeJS.ProcessEnv = {};
    applyEnvFile(env, folder);
    expect(Object.keys(env).sort()).toEqual(
      [...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort(),
    );
    const config = loadConfig(env);
    expect(config.port).toBe(3000);
    expect(config.twilioAuthToken).toBeNull();
    expect(config.databaseUrl).toBeNull();
    expect(config.staffIdleMinutes).toBe(30);
    expect(loadConfig({ STAFF_IDLE_MINUTES: '45' }).staffIdleMinutes).toBe(45);
  });
});

/** Runs the server from source in `cwd` with the environment `env` only (no test runner's). */
function startIn(cwd: string, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    // PORT 0: a server that does start (the file not read) takes a free port, and is stopped.
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/server.ts')], { cwd, env: { PATH: process.env.PATH ?? '', PORT: '0', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const stop = setTimeout(() => child.kill('SIGTERM'), 10_000);
    child.on('close', () => clearTimeout(stop));
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stderr }));
  });
}

describe('the server started beside a .env', () => {
  it('takes its settings: NODE_ENV=production there refuses to start without a token', async () => {
    const folder = folderWith('production', 'NODE_ENV=production\nDATABASE_PATH=conserje.db\n');
    const run = await startIn(folder, {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TWILIO_AUTH_TOKEN is required when NODE_ENV=production');
  });

  it('lets the environment win over the file', async () => {
    const folder = folderWith('override', 'NODE_ENV=production\nLOG_LEVEL=loud\n');
    const run = await startIn(folder, { LOG_LEVEL: 'nonsense', NODE_ENV: 'production', TWILIO_AUTH_TOKEN: 'secret' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('LOG_LEVEL must be one of');
    expect(run.stderr).toContain('got "nonsense"');
  });
});
