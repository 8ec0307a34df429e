// Slow clients (slowloris) and idle sockets: a client that trickles its headers or its body, or
// connects and says nothing, is disconnected within the server's limits; a kept-alive connection
// with nothing in it is closed; an answer nobody reads is dropped; and a normal request, or an
// answer that legitimately streams for longer than the request limits, is untouched.
//
// Real sockets against the server `npm start` builds (conserjeServer around the lean webhooks and
// the express app), with short limits so the suite stays quick; the upper bounds leave seconds of
// margin for a loaded 2-core machine, the point being "not Node's 60 s / 300 s / never". The last
// test starts the real server process and checks its own limits.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_LIMITS, conserjeServer } from '../../src/http/lazy-listener.ts';
import type { ServerLimits } from '../../src/http/lazy-listener.ts';
import { leanWebhooks } from '../../src/http/lean-webhooks.ts';
import { callParams, newCallSid } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { freePort } from '../helpers/free-port.ts';
import { login, startStaffApp } from '../staff/staff-helpers.ts';
import { formBody, serverParams, signatureFor } from './helpers.ts';

const LIMITS: ServerLimits = { headersMs: 700, requestMs: 1_400, keepAliveMs: 300, idleMs: 2_000, checkEveryMs: 100 };
/** Far below Node's defaults (60 s for headers, 300 s for a request, no idle limit), far above ours. */
const MARGIN_MS = 6_000;

interface Ended {
  /** Milliseconds from connecting to the server closing the connection. */
  afterMs: number;
  /** Everything the server sent. */
  received: string;
}

/** Opens a raw connection, runs `talk` on it, and resolves when the server closes it. */
function rawConnection(port: number, talk: (socket: Socket) => void, giveUpMs = MARGIN_MS * 3): Promise<Ended> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => {}); // a reset by the server is an end like any other
    socket.on('close', () => done({ afterMs: Date.now() - started, received }));
    socket.once('connect', () => talk(socket));
    setTimeout(() => {
      socket.destroy();
      fail(new Error(`the server kept the connection for ${giveUpMs} ms`));
    }, giveUpMs).unref();
  });
}

/** Writes `text` one byte every `everyMs` while the socket is open; returns how many bytes went. */
function trickle(socket: Socket, text: string, everyMs: number, then: () => string = () => 'x'): { sent: () => number } {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || !socket.writable) return clearInterval(timer);
    socket.write(i < text.length ? text[i]! : then());
    i++;
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
  return { sent: () => i };
}

function listen(server: Server): Promise<number> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
}

const signedCall = (callSid: string) => {
  const pairs = Object.entries(callParams({ callSid, accountSid: 'AC' + '0'.repeat(32), from: '+12125550123', to: HOTEL_NUMBER, callStatus: 'ringing' }));
  return { body: formBody(pairs), signature: signatureFor(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, serverParams(pairs)) };
};

