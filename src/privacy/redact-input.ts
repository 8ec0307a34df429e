// Every parameter of an incoming webhook (what a caller said, keyed or texted, and anything else
// Twilio forwards) is redacted (redact.ts) as soon as its signature has been checked, before any
// route reads it: nothing downstream — the flow, the timeline, the call's snapshot, a reservation's
// name, a callback request, a text conversation, the log — ever holds a card number a caller gave.
// (The signature is computed over the parameters as sent, so this must come after that check.)

import type { RequestHandler } from 'express';
import { redactDeep } from './redact.ts';

export const redactInput: RequestHandler = (req, _res, next) => {
  if (req.body !== undefined && req.body !== null && typeof req.body === 'object') req.body = redactDeep(req.body);
  next();
};
