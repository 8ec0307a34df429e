// Phone numbers of any country: caller IDs, and callback numbers keyed on the keypad or spoken,
// validated with libphonenumber-js. A number keyed without its country code is read in the
// caller's country; one that is not valid there is refused (and asked again), never read as some
// other country's number. Pure; never throws.
import { getExampleNumber, isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import phoneMetadata from 'libphonenumber-js/metadata.min.json';
import { keep } from '../kept.ts';
import { costlyNumber } from './costly-numbers.ts';
import type { Locale } from '../types.ts';
import { asText, phraseAt, RAW_INPUT_LIMIT } from './normalize.ts';
import { langOrder, readNumberAt, type Lang } from './numbers.ts';
import { wordTable } from './word-table.ts';

/** E.164 allows at most 15 digits; a few more leave room for a spoken trunk or international prefix. */
const MAX_DIGITS = 17;
const MIN_DIGITS = 4;

function countryCode(country: string): CountryCode | undefined {
  const c = asText(country).trim().toUpperCase();
  return /^[A-Z]{2}$/.test(c) && isSupportedCountry(c) ? (c as CountryCode) : undefined;
}

/**
 * Mexico dropped the "1" that marked a mobile after +52, and the 044/045 and 01/02 prefixes
 * dialled at home, in 2019–2020; phones, carriers and people still send and key them, and
 * libphonenumber-js's metadata does not read them: "+52 1 55 1234 5678" is the line
 * "+52 55 1234 5678". https://www.ift.org.mx/marcacion
 */
function withoutRetiredPrefix(parsed: PhoneNumber): PhoneNumber {
  if (parsed.countryCallingCode !== '52') return parsed;
  const national = parsed.nationalNumber.replace(/^(?:1|04[45]|0[12])(?=\d{10}$)/, '');
  if (national === parsed.nationalNumber) return parsed;
  return parsePhoneNumberFromString(`+52${national}`) ?? parsed;
}

function parsed(candidate: string, country?: CountryCode): PhoneNumber | undefined {
  try {
    const number = parsePhoneNumberFromString(candidate, country ? { defaultCountry: country } : undefined);
    return number ? withoutRetiredPrefix(number) : undefined;
  } catch {
    return undefined;
  }
}

/** A valid number the hotel may call and text: no premium-rate or shared-cost line (costly-numbers.ts), which are refused like invalid ones. */
function callable(number: PhoneNumber | undefined): string | null {
  return number?.isValid() && !costlyNumber(number.number, countryOf(number), number.nationalNumber) ? number.number : null;
}

function validE164(candidate: string, country?: CountryCode): string | null {
  const number = parsed(candidate, country);
  return callable(number);
}

/**
 * Caller IDs read lately, and the countries of numbers read lately. A call's caller ID is read at
 * its start, at the callback question and in the desk's whisper, and libphonenumber takes 20–40
 * µs per reading on a loaded server (profiled, issue 14); the answer for a string never changes.
 * A caller ID's country is kept from the same reading, so a new call parses its number once.
 * Bounded: emptied when full.
 */
const callerIds = new Map<string, string | null>();
const countries = new Map<string, string | null>();
const NUMBERS_KEPT = 2000;

const remember = <T>(cache: Map<string, T>, key: string, value: T): T => keep(cache, key, value, NUMBERS_KEPT);

/** A caller ID (Twilio's `From`) in any valid E.164 form → canonical E.164; null when withheld or not a number. */
export function phoneFromCallerId(raw: string): string | null {
  const text = asText(raw).trim();
  const known = callerIds.get(text);
  if (known !== undefined) return known;
  const number = /^\+[1-9][0-9 ()-]{5,20}$/.test(text) ? parsed(text) : undefined;
  const e164 = callable(number);
  if (number && e164) remember(countries, e164, countryOf(number));
  return remember(callerIds, text, e164);
}

/** The ISO country of a valid number; a number no plan places (the fictional +1 555…) gets its calling code's main country. */
export function phoneCountry(e164: string): string | null {
  const text = asText(e164);
  const known = countries.get(text);
  if (known !== undefined) return known;
  const number = parsed(text);
  return remember(countries, text, number ? countryOf(number) : null);
}

function countryOf(number: PhoneNumber): string | null {
  return number.country ?? phoneMetadata.country_calling_codes[number.countryCallingCode]?.[0] ?? null;
}

/**
 * The country a caller's number is read in: the caller ID's own country, else Twilio's
 * `FromCountry`, else (caller ID withheld) the hotel's.
 */
export function callerCountry(caller: string, fromCountry: string | null | undefined, hotelCountry: string): string {
  const own = phoneFromCallerId(caller);
  return (own && phoneCountry(own)) ?? countryCode(fromCountry ?? '') ?? hotelCountry;
}

/** A number's national digits in the groups its country writes them in: ["55", "1234", "5678"]. */
export function nationalGroups(e164: string): string[] {
  const number = parsed(asText(e164));
  if (!number) return [asText(e164).replace(/\D/g, '')];
  return number.formatNational().replace(/^0(?=\d)/, '').split(/\D+/).filter((g) => g !== '');
}

/**
 * True when a number outside the US and Canada has national digits that are also a valid US or
 * Canadian number: "+52 212 555 0199" is what "1 212 555 0199" keyed from Mexico reads as (the
 * retired "1" before a Mexican mobile), and said back as "2 1 2, 5 5 5, 0 1 9 9" it sounds like
 * the New York number the guest may have meant. Such a number is read back with its country.
 */
export function soundsLikeNanp(e164: string): boolean {
  const number = parsed(asText(e164));
  return !!number && number.countryCallingCode !== '1' && validE164(`+1${number.nationalNumber}`) !== null;
}

/** A mobile number of the country, as an example of what to key in (libphonenumber's own example). */
export function exampleNumber(country: string): string | null {
  const cc = countryCode(country);
  return cc ? (getExampleNumber(cc, examples)?.number ?? null) : null;
}

/**
 * A run of digits → E.164 when libphonenumber-js finds it a valid number of `country`: a
 * leading trunk prefix, the country's own code or its international prefix ("011 44…" from the
 * US, "00 1…" from Mexico) are read as such. Digits that cannot be a number of `country` at all
 * (a wrong length) are tried as an international number with its country code ("442071838750");
 * digits that could be one but are not valid are refused rather than read as some other
 * country's number. With `international` (a spoken "plus") the international reading comes first.
 */
function fromDigitString(digits: string, country: string, international = false): string | null {
  if (!/^[0-9]+$/.test(digits) || digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  const withCode = validE164(`+${digits}`);
  if (international && withCode) return withCode;
  const cc = countryCode(country);
  if (cc) {
    const national = parsed(digits, cc);
    const e164 = callable(national);
    if (e164) return e164;
    if (national?.isPossible() && !international) return null;
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
const REPEATERS = wordTable<number>({ double: 2, triple: 3, doble: 2 });
const MULTIPLIERS = wordTable<string>({ hundred: '00', thousand: '000' });
/** Spanish hundreds, said in numbers read in threes ("quinientos cincuenta y cinco"). */
const ES_HUNDREDS = wordTable<number>({
  cien: 1, ciento: 1, doscientos: 2, trescientos: 3, cuatrocientos: 4, quinientos: 5,
  seiscientos: 6, setecientos: 7, ochocientos: 8, novecientos: 9,
});
/** Words no phone number is read with ("cincuenta y cinco mil…" is an amount): nothing is read, and the guest is asked again. */
const ES_TOO_BIG = new Set(['mil', 'miles', 'millon', 'millones']);

/** "ciento veinte" → 120, "quinientos cinco" → 505, "cien" → 100 at `i`; null when no hundreds word is there. */
function spanishHundreds(tokens: readonly string[], i: number): { value: number; end: number } | null {
  const t = tokens[i] as string;
  if (!Object.hasOwn(ES_HUNDREDS, t)) return null;
  const base = (ES_HUNDREDS[t] as number) * 100;
  if (t === 'cien') return { value: base, end: i + 1 };
  const rest = /^[0-9]+$/.test(tokens[i + 1] ?? '') ? null : readNumberAt(tokens, i + 1, 'es');
  return rest && rest.value < 100 ? { value: base + rest.value, end: rest.end } : { value: base, end: i + 1 };
}

/** Reads the digits of a spoken number in one language, e.g. "two one two, double five…" → "21255…". */
function spokenDigits(tokens: readonly string[], lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < tokens.length && out.length <= MAX_DIGITS) {
    const t = tokens[i] as string;
    if (lang === 'es') {
      // Before these, "ciento veinte" was read as 20 and "mil" dropped: a valid, wrong number.
      if (ES_TOO_BIG.has(t)) return '';
      const hundreds = spanishHundreds(tokens, i);
      if (hundreds) {
        out += String(hundreds.value);
        i = hundreds.end;
        continue;
      }
    }
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

/** Fewer digits than this in a row are no phone number's (a count, a day, a room's number). */
const PHONE_RUN_DIGITS = 7;

/**
 * The words without a phone number said in them ("nine one seven double five five oh one two
 * three", "55 doble cero 12 34 56"): a run of digits and number words, with "double"/"triple",
 * that makes seven digits or more. Read for a stay, its "seven double" was seven Double Queens.
 * Tokens normalised (normalize.ts); `lang`, the language its number words are read in.
 */
export function withoutSpokenNumber(tokens: readonly string[], lang: Lang): readonly string[] {
  let out: string[] | null = null;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let digits = 0;
    while (j < tokens.length) {
      const t = tokens[j] as string;
      const repeated = Object.hasOwn(REPEATERS, t) ? 1 : 0;
      const at = j + repeated;
      const word = tokens[at];
      if (word !== undefined && Object.hasOwn(DIGIT_WORDS[lang], word)) {
        digits += repeated ? (REPEATERS[t] as number) : 1;
        j = at + 1;
        continue;
      }
      if (/^[0-9]+$/.test(word ?? '')) {
        digits += (word as string).length * (repeated && word!.length === 1 ? (REPEATERS[t] as number) : 1);
        j = at + 1;
        continue;
      }
      const n = readNumberAt(tokens, at, lang);
      if (!n || n.value >= 100) break;
      digits += String(n.value).length * (repeated && n.value < 10 ? (REPEATERS[t] as number) : 1);
      j = n.end;
    }
    if (digits >= PHONE_RUN_DIGITS) {
      out ??= tokens.slice(0, i);
      i = j;
      continue;
    }
    if (out) out.push(...tokens.slice(i, Math.max(j, i + 1)));
    i = Math.max(j, i + 1);
  }
  return out ?? tokens;
}

/**
 * A spoken phone number: digits and digit words in English and Spanish ("two one two five five
 * five one two three four", "dos uno dos …", "oh" = 0, "double five"), with spaces, dashes or a
 * plus → E.164 when libphonenumber-js finds it valid for `country` (or valid with its own
 * country code), else null.
 */
export function phoneFromSpeech(text: string, locale: Locale, said: string): string | null {
  try {
    const raw = asText(text).slice(0, RAW_INPUT_LIMIT);
    const lowered = raw.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
    const international = /\+|\bplus\b|\bmas\b/.test(lowered);
    // ("Es de Estados Unidos, 1 917…", "it's a Mexican number": the country named is the number's.)
    const country = COUNTRY_NAMED.find(([, words]) => words.test(lowered))?.[0] ?? said;
    const words = withoutLabelledNumbers(beforeExtension(
      lowered
        .replace(/(?<=\d[\s.()-]*)[#;]/g, ' ext ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .slice(0, 300)
        .split(' ')
        .filter((w) => w !== ''),
    ));
    if (words.length === 0) return null;
    const fixed = correctedIn(words);
    const corrected = fixed ? correctedNumber(fixed, locale, country, international) : undefined;
    if (corrected !== undefined) return corrected;
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

/** A country named with a number: its numbers are read as that country's. */
const COUNTRY_NAMED: readonly (readonly [string, RegExp])[] = [
  ['US', /\b(estados unidos|eeuu|us number|american number|numero americano)\b/],
  ['MX', /\b(mexican number|numero mexicano|numero de mexico|es de mexico|celular de mexico|cel de mexico)\b/],
];

/** Said when a number is put right halfway: "… one two three four, no wait, one two three five", "… no perdón, doce treinta y cinco …". */
const TAKEN_BACK = [['no', 'wait'], ['no', 'sorry'], ['sorry'], ['i', 'mean'], ['wait'], ['actually'], ['scratch', 'that'], ['no', 'perdon'], ['perdon'], ['digo'], ['mejor', 'dicho'], ['no', 'no']];

/** The words before and after the one place a number is put right, or null (none, or more than one). */
function correctedIn(words: readonly string[]): { before: string[]; after: string[] } | null {
  let found: { at: number; length: number } | null = null;
  for (let i = 1; i < words.length; i++) {
    const p = TAKEN_BACK.find((t) => phraseAt(words, i, t));
    if (!p) continue;
    if (found) return null;
    found = { at: i, length: p.length };
    i += p.length - 1;
  }
  return found ? { before: words.slice(0, found.at), after: words.slice(found.at + found.length) } : null;
}

/**
 * The number as put right: the digits said after the correction take the place of as many said
 * last before it, starting with the same digit ("…1234, no wait, 1235": "…1235"), or stand alone
 * when they are a whole number. One reading only, valid; else null (the number is asked again);
 * undefined when no digits were said on both sides ("the number I'm calling from, no wait, use 646…").
 */
function correctedNumber(said: { before: string[]; after: string[] }, locale: Locale, country: string, international: boolean): string | null | undefined {
  const found = new Set<string>();
  let both = false;
  for (const lang of langOrder(locale)) {
    const [before, after] = [spokenDigits(said.before, lang), spokenDigits(said.after, lang)];
    if (before === '' || after === '') continue;
    both = true;
    const alone = fromDigitString(after, country, international);
    if (alone && after.length >= PHONE_RUN_DIGITS) {
      found.add(alone);
      continue;
    }
    for (let k = 1; k <= Math.min(before.length, after.length); k++) {
      if (before[before.length - k] !== after[0]) continue;
      const number = fromDigitString(before.slice(0, before.length - k) + after, country, international);
      if (number) found.add(number);
    }
  }
  if (!both) return undefined;
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * What says an extension follows: "212 555 0100 extension 204", "(212) 555-0100 ext 204", "extensión 12";
 * and a dial string's "#" or ";" (said "pound", "hash", "gato", "numeral"), after which a phone dials
 * tones: "212 555 0100 # 99" was read as one number of twelve digits, Morocco's +212 555 010 099.
 */
const EXTENSION = new Set(['extension', 'ext', 'extn', 'pound', 'hash', 'numeral', 'gato', 'almohadilla']);

/**
 * The words of the number itself, before an extension: the number is the one called back (the
 * desk asks for the extension there); read with it, it was no number at all.
 */
function beforeExtension(words: string[]): string[] {
  const at = words.findIndex((w, i) => EXTENSION.has(w) && i > 0);
  return at > 0 ? words.slice(0, at) : words;
}

/** What says a postal code follows: "my zip is 10025", "zip code", "cp 44100", "código postal". */
const POSTAL = new Set(['zip', 'zipcode', 'postal', 'cp', 'postcode']);
/** "I live at 12 Elm", "vivo en el 23": a street number, not the phone's. */
const ADDRESS_VERBS = new Set(['live', 'lives', 'vivo', 'vivimos']);
const ADDRESS_AT = new Set(['at', 'on', 'en']);
/** Between those words and the code: "zip code is", "código postal es el". */
const POSTAL_FILLER = new Set(['code', 'is', 's', 'es', 'el', 'my', 'mi', 'the', 'codigo', 'postal', 'de']);
/** A room's or a flight's number said beside the phone's: "my room number last time was 204", "vuelo 2245". */
const NUMBERED = new Set(['room', 'rm', 'habitacion', 'cuarto', 'flight', 'vuelo', 'apt', 'apartment', 'depto', 'departamento']);
const NUMBERED_FILLER = new Set(['number', 'num', 'no', 'was', 'is', 's', 'es', 'el', 'la', 'last', 'time', 'de', 'del']);
/** Single digits said as words, which a spoken postal code is made of ("one zero zero two five"). */
const DIGIT_WORD = new Set([
  'zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
]);
/** Digits in a postal code (five in the US and Mexico), more than a room's or a flight's number. */
const LABELLED_DIGITS = 5;

/** The words a labelled number starts after, and what may stand between ("zip code is", "room number"). */
function labelAt(words: readonly string[], i: number): { end: number; filler: ReadonlySet<string>; runsOn: boolean } | null {
  const w = words[i]!;
  // (A postal code is its five digits, whatever follows: "zip one zero zero two five nine one seven…".)
  if (POSTAL.has(w)) return { end: i + 1, filler: POSTAL_FILLER, runsOn: false };
  if (ADDRESS_VERBS.has(w) && ADDRESS_AT.has(words[i + 1] ?? '')) return { end: i + 2, filler: POSTAL_FILLER, runsOn: true };
  if (NUMBERED.has(w)) return { end: i + 1, filler: NUMBERED_FILLER, runsOn: true };
  return null;
}

const digitCount = (w: string): number => (/^\d+$/.test(w) ? w.length : DIGIT_WORD.has(w) ? 1 : 0);

/**
 * The words without the other numbers said beside the phone's, each after what labels it: a
 * postal code, a street number, a room's or a flight's ("my zip is 10025, the number is 917 555
 * 0134", "I live at 12 Elm", "my room last time was 204"). Read with them, there was no number at
 * all. A room's or a street's that runs on into more digits ("the room's number is 917 555 0134")
 * is the phone's.
 */
function withoutLabelledNumbers(words: string[]): string[] {
  let out = words;
  for (let i = 0; i < out.length; i++) {
    const label = labelAt(out, i);
    if (!label) continue;
    let end = label.end;
    while (label.filler.has(out[end] ?? '')) end++;
    let digits = 0;
    while (end < out.length) {
      const n = digitCount(out[end]!);
      if (n === 0 || digits + n > LABELLED_DIGITS) break;
      digits += n;
      end++;
    }
    if (digits > 0 && (!label.runsOn || digitCount(out[end] ?? '') === 0)) out = [...out.slice(0, i), ...out.slice(end)];
  }
  return out;
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

/** "The one ending in 0123", "mi cel termina en 4321": a number named by its last digits. */
const LAST_DIGITS_SAID = /(?<![\p{L}])(?:ending|ends|termina|terminaci[oó]n|acaba)\s+(?:in|with|en|con)?(.*)$/isu;

/** The words after "ending in" (not the "one" of "the one ending in 0123"); null when no number is named so. */
export function lastDigitsSaid(text: string): string | null {
  return LAST_DIGITS_SAID.exec(asText(text).slice(0, RAW_INPUT_LIMIT))?.[1] ?? null;
}

/** The words before "ending in …": its digits are the phone's, no day nor count ("the number ending in 23"). */
export function withoutLastDigits(text: string): string {
  const m = LAST_DIGITS_SAID.exec(text);
  return m ? text.slice(0, m.index) : text;
}
