// The hotel file (SPEC §3): the JSON a hotel writes to describe itself, validated before anything
// is stored. Unknown keys are refused at every level, so a misspelt key ("maxNight") is an error
// at load time instead of a default silently used on the phone.

import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js';
import phoneMetadata from 'libphonenumber-js/metadata.min.json';
// zod's functional build (zod/mini): 20 kB in the bundle where the chained API is 450 kB, which
// every start would otherwise read and compile to check one file (issue 14).
import * as z from 'zod/mini';
import type { HotelInfo, RoomTypeInfo } from '../../flows/types.ts';
import { keysAt, phoneHint, timeHint, timeZoneHint, unknownKeyProblem, wrongTypeHint } from './hotel-file-hints.ts';

// ---------------------------------------------------------------------------------------------
// Field checks

const TIME_MESSAGE = 'must be a time "HH:mm" from 00:00 to 23:59';
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
const PHONE_MESSAGE = 'must be a phone number in E.164 form, e.g. "+15557654321"';

// Built once: Intl objects are costly to build (STYLE.md).
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

const TIME_ZONE_MESSAGE = 'must be an IANA time zone, e.g. "America/New_York"';

function withHint(message: string, hint: string | undefined): string {
  return hint ? `${message}; ${hint}` : message;
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

// No Intl.NumberFormat here: it accepts any three letters as a currency, so it could refuse none of
// these, and the first one a process builds costs 2–3 ms that a start spends before the first call,
// which formats no amount (issue 14).
function isCurrency(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency) && CURRENCIES.has(currency);
}

/** The main country of a calling code ("1" → "US", "44" → "GB"); libphonenumber lists it first. */
function mainCountryOf(callingCode: string): string | undefined {
  return phoneMetadata.country_calling_codes[callingCode]?.[0];
}

/**
 * Why the fallback: libphonenumber-js checks numbers against the real numbering plans, and
 * 555-01xx numbers are reserved as fictional in North America, so it calls SPEC's own example
 * (+15557654321) invalid. Hotel files in docs, demos and tests use such numbers, so a number it
 * cannot validate is still accepted when it parses with a calling code that belongs to a country,
 * has 8–15 digits in all (E.164's limit) and has a possible length for that country
 * (`isPossible()`: a number of a wrong length can never be dialled).
 */
function phoneProblem(value: string): string | undefined {
  if (!E164_PATTERN.test(value)) return withHint(PHONE_MESSAGE, phoneHint(value));
  if (isValidPhoneNumber(value)) return undefined;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed?.countryCallingCode) return 'is not a valid phone number';
  const digits = parsed.countryCallingCode.length + parsed.nationalNumber.length;
  if (digits < 8 || digits > 15 || !parsed.isPossible()) {
    return 'is not a valid phone number (wrong length for its country)';
  }
  if (!mainCountryOf(parsed.countryCallingCode)) {
    return 'must be a phone number of a country (not an international service number)';
  }
  return undefined;
}

