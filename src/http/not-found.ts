// The answer to a request no route takes. express's own ("Cannot GET /x", an HTML page) named the
// framework and carried none of the headers the staff side sends; and with TWILIO_AUTH_TOKEN set,
// any unknown path got "Forbidden: missing or invalid X-Twilio-Signature", which sent whoever was
// setting the server up looking for a signing problem where there was only a wrong path. Now:
// - a path nothing serves: 404, one line of plain text (/api and /staff answer their own, in JSON
//   and as a page: src/staff/router.ts);
// - a path that is served, asked with a method it does not take (GET of a POST-only webhook,
//   POST /healthz, PUT /voice): 405 with an Allow header saying which;
// both with the same no-sniff, no-framing, no-caching headers as the staff pages, and changing nothing.

import type { RequestHandler, Response } from 'express';

/** What every answer of this kind carries (the staff router sends the same on its pages and API). */
function plainHeaders(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
}

/** The path as told back: short, and only printable ASCII (it is the client's own text). */
const shown = (path: string): string => path.replace(/[^\x21-\x7e]/g, '?').slice(0, 200);

/** A 4xx answer in one line of plain text, with the headers above (and no ETag: express's own shape of one). */
export function sendClientError(res: Response, status: number, message: string): void {
  plainHeaders(res);
  const body = `${message}\n`;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Last in the app: nothing here. */
export const notFound: RequestHandler = (req, res) => {
  sendClientError(res, 404, `Not found: nothing at ${req.method} ${shown(req.path)}`);
};

/** After a path's routes: a method it does not take. `allow` as the Allow header says it ("GET, HEAD"). */
export function methodNotAllowed(allow: string): RequestHandler {
  return (req, res) => {
    res.setHeader('Allow', allow);
    sendClientError(res, 405, `Method not allowed: ${shown(req.path)} takes ${allow.replace(/, /g, ' or ')}`);
  };
}
