// Query strings and bodies of the staff pages and API, validated with zod. A bad value is a
// BadParameter naming the parameter, which the API answers as 400 JSON and a page as a 400 page.
// HTML forms send empty fields for unset filters: '' counts as absent.

import * as z from 'zod';
import { epochDay, isIsoDate } from '../inventory/stay.ts';
import { OUTBOX_STATUSES } from '../messaging/outbox.ts';
import type { OutboxStatus } from '../messaging/outbox.ts';
import { CHANNELS, OUTCOME_FILTER_VALUES, outcomeFilter } from './outcomes.ts';
import { PRESET_KEYS } from './presets.ts';
import type { Channel, OutcomeFilter } from './outcomes.ts';

export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

const blankIsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());

/**
 * A date a staff filter may name. Years outside these are refused: a day added to 9999-12-31 is no
 * yyyy-MM-dd (the date math then threw, a 500), and no hotel's calls or stays lie there.
 */
export const FIRST_STAFF_DATE = '1900-01-01';
export const LAST_STAFF_DATE = '2999-12-31';
const isoDate = z
  .string()
  .refine(isIsoDate, 'must be a date as yyyy-MM-dd')
  .refine((v) => v >= FIRST_STAFF_DATE && v <= LAST_STAFF_DATE, `must be a date from ${FIRST_STAFF_DATE} to ${LAST_STAFF_DATE}`);
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

const outcome = z
  .string()
  .transform((v, ctx): OutcomeFilter => {
    const filter = outcomeFilter(v);
    if (!filter) {
      ctx.addIssue({ code: 'custom', message: `must be one of ${OUTCOME_FILTER_VALUES.join(', ')}` });
      return z.NEVER;
    }
    return filter;
  });

const LANGUAGE_ALIASES: Record<string, 'en-US' | 'es-MX'> = { 'en-US': 'en-US', en: 'en-US', 'es-MX': 'es-MX', es: 'es-MX' };
const language = z
  .string()
  // Own keys only: 'constructor' or '__proto__' is in every object (it passed, and the query threw: a 500).
  .refine((v) => Object.hasOwn(LANGUAGE_ALIASES, v), 'must be en-US or es-MX (or en, es)')
  .transform((v) => LANGUAGE_ALIASES[v]!);

/** Digits of a phone number, as typed in any format: "+1 (212) 555-0123" → "12125550123". */
const caller = z
  .string()
  .max(40, 'must be at most 40 characters')
  .regex(/^[\d\s+().-]+$/, 'must be (part of) a phone number: digits, spaces, + ( ) . -')
  .transform((v) => v.replace(/\D/g, ''))
  .refine((v) => v.length > 0, 'must contain digits');

const channel = z
  .string()
  .refine((v): v is Channel => (CHANNELS as readonly string[]).includes(v), `must be one of ${CHANNELS.join(', ')}`)
  .transform((v) => v as Channel);

/** A period by its preset's key, each property on its own today (presets.ts); from/to, when given, win. */
const preset = z.enum(PRESET_KEYS, { error: `must be one of ${PRESET_KEYS.join(', ')}` });

export const callsQuery = z.strictObject({
  from: optional(isoDate),
  to: optional(isoDate),
  preset: optional(preset),
  outcome: optional(outcome),
  caller: optional(caller),
  /** A guest's name (any accents, any case) or number (written any way). */
  guest: optional(
    z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(80, 'must be at most 80 characters')
      // Neither a letter nor a digit ("--"): nothing to look for, which listed every call as found.
      .refine((v) => /[\p{L}\p{N}]/u.test(v), 'must be a name or a number'),
  ),
  lang: optional(language),
  channel: optional(channel),
  page: optional(int(1, 1_000_000)),
  perPage: optional(int(1, 200)),
});
export type CallsQuery = z.infer<typeof callsQuery>;

export const guestQuery = z.strictObject({
  phone: z
    .string()
    .trim()
    .min(3, 'must be a phone number')
    .max(40, 'must be at most 40 characters')
    .regex(/^[\d\s+().-]+$/, 'must be a phone number: digits, spaces, + ( ) . -')
    // "+++" or "(-)" has no digits to look for: it matched every caller, shown as one guest's calls.
    .refine((v) => v.replace(/\D/g, '').length >= 3, 'must have at least 3 digits'),
});

export const csvQuery = callsQuery.omit({ page: true, perPage: true });

export const reservationsQuery = z.strictObject({
  date: optional(isoDate),
  list: optional(z.enum(['arrivals', 'not-arrived', 'in-house', 'departures', 'made'], { error: 'must be arrivals, not-arrived, in-house, departures or made' })),
  q: optional(z.string().trim().min(2, 'must be at least 2 characters').max(80, 'must be at most 80 characters')),
  notice: optional(z.string().max(40)),
  /** The reservation a notice is about (its undo button). */
  id: optional(int(1, 999_999_999)),
});

