// The one redaction every input passes before it is stored, logged, shown or exported (SPEC §8:
// no card number is ever stored). Conserje never asks for a card number, but a caller may say or
// key one at any question, or text one; staff may type one into a note.
//
// A card number is a run of 13–19 digits that passes the Luhn check, however it is written:
// digits of any script (full-width ４１１１, Arabic-Indic, …, anything NFKC reads as a digit) or
// number words in English and Spanish ("four one one one", "cuatro uno uno uno", "forty-one
// eleven", "double one"), separated by anything that is not a letter or a digit (spaces of every
// kind, dots, dashes, slashes, stars, '+', '#', line breaks, invisible format characters) or by
// nothing. Such a run becomes "[card number hidden, ending 1111]". A run of more than 19 digits
// is hidden whole (a card number said together with its expiry or code), and so is a run of
// 14–19 digits with a Luhn-valid stretch of 13 or more inside (a "2" said just before the card).
//
// What is not a card number:
// - digits glued to a letter before them, which are part of an identifier (a CallSid
//   "CA01234…", "2026-11-28T15:00"), never something a caller reads out;
// - a phone number: at most 15 digits starting with 0 (no card number does: a trunk prefix such
//   as 044 or 07…, an exit code 00 or 011), or valid with its country code, '+' written or not (a
//   keypad has none: a Mexican guest keys "52 1 55 1234 5678"), unless it has the length and
//   leading digits of a card brand (every card of 15 digits or fewer has; a 14-digit Diners "381…"
//   is also a valid Serbian number, so a Serbian number of that shape is hidden when it passes
//   Luhn: safety first). A guest saying "+86 139 1234 5678" or "+52 1 55 1234 5678", or
//   keying "011 44 20 7946 0958", "044 55 1234 5678" or "52 1 55 1234 5678", keeps their number.
// - numbers side by side, each of which is not a card: two phone numbers in one text ("555-123-4567,
//   555-987-6543", "55 1234 5678 y 55 8765 4321"), a phone number beside a date ("12/20/2026"), a
//   time ("3:30"), a confirmation number (8 digits) or a price ("$149.99"). Read as one run their
//   digits often pass Luhn somewhere, or run past 19 digits. Such a run is left alone when its
//   pieces split into such numbers, unless the whole run is itself 13–19 digits with a card
//   brand's leading digits that pass Luhn (safety first: a card written in two groups).
// A card number split by a word a caller puts between its groups ("4111 1111 and 1111 1111",
// "… y …", "then", "luego", "dash", "guion") is one run.
// Caller IDs (From, To, …) are identities Twilio reports, not something a caller says: the webhook
// redaction leaves them to the phone-number rules (src/privacy/redact-input.ts).
//
// Also removed: bidirectional control characters (U+202A–202E, U+2066–2069, U+200E/200F,
// U+061C), which can make what staff read differ from what was said ("Trojan Source"); and control
// characters but tab and line breaks (NUL, ESC, BEL, DEL, C1): nothing a caller says or texts, an
// escape sequence on the terminal view, and a NUL is refused by PostgreSQL's text (a voicemail's
// transcript with one was lost there and kept on SQLite).

import { cardPlaceholder } from '../../flows/privacy.ts';
import { isNumberWord, readNumberAt } from '../../flows/understanding/numbers.ts';
import { phoneFromCallerId } from '../../flows/understanding/phone.ts';
import { wordTable } from '../../flows/understanding/word-table.ts';

export { cardPlaceholder };

const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;
/** At most this many separator characters between two digits of one run (" - ", "\r\n", ". "). */
const MAX_GAP = 5;
/** Longest run read as numbers side by side (four phone numbers and a date); a longer one is hidden as before. */
const MAX_SIDE_BY_SIDE = 64;
/** Longest text looked at in one piece; anything longer is redacted chunk by chunk. */
const CHUNK = 20_000;

