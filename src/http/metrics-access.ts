// Who may read GET /metrics. Its figures (calls in progress, bookings, errors per route) are the
// hotel's business, so the Internet may not read them:
// - with METRICS_TOKEN set, only a request with `Authorization: Bearer <token>`, from anywhere
//   (a Prometheus server elsewhere);
// - without it, only a request made on this machine straight to the server: a loopback connection
//   with no X-Forwarded-For (a reverse proxy or tunnel on the same machine, such as ngrok or
//   cloudflared, adds one, so the world cannot reach it through them). The connection's own
//   address is used, never what TRUST_PROXY would believe.

import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

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
    const direct = LOOPBACK.test(req.socket.remoteAddress ?? '') && req.header('x-forwarded-for') === undefined;
    if (direct) return next();
    res.status(403).type('text/plain').send('GET /metrics answers only on this machine; set METRICS_TOKEN to read it from elsewhere\n');
  };
}
