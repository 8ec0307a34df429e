// A request listener loaded on its first request: the server answers Twilio's webhooks from the
// start (lean-webhooks.ts) and loads the express app — the staff console, the API, /healthz,
// /metrics, with their packages — only when something else is first asked for (issue 14: that
// code is a third of a start). Requests that arrive while it loads wait for it; their bodies stay
// unread until then, as with any paused stream.
//
// And the server they run in, with the time limits a public server needs (conserjeServer).

import { STATUS_CODES, createServer } from 'node:http';
import type { Socket } from 'node:net';
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
  server.on('clientError', answerMalformed);
  return server;
}

/** Node's own answers to a request it could not read, by its parser's code; 400 for any other. */
const MALFORMED_STATUS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * A request Node's parser refuses (two Content-Length headers, Transfer-Encoding with
 * Content-Length — request smuggling —, a bare LF, headers too large, too slow): Node answered a
 * bare "400 Bad Request" with no word of why. The same status, then the parser's own reason (a
 * fixed phrase of llhttp's, "Duplicate Content-Length"), and the connection closed, as Node does.
 */
function answerMalformed(err: NodeJS.ErrnoException & { reason?: string }, socket: Socket): void {
  if (!socket.writable || socket.bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const status = MALFORMED_STATUS[err.code ?? ''] ?? 400;
  const why = typeof err.reason === 'string' && err.reason ? err.reason.slice(0, 100) : 'the request could not be read';
  const body = `${STATUS_CODES[status]}: malformed HTTP request (${why})\n`;
  socket.write(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    // Closed once written (a client that does not read is dropped by the idle limit).
    () => socket.destroy(),
  );
}