const HIDDEN_CONTROLS = /(?![\t\n\r])[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/**
 * Control characters (a NUL, an ESC) standing between two visible characters: a break, never a
 * join. Taken out, 'John\u0000Smith' was read as the name "JohnSmith" and the keys '1\u00002' as 12
 * rooms; as a space the name is two words and '1 2' is no key, asked again (round 32). Twilio
 * never sends one; at the edge of a word (beside a space, at either end) one is only taken out.
 */
const CONTROLS_INSIDE_WORDS = /(?<=[^\s\p{Cc}])(?:(?![\t\n\r])\p{Cc})+(?=[^\s\p{Cc}])/gu;
const REPEATERS = wordTable<number>({ double: 2, doble: 2, triple: 3 });
const ZERO_WORDS = new Set(['oh']);
/** Words a caller puts between the groups of one number (accents already taken off). */
const JOINERS = new Set(['and', 'then', 'dash', 'y', 'luego', 'guion']);

/** The text with bidi and control characters removed and every card number hidden (see above). Never throws. */
export function redact(text: string): string {
  if (typeof text !== 'string' || text === '') return typeof text === 'string' ? text : '';
  const clean = text.replace(CONTROLS_INSIDE_WORDS, ' ').replace(HIDDEN_CONTROLS, '');
  if (clean.length <= CHUNK) return redactCards(clean);
  let out = '';
  for (let i = 0; i < clean.length; i += CHUNK) out += redactCards(clean.slice(i, i + CHUNK));
  return out;
}

/**
 * A card number given over several texts of one conversation ("4111 1111", then "1111 1111"):
 * each text alone holds no card (each was redacted as it came), together they do. `texts` are a
 * conversation's messages, oldest first, already redacted one by one; returns each with the part
 * of a card that runs across two or more of them hidden (the placeholder in each text it touches),
 * or null when no card runs across them. A card inside one text is that text's own redaction's;
 * a hidden card's placeholder never joins a number in the next text.
 */
export function cardAcross(texts: readonly string[]): string[] | null {
  if (texts.length < 2) return null;
  // Placeholders become letters of the same length (a word between numbers): their last four
  // digits are no part of a number written in the next text.
  const masked = texts.map((t) => t.replace(PLACEHOLDERS, (p) => 'x'.repeat(p.length)));
  const starts: number[] = [];
  let joined = '';
  for (const t of masked) {
    starts.push(joined.length + (joined === '' ? 0 : 1));
    joined += (joined === '' ? '' : '\n') + t;
  }
  if (countDigitChars(joined) < MIN_CARD_DIGITS && !/\p{L}/u.test(joined)) return null;
  const textAt = (at: number): number => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > at) k--;
    return k;
  };
  const tokens = tokenize(joined);
  const budget = { parses: MAX_PARSES };
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; ) {
    const run = readRun(tokens, i);
    const first = run.pieces[0];
    const last = run.pieces.at(-1);
    const across = first && last && textAt(first.start) !== textAt(last.end - 1) && !wholeNumberInOneText(run.pieces, textAt, budget);
    const card = across ? cardSpan(joined, tokens, run, budget) : null;
    if (card) spans.push(card.span);
    i = card?.next ?? run.next;
  }
  if (spans.length === 0) return null;
  return texts.map((text, k) => {
    const from = starts[k]!;
    const to = from + text.length;
    let out = '';
    let at = from;
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue;
      out += text.slice(at - from, Math.max(at, span.start) - from) + span.placeholder;
      at = Math.min(span.end, to);
    }
    return at === from ? text : out + text.slice(at - from);
  });
}

/**
 * Whether one text's part of a run across texts is a number of its own that is no card (a
 * confirmation number of 8 digits in one piece, a phone number): two confirmation numbers texted
 * one after the other are two, not a card, unless the run is grouped as cards are (4-4-4-4).
 */
function wholeNumberInOneText(pieces: Piece[], textAt: (at: number) => number, budget: Budget): boolean {
  if (cardGroupsIn(pieces)) return false;
  const byText = new Map<number, Piece[]>();
  for (const p of pieces) byText.set(textAt(p.start), [...(byText.get(textAt(p.start)) ?? []), p]);
  for (const part of byText.values()) {
    const digits = part.map((p) => p.digits).join('');
    if ((part.length === 1 && /^[1-9]\d{7}$/.test(digits)) || (digits.length >= 10 && phoneShaped(digits, budget))) return true;
  }
  return false;
}

const PLACEHOLDERS = /\[card (?:number hidden, ending \d{4}|security code hidden)\]/g;

/** Control (Cc: NUL, ESC, line breaks) and format (Cf: bidi, zero-width) characters. */
const CONTROLS = /[\p{Cc}\p{Cf}]/gu;

/**
 * An identifier Twilio reports (From, To, a SID): never holds a control or format character, so
 * one there is forged and taken out, lest a caller ID stored as `+1212\u202E…` show reversed on a
 * staff page or carry an escape into a terminal. Tested before replacing: this runs on every webhook.
 */
export function withoutControls(text: string): string {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text) ? text.replace(CONTROLS, '') : text;
}