const phoneSchema = z.string({ error: PHONE_MESSAGE }).check((ctx) => {
  const problem = phoneProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

const timeSchema = z.string({ error: TIME_MESSAGE }).check(z.regex(TIME_PATTERN, { error: (issue) => withHint(TIME_MESSAGE, timeHint(issue.input)) }));

// Text said to callers, texted and shown to staff, edited by hand: a control character (NUL,
// ESC, a line break), an invisible one (zero-width, bidi, soft hyphen, tag characters, Hangul
// fillers) or a private-use one is a paste gone wrong or an attack, never a hotel's words.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;

function visibleOnly(ctx: { value: string; issues: unknown[] }): void {
  const found = INVISIBLE.exec(ctx.value);
  if (!found) return;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const at = [...ctx.value.slice(0, found.index)].length + 1;
  const message = `must not contain an invisible or control character (U+${code} at character ${at}): retype it`;
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
}

// Said in <Say>, texted and shown: markup is written out as text (escaped), never obeyed, so an
// answer written in SSML ("<speak>…<break time='10s'/>") or HTML was read to callers tag by tag,
// "less than speak greater than", and texted so (round 30). A tag is refused where the file is
// read; "<" before a number or a space ("< 2 blocks", "<10 kg") is words.
const MARKUP = /<\/?[\p{L}!?]/u;

function plainWords(ctx: { value: string; issues: unknown[] }): void {
  const found = MARKUP.exec(ctx.value);
  if (!found) return;
  const tag = ctx.value.slice(found.index, found.index + 20).replace(/>.*$/su, '>');
  ctx.issues.push({ code: 'custom', message: `must be plain words, not markup ("${tag}" would be read out as written): take the tags out`, input: ctx.value });
}

function text(what = 'must be a non-empty string') {
  return z.string({ error: what }).check(z.trim(), z.minLength(1, { error: what }), visibleOnly, plainWords);
}

/** How callers' words are compared: case, accents and spacing aside. */
function synonymKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function integer(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.int({ error: message }).check(z.minimum(min, { error: message }), z.maximum(max, { error: message }));
}

// Sane lengths: a name is said to every caller and shown on every page; an absurd one (a pasted
// paragraph, a 10 kB string) is a mistake or an attack, not a room's name.
const NAME_MAX = 80;
const SYNONYM_MAX = 60;
const SYNONYMS_MAX = 30;
/** No room costs a million a night in any currency people pay hotels in; more is a typo. */
const RATE_MAX = 1_000_000;

function shortText(max: number) {
  return text().check(z.maxLength(max, { error: `must be at most ${max} characters` }));
}

const localisedText = z.strictObject(
  { en: shortText(NAME_MAX), es: shortText(NAME_MAX) },
  { error: 'must be an object { "en": …, "es": … }' },
);

const synonymList = z
  .array(text('must be a non-empty string').check(z.maxLength(SYNONYM_MAX, { error: `must be at most ${SYNONYM_MAX} characters` })), {
    error: 'must be a list of words or phrases',
  })
  .check(z.maxLength(SYNONYMS_MAX, { error: `must list at most ${SYNONYMS_MAX} words or phrases` }));

const RATE_MESSAGE = 'must be a number greater than 0';
// The thousands grouped by hand, as toLocaleString('en-US') would: not an Intl.NumberFormat at start (isCurrency).
const RATE_SANE = `must be at most ${String(RATE_MAX).replace(/\B(?=(\d{3})+$)/g, ',')} a night, with at most 2 decimals`;

const roomTypeSchema = z.strictObject(
  {
    code: z
      .string({ error: 'must be 1 to 10 characters A-Z, 0-9 or _' })
      .check(z.regex(/^[A-Z0-9_]{1,10}$/, { error: 'must be 1 to 10 characters A-Z, 0-9 or _' })),
    name: localisedText,
    rate: z
      .number({ error: RATE_MESSAGE })
      .check(
        z.gt(0, { error: RATE_MESSAGE }),
        z.maximum(RATE_MAX, { error: RATE_SANE }),
        z.refine((rate: number) => Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-6, { error: RATE_SANE }),
      ),
    rooms: integer(0, 10_000),
    synonyms: z.strictObject(
      { en: synonymList, es: synonymList },
      { error: 'must be an object { "en": [...], "es": [...] }' },
    ),
  },
  { error: 'must be an object' },
);

/**
 * Room types listed with a code an earlier one has: `path` under roomTypes, and the problem. Run on
 * the raw file too, when another field is wrong (zod checks a list only once its items are valid):
 * a file with a bad rate and a duplicate code names both at once, not one per try.
 */
function duplicateCodes(roomTypes: readonly unknown[]): { path: [number, 'code']; problem: string }[] {
  const firstIndex = new Map<string, number>();
  const found: { path: [number, 'code']; problem: string }[] = [];
  roomTypes.forEach((roomType, index) => {
    const code = (roomType as { code?: unknown } | null)?.code;
    if (typeof code !== 'string') return;
    const earlier = firstIndex.get(code);
    if (earlier === undefined) firstIndex.set(code, index);
    else found.push({ path: [index, 'code'], problem: `duplicate code "${code}" (roomTypes[${earlier}] has it too): give each room type its own code` });
  });
  return found;
}

// Room types are chosen with one key (1..n), hence at most 9.
const ROOM_TYPES_MESSAGE = 'must list 1 to 9 room types (each is chosen with one key)';

const roomTypesSchema = z
  .array(roomTypeSchema, { error: ROOM_TYPES_MESSAGE })
  .check(z.minLength(1, { error: ROOM_TYPES_MESSAGE }), z.maxLength(9, { error: ROOM_TYPES_MESSAGE }), (ctx) => {
    for (const issue of duplicateCodes(ctx.value)) ctx.issues.push({ code: 'custom', message: issue.problem, path: issue.path, input: ctx.value });
    // A word that names two room types cannot tell the caller's choice: "king" for both the
    // Deluxe King and the King Suite would pick whichever came first.
    for (const locale of ['en', 'es'] as const) {
      const owner = new Map<string, number>();
      ctx.value.forEach((roomType, index) => {
        for (const [at, word] of roomType.synonyms[locale].entries()) {
          const key = synonymKey(word);
          const earlier = owner.get(key);
          if (earlier !== undefined && earlier !== index) {
            ctx.issues.push({
              code: 'custom',
              message: `"${word}" already names roomTypes[${earlier}] (a word may name one room type only)`,
              path: [index, 'synonyms', locale, at],
              input: ctx.value,
            });
          } else owner.set(key, index);
        }
      });
    }
  });

/** The common questions a hotel can answer on the phone and by text (issue 9). */
export const ANSWER_TOPICS = ['checkIn', 'checkOut', 'parking', 'breakfast', 'pets', 'address', 'cancellation', 'taxes'] as const;

// Said on the phone before the question is asked again: a sentence or two, not a brochure.
const ANSWER_MESSAGE = 'must be a non-empty text of at most 400 characters';
const answerText = z.string({ error: ANSWER_MESSAGE }).check(z.trim(), z.minLength(1, { error: ANSWER_MESSAGE }), z.maxLength(400, { error: ANSWER_MESSAGE }), visibleOnly, plainWords);

const answerSchema = z.strictObject(
  {
    en: answerText,
    es: answerText,
    words: z
      .strictObject({ en: synonymList, es: synonymList }, { error: 'must be an object { "en": [...], "es": [...] } of the words that ask for it' })
      .check(z.refine((w: { en: string[]; es: string[] }) => w.en.length + w.es.length > 0, { error: 'must list at least one word or phrase that asks for it' })),
  },
  { error: 'must be an object { "en": …, "es": …, "words": { "en": [...], "es": [...] } }' },
);

const answersSchema = z.strictObject(
  Object.fromEntries(ANSWER_TOPICS.map((topic) => [topic, z.optional(answerSchema)])) as Record<(typeof ANSWER_TOPICS)[number], z.ZodMiniOptional<typeof answerSchema>>,
  { error: `must be an object keyed by ${ANSWER_TOPICS.join(', ')}` },
);

const deskHours = z.array(
  z.strictObject({ from: timeSchema, to: timeSchema }, { error: 'must be an object { "from": "HH:mm", "to": "HH:mm" }' }),
  { error: 'must be a list of { "from": "HH:mm", "to": "HH:mm" }' },
);

// A property's short id in a hotel group (staff accounts name it: `npm run staff -- add ana --hotel MIR`).
const CODE_MESSAGE = 'must be 2 to 10 characters A-Z, 0-9, _ or -, e.g. "MIR"';

/** The numbers that reach the property (matched against a call's or text's To), each once. */
const phoneNumbersSchema = z
  .array(phoneSchema, { error: 'must be a list of phone numbers in E.164 form, e.g. ["+15557654321"]' })
  .check((ctx) => {
    const seen = new Map<string, number>();
    ctx.value.forEach((number, index) => {
      const earlier = seen.get(number);
      if (earlier === undefined) seen.set(number, index);
      else ctx.issues.push({ code: 'custom', message: `duplicate number (phoneNumbers[${earlier}] has it too)`, path: [index], input: ctx.value });
    });
  });

export const hotelFileSchema = z.strictObject(
  {
    name: shortText(NAME_MAX),
    // Optional for a single hotel; every file of a group (HOTELS_DIR) needs one (hotels-dir.ts).
    code: z.optional(z.string({ error: CODE_MESSAGE }).check(z.regex(/^[A-Z0-9_-]{2,10}$/, { error: CODE_MESSAGE }))),
    phoneNumbers: z.optional(phoneNumbersSchema),
    timezone: z
      .string({ error: TIME_ZONE_MESSAGE })
      .check(z.refine(isTimeZone, { error: (issue) => withHint(TIME_ZONE_MESSAGE, timeZoneHint(issue.input)) })),
    currency: z
      .string({ error: 'must be an ISO 4217 currency code, e.g. "USD"' })
      .check(z.refine(isCurrency, { error: 'must be an ISO 4217 currency code, e.g. "USD"' })),
    frontDesk: phoneSchema,
    holdUntil: timeSchema,
    maxRoomsPerBooking: integer(1, 99),
    maxNights: integer(1, 99),
    bookingHorizonDays: z._default(integer(1, 1095), 365),
    roomTypes: roomTypesSchema,
    // Optional keys used by later features; a file without them still loads.
    holdUntilByPayment: z.optional(
      z.strictObject(
        { credit_card: z.optional(timeSchema), cash: z.optional(timeSchema), debit_card: z.optional(timeSchema) },
        { error: 'must be an object keyed by credit_card, cash, debit_card' },
      ),
    ),
    groupDesk: z.optional(phoneSchema),
    // Each day is optional; a day left out has no desk hours listed.
    frontDeskHours: z.optional(
      z.strictObject(
        {
          mon: z.optional(deskHours),
          tue: z.optional(deskHours),
          wed: z.optional(deskHours),
          thu: z.optional(deskHours),
          fri: z.optional(deskHours),
          sat: z.optional(deskHours),
          sun: z.optional(deskHours),
        },
        { error: 'must be an object keyed by mon, tue, wed, thu, fri, sat, sun' },
      ),
    ),
    staffLocale: z.optional(z.enum(['en-US', 'es-MX'], { error: 'must be "en-US" or "es-MX"' })),
    // The language calls start in (the other is offered at the greeting, 9); default en-US.
    guestLocale: z.optional(z.enum(['en-US', 'es-MX'], { error: 'must be "en-US" or "es-MX"' })),
    // Answers to common questions, said wherever they are asked (then the same question again).
    answers: z.optional(answersSchema),
    verifiedCallerIdOpensReservations: z.optional(z.boolean({ error: 'must be true or false' })),
    // What a caller who leaves a callback request is promised, in minutes; the staff's worklist
    // marks a request overdue past it (default 60: "within the hour").
    callbackPromiseMinutes: z.optional(integer(5, 1440)),
    // Minutes the rooms a caller had found stay held after they ask the desk to call back; absent: released at hang-up.
    callbackHoldMinutes: z.optional(integer(5, 1440)),
  },
  { error: 'must be a JSON object' },
).check((ctx) => {
  // A transfer dials the desk: one of the property's own numbers would ring this line again.
  for (const field of ['frontDesk', 'groupDesk'] as const) {
    const desk = ctx.value[field];
    if (desk !== undefined && (ctx.value.phoneNumbers ?? []).includes(desk)) {
      ctx.issues.push({ code: 'custom', message: `is one of phoneNumbers, the numbers guests dial: a transfer would ring this line itself`, path: [field], input: desk });
    }
  }
});

/** A validated hotel file, defaults applied. */
export type HotelFile = z.infer<typeof hotelFileSchema>;

// ---------------------------------------------------------------------------------------------
// Errors

export interface HotelFileIssue {
  /** Where, e.g. `roomTypes[1].rate`; '' for the file as a whole. */
  field: string;
  /** What is wrong, e.g. `must be a number greater than 0`. */
  problem: string;
}

/**
 * A hotel file that cannot be used. `field` names the first problem's field (e.g.
 * `roomTypes[1].rate`, '' when the file as a whole is the problem); the message names every
 * problem's field, one per line: `hotel file: roomTypes[1].rate: must be a number greater than 0`.
 */
const LISTED_PROBLEMS_MAX = 20;

export class HotelFileError extends Error {
  override readonly name = 'HotelFileError';
  readonly field: string;
  readonly issues: readonly HotelFileIssue[];
  /** The file's path, when it was read from a file. */
  readonly source: string | undefined;

  constructor(issues: readonly HotelFileIssue[], source?: string) {
    const prefix = source === undefined ? 'hotel file' : `hotel file ${source}`;
    const list = issues.length > 0 ? issues : [{ field: '', problem: 'is not valid' }];
    // The first problems, not every one: 10,000 room types with one code each made a 1.2 MB error
    // of 10,000 lines, printed at start and written to the log by the hotel-file watch.
    const lines = list.slice(0, LISTED_PROBLEMS_MAX).map(({ field, problem }) => (field ? `${prefix}: ${field}: ${problem}` : `${prefix}: ${problem}`));
    if (list.length > LISTED_PROBLEMS_MAX) lines.push(`${prefix}: … and ${list.length - LISTED_PROBLEMS_MAX} more problems`);
    super(lines.join('\n'));
    this.field = list[0]!.field;
    this.issues = list;
    this.source = source;
  }
}

// A key is named in an error as far as this: a 1 MB unknown key was repeated whole in the error.
const KEY_SHOWN_MAX = 40;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const whole of path) {
    const key = typeof whole === 'string' && whole.length > KEY_SHOWN_MAX ? `${whole.slice(0, KEY_SHOWN_MAX)}… (${whole.length} characters)` : whole;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** The data at `path`, or undefined when something on the way is not an object. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Whether the key at `path` is absent from the data (zod reports a missing key as a wrong type). */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false; // no data at all is "must be a JSON object"
  const parent = valueAt(data, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return false;
  const last = path[path.length - 1]!;
  return !Object.hasOwn(parent, last) || (parent as Record<PropertyKey, unknown>)[last] === undefined;
}

function toIssues(error: z.core.$ZodError, data: unknown): HotelFileIssue[] {
  const issues: HotelFileIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(hotelFileSchema, issue.path);
      const present = Object.keys(valueAt(data, issue.path) ?? {});
      // A long key is compared by its start: no key it could mean is that long, and the edit distance
      // of a 1 MB key to every known one took most of a second.
      for (const key of issue.keys) issues.push({ field: formatPath([...issue.path, key]), problem: unknownKeyProblem(key.slice(0, KEY_SHOWN_MAX), known, present) });
    } else if (issue.code === 'invalid_type' && isMissing(data, issue.path)) {
      // What to write, in the words the key's own check uses ("is required: a whole number from 1 to 99").
      issues.push({ field: formatPath(issue.path), problem: `is required: add it; it ${issue.message}` });
    } else if (issue.code === 'invalid_type') {
      issues.push({ field: formatPath(issue.path), problem: withHint(issue.message, wrongTypeHint(valueAt(data, issue.path), issue.expected)) });
    } else {
      issues.push({ field: formatPath(issue.path), problem: issue.message });
    }
  }
  return issues;
}

