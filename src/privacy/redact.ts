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
// Caller IDs (From, To, …) are identities Twilio reports, not something a caller says: the webhook
// redaction leaves them to the phone-number rules (src/privacy/redact-input.ts).
//
// Also removed: bidirectional control characters (U+202A–202E, U+2066–2069, U+200E/200F,
// U+061C), which can make what staff read differ from what was said ("Trojan Source").

import { cardPlaceholder } from '../../flows/privacy.ts';
import { readNumberAt } from '../../flows/understanding/numbers.ts';
import { phoneFromCallerId } from '../../flows/understanding/phone.ts';

export { cardPlaceholder };

const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;
/** At most this many separator characters between two digits of one run (" - ", "\r\n", ". "). */
const MAX_GAP = 5;
/** Longest text looked at in one piece; anything longer is redacted chunk by chunk. */
const CHUNK = 20_000;

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const REPEATERS: Record<string, number> = { double: 2, doble: 2, triple: 3 };
const ZERO_WORDS = new Set(['oh']);

/** The text with bidi controls removed and every card number hidden (see above). Never throws. */
export function redact(text: string): string {
  if (typeof text !== 'string' || text === '') return typeof text === 'string' ? text : '';
  const clean = text.replace(BIDI_CONTROLS, '');
  if (clean.length <= CHUNK) return redactCards(clean);
  let out = '';
  for (let i = 0; i < clean.length; i += CHUNK) out += redactCards(clean.slice(i, i + CHUNK));
  return out;
}

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
  const spans: { start: number; end: number; lastFour: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = readRun(tokens, i);
    if (run.pieces.length === 0) {
      i = run.next;
      continue;
    }
    const found = cardIn(run.pieces);
    if (found) spans.push({ start: run.pieces[0]!.start, end: run.pieces.at(-1)!.end, lastFour: found });
    i = run.next;
  }
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + cardPlaceholder(s.lastFour);
    at = s.end;
  }
  return out + text.slice(at);
}

function countDigitChars(text: string): number {
  let n = 0;
  for (const ch of text) if (digitValue(ch) !== null) n++;
  return n;
}

/** The card number's last four digits when the run holds one, else null. */
function cardIn(pieces: Piece[]): string | null {
  const digits = pieces.map((p) => p.digits).join('');
  if (digits.length < MIN_CARD_DIGITS) return null;
  if (isPhoneNumber(digits)) return null;
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

/**
 * Reads one run starting at tokens[i]: number pieces separated only by short runs of separators.
 * Returns the pieces (none when tokens[i] starts no number) and where to go on.
 */
function readRun(tokens: Token[], i: number): { pieces: Piece[]; next: number } {
  const pieces: Piece[] = [];
  let j = i;
  while (j < tokens.length) {
    if (pieces.length > 0 && !separatorOnly(tokens[j - 1]!.end, tokens[j]!.start)) break;
    const piece = readPiece(tokens, j);
    if (!piece) break;
    pieces.push(piece.piece);
    j = piece.next;
  }
  return { pieces, next: pieces.length === 0 ? i + 1 : j };
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
  const words = wordsFrom(tokens, j);
  const en = readNumberAt(words, 0, 'en');
  const es = readNumberAt(words, 0, 'es');
  const best = !en ? es : !es ? en : es.end > en.end ? es : en;
  if (!best || best.value > 99) return null;
  const last = tokens[j + best.end - 1]!;
  return { piece: { digits: String(best.value), start: t.start, end: last.end }, next: j + best.end };
}

/** Up to three consecutive words from tokens[j] joined only by separators (what readNumberAt may read). */
function wordsFrom(tokens: Token[], j: number): string[] {
  const words = [tokens[j]!.text];
  for (let k = j + 1; k < tokens.length && words.length < 3; k++) {
    if (tokens[k]!.kind !== 'word' || !separatorOnly(tokens[k - 1]!.end, tokens[k]!.start)) break;
    words.push(tokens[k]!.text);
  }
  return words;
}

function separatorOnly(from: number, to: number): boolean {
  // Tokens cover every letter and digit, so whatever lies between two of them is separators.
  return to - from <= MAX_GAP;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let prevKind: 'digits' | 'word' | 'other' = 'other';
  let i = 0;
  for (const ch of text) {
    const digit = digitValue(ch);
    const kind = digit !== null ? 'digits' : /[\p{L}\p{M}]/u.test(ch) ? 'word' : 'other';
    if (kind === 'other') {
      current = null;
    } else if (current && current.kind === kind) {
      current.end = i + ch.length;
      current.text += kind === 'digits' ? digit : ch;
    } else {
      current = { kind, start: i, end: i + ch.length, text: kind === 'digits' ? digit! : ch, glued: kind === 'digits' && prevKind === 'word' };
      tokens.push(current);
    }
    prevKind = kind;
    i += ch.length;
  }
  for (const t of tokens) if (t.kind === 'word') t.text = t.text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  return tokens;
}

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