/** `redact` over every string inside a JSON-like value (object keys included). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v)])) as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Luhn (ISO/IEC 7812-1) over a string of ASCII digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------------------------

interface Token {
  kind: 'digits' | 'word';
  start: number;
  end: number;
  /** ASCII digits, or the word lower-cased without accents. */
  text: string;
  /** A digit token right after a letter (part of an identifier). */
  glued: boolean;
  /** A pause (a comma, a full stop…) is written right before it: where a number said in words ends. */
  pause: boolean;
}

/** A piece of a run: some digits and where they were written. */
interface Piece {
  digits: string;
  start: number;
  end: number;
}

function redactCards(text: string): string {
  // Cheap exit for the common case: fewer than 13 digits and no letters could not hold a card.
  if (!/\p{L}/u.test(text) && countDigitChars(text) < MIN_CARD_DIGITS) return text;
  const tokens = tokenize(text);
  // Words and no number: nothing to read (readPiece starts a number at no other token).
  if (!tokens.some(mayStartNumber)) return text;
  const budget = { parses: MAX_PARSES };
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const code = securityCodeAt(tokens, i);
    if (code) {
      spans.push({ start: code.start, end: code.end, placeholder: SECURITY_CODE_PLACEHOLDER });
      i = code.next;
      continue;
    }
    const run = readRun(tokens, i);
    if (run.pieces.length === 0) {
      i = run.next;
      continue;
    }
    const card = cardSpan(text, tokens, run, budget);
    if (card) spans.push(card.span);
    i = card?.next ?? run.next;
  }
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.placeholder;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * The card a run of numbers holds, as the span to hide, with the card's expiry and security code
 * when named after it ("… exp 12/28 cvv 123"), and where reading goes on; null when it holds none.
 */
function cardSpan(text: string, tokens: Token[], run: ReturnType<typeof readRun>, budget: Budget): { span: Span; next: number } | null {
  const found = cardIn(text, run.pieces, budget);
  if (!found) return null;
  const details = detailsAfter(tokens, run.next);
  return { span: { start: run.pieces[0]!.start, end: details?.end ?? run.pieces.at(-1)!.end, placeholder: cardPlaceholder(found) }, next: details?.next ?? run.next };
}

/** A part of a text to hide, and what it is replaced by. */
interface Span {
  start: number;
  end: number;
  placeholder: string;
}

// A card's expiry and security code, said by name after the card number or (the code) on its
// own: "exp 12/28 cvv 123", "expires twelve twenty-eight, security code one two three", "vence
// 12/28, código de seguridad 123", "cvv2: 1234". Words that name them, and the few words that
// sit between ("the cvc is"), are passed over; each value is a short run (at most 8 digits: an
// expiry's MMYYYY, a code's 3–4). Anything else (a word that names nothing of a card, a longer
// number: a phone number, a confirmation number) ends the details.

const SECURITY_CODE_PLACEHOLDER = '[card security code hidden]';
/** Words that name a card's expiry or code (accents off, lower case): after them a number is one. */
const DETAIL_NAMES = new Set([
  'exp', 'expires', 'expiry', 'expiration', 'expiring', 'valid', 'vence', 'vencimiento', 'expira', 'expiracion', 'caduca', 'caducidad',
  'cvv', 'cvc', 'cv', 'csc', 'security', 'code', 'codigo', 'seguridad',
]);
/** Words that sit between a card and its details without naming anything ("and the cvc is"). */
const DETAIL_FILLERS = new Set(['the', 'el', 'la', 'is', 'es', 'and', 'y', 'its', 'it', 'su', 'my', 'mi', 'card', 'tarjeta', 'de', 'del', 'date', 'fecha', 'thru', 'through', 'until', 'hasta']);
/** Words that name a card's security code, which is hidden wherever it is given. */
const CODE_NAMES = new Set(['cvv', 'cvc', 'csc', 'cvv2', 'cvc2', 'cv2']);
const MOST_DETAIL_DIGITS = 8;

/** The end of the details named right after a card whose run ends before tokens[k], or null. */
function detailsAfter(tokens: Token[], k: number): { end: number; next: number } | null {
  let named = false;
  let found: { end: number; next: number } | null = null;
  while (k < tokens.length && separatorOnly(tokens[k - 1]!.end, tokens[k]!.start)) {
    const t = tokens[k]!;
    // "cvv2": the 2 is part of the name.
    if (t.kind === 'digits' && t.glued && named) {
      k++;
      continue;
    }
    if (t.kind === 'word' && (DETAIL_NAMES.has(t.text) || DETAIL_FILLERS.has(t.text))) {
      named ||= DETAIL_NAMES.has(t.text);
      k++;
      continue;
    }
    if (!named) break;
    const run = readRun(tokens, k);
    if (run.pieces.length === 0 || run.pieces.reduce((n, p) => n + p.digits.length, 0) > MOST_DETAIL_DIGITS) break;
    found = { end: run.pieces.at(-1)!.end, next: run.next };
    k = run.next;
  }
  return found;
}