export const callbacksQuery = z.strictObject({
  status: optional(z.enum(['open', 'done', 'all'], { error: 'must be open, done or all' })),
  notice: optional(z.string().max(40)),
  /** The page of the requests called back (the waiting ones are all on the first). */
  page: optional(int(1, 1_000_000)),
  perPage: optional(int(1, 200)),
});

const outboxStatus = z
  .string()
  .refine((v): v is OutboxStatus => (OUTBOX_STATUSES as readonly string[]).includes(v), `must be one of ${OUTBOX_STATUSES.join(', ')}`)
  .transform((v) => v as OutboxStatus);

export const outboxQuery = z.strictObject({
  status: optional(outboxStatus),
  /** A reservation's id: only the texts about it. */
  reservation: optional(int(1, 999_999_999)),
  page: optional(int(1, 1_000_000)),
  perPage: optional(int(1, 200)),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;

export const availabilityQuery = z.strictObject({
  from: optional(isoDate),
  days: optional(int(1, 90)),
});

export const periodQuery = z.strictObject({
  from: optional(isoDate),
  to: optional(isoDate),
  preset: optional(preset),
  // The overview says what an action done from it did (a callback tried or done from its calls that need a person).
  notice: optional(z.string().max(40)),
});

export const callbackDoneBody = z.strictObject({
  note: z.preprocess(
    (v) => v ?? '',
    z.string().trim().min(1, 'is required: say what was agreed with the guest').max(1000, 'must be at most 1000 characters'),
  ),
});

/** A late guest's room kept until a time of the property's day ("01:30"): the next such time (hold-extension.ts). */
export const holdBody = z.strictObject({
  until: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v ?? ''),
    z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:mm, such as 23:30 or 01:00'),
  ),
});

export const tokenBody = z.strictObject({
  username: z.string().min(1).max(40),
  label: z.preprocess(blankIsAbsent, z.string().trim().max(80, 'must be at most 80 characters').optional()),
});

export const idParam = int(1, 999_999_999);
/** A call's Twilio SID (CA…), or a text conversation's id (TX…, made by the SMS route). */
export const callSidParam = z
  .string()
  .regex(/^(CA|TX)[0-9a-fA-F]{32}$/, 'must be a Twilio call SID (CA and 32 hex digits) or a text conversation id (TX and 32 hex digits)');

/** The new-reservation form opened from a call, or from its callback request. */
export const newReservationQuery = z.strictObject({
  call: optional(callSidParam),
  callback: optional(idParam),
});

/**
 * The JSON body of an action that takes no fields (cancel, arrived, undo, tried, a token's revoke):
 * none, or {}. Anything else (a list, fields it does not take) was meant for something else, and
 * nothing is done on it.
 */
export function noBody(body: unknown): void {
  if (body === undefined || (body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0)) return;
  throw new BadParameter('body', 'body must be empty or {}: this action takes no fields');
}

/** Parses or throws BadParameter naming the first offending parameter. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, name = 'body'): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? name;
    throw new BadParameter(key, `unknown parameter "${key}"`);
  }
  const parameter = issue.path.length > 0 ? issue.path.map(String).join('.') : name;
  if (issue.code !== 'invalid_type') return failParam(parameter, issue.message);
  // A JSON body that is not an object (a list, a string, a number).
  if (issue.path.length === 0 && name === 'body') return failParam(parameter, 'must be a JSON object of fields');
  return failParam(parameter, wrongType(valueAt(value ?? {}, issue.path)));
}

/** What is wrong with a value of the wrong type, as sent: absent, given twice, or not text. */
function wrongType(sent: unknown): string {
  if (sent === undefined) return 'is required';
  // A query parameter given twice (?status=a&status=b) arrives as a list.
  if (Array.isArray(sent)) return 'must be given once, as one value';
  if (sent !== null && typeof sent === 'object') return 'must be a single value, not an object';
  return 'must be text';
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function failParam(parameter: string, message: string): never {
  throw new BadParameter(parameter, `${parameter} ${message.startsWith('Invalid input') ? 'is not valid' : message}`);
}

/** `from` must not come after `to`, and a period spans at most `maxDays`. */
export function checkRange(from: string, to: string, maxDays: number): void {
  if (epochDay(to) < epochDay(from)) throw new BadParameter('to', 'to must not be before from');
  if (epochDay(to) - epochDay(from) + 1 > maxDays) throw new BadParameter('to', `a period spans at most ${maxDays} days`);
}
