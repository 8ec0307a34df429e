// Without TWILIO_AUTH_TOKEN no webhook's signature is checked: anyone could book, cancel, text.
// NODE_ENV=production refused that, but NODE_ENV is often left unset on a real server (npm start
// under systemd). A PUBLIC_BASE_URL the Internet can reach is what says Twilio, and so anyone else,
// will post here: the server refuses to start so, and starts without a token only to be tried on
// this machine.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function refusal(env: Record<string, string>): string | null {
  try {
    loadConfig(env);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
}

describe('a server that would take unsigned webhooks', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is refused with a public PUBLIC_BASE_URL and no token, whatever NODE_ENV says', () => {
    for (const url of ['https://hotel.example.com', 'https://abc123.ngrok.app', 'http://203.0.113.7:3000', 'https://hotel.example.com/conserje']) {
      const message = refusal({ PUBLIC_BASE_URL: url });
      expect(message, url).toMatch(/TWILIO_AUTH_TOKEN is required when PUBLIC_BASE_URL is not this machine/);
      expect(refusal({ PUBLIC_BASE_URL: url, NODE_ENV: 'development' }), url).not.toBeNull();
      expect(refusal({ PUBLIC_BASE_URL: url, TWILIO_AUTH_TOKEN: 'x'.repeat(32) }), url).toBeNull();
    }
  });

  it('still starts without a token to be tried on this machine', () => {
    for (const url of ['', 'http://localhost:3000', 'http://127.0.0.1:8080', 'http://conserje.localhost:3000', 'http://[::1]:3000']) {
      expect(refusal({ PUBLIC_BASE_URL: url }), url).toBeNull();
    }
  });

  it('npm start exits 1 with one line naming the setting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-unsigned-'));
    dirs.push(dir);
    const { code, out } = await new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', DATABASE_PATH: join(dir, 'c.db'), PUBLIC_BASE_URL: 'https://hotel.example.com', LOG_LEVEL: 'warn' },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      child.stderr.on('data', (d: Buffer) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      child.on('exit', (exit) => {
        clearTimeout(timer);
        done({ code: exit, out });
      });
    });
    expect(code, out).toBe(1);
    expect(out).toMatch(/^conserje: TWILIO_AUTH_TOKEN is required when PUBLIC_BASE_URL is not this machine \(hotel\.example\.com\)/);
    expect(out.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
