// Who may read GET /metrics. Its figures (calls in progress, bookings, errors per route) are the
// hotel's business, so the Internet may not read them:
// - with METRICS_TOKEN set, only a request with `Authorization: Bearer <token>`, from anywhere
//   (a Prometheus server elsewhere);
// - without it, only a request made on this machine straight to the server: a loopback connection
//   that names this machine (Host: localhost, 127.0.0.1, [::1]) and carries no forwarding header.
//   A reverse proxy or tunnel on the same machine connects from loopback too, so the world would
//   reach /metrics through it: it is told apart by what it adds (X-Forwarded-For from ngrok,
//   cloudflared, Caddy; only X-Real-IP or Forwarded from many nginx set-ups) or passes on (the
//   public Host, as HAProxy and nginx's `proxy_set_header Host $host` do). The connection's own
//   address is used, never what TRUST_PROXY would believe.

import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
/** A Host naming this machine itself, with or without a port. */
const LOCAL_HOST = /^(?:localhost(?:\.localdomain)?|[\w-]+\.localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?$/i;
/** What proxies and tunnels add to a request they pass on. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'via', 'cf-connecting-ip', 'true-client-ip', 'x-client-ip'];

function sameSecret(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function metricsAccess(token: string | null): RequestHandler {
  return (req, res, next) => {
    if (token) {
      const auth = req.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(auth);
      if (match && sameSecret(match[1]!, token)) return next();
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.type('text/plain').send('GET /metrics needs Authorization: Bearer <METRICS_TOKEN>\n');
      return;
    }
    const host = req.header('host');
    const direct =
      LOOPBACK.test(req.socket.remoteAddress ?? '') &&
      (host === undefined || LOCAL_HOST.test(host)) &&
      FORWARDING_HEADERS.every((name) => req.headers[name] === undefined);
    if (direct) return next();
    res.status(403).type('text/plain').send('GET /metrics answers only on this machine; set METRICS_TOKEN to read it from elsewhere\n');
  };
}
