// Twilio signs every webhook with the account's auth token over the URL it requested and the POST
// parameters. We validate against PUBLIC_BASE_URL + path rather than the Host header, which is
// wrong behind a proxy or tunnel (SPEC §9; twilio.webhook() gets this wrong).
//
// A refused webhook is logged (the route and the URL validated against, never the signature) and
// counted, so a wrong PUBLIC_BASE_URL or TWILIO_AUTH_TOKEN — every real call refused — is seen at
// once rather than found from guests' complaints.

import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.ts';
import { getExpectedTwilioSignature, validateRequest } from '../twilio/twiml.ts';
import type { FormParams } from './webhooks.ts';

/**
 * Whether `signature` is Twilio's for `url` and `params`. One HMAC over the configured URL first:
 * that is what Twilio signed when PUBLIC_BASE_URL is right. Only a mismatch goes on to the
 * library's validateRequest, which also tries the URL with and without its port and with the
 * query re-encoded (up to six more HMACs), so an operator's `:443` in the setting still works.
 */
export function isSignedByTwilio(authToken: string, signature: string, url: string, params: FormParams): boolean {
  const form = params as Record<string, string>;
  const expected = Buffer.from(getExpectedTwilioSignature(authToken, url, form));
  const given = Buffer.from(signature);
  if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  return validateRequest(authToken, signature, url, form);
}

export const FORBIDDEN = 'Forbidden: missing or invalid X-Twilio-Signature\n';

export interface SignatureOptions {
  logger?: Logger;
  onRejected?: (path: string) => void;
  /** How often refusals are written to the log; without it, every one is. */
  refusedLog?: RefusedLog;
}

/** At most one line per route in this time about refused webhooks (every one is still counted). */
export const REFUSED_LOG_EVERY_MS = 10_000;
/** Routes tracked apart; any further path (the express path sees any) shares one entry. */
const REFUSED_LOG_ROUTES = 32;

/**
 * Which refused webhooks are written to the log. Anyone can post forged webhooks, each of which
 * wrote a line (about 350 bytes): a thousand a second filled a gigabyte of disk an hour, the disk
 * the database books on. Now the first refusal on a route is logged at once (a wrong
 * PUBLIC_BASE_URL still shows on the first real call), then at most one line per route every
 * REFUSED_LOG_EVERY_MS, saying how many went unlogged meanwhile; the metric counts every one.
 */
export class RefusedLog {
  readonly #routes = new Map<string, { loggedAt: number; unlogged: number }>();

  constructor(private readonly nowMs: () => number = Date.now) {}

  /** For a refusal on `route` now: how many before it went unlogged, or null when this one is not logged either. */
  take(route: string): number | null {
    const key = this.#routes.has(route) || this.#routes.size < REFUSED_LOG_ROUTES ? route : 'other';
    const now = this.nowMs();
    const seen = this.#routes.get(key);
    if (seen && now - seen.loggedAt < REFUSED_LOG_EVERY_MS) {
      seen.unlogged++;
      return null;
    }
    this.#routes.set(key, { loggedAt: now, unlogged: 0 });
    return seen?.unlogged ?? 0;
  }
}

/** A refused webhook, told the same way by both paths: counted, and logged without the signature. */
export function reportRefused(options: SignatureOptions, path: string, url: string, signature: string | undefined, host: string | undefined): void {
  options.onRejected?.(path);
  const unlogged = options.refusedLog ? options.refusedLog.take(path) : 0;
  if (unlogged === null) return;
  options.logger?.warn(
    {
      route: path,
      validatedUrl: url.slice(0, 300),
      signature: signature ? 'invalid' : 'missing',
      host: host?.slice(0, 100),
      ...(unlogged > 0 ? { unloggedSince: unlogged } : {}),
    },
    'webhook refused: X-Twilio-Signature does not match (check PUBLIC_BASE_URL and TWILIO_AUTH_TOKEN)',
  );
}

/** The express path's check (app.ts); the lean path calls isSignedByTwilio and reportRefused itself. */
export function requireTwilioSignature(authToken: string | null, publicBaseUrl: string, options: SignatureOptions = {}): RequestHandler {
  return (req, res, next) => {
    if (!authToken) return next();
    const signature = req.header('X-Twilio-Signature');
    const url = publicBaseUrl + req.originalUrl;
    if (!signature || !isSignedByTwilio(authToken, signature, url, (req.body ?? {}) as FormParams)) {
      reportRefused(options, req.path, url, signature, req.header('host'));
      res.status(403).type('text/plain').send(FORBIDDEN);
      return;
    }
    next();
  };
}