/** A security code given by its name at tokens[i] ("cvv 123", "security code: 4567", "código de seguridad 456"). */
function securityCodeAt(tokens: Token[], i: number): { start: number; end: number; next: number } | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  let k: number;
  if (CODE_NAMES.has(t.text)) k = i + 1;
  else if (t.text === 'security' && tokens[i + 1]?.text === 'code') k = i + 2;
  else if (t.text === 'codigo' && tokens[i + 1]?.text === 'de' && tokens[i + 2]?.text === 'seguridad') k = i + 3;
  else return null;
  if (tokens[k]?.kind === 'digits' && tokens[k]!.glued) k++;
  while (k < tokens.length && tokens[k]!.kind === 'word' && ['is', 'es', 'my', 'mi', 'number', 'numero'].includes(tokens[k]!.text)) k++;
  if (k >= tokens.length || !separatorOnly(tokens[k - 1]!.end, tokens[k]!.start)) return null;
  const run = readRun(tokens, k);
  const digits = run.pieces.reduce((n, p) => n + p.digits.length, 0);
  if (digits < 3 || digits > 4) return null;
  return { start: t.start, end: run.pieces.at(-1)!.end, next: run.next };
}

function countDigitChars(text: string): number {
  let n = 0;
  for (const ch of text) if (digitValue(ch) !== null) n++;
  return n;
}

/** The card number's last four digits when the run holds one, else null. */
function cardIn(text: string, pieces: Piece[], budget: Budget): string | null {
  const digits = pieces.map((p) => p.digits).join('');
  if (digits.length < MIN_CARD_DIGITS) return null;
  if (isPhoneNumber(digits)) return null;
  if (digits.length <= MAX_CARD_DIGITS && brandShaped(digits) && luhnValid(digits)) return digits.slice(-4);
  if (pieces.length > 1 && digits.length <= MAX_SIDE_BY_SIDE && !cardGroupsIn(pieces) && numbersSideBySide(text, pieces, budget)) return null;
  const window = luhnWindow(digits);
  if (window) return window.slice(-4);
  return digits.length > MAX_CARD_DIGITS ? digits.slice(-4) : null;
}

/** The first stretch of 13–19 digits (longest first at each start) that passes Luhn. */
function luhnWindow(digits: string): string | null {
  if (digits.length <= MAX_CARD_DIGITS && luhnValid(digits)) return digits;
  for (let start = 0; start + MIN_CARD_DIGITS <= digits.length; start++) {
    for (let len = Math.min(MAX_CARD_DIGITS, digits.length - start); len >= MIN_CARD_DIGITS; len--) {
      const part = digits.slice(start, start + len);
      if (luhnValid(part)) return part;
    }
  }
  return null;
}

/**
 * A phone number, not a card number: at most 15 digits that start with 0 (a trunk prefix such as
 * 044 or 07…, or an exit code 00/011: no card number starts with 0), or valid with its country
 * code as a caller ID is read (flows/understanding/phone.ts, which also reads Mexico's retired
 * "+52 1"), unless they have a card brand's length and leading digits.
 */
function isPhoneNumber(digits: string): boolean {
  if (digits.length > 15) return false;
  if (digits.startsWith('0')) return true;
  if (CARD_SHAPES.some(([lengths, prefix]) => lengths.includes(digits.length) && prefix.test(digits))) return false;
  return phoneFromCallerId(`+${digits}`) !== null;
}

/**
 * Card numbers of 15 digits or fewer, by length and leading digits (the brands' published
 * ranges): Visa 13, Amex 15, Diners 14–15, Maestro 13–15, UATP 15. Longer ones are never phones.
 */
const CARD_SHAPES: [number[], RegExp][] = [
  [[13], /^4/],
  [[15], /^3[47]/],
  [[14, 15], /^3[0689]/],
  [[13, 14, 15], /^(50|5[6-9]|6)/],
  [[15], /^1/],
];

