// Query strings and bodies of the staff pages and API, validated with zod. A bad value is a
// BadParameter naming the parameter, which the API answers as 400 JSON and a page as a 400 page.
// HTML forms send empty fields for unset filters: '' counts as absent.

import * as z from 'zod';
import { epochDay, isIsoDate } from '../inventory/stay.ts';
import { redact } from '../privacy/redact.ts';
import { HANDOVER_MAX_CHARACTERS } from './queries/handover.ts';
import { OUTBOX_STATUSES } from '../messaging/outbox.ts';
import type { OutboxStatus } from '../messaging/outbox.ts';
import { CHANNELS, OUTCOME_FILTER_VALUES, outcomeFilter } from './outcomes.ts';
import { PRESET_KEYS } from './presets.ts';
import type { Channel, OutcomeFilter } from './outcomes.ts';

/**
 * Why a parameter was refused: a key with its values. The API says it in English (`API_WORDS`,
 * after the parameter's name); each desk language says it in its own words table (`params`), for
 * whoever fills the page's form. Nothing is reworded from the English.
 */
export interface RefusalValues {
  notDate: Record<string, never>;
  dateRange: { first: string; last: string };
  wholeNumber: { min: number; max: number };
  oneOf: { values: readonly string[] };
  language: Record<string, never>;
  tooShort: { min: number };
  tooLong: { max: number };
  phoneChars: Record<string, never>;
  noDigits: Record<string, never>;
  nameOrNumber: Record<string, never>;
  notPhone: Record<string, never>;
  fewDigits: { min: number };
  noteRequired: Record<string, never>;
  timeOfDay: Record<string, never>;
  callSid: Record<string, never>;
  notValid: Record<string, never>;
  required: Record<string, never>;
  givenTwice: Record<string, never>;
  notSingle: Record<string, never>;
  notText: Record<string, never>;
  notObject: Record<string, never>;
  notEmpty: Record<string, never>;
  toBeforeFrom: Record<string, never>;
  periodTooLong: { days: number };
  unknown: { name: string };
  perProperty: { codes: readonly string[] };
  // Why an account could not be made or changed (accounts.ts's AccountError): the console's admin
  // and password pages say it in the desk's language, the API and `npm run staff` in English.
  usernameShape: Record<string, never>;
  usernameCard: Record<string, never>;
  role: { values: readonly string[] };
  accountExists: { name: string };
  noAccount: { name: string };
  accountDisabled: { name: string };
  noPropertyCode: { code: string; there: readonly string[] };
  passwordShort: { min: number };
  passwordLong: { max: number };
  /** The terminal's own English (scripts/calls.ts's arguments): no page ever shows it. */
  said: { words: string };
}
export type RefusalKey = keyof RefusalValues;
export type Refusal = { [K in RefusalKey]: { key: K; values: RefusalValues[K] } }[RefusalKey];
/** A language's words for each refusal: `field` is the parameter as that reader knows it. */
export type RefusalWords = { [K in RefusalKey]: (field: string, values: RefusalValues[K]) => string };

const NONE: Record<string, never> = {};

/** The API's English, for programs: the parameter by its own name ("to must not be before from"). */
export const API_WORDS: RefusalWords = {
  notDate: (p) => `${p} must be a date as yyyy-MM-dd`,
  dateRange: (p, v) => `${p} must be a date from ${v.first} to ${v.last}`,
  wholeNumber: (p, v) => `${p} must be a whole number from ${v.min} to ${v.max}`,
  oneOf: (p, v) => `${p} must be one of ${v.values.join(', ')}`,
  language: (p) => `${p} must be en-US or es-MX (or en, es)`,
  tooShort: (p, v) => `${p} must be at least ${v.min} characters`,
  tooLong: (p, v) => `${p} must be at most ${v.max} characters`,
  phoneChars: (p) => `${p} must be (part of) a phone number: digits, spaces, + ( ) . -`,
  noDigits: (p) => `${p} must contain digits`,
  nameOrNumber: (p) => `${p} must be a name or a number`,
  notPhone: (p) => `${p} must be a phone number: digits, spaces, + ( ) . -`,
  fewDigits: (p, v) => `${p} must have at least ${v.min} digits`,
  noteRequired: (p) => `${p} is required: say what was agreed with the guest`,
  timeOfDay: (p) => `${p} must be a time of day as HH:mm, such as 23:30 or 01:00`,
  callSid: (p) => `${p} must be a Twilio call SID (CA and 32 hex digits) or a text conversation id (TX and 32 hex digits)`,
  notValid: (p) => `${p} is not valid`,
  required: (p) => `${p} is required`,
  givenTwice: (p) => `${p} must be given once, as one value`,
  notSingle: (p) => `${p} must be a single value, not an object`,
  notText: (p) => `${p} must be text`,
  notObject: (p) => `${p} must be a JSON object of fields`,
  notEmpty: (p) => `${p} must be empty or {}: this action takes no fields`,
  toBeforeFrom: (p) => `${p} must not be before from`,
  periodTooLong: (_p, v) => `a period spans at most ${v.days} days`,
  unknown: (_p, v) => `unknown parameter "${v.name}"`,
  perProperty: (_p, v) => `availability is per property: add hotel=${v.codes.join(' or hotel=')}`,
  usernameShape: () => 'a username is 2–40 letters, digits, dots, dashes or underscores, starting with a letter or digit',
  usernameCard: () => 'a username must not read as a card number: add a letter',
  role: (_p, v) => `a role is one of ${v.values.join(', ')}`,
  accountExists: (_p, v) => `there is already an account named ${v.name}`,
  noAccount: (_p, v) => `no account named ${v.name}`,
  accountDisabled: (_p, v) => `${v.name} is disabled: enable the account first`,
  noPropertyCode: (_p, v) => `no property with code ${v.code}${v.there.length ? ` (there are ${v.there.join(', ')})` : ' (the hotel files have no codes)'}`,
  passwordShort: (_p, v) => `a password has at least ${v.min} characters`,
  passwordLong: (_p, v) => `a password has at most ${v.max} characters`,
  said: (_p, v) => v.words,
};

