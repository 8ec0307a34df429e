// Twilio signs every webhook with the account's auth token over the URL it requested and the POST
// parameters. We validate against PUBLIC_BASE_URL + path rather than the Host header, which is
// wrong behind a proxy or tunnel (SPEC §9; twilio.webhook() gets this wrong).
//
// An account with a Webhooks Rule matching our URL has Twilio sign with the rule's shared key, by
// the algorithm it names (HMAC-SHA256), and say so in X-Twilio-Webhooks-Signature-Settings; checked
// against the auth token, every webhook was refused and every caller heard "an application error".
// https://www.twilio.com/docs/usage/webhooks/webhooks-security
//
// A refused webhook is logged (the route and the URL validated against, never the signature) and
// counted, so a wrong PUBLIC_BASE_URL or TWILIO_AUTH_TOKEN — every real call refused — is seen at
// once rather than found from guests' complaints.

import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.ts';
import { getExpectedTwilioSignature, getSignatureAlgorithm, validateRequest } from '../twilio/twiml.ts';
import type { FormParams } from './webhooks.ts';

/**
 * Whether `signature` is Twilio's for `url` and `params`. One HMAC over the configured URL first:
 * that is what Twilio signed when PUBLIC_BASE_URL is right. Only a mismatch goes on to the
 * library's validateRequest, which also tries the URL with and without its port and with the
 * query re-encoded (up to six more HMACs), so an operator's `:443` in the setting still works.
 */
export function isSignedByTwilio(authToken: string, signature: string, url: string, params: FormParams, rule: WebhooksRule = NO_RULE): boolean {
  const form = params as Record<string, string>;
  const key = signingKey(authToken, rule);
  if (!key) return false;
  const expected = Buffer.from(getExpectedTwilioSignature(key.secret, url, form, key.algorithm));
  const given = Buffer.from(signature);
  if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  return validateRequest(key.secret, signature, url, form, key.algorithm);
}

/** The Webhooks Rule side of a request: the settings header Twilio sent, and the shared key we were given. */
export interface WebhooksRule {
  /** X-Twilio-Webhooks-Signature-Settings (`key=…,algorithm=HMAC_SHA256`), when Twilio sent it. */
  settings: string | undefined;
  /** TWILIO_WEBHOOKS_SHARED_KEY: the rule's shared key, or null when none is set. */
  sharedKey: string | null;
}

const NO_RULE: WebhooksRule = { settings: undefined, sharedKey: null };
const ALGORITHMS: ReadonlySet<string> = new Set(['HMAC_SHA1', 'HMAC_SHA256']);

/** What the signature is made with: the auth token (no settings header), or the rule's shared key and algorithm; null when that cannot be. */
function signingKey(authToken: string, rule: WebhooksRule): { secret: string; algorithm: string } | null {
  if (rule.settings === undefined) return { secret: authToken, algorithm: 'HMAC_SHA1' };
  const algorithm = getSignatureAlgorithm(rule.settings).toUpperCase();
  return rule.sharedKey && ALGORITHMS.has(algorithm) ? { secret: rule.sharedKey, algorithm } : null;
}

/** Why a refusal is not a forged request's: a rule's signature with no shared key to check it by. */
function refusedBecause(rule: WebhooksRule): string | undefined {
  if (rule.settings === undefined) return undefined;
  if (!rule.sharedKey) return 'signed with a Webhooks Rule shared key (X-Twilio-Webhooks-Signature-Settings): set TWILIO_WEBHOOKS_SHARED_KEY';
  const algorithm = getSignatureAlgorithm(rule.settings).toUpperCase();
  return ALGORITHMS.has(algorithm) ? undefined : `signed by an algorithm we do not know: ${algorithm.slice(0, 40)}`;
}

/** The Webhooks Rule side of a request with these headers. */
export function webhooksRule(header: string | string[] | undefined, sharedKey: string | null): WebhooksRule {
  return { settings: typeof header === 'string' ? header : undefined, sharedKey };
}

export const SETTINGS_HEADER = 'x-twilio-webhooks-signature-settings';

export const FORBIDDEN = 'Forbidden: missing or invalid X-Twilio-Signature\n';

export interface SignatureOptions {
  logger?: Logger;
  onRejected?: (path: string) => void;
  /** How often refusals are written to the log; without it, every one is. */
  refusedLog?: RefusedLog;
  /** TWILIO_WEBHOOKS_SHARED_KEY (a Webhooks Rule's), when set. */
  sharedKey?: string | null;
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
export function reportRefused(
  options: SignatureOptions,
  path: string,
  url: string,
  signature: string | undefined,
  host: string | undefined,
  rule: WebhooksRule = NO_RULE,
): void {
  options.onRejected?.(path);
  const unlogged = options.refusedLog ? options.refusedLog.take(path) : 0;
  if (unlogged === null) return;
  const why = refusedBecause(rule);
  // (A number in the URL's query, "From=%2B1212…", is masked by the log as one written plain: logger.ts.)
  options.logger?.warn(
    {
      route: path,
      validatedUrl: url.slice(0, 300),
      signature: signature ? 'invalid' : 'missing',
      host: host?.slice(0, 100),
      ...(why ? { why } : {}),
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
    const rule = webhooksRule(req.headers[SETTINGS_HEADER], options.sharedKey ?? null);
    if (!signature || !isSignedByTwilio(authToken, signature, url, (req.body ?? {}) as FormParams, rule)) {
      reportRefused(options, req.path, url, signature, req.header('host'), rule);
      res.status(403).type('text/plain').send(FORBIDDEN);
      return;
    }
    next();
  };
}
