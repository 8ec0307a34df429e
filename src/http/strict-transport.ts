// HSTS: once a browser has reached the staff console over https, it never tries plain http again
// (a café's network cannot strip TLS from the login). Only when PUBLIC_BASE_URL is https: sent
// over plain http the header is ignored anyway, and a local http setup must keep working.

import type { RequestHandler } from 'express';

const ONE_YEAR = 365 * 24 * 60 * 60;

export function strictTransport(publicBaseUrl: string): RequestHandler {
  const https = publicBaseUrl.startsWith('https:');
  return (_req, res, next) => {
    if (https) res.setHeader('Strict-Transport-Security', `max-age=${ONE_YEAR}; includeSubDomains`);
    next();
  };
}