/** The duplicate room type codes zod did not get to, after the issues it found. */
function withDuplicateCodes(issues: HotelFileIssue[], data: unknown): HotelFileIssue[] {
  const roomTypes = valueAt(data, ['roomTypes']);
  if (!Array.isArray(roomTypes)) return issues;
  const more = duplicateCodes(roomTypes)
    .map(({ path, problem }) => ({ field: formatPath(['roomTypes', ...path]), problem }))
    .filter((extra) => !issues.some((issue) => issue.field === extra.field && issue.problem === extra.problem));
  return [...issues, ...more];
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Validates a hotel file already parsed from JSON. Throws HotelFileError naming every bad field. */
export function parseHotelFile(data: unknown, source?: string): HotelFile {
  const result = hotelFileSchema.safeParse(data);
  if (!result.success) throw new HotelFileError(withDuplicateCodes(toIssues(result.error, data), data), source);
  return result.data;
}

/** A hotel file's largest size: the biggest real one (nine room types, every answer) is some 20 kB. */
const HOTEL_FILE_MAX_BYTES = 1024 * 1024;

/** Reads, JSON-parses and validates a hotel file. Every failure is a HotelFileError naming the file. */
export function readHotelFile(path: string | URL): HotelFile {
  const shown = path instanceof URL ? fileURLToPath(path) : path;
  const text = readHotelText(path, shown);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new HotelFileError([{ field: '', problem: describeJsonError(text, err as Error) }], shown);
  }
  return parseHotelFile(data, shown);
}

