// The Twilio webhooks' own HTTP path (issue 14): a node:http listener that takes a signed form
// POST straight to the webhook table (webhooks.ts), and hands every other request to the express
// app (staff pages, the API, /healthz, /metrics, and anything odd under /voice). express, its
// router, body-parser and `res.send` cost a webhook about as much again as the turn itself on a
// small machine; this path does what they did for a webhook and nothing else:
//
// - a POST, or a GET on the webhooks Twilio's console lets be GET (webhooks.ts GET_WEBHOOKS: its
//   parameters are the query, its signature over the URL alone);
// - bodies over 64 kB answer 413, forms of more than 200 parameters 413, a charset other than
//   UTF-8 or ISO-8859-1 (or any Content-Encoding: Twilio sends none) 415, each with the reason, as
//   express answers them; a body that is not a form is no parameters, as with express;
// - the signature is checked against PUBLIC_BASE_URL + the path and query Twilio requested
//   (one HMAC over that first; twilio-signature.ts), 403 without it;
// - whatever a handler does, a voice path answers TwiML (webhooks.ts `answer`);
// - every /voice request is timed into the same histogram; no ETag, no X-Powered-By.
//
// test/http/webhook-paths.test.ts runs the same requests through this path and the express one.

import type { IncomingMessage, RequestListener } from 'node:http';
import { basePathOf } from '../voice/render.ts';
import { FORBIDDEN, SETTINGS_HEADER, isSignedByTwilio, reportRefused, webhooksRule } from './twilio-signature.ts';
import { BODY_LIMIT_BYTES, GET_WEBHOOKS, PARAMETER_LIMIT, clientErrorText } from './webhooks.ts';
import type { FormParams, WebhookAnswer, Webhooks } from './webhooks.ts';

export function leanWebhooks(webhooks: Webhooks, fallback: RequestListener): RequestListener {
  // Behind a proxy that passes PUBLIC_BASE_URL's path on (/conserje/voice/gather): the webhook is
  // the app's own path after it, as express serves it (app.ts), and signed over the base URL + that.
  const basePath = basePathOf(webhooks.publicBaseUrl);
  return (req, res) => {
    const url = basePath ? withoutBasePath(req.url ?? '/', basePath) : (req.url ?? '/');
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    // Only the exact paths we write into TwiML (and GET where Twilio's console allows it: webhooks.ts);
    // express answers the rest (and any other spelling).
    const taken = req.method === 'POST' || (req.method === 'GET' && GET_WEBHOOKS.has(path));
    if (!taken || !webhooks.handlers.has(path)) return fallback(req, res);
    const started = process.hrtime.bigint();
    void serve(webhooks, req, url, path, q === -1 ? '' : url.slice(q + 1)).then((answer) => {
      if (answer === null) return; // the client went away
      res.writeHead(answer.status, { 'Content-Type': `${answer.type}; charset=utf-8`, 'Content-Length': Buffer.byteLength(answer.body) });
      res.end(answer.body);
      webhooks.metrics.observeWebhook(path, answer.status, Number(process.hrtime.bigint() - started) / 1e9);
    });
  };
}

/**
 * `url` without `basePath` in front of it ("/conserje/voice" → "/voice", "/conserje?x" → "/?x");
 * unchanged when it is not there ("/conserjeria/voice"). The express app strips it the same way (app.ts).
 */
export function withoutBasePath(url: string, basePath: string): string {
  if (!url.startsWith(basePath)) return url;
  const after = url.charAt(basePath.length);
  if (after === '/') return url.slice(basePath.length);
  return after === '' || after === '?' ? `/${url.slice(basePath.length)}` : url;
}