describe('slow clients and idle sockets, against the server npm start builds (short limits)', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  let twilio: Server;
  /** Recording ids the stand-in for Twilio streams slowly (whole) or stalls on (after one chunk). */
  const SLOW = 'RE' + 'a'.repeat(32);
  const STALLED = 'RE' + 'b'.repeat(32);
  const CHUNKS = 12;
  const CHUNK_EVERY_MS = 250;

  beforeAll(async () => {
    // A stand-in for Twilio's REST API, serving recordings at the pace the test needs.
    twilio = createServer((req, res) => {
      if (req.url?.includes(SLOW)) {
        res.writeHead(200, { 'content-type': 'audio/mpeg' });
        let n = 0;
        const timer = setInterval(() => {
          res.write(Buffer.alloc(1000, n));
          if (++n === CHUNKS) {
            clearInterval(timer);
            res.end();
          }
        }, CHUNK_EVERY_MS);
        res.once('close', () => clearInterval(timer));
      } else if (req.url?.includes(STALLED)) {
        res.writeHead(200, { 'content-type': 'audio/mpeg' });
        res.write(Buffer.alloc(1000, 1)); // and nothing more
      } else res.writeHead(404).end();
    });
    const twilioPort = await listen(twilio);
    t = await startStaffApp({
      env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` },
      twilioFetch: (url, init) => fetch(String(url).replace('https://api.twilio.com', `http://127.0.0.1:${twilioPort}`), init),
    });
    server = conserjeServer(leanWebhooks(t.app.webhooks, t.app), LIMITS);
    port = await listen(server);
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    twilio?.closeAllConnections();
    await new Promise((r) => twilio?.close(r));
    await t?.close();
  });

  const calls = async () => (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM calls'))!.n;

  it('disconnects a client sending its headers a byte at a time, with 408, once the headers limit is up', async () => {
    let sending!: { sent: () => number };
    const ended = await rawConnection(port, (socket) => {
      // Each byte comes well inside any idle limit: only the headers limit can end this.
      sending = trickle(socket, `POST /voice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Padding: `, 50);
    });
    expect(ended.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(ended.afterMs).toBeGreaterThanOrEqual(LIMITS.headersMs - 50);
    expect(ended.afterMs).toBeLessThan(LIMITS.headersMs + MARGIN_MS);
    // It was still sending when it was cut off.
    expect(sending.sent()).toBeGreaterThan(5);
  });

  it('disconnects a client that connects and sends nothing', async () => {
    const ended = await rawConnection(port, () => {});
    expect(ended.afterMs).toBeGreaterThanOrEqual(LIMITS.headersMs - 50);
    expect(ended.afterMs).toBeLessThan(LIMITS.headersMs + MARGIN_MS);
  });

  it('disconnects a webhook whose body trickles in, once the request limit is up, and stores nothing', async () => {
    const before = await calls();
    const { body, signature } = signedCall(newCallSid());
    const ended = await rawConnection(port, (socket) => {
      socket.write(
        `POST /voice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          `X-Twilio-Signature: ${signature}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
      );
      trickle(socket, body, 50);
    });
    expect(Buffer.byteLength(body) * 50).toBeGreaterThan(LIMITS.requestMs * 2); // it could not have finished in time
    expect(ended.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(ended.afterMs).toBeGreaterThanOrEqual(LIMITS.requestMs - 50);
    expect(ended.afterMs).toBeLessThan(LIMITS.requestMs + MARGIN_MS);
    expect(await calls()).toBe(before);
  });

  it('answers a normal webhook, then closes the kept-alive connection it left idle', async () => {
    const callSid = newCallSid();
    const { body, signature } = signedCall(callSid);
    let answeredAt = 0;
    let started = 0;
    const ended = await rawConnection(port, (socket) => {
      started = Date.now();
      socket.on('data', () => (answeredAt ||= Date.now()));
      socket.write(
        `POST /voice HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          `X-Twilio-Signature: ${signature}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
    expect(ended.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(ended.received).toContain('<Gather');
    expect(await t.db.get('SELECT call_sid FROM calls WHERE call_sid = ?', [callSid])).toBeTruthy();
    // Node closes an idle kept-alive connection a second after keepAliveTimeout.
    const idleFor = started + ended.afterMs - answeredAt;
    expect(idleFor).toBeGreaterThanOrEqual(LIMITS.keepAliveMs - 50);
    expect(idleFor).toBeLessThan(LIMITS.keepAliveMs + 1_000 + MARGIN_MS);
  });

  it('answers several requests on one kept-alive connection, each sent at once', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      answers.push(res.status);
      await res.text();
    }
    expect(answers).toEqual([200, 200, 200]);
  });

  describe('answers that stream', () => {
    let recordingPath = '';
    let agent: Awaited<ReturnType<typeof login>>['agent'];

    beforeAll(async () => {
      // A voicemail left for the desk, through the test app's own server: its recording is what streams.
      const missed = t.call({ from: '+17185550142' });
      await missed.start();
      await missed.press('0');
      await missed.dialResult('no-answer');
      await missed.press('1');
      await missed.record({ transcript: 'Please call me back.' });
      const { id } = (await t.db.get<{ id: number }>('SELECT id FROM callback_requests ORDER BY id DESC LIMIT 1'))!;
      // The staff member logs in through the limited server.
      agent = (await login({ ...t, baseUrl: `http://127.0.0.1:${port}` })).agent;
      recordingPath = `/staff/callbacks/${id}/recording`;
    });

    async function pointRecordingAt(recording: string): Promise<void> {
      await t.db.run('UPDATE callback_requests SET recording_url = ? WHERE id = (SELECT MAX(id) FROM callback_requests)', [
        `https://api.twilio.com/2010-04-01/Accounts/AC${'1'.repeat(32)}/Recordings/${recording}`,
      ]);
    }

    it('passes on a recording that takes longer than the request limits to stream, whole', async () => {
      await pointRecordingAt(SLOW);
      const started = Date.now();
      const res = await agent.get(recordingPath).buffer(true).parse((r, callback) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => callback(null, Buffer.concat(chunks)));
      });
      const took = Date.now() - started;
      expect(res.status).toBe(200);
      expect((res.body as Buffer).length).toBe(CHUNKS * 1000);
      // Longer than either limit on receiving a request, and than the idle limit: only a stream
      // whose bytes stop moving is cut off.
      expect(took).toBeGreaterThan(LIMITS.requestMs + LIMITS.headersMs);
      expect(took).toBeGreaterThan(LIMITS.idleMs);
    });

    it('drops an answer once no byte has moved for the idle limit', async () => {
      await pointRecordingAt(STALLED);
      // Plain node:http, so that the cut-off is seen as it happens (the staff login's cookie).
      const cookie = (await agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false }))
        .map((c: { name: string; value: string }) => `${c.name}=${c.value}`)
        .join('; ');
      const started = Date.now();
      const outcome = await new Promise<{ status: number; bytes: number; how: string }>((done) => {
        const req = request({ host: '127.0.0.1', port, path: recordingPath, headers: { cookie } }, (res) => {
          let bytes = 0;
          res.on('data', (c: Buffer) => (bytes += c.length));
          res.on('end', () => done({ status: res.statusCode ?? 0, bytes, how: 'ended' }));
          res.on('error', () => done({ status: res.statusCode ?? 0, bytes, how: 'cut off' }));
          res.on('aborted', () => done({ status: res.statusCode ?? 0, bytes, how: 'cut off' }));
        });
        req.on('error', () => done({ status: 0, bytes: 0, how: 'refused' }));
        req.end();
      });
      const took = Date.now() - started;
      expect(outcome).toEqual({ status: 200, bytes: 1000, how: 'cut off' });
      expect(took).toBeGreaterThanOrEqual(LIMITS.idleMs - 50);
      expect(took).toBeLessThan(LIMITS.idleMs + MARGIN_MS);
    });
  });
});

