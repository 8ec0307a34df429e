// Twilio signs every webhook with the account's auth token over the URL it requested and the POST
// parameters. We validate against PUBLIC_BASE_URL + path rather than the Host header, which is
// wrong behind a proxy or tunnel (SPEC §9; twilio.webhook() gets this wrong).

import type { RequestHandler } from 'express';
import { validateRequest } from '../twilio/twiml.ts';

export function requireTwilioSignature(authToken: string | null, publicBaseUrl: string): RequestHandler {
  return (req, res, next) => {
    if (!authToken) return next();
    const signature = req.header('X-Twilio-Signature');
    const url = publicBaseUrl + req.originalUrl;
    const params = (req.body ?? {}) as Record<string, string>;
    if (!signature || !validateRequest(authToken, signature, url, params)) {
      res.status(403).type('text/plain').send('Forbidden: missing or invalid X-Twilio-Signature\n');
      return;
    }
    next();
  };
}
