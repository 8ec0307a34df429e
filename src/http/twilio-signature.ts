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
}

/** A refused webhook, told the same way by both paths: counted, and logged without the signature. */
export function reportRefused(options: SignatureOptions, path: string, url: string, signature: string | undefined, host: string | undefined): void {
  options.onRejected?.(path);
  options.logger?.warn(
    { route: path, validatedUrl: url.slice(0, 300), signature: signature ? 'invalid' : 'missing', host: host?.slice(0, 100) },
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