describe('the limits of the real server process (npm start)', () => {
  let child: ChildProcess | null = null;
  let dir = '';
  afterAll(() => {
    child?.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('disconnects a client trickling its headers within its 10 s limit, not Node’s 60 s, and answers a normal request', async () => {
    expect(SERVER_LIMITS).toMatchObject({ headersMs: 10_000, requestMs: 20_000, keepAliveMs: 5_000, idleMs: 60_000 });
    dir = mkdtempSync(join(tmpdir(), 'conserje-slow-'));
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', PORT: String(port), DATABASE_PATH: join(dir, 'c.db') },
      stdio: 'ignore',
    });
    // Up when /healthz answers.
    let health: Response | null = null;
    for (let i = 0; i < 300 && !health; i++) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      if (!health) await new Promise((r) => setTimeout(r, 100));
    }
    expect(health?.status).toBe(200);
    expect(health?.headers.get('keep-alive')).toBe('timeout=5');
    const ended = await rawConnection(port, (socket) => {
      trickle(socket, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ', 200);
    }, 40_000);
    expect(ended.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(ended.afterMs).toBeGreaterThanOrEqual(SERVER_LIMITS.headersMs - 100);
    expect(ended.afterMs).toBeLessThan(SERVER_LIMITS.headersMs + 15_000);
  }, 60_000);
});