/** Every card brand's leading digits and lengths (the brands' published ranges; Maestro 13–19). */
const BRANDS: [RegExp, number, number][] = [
  [/^4/, 13, 19],
  [/^(?:5[1-5]|2[2-7])/, 16, 16],
  [/^3[47]/, 15, 15],
  [/^3[0-9]/, 14, 19],
  [/^(?:50|5[6-9]|6)/, 13, 19],
  [/^1/, 15, 15],
];
const brandShaped = (digits: string): boolean => BRANDS.some(([start, min, max]) => digits.length >= min && digits.length <= max && start.test(digits));

/**
 * Pieces grouped as cards are printed and read out, holding a card number: 4-4-4-4(-3), 4-6-5,
 * 4-4-4-1. Phone numbers are not written in three groups of four, so such a run is not read as
 * numbers side by side ("4917 6100 0000 0000 555 123 4567" is not a German mobile and a Mexican
 * one).
 */
function cardGroupsIn(pieces: Piece[]): boolean {
  for (let a = 0; a < pieces.length; a++) {
    const lengths = pieces.slice(a, a + 5).map((p) => p.digits.length);
    const fours = lengths[0] === 4 && lengths[1] === 4 && lengths[2] === 4;
    const amex = lengths[0] === 4 && lengths[1] === 6 && (lengths[2] === 5 || lengths[2] === 4);
    if (!fours && !amex) continue;
    let digits = '';
    for (let b = a; b < pieces.length && digits.length + pieces[b]!.digits.length <= MAX_CARD_DIGITS; b++) {
      digits += pieces[b]!.digits;
      if (digits.length >= MIN_CARD_DIGITS && brandShaped(digits) && luhnValid(digits)) return true;
    }
  }
  return false;
}

/**
 * True when the run's pieces split, at piece boundaries, into two or more numbers none of which
 * is a card: phone numbers, dates, times, confirmation numbers, prices (see the header).
 */
function numbersSideBySide(text: string, pieces: Piece[], budget: Budget): boolean {
  // splits[k]: pieces[0..k) split so. A run is at most a few dozen pieces; segments are short.
  const splits: boolean[] = [true];
  for (let end = 1; end <= pieces.length; end++) {
    splits[end] = false;
    let length = 0;
    // No number looked for here is longer than 15 digits.
    for (let start = end - 1; start >= 0 && !splits[end] && (length += pieces[start]!.digits.length) <= 15; start--) {
      if (splits[start] && (start > 0 || end < pieces.length) && notACard(text, pieces, start, end, length, budget)) splits[end] = true;
    }
  }
  return splits[pieces.length]!;
}

/**
 * Numbers side by side of 12–15 digits are checked with libphonenumber (20–40 µs each on a loaded
 * server); a run of random digits holds hundreds of candidates, so past this many in one text a
 * candidate is not a phone number (its run is then hidden, as before).
 */
const MAX_PARSES = 8;
/**
 * What is left of one text's MAX_PARSES: made for each text redacted and handed down, not kept
 * in the module, so no call can see (or leave behind) another's count, whatever calls redact.
 */
interface Budget {
  parses: number;
}

/** pieces[start..end), of `length` digits, is one of the numbers that are not cards. Lengths first: this runs for every candidate. */
function notACard(text: string, pieces: Piece[], start: number, end: number, length: number, budget: Budget): boolean {
  const count = end - start;
  if (length < 10 && count > 3) return false;
  const seg = pieces.slice(start, end);
  const digits = seg.map((p) => p.digits).join('');
  if (length >= 10) return phoneShaped(digits, budget);
  return dateShaped(text, seg) || timeShaped(text, seg) || (count === 1 && /^[1-9]\d{7}$/.test(digits)) || priceShaped(text, seg, digits);
}

/** The characters between two pieces, spaces trimmed. */
const between = (text: string, a: Piece, b: Piece): string => text.slice(a.end, b.start).trim();
const sepsAre = (text: string, seg: Piece[], ok: RegExp): boolean => seg.every((p, k) => k === 0 || ok.test(between(text, seg[k - 1]!, p)));

/**
 * A phone number of 10–15 digits: one as a caller ID is read (isPhoneNumber), '+' written before
 * it or not; or a US/Canadian or Mexican number written without its country code (10 digits, not
 * starting 0 or 1), or with a leading 1.
 */
function phoneShaped(digits: string, budget: Budget): boolean {
  if (/^[2-9]\d{9}$/.test(digits) || /^1[2-9]\d{9}$/.test(digits)) return true;
  if (digits.startsWith('0')) return true;
  if (budget.parses-- <= 0) return false;
  return isPhoneNumber(digits);
}

