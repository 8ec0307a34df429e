// What a caller says, keys or texts arrives in a webhook's parameters; every one of them but the
// identifiers Twilio itself reports is redacted (redact.ts) as soon as the signature has been
// checked, before any route reads it: nothing downstream — the flow, the timeline, the call's
// snapshot, a reservation's name, a callback request, a text conversation, the log — ever holds
// a card number a caller gave. (The signature is computed over the parameters as sent, so this
// must come after that check.)
//
// Left as they are: the numbers and places of the call (From, To, Caller, Called, …), which are
// phone numbers (a Mexican "+52 1…" caller ID must stay whole; they are masked in the log), and
// Twilio's own SIDs, statuses and URLs; but for control and format characters (NUL, escapes,
// bidi overrides), which Twilio never sends in them and which are taken out.

import type { RequestHandler } from 'express';
import { redact, withoutControls } from './redact.ts';

/** Twilio's identifiers by name; also every `…Sid` (CallSid, AccountSid, ParentCallSid, …). */
const IDENTIFIERS: ReadonlySet<string> = new Set([
  'From', 'To', 'Caller', 'Called', 'ForwardedFrom', 'CallerId',
  ...['From', 'To', 'Caller', 'Called'].flatMap((who) => ['City', 'State', 'Zip', 'Country'].map((place) => who + place)),
  'ApiVersion', 'Direction', 'CallStatus', 'DialCallStatus', 'MessageStatus', 'SmsStatus', 'RecordingUrl', 'RecordingStatus',
  'StirVerstat', 'StirPassportToken',
]);

const isIdentifier = (key: string): boolean => IDENTIFIERS.has(key) || (key.endsWith('Sid') && /^\w*Sid$/.test(key));

/** Redacts every parameter but Twilio's identifiers, in place (both webhook paths call it). */
export function redactParams(body: Record<string, unknown>): void {
  // Object.keys, not Object.entries: a form is a prototype-less dictionary, whose entries V8
  // builds in its slow runtime path (measured at about a third of this function's cost, issue 14).
  for (const key of Object.keys(body)) {
    const value = body[key];
    const clean = isIdentifier(key) ? withoutControls : redact;
    if (typeof value === 'string') body[key] = clean(value);
    else if (Array.isArray(value)) body[key] = value.map((v) => (typeof v === 'string' ? clean(v) : v));
  }
}

export const redactInput: RequestHandler = (req, _res, next) => {
  const body: unknown = req.body;
  if (body !== null && typeof body === 'object') redactParams(body as Record<string, unknown>);
  next();
};
