// The guest's name from speech: lead-ins stripped ("my name is", "me llamo"), letters kept
// (any script, with their accents), each word title-cased. Pure; never throws.
import { asText, RAW_INPUT_LIMIT } from './normalize.ts';

const MAX_CHARS = 80;
const MAX_WORDS = 6;

/** Lead-ins and fillers removed from the start (normalised words, apostrophes dropped). */
const LEAD_INS: readonly string[][] = [
  'my name is', 'my names', 'my name', 'the name is', 'name is', 'the names', 'the name', 'name', 'this is', 'it is',
  'its', 'i am', 'im', 'call me', 'you can call me', 'its under', 'it is under', 'under the name', 'under the name of',
  'under', 'the reservation is under', 'the reservation is for', 'reservation under', 'for',
  'me llamo', 'mi nombre es', 'mi nombre', 'nombre', 'soy', 'yo soy', 'yo me llamo', 'habla', 'le habla', 'es',
  'a nombre de', 'bajo el nombre de', 'con el nombre de', 'el nombre es',
  'um', 'uh', 'er', 'erm', 'eh', 'hmm', 'mm', 'hi', 'hello', 'hey', 'hola', 'yes', 'yeah', 'si', 'ok', 'okay', 'oh',
  'well', 'so', 'sure', 'claro', 'bueno', 'pues', 'este', 'good morning', 'good afternoon', 'good evening',
  'buenos dias', 'buenas tardes', 'buenas noches', 'buen dia', 'alo', 'sir', 'senor', 'senora', 'senorita', 'and',
  'y', 'mr', 'mrs', 'ms', 'miss', 'missus', 'mister',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Trailing politeness removed from the end. */
const TRAILERS: readonly string[][] = [
  'please', 'thank you', 'thanks', 'por favor', 'gracias', 'speaking', 'here', 'muchas gracias', 'thank you very much',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Word key for matching: lower-case, no accents, no apostrophes or hyphens. */
function key(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/['-]/g, '');
}

function startsWith(keys: readonly string[], phrase: readonly string[], at: number): boolean {
  return phrase.every((p, j) => keys[at + j] === p);
}

/** Upper-cases the first letter of a name part; the rest lower-case unless it was mixed case ("McDonald"). */
function titlePart(part: string): string {
  if (part === '') return part;
  const chars = Array.from(part);
  const rest = chars.slice(1).join('');
  const mixed = rest !== rest.toLowerCase() && rest !== rest.toUpperCase() && part !== part.toUpperCase();
  return (chars[0] as string).toUpperCase() + (mixed ? rest : rest.toLowerCase());
}

/** "o'brien" → "O'Brien", "jean-luc" → "Jean-Luc", "josé" → "José". */
function titleCase(word: string): string {
  return word
    .split('-')
    .map((segment) => {
      const parts = segment.split("'");
      // Capitalise after an apostrophe only after a one-letter prefix: O'Brien, D'Angelo.
      return parts
        .map((p, i) => (i === 0 || (parts[i - 1] ?? '').length === 1 ? titlePart(p) : p.toLowerCase()))
        .join("'");
    })
    .join('-');
}

/**
 * The caller's name, title-cased, accents kept; at most 6 words and 80 characters.
 * Text with no letters (or nothing but a lead-in) → null.
 */
export function nameFromSpeech(text: string): string | null {
  try {
    const raw = asText(text).slice(0, RAW_INPUT_LIMIT).normalize('NFC').replace(/[’ʼ`´]/g, "'");
    // Words: letters (any script) with their marks, apostrophes and hyphens inside; a chunk
    // with digits in it ("3rd", "room 12") is not part of a name and is dropped whole.
    const words = raw
      .split(/\s+/u)
      .filter((chunk) => !/\p{N}/u.test(chunk))
      .flatMap((chunk) => chunk.match(/[\p{L}\p{M}'-]+/gu) ?? [])
      .map((w) => w.replace(/^['-]+|['-]+$/g, '').replace(/([-'])[-']+/g, '$1'))
      .filter((w) => /\p{L}/u.test(w));
    const keys = words.map(key);
    let start = 0;
    let end = words.length;
    // Strip lead-ins and fillers from the start, repeatedly ("yes hi my name is …").
    for (let changed = true; changed && start < end; ) {
      changed = false;
      for (const phrase of LEAD_INS) {
        if (phrase.length <= end - start && startsWith(keys, phrase, start)) {
          start += phrase.length;
          changed = true;
          break;
        }
      }
    }
    for (let changed = true; changed && start < end; ) {
      changed = false;
      for (const phrase of TRAILERS) {
        if (phrase.length <= end - start && startsWith(keys, phrase, end - phrase.length)) {
          end -= phrase.length;
          changed = true;
          break;
        }
      }
    }
    const kept = words.slice(start, end).slice(0, MAX_WORDS).map(titleCase);
    let name = '';
    for (const word of kept) {
      const candidate = name === '' ? word : `${name} ${word}`;
      if (candidate.length <= MAX_CHARS) {
        name = candidate;
        continue;
      }
      if (name === '') {
        // A single very long word: keep as many whole characters as fit.
        for (const ch of Array.from(word)) {
          if (name.length + ch.length > MAX_CHARS) break;
          name += ch;
        }
      }
      break;
    }
    name = name.replace(/^['-]+|['-]+$/g, '');
    return /\p{L}/u.test(name) ? name : null;
  } catch {
    return null;
  }
}
