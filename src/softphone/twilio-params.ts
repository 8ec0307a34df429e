/**
 * The form parameters Twilio posts to a voice webhook, and its request signature.
 * Shapes follow https://www.twilio.com/docs/voice/twiml#request-parameters and what real
 * inbound calls carry (geographic fields are best-effort: Twilio fills them from the number).
 */
import { randomBytes } from 'node:crypto';
import { getExpectedTwilioSignature } from '../twilio/twiml.ts';

export type TwilioParams = Record<string, string>;

/** Statuses Twilio reports for a call (the `CallStatus` parameter). */
export const CALL_STATUSES = [
  'queued',
  'ringing',
  'in-progress',
  'completed',
  'busy',
  'no-answer',
  'failed',
  'canceled',
] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export type CallDirection = 'inbound' | 'outbound-api' | 'outbound-dial';

export interface CallParamsOptions {
  callSid: string;
  accountSid: string;
  from: string;
  to: string;
  callStatus: CallStatus;
  /** Default 'inbound': a guest calling the hotel. */
  direction?: CallDirection;
  /** Set on a child leg (e.g. the `<Dial>`ed front desk): the caller's CallSid. */
  parentCallSid?: string;
}

/** 'CA' + 32 hex characters, like a real CallSid. */
export function newCallSid(): string {
  return newSid('CA');
}

/** A Twilio-style SID: a two-letter prefix (`CA`, `AC`, `RE`, `TR`…) and 32 hex characters. */
export function newSid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}

/** The parameters Twilio sends with every request about a call. */
export function callParams(opts: CallParamsOptions): TwilioParams {
  const from = place(opts.from);
  const to = place(opts.to);
  const params: TwilioParams = {
    AccountSid: opts.accountSid,
    ApiVersion: '2010-04-01',
    CallSid: opts.callSid,
    CallStatus: opts.callStatus,
    Called: opts.to,
    CalledCity: to.city,
    CalledCountry: to.country,
    CalledState: to.state,
    CalledZip: '',
    Caller: opts.from,
    CallerCity: from.city,
    CallerCountry: from.country,
    CallerState: from.state,
    CallerZip: '',
    Direction: opts.direction ?? 'inbound',
    From: opts.from,
    FromCity: from.city,
    FromCountry: from.country,
    FromState: from.state,
    FromZip: '',
    To: opts.to,
    ToCity: to.city,
    ToCountry: to.country,
    ToState: to.state,
    ToZip: '',
  };
  if (opts.parentCallSid) params.ParentCallSid = opts.parentCallSid;
  return params;
}

/** The `X-Twilio-Signature` Twilio would send for this URL (with query) and POST params. */
export function signRequest(authToken: string, url: string, params: Record<string, string>): string {
  return getExpectedTwilioSignature(authToken, url, params);
}

interface Place {
  country: string;
  state: string;
  city: string;
}

// A few country codes, longest first; enough for the numbers a hotel line sees in tests.
const COUNTRY_CODES: [string, string][] = [
  ['1', 'US'],
  ['52', 'MX'],
  ['34', 'ES'],
  ['44', 'GB'],
  ['33', 'FR'],
  ['49', 'DE'],
  ['39', 'IT'],
  ['54', 'AR'],
  ['55', 'BR'],
  ['57', 'CO'],
  ['56', 'CL'],
  ['51', 'PE'],
];

// Some North American area codes, so a US caller looks like one.
const US_AREA_CODES: Record<string, [string, string]> = {
  '212': ['NY', 'NEW YORK'],
  '646': ['NY', 'NEW YORK'],
  '718': ['NY', 'BROOKLYN'],
  '305': ['FL', 'MIAMI'],
  '310': ['CA', 'LOS ANGELES'],
  '415': ['CA', 'SAN FRANCISCO'],
  '312': ['IL', 'CHICAGO'],
  '512': ['TX', 'AUSTIN'],
  '617': ['MA', 'BOSTON'],
};

function place(number: string): Place {
  const digits = number.startsWith('+') ? number.slice(1).replace(/\D/g, '') : '';
  if (!digits) return { country: '', state: '', city: '' };
  const match = [...COUNTRY_CODES]
    .sort((a, b) => b[0].length - a[0].length)
    .find(([code]) => digits.startsWith(code));
  if (!match) return { country: '', state: '', city: '' };
  const [code, country] = match;
  if (code === '1') {
    const known = US_AREA_CODES[digits.slice(1, 4)];
    if (known) return { country, state: known[0], city: known[1] };
  }
  return { country, state: '', city: '' };
}

/**
 * Where the softphone sends what Twilio would request under `publicBaseUrl`: the same path on the
 * server at `baseUrl`. A `baseUrl` with a path of its own (a proxy's https://proxy.example/conserje)
 * stands for the public URL's path; a bare origin (http://127.0.0.1:3000, https://hotel.example.com)
 * is asked for the path as Twilio asks for it, PUBLIC_BASE_URL's path and all (a proxy passes it on;
 * the app serves its paths with that path on or off).
 */
export function serverBaseUrl(baseUrl: string, publicBaseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (new URL(base).pathname !== '/') return base;
  return base + new URL(publicBaseUrl).pathname.replace(/\/+$/, '');
}