/**
 * A hotel file's text, read only when it is a regular file of at most 1 MB (the start's read and
 * the running server's look for changes every few seconds alike); else a HotelFileError.
 */
export function readHotelText(path: string | URL, shown = path instanceof URL ? fileURLToPath(path) : path): string {
  let text: string;
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO waits for a writer otherwise (a regular file does not care).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    // Checked on the open file, before reading it: a path to /dev/zero or a FIFO would read for
    // ever, and a file of gigabytes would fill memory before JSON.parse could refuse it.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new HotelFileError([{ field: '', problem: 'is not a regular file' }], shown);
    if (stats.size > HOTEL_FILE_MAX_BYTES) {
      throw new HotelFileError([{ field: '', problem: `is ${stats.size} bytes; a hotel file is at most 1 MB` }], shown);
    }
    text = readFileSync(fd, 'utf8');
  } catch (err) {
    if (err instanceof HotelFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (err as Error).message})`;
    throw new HotelFileError([{ field: '', problem }], shown);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte-order mark some editors write
}

// V8's JSON.parse messages do not always give a position ("Unexpected token '}', … is not valid
// JSON" has none), so the position is found by a small scanner of JSON's grammar, run only once
// JSON.parse has already failed.
function describeJsonError(text: string, err: Error): string {
  let offset: number | undefined;
  try {
    offset = jsonErrorOffset(text);
  } catch {
    offset = undefined; // nesting too deep to scan; V8's message is all there is
  }
  if (offset === undefined) return `invalid JSON: ${err.message}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[offset])}`;
  return `invalid JSON at line ${line}, column ${column} (position ${offset}): ${found}`;
}

class JsonStop {
  constructor(readonly offset: number) {}
}

/** The offset of the first character that is not valid JSON, or undefined when the text is valid. */
function jsonErrorOffset(s: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw new JsonStop(i);
  };
  const space = (): void => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const expect = (c: string): void => {
    if (s[i] !== c) stop();
    i++;
  };
  const digits = (): void => {
    if (!/[0-9]/.test(s[i] ?? '')) stop();
    while (/[0-9]/.test(s[i] ?? '')) i++;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const c = s[i];
      if (c === undefined || c.charCodeAt(0) < 0x20) stop();
      i++;
      if (c === '"') return;
      if (c === '\\') {
        const e = s[i];
        if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(s[i] ?? '')) stop();
            i++;
          }
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else stop();
      }
    }
  };
  const value = (): void => {
    space();
    const c = s[i];
    if (c === '{') {
      i++;
      space();
      if (s[i] === '}') return void i++;
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (s[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (s[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (s[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (s.startsWith(word, i)) return void (i += word.length);
    }
    if (c === '-' || /[0-9]/.test(c ?? '')) {
      if (s[i] === '-') i++;
      if (s[i] === '0') i++;
      else digits();
      if (s[i] === '.') {
        i++;
        digits();
      }
      if (s[i] === 'e' || s[i] === 'E') {
        i++;
        if (s[i] === '+' || s[i] === '-') i++;
        digits();
      }
      return;
    }
    stop();
  };
  try {
    value();
    space();
    if (i < s.length) stop();
    return undefined;
  } catch (err) {
    if (err instanceof JsonStop) return err.offset;
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// What a call needs

/** The hotel as the call flow sees it: room types highest rate first (ties keep file order). */
export function toHotelInfo(file: HotelFile): HotelInfo {
  const roomTypes: RoomTypeInfo[] = file.roomTypes
    .map((roomType) => ({
      code: roomType.code,
      name: { en: roomType.name.en, es: roomType.name.es },
      rate: roomType.rate,
      rooms: roomType.rooms,
      synonyms: { en: [...roomType.synonyms.en], es: [...roomType.synonyms.es] },
    }))
    .sort((a, b) => b.rate - a.rate); // Array.prototype.sort is stable

  const info: HotelInfo = {
    name: file.name,
    timezone: file.timezone,
    currency: file.currency,
    country: countryOf(file.frontDesk),
    frontDesk: file.frontDesk,
    holdUntil: file.holdUntil,
    maxRoomsPerBooking: file.maxRoomsPerBooking,
    maxNights: file.maxNights,
    bookingHorizonDays: file.bookingHorizonDays,
    roomTypes,
  };
  if (file.holdUntilByPayment) info.holdUntilByPayment = { ...file.holdUntilByPayment };
  if (file.groupDesk) info.groupDesk = file.groupDesk;
  if (file.frontDeskHours) info.frontDeskHours = structuredClone(file.frontDeskHours);
  if (file.staffLocale) info.staffLocale = file.staffLocale;
  if (file.guestLocale) info.guestLocale = file.guestLocale;
  if (file.answers) {
    info.answers = {};
    for (const topic of ANSWER_TOPICS) {
      const a = file.answers[topic];
      if (a) info.answers[topic] = { en: a.en, es: a.es, words: { en: [...a.words.en], es: [...a.words.es] } };
    }
  }
  if (file.verifiedCallerIdOpensReservations) info.verifiedCallerIdOpensReservations = true;
  if (file.callbackPromiseMinutes) info.callbackPromiseMinutes = file.callbackPromiseMinutes;
  if (file.callbackHoldMinutes) info.callbackHoldMinutes = file.callbackHoldMinutes;
  return info;
}

/**
 * The ISO country of a validated phone number. A number libphonenumber cannot place (such as the
 * fictional +1 555 numbers) gets its calling code's main country: "US" for +1.
 */
function countryOf(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone);
  if (parsed?.country) return parsed.country;
  return (parsed && mainCountryOf(parsed.countryCallingCode)) ?? 'US';
}
