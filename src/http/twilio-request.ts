// Reading Twilio's form parameters defensively: any parameter may be missing, repeated,
// huge or binary (SPEC §8). Nothing here throws.

import { callerKey } from '../calls/caller-number.ts';
import { cutText } from '../privacy/cut-text.ts';
import type { WebhookRequest } from './webhooks.ts';

const MAX_PARAM = 2000;

/** A form parameter as a string ('' when absent); a repeated key gives its first value. */
export function param(req: WebhookRequest, key: string): string {
  let value: unknown = Object.prototype.hasOwnProperty.call(req.params, key) ? req.params[key] : undefined;
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' ? cutText(value, MAX_PARAM) : '';
}

/**
 * The most of a SpeechResult that is read: what a person can say in one answer. Twilio stops
 * listening after a minute of speech (<Gather maxSpeechTime>, 60 s by default and at most), and a
 * fast talker says about 200 words a minute, some 1,200 characters; the longest real answers the
 * readers are tested on are under 300. Read whole, 2,000 characters kept the readers busy longer
 * for nothing (round 31, about 30 ms warm, more cold), and a longer one was cut at 2,000 anywhere,
 * even inside a number.
 */
export const MAX_SPEECH = 1200;

/** What the caller said, at most MAX_SPEECH characters, cut between words (never "December 1" of "December 15"). */
export function speechOf(req: WebhookRequest): string {
  const said = param(req, 'SpeechResult').trim();
  if (said.length <= MAX_SPEECH) return said;
  const cut = cutText(said, MAX_SPEECH);
  // Cut inside a word (or a number): back to the space before it, if there is one.
  const atWord = /\s/.test(said.charAt(cut.length)) ? cut : cut.replace(/\S*$/u, '');
  return (atWord.trimEnd() || cut).trimEnd();
}

/** A query parameter we wrote into a TwiML URL; null when absent or repeated (not ours, then). */
export function queryValue(req: WebhookRequest, key: string): string | null {
  const values = req.query.getAll(key);
  return values.length === 1 ? values[0]! : null;
}

/** The `step` every TwiML URL carries; null when absent or not a small whole number. */
export function stepOf(req: WebhookRequest): number | null {
  const raw = queryValue(req, 'step');
  if (raw === null || !/^\d{1,9}$/.test(raw)) return null;
  return Number(raw);
}

/** Twilio's `Confidence` (0..1), or null when absent or not a number. */
export function confidenceOf(req: WebhookRequest): number | null {
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
export function callSidOf(req: WebhookRequest): string | null {
  return asCallSid(param(req, 'CallSid'));
}

export function asCallSid(value: unknown): string | null {
  return typeof value === 'string' && /^CA[0-9a-fA-F]{32}$/.test(value) ? value : null;
}

/**
 * STIR/SHAKEN's full attestation as Twilio reports it (StirVerstat on an incoming call): the
 * originating carrier knows the caller and vouches for their right to the number.
 */
export const FULL_ATTESTATION = 'TN-Validation-Passed-A';

export function callIdentity(req: WebhookRequest, callSid: string) {
  return {
    callSid,
    // One caller, one number (caller-number.ts): "+5215512345678" is kept as "+525512345678".
    from: callerKey(param(req, 'From').slice(0, 40)),
    // The number dialled picks the property in a hotel group; Twilio sends it as both To and Called.
    to: (param(req, 'To') || param(req, 'Called')).slice(0, 40),
    fromCountry: param(req, 'FromCountry').slice(0, 2),
    callerVerified: param(req, 'StirVerstat') === FULL_ATTESTATION,
  };
}
