// A small `fetch` over node:http with a keep-alive agent, for the load generator: it bounds the
// sockets held open (Twilio does not keep one connection per call) and costs the client less CPU
// than the global fetch, which shares the two cores with the server under test. It does what
// CallSession asks of fetch (method, headers, a string body, a timeout signal) and no more.
// Each exchange is timed from the request being written to the last byte of the answer.

import http from 'node:http';

export interface Exchange {
  /** The URL path without the query (`/voice/gather`). */
  path: string;
  status: number;
  /** Milliseconds from sending the request to the last byte of the answer. */
  ms: number;
  /** Milliseconds the request waited for a socket (the agent's queue, or a new connection). */
  socketMs: number;
  /** With `identify`: the form's CallSid and the URL's step, which name the turn (mode turns). */
  callSid?: string | null;
  step?: number | null;
}

export interface TimedFetch {
  fetch: typeof fetch;
  agent: http.Agent;
  close(): void;
}

export function timedFetch(options: { maxSockets: number; onExchange?: (exchange: Exchange) => void; identify?: boolean }): TimedFetch {
  // An idle socket is dropped after 2 s, well before the server's keep-alive timeout (5 s in
  // Node): otherwise, under load, a request can go out on a socket the server is closing (ECONNRESET).
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, timeout: 2_000 });
  const impl = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const body = typeof init.body === 'string' ? init.body : undefined;
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    // Read before the clock starts, and only when asked: the client shares the server's two cores.
    const turn = options.identify ? identify(url, body) : {};
    return new Promise<Response>((resolve, reject) => {
      const started = performance.now();
      let socketAt = NaN;
      const req = http.request(
        url,
        { method: init.method ?? 'GET', headers, agent, signal: init.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            options.onExchange?.({ path: url.pathname, status, ms: performance.now() - started, socketMs: socketAt - started, ...turn });
            const responseHeaders = new Headers();
            for (const [key, value] of Object.entries(res.headers)) {
              if (typeof value === 'string') responseHeaders.set(key, value);
            }
            const text = Buffer.concat(chunks).toString('utf8');
            resolve(new Response(status === 204 || status === 304 ? null : text, { status, headers: responseHeaders }));
          });
        },
      );
      req.once('socket', (socket) => {
        if (socket.connecting) socket.once('connect', () => (socketAt = performance.now()));
        else socketAt = performance.now();
      });
      req.on('error', (err) => {
        // A request that never got its answer (timed out, reset) is reported too, with status 0.
        options.onExchange?.({ path: url.pathname, status: 0, ms: performance.now() - started, socketMs: socketAt - started });
        reject(err);
      });
      req.end(body);
    });
  };
  return { fetch: impl as typeof fetch, agent, close: () => agent.destroy() };
}

function identify(url: URL, body: string | undefined): Pick<Exchange, 'callSid' | 'step'> {
  const step = url.searchParams.get('step');
  return { callSid: new URLSearchParams(body ?? '').get('CallSid'), step: step === null ? null : Number(step) };
}
