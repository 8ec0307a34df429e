// Twilio signs every webhook with the account's auth token over the URL it requested and the POST
// parameters. We validate against PUBLIC_BASE_URL + path rather than the Host header, which is
// wrong behind a proxy or tunnel (SPEC §9; twilio.webhook() gets this wrong).
//
// A refused webhook is logged (the route and the URL validated against, never the signature) and
// counted, so a wrong PUBLIC_BASE_URL or TWILIO_AUTH_TOKEN — every real call refused — is seen at
// once rather than found from guests' complaints.

import type { RequestHandler } from 'express';
import type { Logger } from '../logger.ts';
import { validateRequest } from '../twilio/twiml.ts';

export interface SignatureOptions {
  logger?: Logger;
  onRejected?: (path: string) => void;
}

export function requireTwilioSignature(authToken: string | null, publicBaseUrl: string, options: SignatureOptions = {}): RequestHandler {
  return (req, res, next) => {
    if (!authToken) return next();
    const signature = req.header('X-Twilio-Signature');
    const url = publicBaseUrl + req.originalUrl;
    const params = (req.body ?? {}) as Record<string, string>;
    if (!signature || !validateRequest(authToken, signature, url, params)) {
      options.onRejected?.(req.path);
      options.logger?.warn(
        { route: req.path, validatedUrl: url.slice(0, 300), signature: signature ? 'invalid' : 'missing', host: req.header('host')?.slice(0, 100) },
        'webhook refused: X-Twilio-Signature does not match (check PUBLIC_BASE_URL and TWILIO_AUTH_TOKEN)',
      );
      res.status(403).type('text/plain').send('Forbidden: missing or invalid X-Twilio-Signature\n');
      return;
    }
    next();
  };
}
