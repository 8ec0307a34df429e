// The weak spots of issue 11 around the four holes: a refused webhook is logged and counted,
// /metrics is not for the Internet, HSTS over https, /healthz means "can book", CSV cells that a
// spreadsheet would run are defused, and settings that cannot work stop the start with one line.

import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config.ts';
import { parseHotelFile, HotelFileError } from '../../src/hotel/hotel-file.ts';
import { csvCell } from '../../src/staff/routes/api.ts';
import { startTestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import type { TestApp } from '../helpers/app.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the HTTP side', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('logs a webhook refused for its signature (route and URL, never the signature) and counts it in /metrics', async () => {
    const { lines, logger } = captureLog();
    t = await startTestApp({ logger });
    const forged = 'bm90IGEgcmVhbCBzaWduYXR1cmU=';
    expect((await signedPost(t.baseUrl, '/voice', baseCallParams(`CA${'a'.repeat(32)}`), { signature: forged })).status).toBe(403);
    expect((await signedPost(t.baseUrl, '/voice/gather?step=1', baseCallParams(`CA${'b'.repeat(32)}`), { signature: null })).status).toBe(403);
    expect((await signedPost(t.baseUrl, '/voice', baseCallParams(`CA${'c'.repeat(32)}`))).status).toBe(200);
    const refused = lines.filter((l) => l.includes('webhook refused')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ route: '/voice', validatedUrl: 'https://conserje.example.com/voice', signature: 'invalid' });
    expect(refused[1]).toMatchObject({ route: '/voice/gather', validatedUrl: 'https://conserje.example.com/voice/gather?step=1', signature: 'missing' });
    expect(lines.join('')).not.toContain(forged);
    const metrics = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/conserje_webhook_signature_failures_total\{route="\/voice"\} 1/);
    expect(metrics).toMatch(/conserje_webhook_signature_failures_total\{route="\/voice\/gather"\} 1/);
  });

  it('answers /metrics on this machine only, unless a bearer token is set', async () => {
    t = await startTestApp();
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(200);
    // Through a proxy or tunnel on this machine (which adds X-Forwarded-For): the world, refused.
    expect((await fetch(`${t.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
    await t.close();
    t = await startTestApp({ env: { METRICS_TOKEN: 'scrape-secret-0123' } });
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: 'Bearer scrape-secret-0123', 'x-forwarded-for': '203.0.113.9' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('conserje_webhook_duration_seconds');
  });

  it('sends HSTS when PUBLIC_BASE_URL is https, and not over a plain-http setup', async () => {
    t = await startTestApp();
    const res = await fetch(`${t.baseUrl}/staff/login`);
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    await t.close();
    t = await startTestApp({ env: { PUBLIC_BASE_URL: 'http://localhost:3103', TWILIO_AUTH_TOKEN: '' } });
    expect((await fetch(`${t.baseUrl}/staff/login`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('says /healthz is fine only when the database takes a write, and rolls the write back', async () => {
    t = await startTestApp();
    const before = (await t.db.get<{ n: number }>('SELECT count(*) AS n FROM data_fixes'))!.n;
    const ok = await fetch(`${t.baseUrl}/healthz`);
    expect(ok.status).toBe(200);
    expect((await t.db.get<{ n: number }>('SELECT count(*) AS n FROM data_fixes'))!.n).toBe(before);
    // Another connection holds the write lock (a backup, a second process): not healthy.
    const { default: Database } = await import('better-sqlite3');
    const other = new Database(t.dbPath);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    t.db.connection.pragma('busy_timeout = 100');
    try {
      const locked = await fetch(`${t.baseUrl}/healthz`);
      expect(locked.status).toBe(503);
      expect(((await locked.json()) as { ok: boolean }).ok).toBe(false);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('CSV exports', () => {
  it('defuse cells a spreadsheet would run as a formula, however they start', () => {
    for (const cell of ['=1+1', ' =1+1', '\n=1+1', '\t=1', '＝1+1', '＋SUM(A1)', '－1+1', '＠SUM(1)', '@SUM(1)', '-1+1', '+A1']) {
      const out = csvCell(cell);
      expect(out.replace(/^"/, ''), JSON.stringify(cell)).toMatch(/^'/);
    }
    expect(csvCell('+12125550123')).toBe('+12125550123');
    expect(csvCell('-42')).toBe('-42');
    expect(csvCell('Ana Torres')).toBe('Ana Torres');
  });
});

describe('settings that cannot work', () => {
  const base = { PORT: '0' };
  const refused = (env: Record<string, string>) => {
    try {
      loadConfig({ ...base, ...env });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
    return null;
  };

  it('refuse a PUBLIC_BASE_URL with a query, a fragment or credentials, never repeating a password', () => {
    expect(refused({ PUBLIC_BASE_URL: 'https://hotel.example.com/?x=1' })).toMatch(/query/);
    expect(refused({ PUBLIC_BASE_URL: 'https://hotel.example.com/#top' })).toMatch(/fragment/);
    const message = refused({ PUBLIC_BASE_URL: 'https://admin:hunter2secret@hotel.example.com' });
    expect(message).toMatch(/user name or password/);
    expect(message).not.toContain('hunter2secret');
    expect(refused({ PUBLIC_BASE_URL: 'https://hotel.example.com/conserje' })).toBeNull();
  });

  it('read NODE_ENV whatever its case: "Production" still requires the auth token', () => {
    for (const value of ['production', 'Production', ' PRODUCTION ']) {
      expect(refused({ NODE_ENV: value })).toMatch(/TWILIO_AUTH_TOKEN is required/);
    }
    expect(loadConfig({ ...base, NODE_ENV: 'PRODUCTION', TWILIO_AUTH_TOKEN: 'x'.repeat(32) }).production).toBe(true);
  });
});

describe('hotel files', () => {
  const hotel = (change: (file: Record<string, unknown> & { roomTypes: Record<string, unknown>[] }) => void) => {
    const file = {
      name: 'Hotel Prueba',
      timezone: 'America/Mexico_City',
      currency: 'MXN',
      frontDesk: '+525512345678',
      holdUntil: '18:00',
      maxRoomsPerBooking: 5,
      maxNights: 30,
      roomTypes: [
        { code: 'STE', name: { en: 'King Suite', es: 'Suite King' }, rate: 3200, rooms: 2, synonyms: { en: ['suite'], es: ['suite'] } },
        { code: 'DLX', name: { en: 'Deluxe King', es: 'Deluxe King' }, rate: 2100.5, rooms: 4, synonyms: { en: ['deluxe'], es: ['de lujo'] } },
      ],
    };
    change(file);
    try {
      parseHotelFile(JSON.parse(JSON.stringify(file)));
      return null;
    } catch (err) {
      expect(err).toBeInstanceOf(HotelFileError);
      return (err as Error).message;
    }
  };

  it('load a sane file', () => {
    expect(hotel(() => {})).toBeNull();
  });

  it('refuse one word naming two room types, whatever its case or accents', () => {
    expect(hotel((f) => ((f.roomTypes[1]!.synonyms as { en: string[] }).en = ['deluxe', 'Suite']))).toMatch(
      /roomTypes\[1\]\.synonyms\.en\[1\]: "Suite" already names roomTypes\[0\]/,
    );
    expect(hotel((f) => ((f.roomTypes[1]!.synonyms as { es: string[] }).es = ['súite']))).toMatch(/already names roomTypes\[0\]/);
  });

  it('refuse names over a sane length and absurd rates', () => {
    expect(hotel((f) => (f.name = 'H'.repeat(81)))).toMatch(/name: must be at most 80 characters/);
    expect(hotel((f) => ((f.roomTypes[0]!.name as { en: string }).en = 'x'.repeat(500)))).toMatch(/roomTypes\[0\]\.name\.en: must be at most 80/);
    expect(hotel((f) => (f.roomTypes[0]!.rate = 1e12))).toMatch(/roomTypes\[0\]\.rate: must be at most 1,000,000/);
    expect(hotel((f) => (f.roomTypes[0]!.rate = 99.999))).toMatch(/roomTypes\[0\]\.rate: .*2 decimals/);
    expect(hotel((f) => (f.roomTypes[0]!.rate = 0))).toMatch(/roomTypes\[0\]\.rate: must be a number greater than 0/);
  });
});

describe('npm start with a setting that cannot work', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function start(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      child.stderr.on('data', (d: Buffer) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        done({ code, out });
      });
    });
  }

  it('exits 1 with one clear line for a DATABASE_PATH that is a directory, /dev/null or read-only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-dbpath-'));
    dirs.push(dir);
    const readOnly = join(dir, 'ro.db');
    writeFileSync(readOnly, '');
    chmodSync(readOnly, 0o444);
    const cases = [dir, '/dev/null', ...(process.getuid?.() === 0 ? [] : [readOnly])];
    for (const path of cases) {
      const { code, out } = await start({ DATABASE_PATH: path, PORT: '0' });
      expect(code, out).toBe(1);
      expect(out).toContain(`conserje: cannot open the database at ${path}:`);
      expect(out).not.toMatch(/\n\s+at /); // no stack trace
    }
  }, 150_000);

  it('exits 1 with a clear message when the port is taken, instead of saying it answers', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, r));
    const port = (blocker.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), 'conserje-port-'));
    dirs.push(dir);
    try {
      const { code, out } = await start({ DATABASE_PATH: join(dir, 'c.db'), PORT: String(port), LOG_LEVEL: 'info' });
      expect(code, out).toBe(1);
      expect(out).toContain(`conserje: cannot listen on port ${port}: it is already in use`);
      expect(out).not.toContain('is answering');
    } finally {
      blocker.close();
    }
  }, 60_000);
});
