// Request smuggling and malformed HTTP against the server `npm start` builds (conserjeServer around
// the lean webhooks and the express app), over raw sockets: two Content-Length headers,
// Transfer-Encoding with Content-Length (a second request hidden in the body), an unknown
// Transfer-Encoding, a bare LF, folded or oversized headers. Node's parser refuses each, and the
// request hidden behind it is never read; but the answer was a bare "400 Bad Request" saying
// nothing of why. Now the status says the same and the body names the reason (lazy-listener.ts).

import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conserjeServer } from '../../src/http/lazy-listener.ts';
import { leanWebhooks } from '../../src/http/lean-webhooks.ts';
import { newCallSid, signRequest } from '../../src/softphone/twilio-params.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { baseCallParams } from '../helpers/signed-post.ts';

/** Sends `text` on a fresh connection; everything the server sent once it closed the connection. */
function exchange(port: number, text: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => {});
    socket.on('close', () => done(received));
    setTimeout(() => {
      socket.destroy();
      fail(new Error(`the connection was kept open; received ${JSON.stringify(received)}`));
    }, 5_000).unref();
  });
}

describe('malformed and smuggling requests, against the server npm start builds', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp();
    server = conserjeServer(leanWebhooks(t.app.webhooks, t.app));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const callRow = (callSid: string) => t.db.get<{ status: string }>('SELECT status FROM calls WHERE call_sid = ?', [callSid]);

  /** A signed POST /voice starting call `callSid`, with `headers` for its framing and `body` as sent. */
  function voicePost(callSid: string, headers: string, body?: string): string {
    const params = baseCallParams(callSid);
    const form = new URLSearchParams(params).toString();
    return (
      `POST /voice HTTP/1.1\r\nHost: conserje.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `X-Twilio-Signature: ${signRequest(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice`, params)}\r\n${headers}\r\n${body ?? form}`
    );
  }

  it('answers each with its status and the reason, closes the connection, and acts on nothing in it', async () => {
    const callSid = newCallSid();
    const form = new URLSearchParams(baseCallParams(callSid)).toString();
    const chunked = `${Buffer.byteLength(form).toString(16)}\r\n${form}\r\n0\r\n\r\n`;
    // A second request after the first's body, ending the same call: only a server that read the
    // framing one way while a proxy read it another would ever see it.
    const hidden = `POST /voice/status HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\nCallStatus=completed`;
    const cases: [string, string, number, RegExp][] = [
      ['two Content-Length', voicePost(callSid, `Content-Length: ${form.length}\r\nContent-Length: 5\r\n`), 400, /Content-Length/],
      ['Transfer-Encoding and Content-Length', voicePost(callSid, `Content-Length: 4\r\nTransfer-Encoding: chunked\r\n`, chunked + hidden), 400, /Transfer-Encoding/],
      ['an unknown Transfer-Encoding', voicePost(callSid, `Transfer-Encoding: chunked, identity\r\n`, chunked), 400, /Transfer-Encoding/],
      ['a bare LF', voicePost(callSid, `Content-Length: ${form.length}\n`), 400, /CR/],
      ['a folded header', voicePost(callSid, `Content-Length: ${form.length}\r\nX-A: a\r\n b\r\n`), 400, /whitespace|header/i],
      ['headers too large', voicePost(callSid, `X-Big: ${'a'.repeat(20_000)}\r\nContent-Length: ${form.length}\r\n`), 431, /overflow/i],
    ];
    for (const [what, request, status, reason] of cases) {
      const received = await exchange(port, request);
      expect(received, what).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      const body = received.slice(received.indexOf('\r\n\r\n') + 4);
      expect(body, what).toMatch(/^[^\n]+: malformed HTTP request \([^)\n]+\)\n$/);
      expect(body, what).toMatch(reason);
    }
    expect(await callRow(callSid)).toBeUndefined();
  });

  it('still serves a well-framed request, and two pipelined on one connection', async () => {
    const callSid = newCallSid();
    const form = new URLSearchParams(baseCallParams(callSid)).toString();
    const one = voicePost(callSid, `Content-Length: ${form.length}\r\n`);
    const received = await exchange(port, `${one}${one.replace('Host: conserje.example.com', 'Host: conserje.example.com\r\nConnection: close')}`);
    expect(received.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    expect((await callRow(callSid))?.status).toBe('in-progress');
  });
});
