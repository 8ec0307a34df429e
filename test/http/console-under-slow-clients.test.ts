// Round 29: the staff console while one client holds many connections: half of them trickling
// their headers a byte at a time (slowloris), half kept alive and idle after a login page each.
// A clerk logs in and reads a page meanwhile, and every one of the attacker's connections is
// closed within the server's limits. Real sockets against the server `npm start` builds
// (conserjeServer), with short limits so the test stays quick; no timed assertion on the clerk.

import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conserjeServer } from '../../src/http/lazy-listener.ts';
import type { ServerLimits } from '../../src/http/lazy-listener.ts';
import { leanWebhooks } from '../../src/http/lean-webhooks.ts';
import type { TestApp } from '../helpers/app.ts';
import { STAFF, startStaffApp } from '../staff/staff-helpers.ts';

const LIMITS: ServerLimits = { headersMs: 1_500, requestMs: 3_000, keepAliveMs: 500, idleMs: 4_000, checkEveryMs: 100 };
const CONNECTIONS = 200;
/** Far below Node's own limits (60 s for headers, none for an idle kept-alive connection). */
const GIVE_UP_MS = 20_000;

let t: TestApp;
let server: Server;
let port: number;

beforeAll(async () => {
  t = await startStaffApp();
  server = conserjeServer(leanWebhooks(t.app.webhooks, t.app), LIMITS);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await t?.close();
});

/** One attacker connection; resolves when the server has closed it, with what it was sent. */
function hold(kind: 'slowloris' | 'idle'): { closed: Promise<string> } {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => {});
  let timer: NodeJS.Timeout | undefined;
  socket.once('connect', () => {
    if (kind === 'idle') {
      socket.write('GET /staff/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
      return;
    }
    socket.write('GET /staff/login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ');
    timer = setInterval(() => socket.writable && socket.write('x'), 100);
  });
  const closed = new Promise<string>((done, fail) => {
    const giveUp = setTimeout(() => {
      socket.destroy();
      fail(new Error(`a ${kind} connection was kept ${GIVE_UP_MS} ms`));
    }, GIVE_UP_MS);
    socket.once('close', () => {
      clearTimeout(giveUp);
      clearInterval(timer);
      done(received);
    });
  });
  return { closed };
}

describe('the console while one client holds many connections', () => {
  it('logs a clerk in meanwhile, and closes every slow or idle connection within its limits', async () => {
    const held = Array.from({ length: CONNECTIONS }, (_, i) => hold(i % 2 === 0 ? 'slowloris' : 'idle'));
    // The clerk, on connections of their own, while the others are open.
    const agent = request.agent(`http://127.0.0.1:${port}`);
    const form = await agent.get('/staff/login').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    await agent.post('/staff/login').type('form').send({ _csrf: csrf, ...STAFF, next: '/staff' }).expect(303);
    expect((await agent.get('/staff/reservations').expect(200)).text).toContain('Reservations');

    const answers = await Promise.all(held.map((h) => h.closed));
    const slow = answers.filter((_, i) => i % 2 === 0);
    const idle = answers.filter((_, i) => i % 2 === 1);
    // The trickler is told why (408); the idle one had its login page, then was closed.
    expect(slow.every((a) => a.startsWith('HTTP/1.1 408 '))).toBe(true);
    expect(idle.every((a) => a.startsWith('HTTP/1.1 200 ') && a.includes('Keep-Alive: timeout='))).toBe(true);
  }, 60_000);
});