/** A refusal's words in `words` (API_WORDS, or a desk language's). */
export function refusalWords(words: RefusalWords, field: string, r: Refusal): string {
  return (words[r.key] as (field: string, values: Refusal['values']) => string)(field, r.values);
}

export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    why: Refusal | string,
  ) {
    const refusal: Refusal = typeof why === 'string' ? { key: 'said', values: { words: why } } : why;
    super(refusalWords(API_WORDS, parameter, refusal));
    this.refusal = refusal;
  }

  readonly refusal: Refusal;
}

/** A zod check's error carrying its refusal (a custom issue's `params`), read back by `parse`. */
function says<K extends RefusalKey>(key: K, ...values: RefusalValues[K] extends Record<string, never> ? [] : [RefusalValues[K]]) {
  const refusal = { key, values: values[0] ?? NONE } as Refusal;
  return { message: refusalWords(API_WORDS, '', refusal).trim(), params: { refusal } };
}
const refusalOf = (issue: z.core.$ZodIssue): Refusal | null =>
  issue.code === 'custom' && issue.params && typeof issue.params === 'object' && 'refusal' in issue.params ? (issue.params.refusal as Refusal) : null;

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
  .refine(isIsoDate, says('notDate'))
  .refine((v) => v >= FIRST_STAFF_DATE && v <= LAST_STAFF_DATE, says('dateRange', { first: FIRST_STAFF_DATE, last: LAST_STAFF_DATE }));
const int = (min: number, max: number) =>
  z
    .string()
    .refine((v) => /^\d{1,9}$/.test(v), { ...says('wholeNumber', { min, max }), abort: true })
    .transform(Number)
    .refine((n) => n >= min && n <= max, says('wholeNumber', { min, max }));
/** At most `max` characters: a refine's arguments. */
const atMost = (max: number) => [(v: string) => v.length <= max, says('tooLong', { max })] as const;
const atLeast = (min: number) => [(v: string) => v.length >= min, says('tooShort', { min })] as const;
/** One of a list of words (a filter's values): refused as `oneOf`, naming them. */
const oneOf = <T extends string>(values: readonly T[]) =>
  z
    .string()
    .refine((v) => (values as readonly string[]).includes(v), says('oneOf', { values }))
    .transform((v) => v as T);

const outcome = z
  .string()
  .transform((v, ctx): OutcomeFilter => {
    const filter = outcomeFilter(v);
    if (!filter) {
      ctx.addIssue({ code: 'custom', ...says('oneOf', { values: OUTCOME_FILTER_VALUES }) });
      return z.NEVER;
    }
    return filter;
  });

const LANGUAGE_ALIASES: Record<string, 'en-US' | 'es-MX'> = { 'en-US': 'en-US', en: 'en-US', 'es-MX': 'es-MX', es: 'es-MX' };
const language = z
  .string()
  // Own keys only: 'constructor' or '__proto__' is in every object (it passed, and the query threw: a 500).
  .refine((v) => Object.hasOwn(LANGUAGE_ALIASES, v), says('language'))
  .transform((v) => LANGUAGE_ALIASES[v]!);

/** Digits of a phone number, as typed in any format: "+1 (212) 555-0123" → "12125550123". */
const caller = z
  .string()
  .refine(...atMost(40))
  .refine((v) => /^[\d\s+().-]+$/.test(v), says('phoneChars'))
  .transform((v) => v.replace(/\D/g, ''))
  .refine((v) => v.length > 0, says('noDigits'));

const channel = oneOf<Channel>(CHANNELS);

/** A period by its preset's key, each property on its own today (presets.ts); from/to, when given, win. */
const preset = oneOf(PRESET_KEYS);

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
      .refine(...atLeast(2))
      .refine(...atMost(80))
      // Neither a letter nor a digit ("--"): nothing to look for, which listed every call as found.
      .refine((v) => /[\p{L}\p{N}]/u.test(v), says('nameOrNumber')),
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
    .refine((v) => v.length >= 3, says('notPhone'))
    .refine(...atMost(40))
    .refine((v) => /^[\d\s+().-]+$/.test(v), says('notPhone'))
    // "+++" or "(-)" has no digits to look for: it matched every caller, shown as one guest's calls.
    .refine((v) => v.replace(/\D/g, '').length >= 3, says('fewDigits', { min: 3 })),
});

