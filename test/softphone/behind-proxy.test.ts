// The softphone against Conserje served under a path (PUBLIC_BASE_URL =
// https://hotel.example.com/conserje), behind a real proxy that passes on only /conserje/… (with the
// path taken off, or left on): it follows the TwiML URLs, which carry the path, against the server
// it talks to, and signs each request as Twilio does, over PUBLIC_BASE_URL + path + query. The app
// checks every signature (TWILIO_AUTH_TOKEN is set; nothing here turns that off).

import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { serverBaseUrl } from '../../src/softphone/twilio-params.ts';
import { TextSession } from '../../src/softphone/text-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { freePort } from '../helpers/free-port.ts';
import { runScript } from '../helpers/run-script.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startPrefixProxy } from '../staff/prefix-proxy.ts';
import type { PrefixProxy } from '../staff/prefix-proxy.ts';

const PREFIX = '/conserje';
const PUBLIC = `https://hotel.example.com${PREFIX}`;
/** What the softphone script inherits: none of the settings of whoever runs the tests. */
const CLEAN_ENV = { TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '', TWILIO_PHONE_NUMBER: '', TWILIO_ACCOUNT_SID: '' };

describe('serverBaseUrl: where the softphone sends what Twilio would request', () => {
  it.each([
    ['http://127.0.0.1:3000', 'https://hotel.example.com/conserje', 'http://127.0.0.1:3000/conserje'],
    ['https://hotel.example.com/', 'https://hotel.example.com/conserje/', 'https://hotel.example.com/conserje'],
    ['http://127.0.0.1:8080/conserje', 'https://hotel.example.com/conserje', 'http://127.0.0.1:8080/conserje'],
    ['http://127.0.0.1:3000/', 'https://hotel.example.com/conserje', 'http://127.0.0.1:3000/conserje'],
    ['http://127.0.0.1:8080/ivr', 'https://hotel.example.com', 'http://127.0.0.1:8080/ivr'],
    ['http://127.0.0.1:3000', 'https://conserje.example.com', 'http://127.0.0.1:3000'],
  ])('--url %s, public %s → %s', (base, pub, expected) => {
    expect(serverBaseUrl(base, pub)).toBe(expected);
  });
});

