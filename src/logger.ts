import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Keeps the country code and the last two digits: enough to tell calls apart, not to dial. */
export function maskPhone(number: unknown): string {
  if (typeof number !== 'string' || number.length === 0) return '';
  const digits = number.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${number.startsWith('+') ? '+' : ''}${digits.slice(0, 1)}${'*'.repeat(digits.length - 3)}${digits.slice(-2)}`;
}

// Caller numbers and guest names never reach the log in full (SPEC §8).
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
    },
    destination as pino.DestinationStream | undefined,
  );
}