export const csvQuery = callsQuery.omit({ page: true, perPage: true });

export const reservationsQuery = z.strictObject({
  date: optional(isoDate),
  list: optional(oneOf(['arrivals', 'not-arrived', 'in-house', 'departures', 'made'] as const)),
  q: optional(z.string().trim().refine(...atLeast(2)).refine(...atMost(80))),
  notice: optional(z.string().refine(...atMost(40))),
  /** The reservation a notice is about (its undo button). */
  id: optional(int(1, 999_999_999)),
});

export const callbacksQuery = z.strictObject({
  status: optional(oneOf(['open', 'done', 'all'] as const)),
  notice: optional(z.string().refine(...atMost(40))),
  /** The page of the requests called back (the waiting ones are all on the first). */
  page: optional(int(1, 1_000_000)),
  perPage: optional(int(1, 200)),
});

const outboxStatus = oneOf<OutboxStatus>(OUTBOX_STATUSES);

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
});

/**
 * The overview page's address: a period, and the notice of what an action done from it did (a
 * callback tried or done from its calls that need a person). Only the page says notices: the API's
 * periods (/api/stats, /api/flow, the booked-value CSV) take none, and answer 400 to one.
 */
export const overviewQuery = periodQuery.extend({
  notice: optional(z.string().refine(...atMost(40))),
});

export const callbackDoneBody = z.strictObject({
  note: z.preprocess(
    (v) => v ?? '',
    z.string().trim().refine((v) => v.length > 0, says('noteRequired')).refine(...atMost(1000)),
  ),
});

/**
 * The shift's handover note (handover.ts): plain text, its lines as typed (a browser's CRLF read as
 * one line break), card numbers hidden before it is measured or kept; empty clears it. `version`
 * is the save the clerk read (0: none yet), required, so no save overwrites words it never showed.
 */
export const handoverBody = z.strictObject({
  text: z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .transform((v) => redact(v.replace(/\r\n?/g, '\n')).trimEnd())
      .refine(...atMost(HANDOVER_MAX_CHARACTERS)),
  ),
  version: z.preprocess((v) => (typeof v === 'number' ? String(v) : (v ?? '')), int(0, 999_999_999)),
});

/** A late guest's room kept until a time of the property's day ("01:30"): the next such time (hold-extension.ts). */
export const holdBody = z.strictObject({
  until: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v ?? ''),
    z.string().refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), says('timeOfDay')),
  ),
});

export const tokenBody = z.strictObject({
  username: z.string().refine(...atLeast(1)).refine(...atMost(40)),
  label: z.preprocess(blankIsAbsent, z.string().trim().refine(...atMost(80)).optional()),
});

export const idParam = int(1, 999_999_999);
/** A call's Twilio SID (CA…), or a text conversation's id (TX…, made by the SMS route). */
export const callSidParam = z
  .string()
  .refine((v) => /^(CA|TX)[0-9a-fA-F]{32}$/.test(v), says('callSid'));

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
  throw new BadParameter('body', { key: 'notEmpty', values: NONE });
}

/** Parses or throws BadParameter naming the first offending parameter and why. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, name = 'body'): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? name;
    throw new BadParameter(key, { key: 'unknown', values: { name: key } });
  }
  const parameter = issue.path.length > 0 ? issue.path.map(String).join('.') : name;
  const refusal = refusalOf(issue);
  if (refusal) throw new BadParameter(parameter, refusal);
  if (issue.code !== 'invalid_type') throw new BadParameter(parameter, { key: 'notValid', values: NONE });
  // A JSON body that is not an object (a list, a string, a number).
  if (issue.path.length === 0 && name === 'body') throw new BadParameter(parameter, { key: 'notObject', values: NONE });
  throw new BadParameter(parameter, { key: wrongType(valueAt(value ?? {}, issue.path)), values: NONE });
}

/** What is wrong with a value of the wrong type, as sent: absent, given twice, or not text. */
function wrongType(sent: unknown): 'required' | 'givenTwice' | 'notSingle' | 'notText' {
  if (sent === undefined) return 'required';
  // A query parameter given twice (?status=a&status=b) arrives as a list.
  if (Array.isArray(sent)) return 'givenTwice';
  if (sent !== null && typeof sent === 'object') return 'notSingle';
  return 'notText';
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** `from` must not come after `to`, and a period spans at most `maxDays`. */
export function checkRange(from: string, to: string, maxDays: number): void {
  if (epochDay(to) < epochDay(from)) throw new BadParameter('to', { key: 'toBeforeFrom', values: NONE });
  if (epochDay(to) - epochDay(from) + 1 > maxDays) throw new BadParameter('to', { key: 'periodTooLong', values: { days: maxDays } });
}