/** 12/20, 20/12/2026, 2026-12-20, 20.12.26: day and month in range, a year of 2 or 4 digits. */
function dateShaped(text: string, seg: Piece[]): boolean {
  if (seg.length < 2 || seg.length > 3 || !sepsAre(text, seg, /^[/.-]$/)) return false;
  const [a, b, c] = seg.map((p) => p.digits);
  const dayMonth = (x: string, y: string) => x.length <= 2 && y.length <= 2 && ((+x >= 1 && +x <= 12 && +y >= 1 && +y <= 31) || (+y >= 1 && +y <= 12 && +x >= 1 && +x <= 31));
  if (c === undefined) return dayMonth(a!, b!);
  if (a!.length === 4) return dayMonth(b!, c);
  return (c.length === 2 || c.length === 4) && dayMonth(a!, b!);
}

/** 3:30, 15:00. */
function timeShaped(text: string, seg: Piece[]): boolean {
  return seg.length === 2 && sepsAre(text, seg, /^:$/) && seg[0]!.digits.length <= 2 && +seg[0]!.digits <= 23 && seg[1]!.digits.length === 2 && +seg[1]!.digits <= 59;
}

/** $149.99, $1,250.00: a currency sign before it, thousands in threes, cents in two. */
function priceShaped(text: string, seg: Piece[], digits: string): boolean {
  if (!/[$€£]/.test(text.slice(Math.max(0, seg[0]!.start - 2), seg[0]!.start)) || digits.length > 9) return false;
  return sepsAre(text, seg, /^[.,]$/) && seg.every((p, k) => k === 0 || p.digits.length === 3 || (k === seg.length - 1 && p.digits.length === 2));
}

/**
 * Reads one run starting at tokens[i]: number pieces separated only by short runs of separators.
 * Returns the pieces (none when tokens[i] starts no number) and where to go on.
 */
function readRun(tokens: Token[], i: number): { pieces: Piece[]; next: number } {
  const pieces: Piece[] = [];
  let j = i;
  while (j < tokens.length) {
    if (pieces.length > 0 && !separatorOnly(tokens[j - 1]!.end, tokens[j]!.start)) break;
    // "4111 1111 and 1111 1111": a word between two groups, with a number after it.
    // Two such words too: "and then", "y luego".
    if (pieces.length > 0) j += joinerWords(tokens, j);
    const piece = readPiece(tokens, j);
    if (!piece) break;
    pieces.push(piece.piece);
    j = piece.next;
  }
  return { pieces, next: pieces.length === 0 ? i + 1 : j };
}

/** How many joining words (at most two) stand at tokens[j] with a number after them: 0 when none. */
function joinerWords(tokens: Token[], j: number): number {
  for (let n = 1; n <= 2 && j + n - 1 < tokens.length; n++) {
    const word = tokens[j + n - 1]!;
    if (word.kind !== 'word' || !JOINERS.has(word.text)) return 0;
    if (n > 1 && !separatorOnly(tokens[j + n - 2]!.end, word.start)) return 0;
    if (j + n < tokens.length && separatorOnly(word.end, tokens[j + n]!.start) && readPiece(tokens, j + n)) return n;
  }
  return 0;
}

/** Whether a number may start at the token, as readPiece reads one: digits, or a word numbers are said with. */
function mayStartNumber(t: Token): boolean {
  return t.kind === 'digits' || REPEATERS[t.text] !== undefined || ZERO_WORDS.has(t.text) || THOUSANDS.has(t.text) || ES_HUNDREDS.has(t.text) || isNumberWord(t.text);
}

function readPiece(tokens: Token[], j: number): { piece: Piece; next: number } | null {
  const t = tokens[j]!;
  if (t.kind === 'digits') return t.glued ? null : { piece: { digits: t.text, start: t.start, end: t.end }, next: j + 1 };
  // "double one", "triple cero": the digit after it, repeated.
  const times = REPEATERS[t.text];
  if (times !== undefined && j + 1 < tokens.length && separatorOnly(t.end, tokens[j + 1]!.start)) {
    const after = readPiece(tokens, j + 1);
    if (after && after.piece.digits.length === 1) {
      return { piece: { digits: after.piece.digits.repeat(times), start: t.start, end: after.piece.end }, next: after.next };
    }
    return null;
  }
  if (ZERO_WORDS.has(t.text)) return { piece: { digits: '0', start: t.start, end: t.end }, next: j + 1 };
  const spoken = spokenInScales(tokens, j);
  if (spoken) return spoken;
  const words = wordsFrom(tokens, j);
  const en = readNumberAt(words, 0, 'en');
  const es = readNumberAt(words, 0, 'es');
  const best = !en ? es : !es ? en : es.end > en.end ? es : en;
  if (!best || best.value > 99) return null;
  const last = tokens[j + best.end - 1]!;
  return { piece: { digits: String(best.value), start: t.start, end: last.end }, next: j + best.end };
}

