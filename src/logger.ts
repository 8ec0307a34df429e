import { pino } from 'pino';
import type { Logger } from 'pino';
import { redact } from './privacy/redact.ts';

export type { Logger };

/** Keeps the country code and the last two digits: enough to tell calls apart, not to dial. */
export function maskPhone(number: unknown): string {
  if (typeof number !== 'string' || number.length === 0) return '';
  const digits = number.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${number.startsWith('+') ? '+' : ''}${digits.slice(0, 1)}${'*'.repeat(digits.length - 3)}${digits.slice(-2)}`;
}

/**
 * Something that looks like a phone number inside free text: '+' and at least 7 digits, or at
 * least 9 digits, written together or with spaces, dashes or parentheses between them; never
 * digits glued to a letter before them (a CallSid "CA0123…"). Dots are not separators, so an IP
 * address stays readable.
 */
const PHONE_IN_TEXT = /(?<![\p{L}\p{N}+])(\+?)(\(?\d(?:[ \-()]{0,2}\d){6,19})(?!\d)/gu;

/** An encoded "+" before a digit or a bracket: the start of a number in a URL or form. */
const PERCENT_PLUS = /%2B(?=[\d(])/gi;

/**
 * The hotels' own numbers (the ones guests dial, the front desk's): public, printed on every
 * brochure, and what an IT person checks the log against; never masked. Set at start.
 */
const publicNumbers = new Set<string>();

/** Numbers the log shows as they are (E.164): the properties' own. */
export function showInLogs(numbers: Iterable<string>): void {
  for (const number of numbers) publicNumbers.add(number);
}

/** Every phone number in `text` masked as maskPhone does, but for the hotels' own. */
export function maskPhoneNumbersInText(text: string): string {
  return text.replace(PHONE_IN_TEXT, (match, plus: string, body: string) => {
    const digits = body.replace(/\D/g, '');
    // A date and time ("2026-11-28 15:00") is not a phone number.
    if (!plus && /^\d{4}-\d{2}-\d{2}/.test(body)) return match;
    if (plus && publicNumbers.has(`+${digits}`)) return match;
    return digits.length >= (plus ? 7 : 9) ? maskPhone(match) : match;
  });
}

/** What every logged string passes: card numbers hidden (the one redaction), phone numbers masked. */
export function maskForLog(text: string): string {
  // A number URL-encoded ("From=%2B12125550123" in a query, a form body) is masked as written plain.
  return maskPhoneNumbersInText(redact(text.includes('%') ? text.replace(PERCENT_PLUS, '+') : text));
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskForLog(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskForLog(k), maskDeep(v)]));
  }
  return value;
}

/**
 * The last step before a log line is written (pino's streamWrite hook): every string in it —
 * the message, every field, nested objects, an error's message and stack, a child logger's
 * bindings — is masked, whatever the code that logged it remembered to do. A call site needs no
 * discipline: a Twilio error text naming the full number it refused is masked like a `to` field.
 */
export function maskLogLine(line: string): string {
  try {
    return `${JSON.stringify(maskDeep(JSON.parse(line)))}\n`;
  } catch {
    return maskForLog(line);
  }
}

// Caller numbers and guest names are masked by name too, before the line is even written (SPEC §8).
const PHONE_PATHS = ['from', 'to', 'caller', 'callback', 'params.From', 'params.To', 'params.Caller', 'params.Called'];
const NAME_PATHS = ['guestName', 'name', 'params.SpeechResult'];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [...PHONE_PATHS, ...NAME_PATHS],
        censor: (value, path) => (NAME_PATHS.includes(path.join('.')) ? '[redacted]' : maskPhone(value)),
      },
      hooks: { streamWrite: maskLogLine },
    },
    destination as pino.DestinationStream | undefined,
  );
}