async function serve(webhooks: Webhooks, req: IncomingMessage, url: string, path: string, query: string): Promise<WebhookAnswer | null> {
  try {
    // A GET's parameters are its query, and Twilio signs its URL alone (GET_WEBHOOKS).
    const get = req.method === 'GET';
    const form = get ? queryForm(query) : await readForm(req);
    if (form === null) return null;
    if ('status' in form) return form;
    if (webhooks.authToken) {
      const signature = req.headers['x-twilio-signature'];
      const signedUrl = webhooks.publicBaseUrl + url;
      const rule = webhooksRule(req.headers[SETTINGS_HEADER], webhooks.sharedKey);
      if (typeof signature !== 'string' || !isSignedByTwilio(webhooks.authToken, signature, signedUrl, get ? {} : form.params, rule)) {
        const options = { logger: webhooks.logger, onRejected: (p: string) => webhooks.metrics.countSignatureFailure(p), refusedLog: webhooks.refusedLog };
        reportRefused(options, path, signedUrl, typeof signature === 'string' ? signature : undefined, req.headers.host, rule);
        return { status: 403, type: 'text/plain', body: FORBIDDEN };
      }
    }
    return await webhooks.answer({ path, query: new URLSearchParams(query), params: form.params });
  } catch (err) {
    return webhooks.failure(path, err);
  }
}

export type FormRead = { params: FormParams } | WebhookAnswer;

const clientError = (status: number, reason: string): WebhookAnswer => ({ status, type: 'text/plain', body: clientErrorText(status, reason) });

/** A GET webhook's parameters, from its query string (as Twilio sends them); a 413 past PARAMETER_LIMIT. */
export function queryForm(query: string): FormRead {
  const params = parseForm(query);
  return params ? { params } : clientError(413, 'too many parameters');
}

/** The POST parameters, as express.urlencoded reads them; an answer when they cannot be had; null when the client left. */
function readForm(req: IncomingMessage): Promise<FormRead | null> | FormRead {
  const noParams: FormRead = { params: {} };
  // No body at all, or a body that is not a form: no parameters (the signature check decides).
  const declared = req.headers['content-length'];
  if (req.headers['transfer-encoding'] === undefined && (declared === undefined || Number.isNaN(Number(declared)))) return noParams;
  const type = (req.headers['content-type'] ?? '').split(';');
  if (type[0]!.trim().toLowerCase() !== 'application/x-www-form-urlencoded') return noParams;
  const charset = /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(type.slice(1).find((p) => /^\s*charset\s*=/i.test(p)) ?? '')?.[1]?.toLowerCase() || 'utf-8';
  if (charset !== 'utf-8' && charset !== 'iso-8859-1') return clientError(415, `unsupported charset "${charset.toUpperCase()}"`);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return clientError(415, `unsupported content encoding "${encoding}"`);
  if (declared !== undefined && Number(declared) > BODY_LIMIT_BYTES) return clientError(413, 'request entity too large');

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, then the 413 is answered (as body-parser does).
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk);
    });
    req.once('end', () => {
      if (size > BODY_LIMIT_BYTES) return resolve(clientError(413, 'request entity too large'));
      const body = Buffer.concat(chunks, size).toString(charset === 'utf-8' ? 'utf8' : 'latin1');
      const params = parseForm(body, charset === 'iso-8859-1');
      resolve(params ? { params } : clientError(413, 'too many parameters'));
    });
    req.once('error', () => resolve(null));
  });
}

/**
 * A urlencoded form the way Conserje reads one on either path: `+` is a space, percent-escapes
 * are decoded (an invalid one stays as written), a repeated key keeps every value in order, and
 * an empty key or `__proto__` is dropped. Null when there are more than PARAMETER_LIMIT parameters.
 */
export function parseForm(body: string, latin1 = false): FormParams | null {
  const params: Record<string, string | string[]> = Object.create(null);
  if (body === '') return params;
  const parts = body.split('&');
  if (parts.length > PARAMETER_LIMIT) return null;
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = decode(eq === -1 ? part : part.slice(0, eq), latin1);
    if (key === '' || key === '__proto__') continue;
    const value = eq === -1 ? '' : decode(part.slice(eq + 1), latin1);
    const prior = params[key];
    params[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return params;
}

function decode(text: string, latin1: boolean): string {
  const spaced = text.includes('+') ? text.replace(/\+/g, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  if (latin1) return spaced.replace(/%[0-9a-f]{2}/gi, (hex) => String.fromCharCode(parseInt(hex.slice(1), 16)));
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
