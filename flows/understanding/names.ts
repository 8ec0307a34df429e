// The guest's name from speech: lead-ins stripped ("my name is", "me llamo"), letters kept
// (any script, with their accents), each word title-cased. Pure; never throws.
import { asText, foldCase, RAW_INPUT_LIMIT } from './normalize.ts';
import { byFirstWord, phraseAt } from './phrase-set.ts';

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
  return foldCase(word).replace(/['-]/g, '');
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
        if (phrase.length <= end - start && phraseAt(keys, start, phrase)) {
          start += phrase.length;
          changed = true;
          break;
        }
      }
    }
    for (let changed = true; changed && start < end; ) {
      changed = false;
      for (const phrase of TRAILERS) {
        if (phrase.length <= end - start && phraseAt(keys, end - phrase.length, phrase)) {
          end -= phrase.length;
          changed = true;
          break;
        }
      }
    }
    // "Jennifer, Jennifer Adams": a first name said twice is one name.
    const said = words.slice(start, end).filter((w, k, all) => k === 0 || key(w) !== key(all[k - 1]!));
    const kept = said.slice(0, MAX_WORDS).map(titleCase);
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

// ---------------------------------------------------------------------------------------------
// A name inside a longer request

/** What introduces a name inside a request ("I'm John Smith, two rooms…"). Normalised words. */
const REQUEST_LEAD_INS: readonly string[][] = [
  'my name is', 'my names', 'the name is', 'the names', 'name is', 'names', 'this is', 'i am', 'im', 'call me',
  'under the name of', 'under the name', 'reservation under', 'booking under', 'put it under', 'name of',
  'me llamo', 'mi nombre es', 'soy', 'yo soy', 'a nombre de', 'bajo el nombre de', 'con el nombre de', 'el nombre es',
  'habla', 'le habla', 'les habla',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
/** The same, filed by first word (in the same order): each word said looks only at those it can start. */
const REQUEST_LEAD_INS_BY_FIRST = byFirstWord(REQUEST_LEAD_INS, (words) => words);

/** Words that are not part of a name: where a name said inside a request ends. */
const NOT_NAME = new Set([
  'and', 'y', 'e', 'or', 'o', 'but', 'pero', 'i', 'id', 'ill', 'im', 'ive', 'we', 'were', 'well', 'will', 'would',
  'for', 'from', 'to', 'at', 'on', 'in', 'by', 'with', 'please', 'por', 'para', 'con', 'sin', 'que', 'quiero',
  'quisiera', 'queria', 'necesito', 'necesitamos', 'need', 'needs', 'want', 'wanted', 'like', 'looking', 'calling',
  'trying', 'wondering', 'interested', 'going', 'planning', 'hoping', 'just', 'not', 'no', 'sure', 'here', 'coming',
  'arriving', 'staying', 'traveling', 'travelling', 'visiting', 'checking', 'booking', 'book', 'reservar',
  'reservation', 'reservacion', 'reserva', 'a', 'an', 'the', 'un', 'una', 'unos', 'el', 'los', 'las', 'room',
  'rooms', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'paying', 'pay', 'pago', 'pagar', 'cash', 'card',
  'tarjeta', 'efectivo', 'thanks', 'thank', 'gracias', 'speaking', 'so', 'very', 'good', 'fine', 'ok', 'okay',
  'sorry', 'afraid', 'new', 'back', 'also', 'still', 'glad', 'happy', 'ready', 'able', 'tonight', 'today',
  'tomorrow', 'hoy', 'manana', 'cliente', 'huesped', 'socio', 'yo', 'usted', 'it', 'its', 'this', 'that', 'is',
  'am', 'are', 'was', 'have', 'has', 'do', 'does', 'can', 'could', 'may', 'should', 'hi', 'hello', 'hola', 'buenas',
  'buenos', 'dias', 'tardes', 'noches', 'night', 'nights', 'noche', 'quiere', 'tengo', 'tenemos', 'somos', 'es',
  'from', 'your', 'you', 'su', 'sus', 'mi', 'my', 'our', 'nuestra', 'nuestro', 'one', 'two', 'uno', 'dos', 'tres',
  'three', 'of', 'of', 'about', 'sobre', 'what', 'que', 'como', 'how', 'when', 'cuando', 'where', 'donde',
]);
/**
 * Words that, all together, are not a name but something said instead of one: "hold on a second",
 * "sorry, what?", "espéreme tantito", "I don't know", "never mind". Any other word makes it a name.
 */
const INSTEAD_OF_A_NAME = new Set([
  ...NOT_NAME, 'hold', 'on', 'second', 'seconds', 'sec', 'minute', 'moment', 'wait', 'hang', 'up', 'hangup', 'bye',
  'goodbye', 'never', 'mind', 'dont', 'know', 'repeat', 'again', 'pardon', 'huh', 'hmm', 'um', 'uh', 'er', 'eh',
  'oh', 'ah', 'ay', 'yes', 'yeah', 'yep', 'nope', 'say', 'said', 'me', 'let', 'see', 'think', 'nothing', 'help',
  'operator', 'agent', 'hear', 'heard', 'understand', 'excuse', 'did', 'didnt', 'go', 'ahead', 'cancel', 'stop',
  'espere', 'espereme', 'esperame', 'permitame', 'permiteme', 'tantito', 'momentito', 'momento', 'segundo',
  'cuelga', 'cuelgo', 'colgar', 'adios', 'mande', 'perdon', 'disculpe', 'disculpa', 'repita', 'repite', 'otra', 'vez',
  'se', 'sé', 'oiga', 'oye', 'nada', 'ayuda', 'ahorita', 'dejeme', 'dejame', 'ver', 'pensar', 'si', 'no', 'ok', 'favor', 'porfa', 'porfavor',
  'whats', 'why', 'purpose', 'reason', 'lo', 'necesita', 'necesitan', 'porque', 'razon', 'asking', 'ask',
]);

/** Whether the words said at the name question are something other than a name (a pause, a question). */
export function isNotAName(text: string): boolean {
  try {
    const keys = rawWords(text).map((w) => w.key).filter((k) => /\p{L}/u.test(k));
    return keys.length > 0 && keys.every((k) => INSTEAD_OF_A_NAME.has(k));
  } catch {
    return false;
  }
}

/** Lower-case words that can sit inside a name between two names ("María de la Cruz", "Van der Berg"). */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'mc', 'st']);