describe.each([
  { strip: true, how: 'takes the path off' },
  { strip: false, how: 'passes the path on' },
])('the softphone through a proxy that $how', ({ strip }) => {
  let t: TestApp;
  let proxy: PrefixProxy;

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_BASE_URL: PUBLIC } });
    proxy = await startPrefixProxy(t.baseUrl, { prefix: PREFIX, strip });
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.close();
  });
  beforeEach(() => {
    proxy.missed.length = 0;
    proxy.passed.length = 0;
  });

  const call = (baseUrl: string) => new CallSession({ baseUrl, publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER });

  it.each([
    ['the proxy’s host alone (as Twilio reaches it)', (p: PrefixProxy) => p.origin],
    ['the proxy’s URL with the path', (p: PrefixProxy) => p.url],
  ])('books a room talking to %s, every request signed over PUBLIC_BASE_URL + path', async (_, at) => {
    const booking = call(at(proxy));
    const done = await bookByKeys(booking, { date: '1204', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' });
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts).
    expect(done.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect(await t.db.get('SELECT 1 AS one FROM reservations WHERE call_sid = ?', [booking.callSid])).toEqual({ one: 1 });
    // Every URL was one under the public URL (the TwiML's carry the path), and reached the app through the proxy.
    expect(booking.history.length).toBeGreaterThan(8);
    for (const exchange of booking.history) {
      expect(exchange.url.startsWith(`${PUBLIC}/voice`), exchange.url).toBe(true);
      expect(exchange.status, exchange.url).toBe(200);
    }
    expect(booking.history.some((e) => e.url.startsWith(`${PUBLIC}/voice/gather?step=`))).toBe(true);
    expect(proxy.passed.every((p) => p.startsWith(strip ? '/voice' : `${PREFIX}/voice`))).toBe(true);
    expect(proxy.missed).toEqual([]);
  });

  it('goes to the front desk: the dial’s action, the whisper on the desk’s leg, its screening key', async () => {
    const c = call(proxy.origin);
    await c.start();
    const toDesk = await c.press('0');
    expect(toDesk.waitingFor).toBe('dial');
    expect(toDesk.dial?.targets[0]?.url).toMatch(new RegExp(`^${PREFIX}/voice/whisper\\?`));
    const whisper = await c.whisper(0, '1');
    expect(whisper.said.length).toBeGreaterThan(0);
    const after = await c.dialResult('completed', 45);
    expect(after.hungUp).toBe(true);
    expect(c.history.every((e) => e.status === 200 && e.url.startsWith(`${PUBLIC}/voice`))).toBe(true);
    expect(proxy.passed.some((p) => p.includes('/voice/screen?'))).toBe(true);
    expect(proxy.missed).toEqual([]);
  });

  it('is refused (403) when it signs for the wrong public URL, as Twilio would be', async () => {
    const wrong = new CallSession({ baseUrl: proxy.url, publicBaseUrl: 'https://hotel.example.com/elsewhere', authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER });
    await expect(wrong.start()).rejects.toMatchObject({ status: 403 });
  });

  it('texts through it too (TextSession), signed over PUBLIC_BASE_URL/sms', async () => {
    const reply = await new TextSession({ baseUrl: proxy.origin, publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER }).send('hello');
    expect(reply.status).toBe(200);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(proxy.passed).toEqual([strip ? '/sms' : `${PREFIX}/sms`]);
  });

  it('npm run call: a whole call through the proxy, from its host alone, signed', async () => {
    const run = await runScript('call.ts', ['--url', proxy.origin, '--public-url', PUBLIC, '--token', TEST_AUTH_TOKEN], {
      env: CLEAN_ENV,
      input: '1\n0\na\n',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`[calling ${HOTEL_NUMBER} from +12125550123 at ${proxy.url} (as ${PUBLIC}), signed`);
    for (const line of ['IVR: Hello, this is Hotel Miramar.', '> 1', '> 0', '[ringing ', 'DESK HEARS: ', '[the desk presses 1]', '[call ended]']) {
      expect(run.stdout).toContain(line);
    }
    expect(run.stdout).not.toContain('[error');
    expect(proxy.missed).toEqual([]);
  });

  it('npm run call: signs with the token and public URL the server reads from .env', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'softphone-env-file-'));
    try {
      writeFileSync(join(dir, '.env'), `TWILIO_AUTH_TOKEN=${TEST_AUTH_TOKEN}\nPUBLIC_BASE_URL=${PUBLIC}\n`);
      const unset = { TWILIO_AUTH_TOKEN: undefined, PUBLIC_BASE_URL: undefined, TWILIO_PHONE_NUMBER: '', TWILIO_ACCOUNT_SID: '' };
      // Was: signed with no token, and every webhook answered 403.
      const run = await runScript('call.ts', ['--url', proxy.origin], { env: unset, input: '1\n0\na\n', cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`(as ${PUBLIC}), signed`);
      expect(run.stdout).toContain('[call ended]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run call: a 403 says which public URL it signed for, and how to give the server’s', async () => {
    const run = await runScript('call.ts', ['--url', proxy.url, '--token', TEST_AUTH_TOKEN], { env: CLEAN_ENV, input: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/answered 403/);
    expect(run.stderr).toContain(`this call signed for ${proxy.url} with --token: give the server's own with --public-url and --token`);
  });
});

describe('the softphone straight to the app, PUBLIC_BASE_URL with a path', () => {
  let t: TestApp | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it('asks the app for the paths as Twilio asks for them, path and all, and the app answers them', async () => {
    t = await startTestApp({ env: { PUBLIC_BASE_URL: PUBLIC } });
    const c = new CallSession({ baseUrl: t.baseUrl, publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER });
    expect((await bookByKeys(c)).said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect(c.history.every((e) => e.status === 200)).toBe(true);
  });

  it('says so when the TwiML sends Twilio outside the public URL’s path (a proxy would not pass it on)', async () => {
    // A server that writes its URLs from the host's root ("/voice/gather"), as Conserje did before
    // 3987eb9: under a proxy at /conserje, a URL the proxy does not serve.
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' }).end('<Response><Gather action="/voice/gather"><Say>Press 1.</Say></Gather></Response>');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const c = new CallSession({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, publicBaseUrl: PUBLIC, from: '+12125550123', to: HOTEL_NUMBER, autoStatusCallback: false });
      await c.start();
      await expect(c.press('1')).rejects.toThrow(`Twilio would request https://hotel.example.com/voice/gather, outside ${PUBLIC}: a proxy serving only that path would not pass it on`);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('npm run call starting the server itself', () => {
  it('starts it with the public URL and token the call signs with, and reaches it under the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'softphone-base-path-'));
    try {
      const url = `http://127.0.0.1:${await freePort()}`;
      const run = await runScript('call.ts', ['--url', url, '--public-url', PUBLIC, '--token', TEST_AUTH_TOKEN], {
        env: { ...CLEAN_ENV, DATABASE_PATH: join(dir, 'conserje.db'), LOG_LEVEL: 'warn', NODE_ENV: '' },
        input: '1\n',
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`[nothing answers at ${url}${PREFIX}/healthz — starting the server`);
      expect(run.stdout).toContain(`[server ready at ${url}${PREFIX}]`);
      expect(run.stdout).toContain('IVR: Hello, this is Hotel Miramar.');
      expect(run.stdout).toMatch(/IVR: When do you arrive\?/);
      expect(run.stdout.trimEnd().endsWith('[call ended]')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 45_000);
});
