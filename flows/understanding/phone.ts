// Callback numbers keyed on the keypad or spoken, validated with libphonenumber-js.
// Pure; never throws.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Locale } from '../types.ts';
import { asText, RAW_INPUT_LIMIT } from './normalize.ts';
import { langOrder, readNumberAt, type Lang } from './numbers.ts';

/** E.164 allows at most 15 digits; a few more leave room for a spoken trunk prefix. */
const MAX_DIGITS = 17;
const MIN_DIGITS = 4;

function countryCode(country: string): CountryCode | undefined {
  const c = asText(country).trim().toUpperCase();
  return /^[A-Z]{2}$/.test(c) && isSupportedCountry(c) ? (c as CountryCode) : undefined;
}

function validE164(candidate: string, country: CountryCode | undefined): string | null {
  try {
    const parsed = parsePhoneNumberFromString(candidate, country ? { defaultCountry: country } : undefined);
    return parsed && parsed.isValid() ? parsed.number : null;
  } catch {
    return null;
  }
}

/**
 * A run of digits → E.164 when libphonenumber-js finds it a valid number of `country`
 * (a leading country code or trunk prefix is fine: "12125551234", "525512345678" for MX).
 * Digits that cannot be a number of `country` (wrong length) are tried as an international
 * number with its country code ("442071838750"); digits that could be one but are not valid
 * are refused rather than read as some other country's number. With `international`
 * (a spoken "plus") the international reading comes first.
 */
function fromDigitString(digits: string, country: string, international = false): string | null {
  if (!/^[0-9]+$/.test(digits) || digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  const withCode = validE164(`+${digits}`, undefined);
  if (international && withCode) return withCode;
  const cc = countryCode(country);
  if (cc) {
    try {
      const national = parsePhoneNumberFromString(digits, { defaultCountry: cc });
      if (national?.isValid()) return national.number;
      if (national?.isPossible() && !international) return null;
    } catch {
      // fall through to the international reading
    }
  }
  return withCode;
}

/** A phone number keyed on the keypad (a trailing '#' tolerated) → E.164, or null if invalid. */
export function phoneFromDigits(digits: string, country: string): string | null {
  const m = /^([0-9]+)#?$/.exec(asText(digits).trim());
  if (!m || m[1] === undefined) return null;
  return fromDigitString(m[1], country);
}

const DIGIT_WORDS: Record<Lang, Record<string, string>> = {
  en: { oh: '0', o: '0', zero: '0' },
  es: { cero: '0' },
};
const REPEATERS: Record<string, number> = { double: 2, triple: 3, doble: 2 };
const MULTIPLIERS: Record<string, string> = { hundred: '00', thousand: '000' };

/** Reads the digits of a spoken number in one language, e.g. "two one two, double five…" → "21255…". */
function spokenDigits(tokens: readonly string[], lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < tokens.length && out.length <= MAX_DIGITS) {
    const t = tokens[i] as string;
    const times = Object.hasOwn(REPEATERS, t) ? (REPEATERS[t] as number) : 1;
    const at = times > 1 ? i + 1 : i;
    const word = tokens[at];
    let piece: string | null = null;
    let next = at + 1;
    if (word !== undefined && Object.hasOwn(DIGIT_WORDS[lang], word)) {
      piece = DIGIT_WORDS[lang][word] as string;
    } else {
      const n = readNumberAt(tokens, at, lang);
      if (n) {
        piece = /^[0-9]+$/.test(word ?? '') ? (word as string) : String(n.value);
        next = n.end;
      }
    }
    if (piece === null) {
      // "hundred" after a digit: "eight hundred" → 800; everything else is filler ("my number is").
      if (Object.hasOwn(MULTIPLIERS, t) && out.length > 0) out += MULTIPLIERS[t] as string;
      i++;
      continue;
    }
    out += times > 1 && piece.length === 1 ? piece.repeat(times) : piece;
    i = next;
  }
  return out;
}

/**
 * A spoken phone number: digits and digit words in English and Spanish ("two one two five five
 * five one two three four", "dos uno dos …", "oh" = 0, "double five"), with spaces, dashes or a
 * plus → E.164 when libphonenumber-js finds it valid for `country` (or valid with its own
 * country code), else null.
 */
export function phoneFromSpeech(text: string, locale: Locale, country: string): string | null {
  try {
    const raw = asText(text).slice(0, RAW_INPUT_LIMIT);
    const lowered = raw.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
    const international = /\+|\bplus\b|\bmas\b/.test(lowered);
    const words = lowered
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .slice(0, 300)
      .split(' ')
      .filter((w) => w !== '');
    if (words.length === 0) return null;
    const tried = new Set<string>();
    for (const lang of langOrder(locale)) {
      const digits = spokenDigits(words, lang);
      if (tried.has(digits)) continue;
      tried.add(digits);
      const found = fromDigitString(digits, country, international);
      if (found) return found;
    }
    return null;
  } catch {
    return null;
  }
}

/** The digits of a spoken number such as a confirmation number ("four eight one five…"), or ''. */
export function digitsFromSpeech(text: string, locale: Locale): string {
  try {
    const words = asText(text)
      .slice(0, RAW_INPUT_LIMIT)
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .slice(0, 300)
      .split(' ')
      .filter((w) => w !== '');
    const [first, second] = langOrder(locale).map((lang) => spokenDigits(words, lang));
    return (second ?? '').length > (first ?? '').length ? second! : (first ?? '');
  } catch {
    return '';
  }
}

/** The last four digits of a number (fewer if it has fewer), for reading it back. */
export function lastFourDigits(e164: string): string {
  return asText(e164).replace(/[^0-9]/g, '').slice(-4);
}
