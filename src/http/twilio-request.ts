// Reading Twilio's form parameters defensively: any parameter may be missing, repeated,
// huge or binary (SPEC §8). Nothing here throws.

import type { Request } from 'express';

type Body = Record<string, unknown>;

const MAX_PARAM = 2000;

/** A form parameter as a string ('' when absent); a repeated key gives its first value. */
export function param(req: Request, key: string): string {
  const body = (req.body ?? {}) as Body;
  let value = body[key];
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' ? value.slice(0, MAX_PARAM) : '';
}

/** The `step` every TwiML URL carries; null when absent or not a small whole number. */
export function stepOf(req: Request): number | null {
  const raw = req.query.step;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) return null;
  return Number(raw);
}

/** Twilio's `Confidence` (0..1), or null when absent or not a number. */
export function confidenceOf(req: Request): number | null {
  const raw = param(req, 'Confidence');
  if (raw === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

/** A whole number of seconds (CallDuration, DialCallDuration), or null. */
export function secondsOf(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** Twilio call SIDs: "CA" and 32 hex digits. Anything else is not a call Twilio placed. */
export function callSidOf(req: Request): string | null {
  return asCallSid(param(req, 'CallSid'));
}

export function asCallSid(value: unknown): string | null {
  return typeof value === 'string' && /^CA[0-9a-fA-F]{32}$/.test(value) ? value : null;
}

export function callIdentity(req: Request, callSid: string) {
  return {
    callSid,
    from: param(req, 'From').slice(0, 40),
    // The number dialled picks the property in a hotel group; Twilio sends it as both To and Called.
    to: (param(req, 'To') || param(req, 'Called')).slice(0, 40),
    fromCountry: param(req, 'FromCountry').slice(0, 2),
  };
}
