// Twilio signs every webhook with the account's auth token over the URL it requested and the POST
// parameters. We validate against PUBLIC_BASE_URL + path rather than the Host header, which is
// wrong behind a proxy or tunnel (SPEC §9; twilio.webhook() gets this wrong).

import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
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

/** The express path's check (app.ts); the lean path calls isSignedByTwilio itself. */
export function requireTwilioSignature(authToken: string | null, publicBaseUrl: string): RequestHandler {
  return (req, res, next) => {
    if (!authToken) return next();
    const signature = req.header('X-Twilio-Signature');
    if (!signature || !isSignedByTwilio(authToken, signature, publicBaseUrl + req.originalUrl, (req.body ?? {}) as FormParams)) {
      res.status(403).type('text/plain').send(FORBIDDEN);
      return;
    }
    next();
  };
}
