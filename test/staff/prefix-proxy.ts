// A reverse proxy as small as the one docs/operations.md shows (nginx: `location /conserje/ {
// proxy_pass http://127.0.0.1:3000/; }`), real HTTP on its own port: it passes on only what is
// under its prefix, with the prefix taken off (`strip`, nginx's proxy_pass with a path) or left on
// (proxy_pass without one), and rewrites nothing else: not the Location of a redirect, not a
// cookie's Path, not a page. A request outside the prefix is answered 404 here and kept in
// `missed`, so a test sees every link or redirect that would leave the app behind a real proxy.

import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PrefixProxy {
  /** The proxy's origin, http://127.0.0.1:PORT. */
  origin: string;
  /** Where the app is reached through it: origin + prefix. */
  url: string;
  /** Requests outside the prefix ("GET /staff/calls"), answered 404 by the proxy. */
  missed: string[];
  /** Paths the app was asked for, as the proxy passed them on. */
  passed: string[];
  close: () => Promise<void>;
}

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out = { ...headers };
  for (const name of HOP_BY_HOP) delete out[name];
  return out;
}

export async function startPrefixProxy(target: string, opts: { prefix: string; strip: boolean }): Promise<PrefixProxy> {
  const { prefix, strip } = opts;
  const missed: string[] = [];
  const passed: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const rest = url.slice(prefix.length);
    if (!url.startsWith(prefix) || !/^(?:[/?]|$)/.test(rest)) {
      missed.push(`${req.method} ${url}`);
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not under ${prefix}\n`);
      return;
    }
    const path = strip ? (rest.startsWith('/') ? rest : `/${rest}`) : url;
    passed.push(path);
    const upstream = request(
      target + path,
      {
        method: req.method,
        headers: {
          ...withoutHopByHop(req.headers),
          'x-forwarded-for': req.socket.remoteAddress ?? '',
          'x-forwarded-proto': 'http',
          'x-forwarded-host': req.headers.host ?? '',
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${err.message}\n`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + prefix,
    missed,
    passed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