interface RawWord {
  text: string;
  key: string;
  /** Punctuation right after it ends a phrase. */
  stop: boolean;
}

function rawWords(text: string): RawWord[] {
  const raw = asText(text).slice(0, RAW_INPUT_LIMIT).normalize('NFC').replace(/[’ʼ`´]/g, "'");
  const out: RawWord[] = [];
  for (const m of raw.matchAll(/[\p{L}\p{M}'-]+|\p{N}+|[,.;:!?¿¡()]/gu)) {
    const t = m[0];
    if (/^[,.;:!?¿¡()]$/.test(t)) {
      const last = out[out.length - 1];
      if (last) last.stop = true;
      continue;
    }
    out.push({ text: t, key: key(t), stop: false });
  }
  return out;
}

/**
 * The name words from `start`: letters only, up to 5, ending at punctuation or at a word that is
 * not a name; lower-case particles only between two names. With `cased` (a speech transcript,
 * which capitalises names), each name word must start with a capital.
 */
function collectName(words: readonly RawWord[], start: number, cased: boolean): string | null {
  const kept: string[] = [];
  for (let i = start; i < words.length && kept.length < 5; i++) {
    const w = words[i] as RawWord;
    if (/\p{N}/u.test(w.text) || !/\p{L}/u.test(w.text)) break;
    const particle = PARTICLES.has(w.key) && kept.length > 0 && words[i + 1] !== undefined && !w.stop;
    if (!particle) {
      if (NOT_NAME.has(w.key)) break;
      if (cased && w.text[0] !== w.text[0]!.toUpperCase()) break;
    }
    kept.push(w.text);
    if (w.stop) break;
  }
  while (kept.length && PARTICLES.has(key(kept[kept.length - 1]!))) kept.pop();
  return kept.length ? nameFromSpeech(kept.join(' ')) : null;
}

/** Whether the text capitalises as a recogniser does (names with capitals), not all lower case. */
function isCased(text: string): boolean {
  return /\p{Lu}/u.test(asText(text).slice(1));
}

/** Titles said before a name, never part of it. */
const HONORIFICS = new Set([
  'la', 'el', 'senor', 'senora', 'senorita', 'don', 'dona', 'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'doctor', 'doctora',
  'licenciado', 'licenciada', 'lic', 'ingeniero', 'ingeniera', 'ing', 'profesor', 'profesora', 'sir', 'madam',
]);

/** "It's …" introduces a name only when a first and last name follow ("it's Friday" does not). */
const WEAK_LEAD_INS: readonly string[][] = [['its'], ['it', 'is']];
/** Calendar words, never a name after a weak lead-in ("it's Christmas Eve"). */
const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'eve',
  'new', 'years', 'thanksgiving', 'easter', 'labor', 'memorial', 'independence', 'day', 'weekend', 'lunes',
  'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'navidad', 'nochebuena', 'ano', 'nuevo',
]);

/**
 * A name introduced inside a longer request — "I'm John Smith, two rooms", "a nombre de Lucía
 * Hernández", "under the name Peter Park", "it's Robert Johnson calling" — or null. "I'm calling
 * to book" has none.
 */
export function nameInRequest(text: string): string | null {
  try {
    const words = rawWords(text);
    const keys = words.map((w) => w.key);
    for (let i = 0; i < words.length; i++) {
      const strong = REQUEST_LEAD_INS_BY_FIRST.get(keys[i]!)?.find((p) => phraseAt(keys, i, p));
      const lead = strong ?? WEAK_LEAD_INS.find((p) => phraseAt(keys, i, p));
      if (!lead || words[i + lead.length - 1]?.stop) continue;
      // "Soy la señora Patricia Ortega": the title is not part of the name.
      let from = i + lead.length;
      while (from < words.length - 1 && HONORIFICS.has(words[from]!.key)) from++;
      const name = collectName(words, from, isCased(text));
      if (!name) continue;
      const parts = name.split(' ').map(key);
      if (!strong && (parts.length < 2 || parts.some((p) => CALENDAR_WORDS.has(p)))) continue;
      return name;
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Asked for their name, the caller said it and something more ("It's Sarah O'Connor, and I'll pay
 * cash"): the name said first, up to where it ends. Null when nothing name-like comes first.
 */
export function nameSaidFirst(text: string): string | null {
  try {
    const words = rawWords(text);
    const keys = words.map((w) => w.key);
    let start = 0;
    for (let changed = true; changed; ) {
      changed = false;
      const lead = LEAD_INS.find((p) => phraseAt(keys, start, p));
      if (lead && start + lead.length < words.length) {
        start += lead.length;
        changed = true;
      }
    }
    return collectName(words, start, false);
  } catch {
    return null;
  }
}