/** Up to `most` consecutive words from tokens[j] joined only by separators (three: what readNumberAt may read). */
function wordsFrom(tokens: Token[], j: number, most = 3, toPause = false): string[] {
  const words = [tokens[j]!.text];
  for (let k = j + 1; k < tokens.length && words.length < most; k++) {
    if (tokens[k]!.kind !== 'word' || !separatorOnly(tokens[k - 1]!.end, tokens[k]!.start) || (toPause && tokens[k]!.pause)) break;
    words.push(tokens[k]!.text);
  }
  return words;
}

// A number said in hundreds and thousands, as a card's group of four may be read out: "four
// thousand one hundred (and) eleven", "forty-one hundred eleven", "cuatro mil ciento once", "mil
// doscientos". Read up to 999,999 (an Amex's middle group of six); its digits are the value's.

const HUNDRED = 'hundred';
const THOUSANDS = new Set(['thousand', 'mil']);
const ES_HUNDREDS = new Map<string, number>(Object.entries({
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
}));
/** Longest number said in scales, in words ("siete mil novecientos noventa y nueve" is six). */
const MOST_SCALE_WORDS = 10;

/** A number said with "hundred", "thousand", "mil" or a Spanish hundred at tokens[j] (else null: readNumberAt's). */
function spokenInScales(tokens: Token[], j: number): { piece: Piece; next: number } | null {
  const first = tokens[j]!.text;
  if (tokens[j]!.kind !== 'word' || !(first === 'mil' || ES_HUNDREDS.has(first) || isNumberWord(first))) return null;
  // "mil dos, mil cuatro": a pause ends a number said in scales (without it, 1002 1004 or 1000 2004?).
  const words = wordsFrom(tokens, j, MOST_SCALE_WORDS, true);
  let best: { value: number; end: number } | null = null;
  for (const lang of ['en', 'es'] as const) {
    const read = scaled(words, lang);
    if (read && (!best || read.end > best.end)) best = read;
  }
  if (!best) return null;
  return { piece: { digits: String(best.value), start: tokens[j]!.start, end: tokens[j + best.end - 1]!.end }, next: j + best.end };
}

/** 0–99 said in words at words[i] (never digits: "4 thousand" is not read here). */
function small(words: string[], i: number, lang: 'en' | 'es'): { value: number; end: number } | null {
  if (words[i] === undefined || /^\d/.test(words[i]!)) return null;
  const read = readNumberAt(words, i, lang);
  return read && read.value <= 99 ? { value: read.value, end: read.end } : null;
}

/** Below a thousand at words[i], and whether a scale word was said. */
function belowThousand(words: string[], i: number, lang: 'en' | 'es'): { value: number; end: number; scaled: boolean } | null {
  if (lang === 'es') {
    const hundreds = ES_HUNDREDS.get(words[i] ?? '');
    if (hundreds === undefined) {
      const read = small(words, i, lang);
      return read && { ...read, scaled: false };
    }
    const rest = words[i] === 'cien' ? null : ownRest(words, small(words, i + 1, lang), lang, i + 1);
    return rest ? { value: hundreds + rest.value, end: rest.end, scaled: true } : { value: hundreds, end: i + 1, scaled: true };
  }
  const lead = small(words, i, lang);
  if (!lead) return null;
  if (words[lead.end] !== HUNDRED || lead.value === 0) return { ...lead, scaled: false };
  const after = lead.end + 1;
  const from = words[after] === 'and' ? after + 1 : after;
  const rest = ownRest(words, small(words, from, lang), lang, from);
  return rest ? { value: lead.value * 100 + rest.value, end: rest.end, scaled: true } : { value: lead.value * 100, end: after, scaled: true };
}

/**
 * What follows a scale word, unless a scale word follows it in turn: then its last word leads the
 * next number ("one thousand, one thousand two" is 1000 and 1002; "five thousand fifty one
 * thousand seven", 5050 and 1007: a card's groups of four are read so, each under ten thousand).
 */
