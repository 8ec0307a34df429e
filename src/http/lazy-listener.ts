// A request listener loaded on its first request: the server answers Twilio's webhooks from the
// start (lean-webhooks.ts) and loads the express app — the staff console, the API, /healthz,
// /metrics, with their packages — only when something else is first asked for (issue 14: that
// code is a third of a start). Requests that arrive while it loads wait for it; their bodies stay
// unread until then, as with any paused stream.
//
// And the server they run in, with the time limits a public server needs (conserjeServer).

import { createServer } from 'node:http';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';

export function loadedOnFirstRequest(load: () => Promise<RequestListener>, logger: Logger): RequestListener {
  let listener: RequestListener | null = null;
  let loading: Promise<RequestListener> | null = null;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (listener) return listener(req, res);
    loading ??= load();
    loading.then(
      (loaded) => {
        listener = loaded;
        loaded(req, res);
      },
      (err: unknown) => {
        // Not expected (the code is on disk); said once per request, and tried again next time.
        loading = null;
        logger.error({ err }, 'could not load the staff console and the rest of the app');
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Service unavailable: the server is still starting, try again\n');
      },
    );
  };
}

/** How long a client may take, in milliseconds (docs/security.md, "Slow clients"). */
export interface ServerLimits {
  /** To receive a request's headers (a connection that sends nothing is closed after it too). */
  headersMs: number;
  /** To receive a whole request, its body included. */
  requestMs: number;
  /** A kept-alive connection with no request in it (Node closes it a second after this). */
  keepAliveMs: number;
  /** No byte either way, at any point of a request or its answer (a download nobody reads). */
  idleMs: number;
  /** How often the first two are checked (Node's default, 30 s, would let a limit run 30 s late). */
  checkEveryMs: number;
}

/**
 * Node 20's own defaults let a client take 60 s for its headers and 300 s for the whole request,
 * and keep a connection for ever with nothing moving: a few hundred clients sending a byte now and
 * then (slowloris) hold as many sockets for minutes. Twilio sends a webhook whole, at once, and
 * waits 15 s for the answer; staff send forms of a few kB. The limits are on receiving the request
 * only: an answer may take as long as it takes (a CSV export, a recording passed on from Twilio)
 * as long as bytes keep moving.
 */
export const SERVER_LIMITS: Readonly<ServerLimits> = {
  headersMs: 10_000,
  requestMs: 20_000,
  keepAliveMs: 5_000,
  idleMs: 60_000,
  checkEveryMs: 1_000,
};

/** The HTTP server `npm start` listens with: `listener` behind the limits. */
export function conserjeServer(listener: RequestListener, limits: Readonly<ServerLimits> = SERVER_LIMITS): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      keepAliveTimeout: limits.keepAliveMs,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    listener,
  );
  // With no 'timeout' listener, a socket idle this long is destroyed (the answer's stream too, so
  // a CSV export stops reading the database for a client that stopped reading it).
  server.setTimeout(limits.idleMs);
  return server;
}