function ownRest<T extends { end: number }>(words: string[], rest: T | null, lang: 'en' | 'es', start: number): T | { value: number; end: number } | null {
  if (!rest) return null;
  const next = words[rest.end];
  if (next === undefined || !(next === HUNDRED || THOUSANDS.has(next) || ES_HUNDREDS.has(next))) return rest;
  // Spanish says a thousand "mil", never "uno mil": "mil uno, mil cinco" is 1001 and 1005.
  if (lang === 'es' && next === 'mil' && 'value' in rest && rest.value === 1) return rest;
  // "fifty one thousand", "cincuenta y dos mil": the tens alone are this number's.
  const tens = rest.end - start > 1 ? readNumberAt([words[start]!], 0, lang) : null;
  return tens && tens.value % 10 === 0 && tens.value >= 20 ? { value: tens.value, end: start + 1 } : null;
}

/** A number up to 999,999 said with a scale word from words[0], or null. */
function scaled(words: string[], lang: 'en' | 'es'): { value: number; end: number } | null {
  // Spanish "mil" alone is a thousand ("mil ciento once").
  const lead = lang === 'es' && words[0] === 'mil' ? { value: 1, end: 0, scaled: false } : belowThousand(words, 0, lang);
  if (!lead) return null;
  const thousand = lead.value > 0 && THOUSANDS.has(words[lead.end] ?? '') && (lang === 'es') === (words[lead.end] === 'mil');
  if (!thousand) return lead.scaled ? { value: lead.value, end: lead.end } : null;
  const after = lead.end + 1;
  const from = lang === 'en' && words[after] === 'and' ? after + 1 : after;
  const rest = ownRest(words, belowThousand(words, from, lang), lang, from);
  return rest ? { value: lead.value * 1000 + rest.value, end: rest.end } : { value: lead.value * 1000, end: after };
}

function separatorOnly(from: number, to: number): boolean {
  // Tokens cover every letter and digit, so whatever lies between two of them is separators.
  return to - from <= MAX_GAP;
}

/** A written pause; a line break too (a new line, or the next text of a conversation: cardAcross). */
const PAUSES = /[,.;:!?…、，。\n\r]/;

/**
 * The letters and digits of `text` as tokens (exported for its test). A character of plain ASCII,
 * most of what is said and keyed, is told by its code; any other by Unicode's classes, as before
 * (issue 14: a regular expression a character was most of the cost of redacting a spoken answer).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let prevKind: 'digits' | 'word' | 'other' = 'other';
  let pause = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const ch = code < 128 ? text[i]! : String.fromCodePoint(text.codePointAt(i)!);
    const digit = code < 128 ? (code >= 48 && code <= 57 ? ch : null) : digitValue(ch);
    const kind =
      digit !== null ? 'digits' : (code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /[\p{L}\p{M}]/u.test(ch)) ? 'word' : 'other';
    if (kind === 'other') {
      current = null;
      if (code < 128 ? ASCII_PAUSES.includes(ch) : PAUSES.test(ch)) pause = true;
    } else if (current && current.kind === kind) {
      current.end = i + ch.length;
      if (kind === 'digits') current.text += digit;
    } else {
      // A word's text is set below, from the letters it covers.
      current = { kind, start: i, end: i + ch.length, text: kind === 'digits' ? digit! : '', glued: kind === 'digits' && prevKind === 'word', pause };
      pause = false;
      tokens.push(current);
    }
    prevKind = kind;
    i += ch.length;
  }
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const written = text.slice(t.start, t.end);
    t.text = ASCII_ONLY.test(written) ? written.toLowerCase() : written.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return tokens;
}

/** PAUSES' characters of ASCII. */
const ASCII_PAUSES = ',.;:!?\n\r';
/** Nothing beyond ASCII: lower-casing alone folds it. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

const digitCache = new Map<string, string | null>();

/** The ASCII digit a character stands for: 0–9, any script's decimal digit, or what NFKC makes a digit (１, ¹, ①). */
function digitValue(ch: string): string | null {
  const code = ch.codePointAt(0)!;
  if (code >= 48 && code <= 57) return ch;
  if (code < 128) return null;
  let value = digitCache.get(ch);
  if (value === undefined) {
    value = nonAsciiDigit(ch, code);
    if (digitCache.size < 10_000) digitCache.set(ch, value);
  }
  return value;
}

function nonAsciiDigit(ch: string, code: number): string | null {
  if (/\p{Nd}/u.test(ch)) {
    // Unicode assigns decimal digits in contiguous runs from 0 to 9 (stability policy), so the
    // value is the distance from the start of the run, modulo 10 (some runs hold several sets).
    let start = code;
    while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((code - start) % 10);
  }
  const folded = ch.normalize('NFKC');
  return /^[0-9]$/.test(folded) ? folded : null;
}
