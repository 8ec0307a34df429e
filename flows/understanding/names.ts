// The guest's name from speech: lead-ins stripped ("my name is", "me llamo"), letters kept
// (any script, with their accents), each word title-cased. Pure; never throws.
import { asText, foldCase, RAW_INPUT_LIMIT, tokenize } from './normalize.ts';
import { cardSaidIn, paymentFromTokens } from './payment.ts';
import { nameLikeness, REQUEST_VERBS } from './name-likeness.ts';
import { isNumberWord } from './numbers.ts';
import { byFirstWord, firstSaidAt, phraseAt, phrasesEndingWith, phrasesStartingWith } from './phrase-set.ts';
import { wordTable } from './word-table.ts';

const MAX_CHARS = 80;
/** Sounds of thinking (and Mexico's "este"), never a name's word wherever they are said. */
const INNER_FILLERS = new Set(['uh', 'um', 'umm', 'uhm', 'er', 'erm', 'hmm', 'mm', 'mmm', 'este']);
const MAX_WORDS = 6;

/** Who a room is booked for, said before their name. */
const RELATIONS = [
  'boss', 'wife', 'husband', 'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'friend', 'sister', 'brother',
  'parents', 'colleague', 'client', 'partner', 'guest', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle',
];
const RELATIONS_ES = [
  'jefe', 'jefa', 'esposo', 'esposa', 'mama', 'madre', 'papa', 'padre', 'hijo', 'hija', 'amigo', 'amiga', 'hermano',
  'hermana', 'papas', 'padres', 'cliente', 'pareja', 'novio', 'novia', 'abuela', 'abuelo', 'tia', 'tio', 'suegra', 'suegro',
];

/** Lead-ins and fillers removed from the start (normalised words, apostrophes dropped). */
const LEAD_INS: readonly string[][] = [
  'my name is', 'my names', 'my name', 'the name is', 'name is', 'the names', 'the name', 'name', 'this is', 'it is',
  'its', 'i am', 'im', 'call me', 'you can call me', 'its under', 'it is under', 'under the name', 'under the name of',
  'under', 'the reservation is under', 'the reservation is for', 'reservation under', 'for',
  'my name will be', 'the name will be', 'name will be', 'it will be', 'itll be', 'it will be under', 'put it under',
  // "It's going to be Ana Lopez", "it's gonna be under…": as "it will be".
  'its going to be', 'it is going to be', 'its gonna be', 'it is gonna be', 'going to be', 'gonna be', 'its gonna be under', 'its going to be under',
  'va a ser', 'seria', 'es a nombre de', 'seria a nombre de',
  // Titles said before a name ("es para la licenciada Ana Ruiz"); not "don" (Don is a first name too).
  'la licenciada', 'el licenciado', 'licenciada', 'licenciado', 'lic', 'el ingeniero', 'la ingeniera', 'ingeniero',
  'ingeniera', 'el doctor', 'la doctora', 'doctor', 'doctora', 'dr', 'dra', 'la senora', 'el senor', 'la senorita',
  'profesor', 'profesora', 'el maestro', 'la maestra', 'dona',
  // English titles beyond Mr/Mrs/Dr: "professor alan turing", "reverend james brown", texted "Sgt. Ray Cruz".
  'professor', 'reverend', 'the reverend', 'rev', 'pastor', 'sergeant', 'sgt', 'captain', 'capt', 'lieutenant', 'lt',
  'colonel', 'col', 'major', 'judge',
  // "A nombre de los señores de la Garza": a couple by their surname.
  'los senores', 'los sres', 'las senoras', 'las sras', 'senores', 'sres',
  // Texted short: "sra. carmen perez", "ing. carlos ruiz".
  'sra', 'la sra', 'sr', 'el sr', 'srta', 'la srta', 'ing', 'el ing', 'la ing', 'profa', 'prof',
  'me llamo', 'mi nombre es', 'mi nombre', 'nombre', 'soy', 'yo soy', 'yo me llamo', 'habla', 'le habla', 'es',
  'a nombre de', 'bajo el nombre de', 'con el nombre de', 'el nombre es',
  // "A nombre del licenciado Jorge Ramírez": "del", a title after it.
  'a nombre del', 'es a nombre del', 'seria a nombre del', 'bajo el nombre del',
  // Texted: "a nombre d jose garza", "a nom de karla ruiz".
  'a nombre d', 'a nom de', 'a nom d',
  // "Póngalo a nombre de la empresa Acme", "ponla a nombre de mi esposa": as "put it under".
  ...['pongalo', 'ponlo', 'pongala', 'ponla', 'lo pone', 'la pone', 'me la pone', 'me lo pone'].flatMap((put) => [`${put} a nombre de`, `${put} a nombre del`]),
  'um', 'uh', 'er', 'erm', 'eh', 'hmm', 'mm', 'hi', 'hello', 'hey', 'hola', 'yes', 'yeah', 'si', 'ok', 'okay', 'oh',
  'well', 'so', 'sure', 'claro', 'bueno', 'pues', 'este', 'like', 'good morning', 'good afternoon', 'good evening',
  'buenos dias', 'buenas tardes', 'buenas noches', 'buen dia', 'alo', 'sir', 'senor', 'senora', 'senorita', 'and',
  'y', 'mr', 'mrs', 'ms', 'miss', 'missus', 'mister', 'sorry', 'oh sorry', 'perdon', 'disculpe', 'actually', 'also',
  // "It's for my boss, John Smith", "es para mi esposo, Carlos Ruiz": who the guest is, then the name.
  'para', 'es para', 'la reservacion es para', 'its for', 'please', 'pls', 'plz',
  // "A nombre de la empresa Grupo Tres", "under my company, Brightline Inc": the company's name.
  'la empresa', 'de la empresa', 'mi empresa', 'nuestra empresa', 'la compania', 'the company', 'my company',
  'our company', 'the firm', ...RELATIONS.flatMap((r) => [`my ${r}`, `our ${r}`]),
  ...RELATIONS_ES.flatMap((r) => [`mi ${r}`, `nuestro ${r}`, `nuestra ${r}`]),
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Trailing politeness removed from the end. */
const TRAILERS: readonly string[][] = [
  'please', 'thank you', 'thanks', 'por favor', 'gracias', 'speaking', 'here', 'muchas gracias', 'thank you very much',
  // Texted: "under david ortiz pls", "a nombre de luis soto porfa".
  'pls', 'plz', 'thx', 'ty', 'porfa', 'porfis', 'xfa', 'xfavor',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Word key for matching: lower-case, no accents, no apostrophes or hyphens. */
function key(word: string): string {
  return foldCase(word).replace(/['-]/g, '');
}

/** Upper-cases the first letter of a name part; the rest lower-case unless it was mixed case ("McDonald"). */
function titlePart(part: string): string {
  if (part === '') return part;
  // "mcdonald" → "McDonald": the Mc of a Gaelic name is written with the capital after it.
  if (MC_NAME.test(part) && (part === part.toLowerCase() || part === part.toUpperCase())) return `Mc${titlePart(part.slice(2))}`;
  const chars = Array.from(part);
  const rest = chars.slice(1).join('');
  const mixed = rest !== rest.toLowerCase() && rest !== rest.toUpperCase() && part !== part.toUpperCase();
  return (chars[0] as string).toUpperCase() + (mixed ? rest : rest.toLowerCase());
}

/** A name that opens with Mc: "mcdonald", "mcallister" (not "Mc" alone). */
const MC_NAME = /^mc\p{L}{2,}$/iu;

/** Initials written with their dots ("J.R.", "a.j."), else a word's letters. */
const DOTTED_INITIALS_OR_WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}'-]+/gu;
const DOTTED_INITIALS = /^(?:\p{L}\.){2,}$/u;

/** "o'brien" → "O'Brien", "jean-luc" → "Jean-Luc", "josé" → "José"; "j.r." → "J.R.". */
function titleCase(word: string): string {
  if (DOTTED_INITIALS.test(word)) return word.toUpperCase();
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

/** Particles written in lower case inside a name ("María de la Luz", "Van der Berg" keeps its capital). */
const LOWER_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'y', 'and']);

/**
 * "maría de la luz garcía": a particle between two names stays lower case, as the name is written;
 * one the transcript capitalised ("Mario De La Cruz", not all capitals) is kept as it came.
 */
function isInnerParticle(word: string, k: number, count: number): boolean {
  if (k === 0 || k === count - 1 || !LOWER_PARTICLES.has(key(word))) return false;
  return !startsCapital(word) || word === word.toUpperCase();
}

/** The words up to the `max`th that is no particle ("María de los Ángeles Pérez de la Garza" is five such words, not eight). */
function upToNameWords(words: readonly string[], max: number): string[] {
  let count = 0;
  const end = words.findIndex((w) => !PARTICLES.has(key(w)) && ++count > max);
  if (end < 0) return [...words];
  const kept = words.slice(0, end);
  while (kept.length > 1 && PARTICLES.has(key(kept[kept.length - 1]!))) kept.pop();
  return kept;
}

/**
 * The caller's name, title-cased, accents kept; at most 6 words (particles not counted) and 80 characters.
 * Text with no letters (or nothing but a lead-in) → null.
 */
export function nameFromSpeech(text: string): string | null {
  try {
    const raw = rawText(text);
    // Words: letters (any script) with their marks, apostrophes and hyphens inside; a chunk
    // with digits in it ("3rd", "room 12") is not part of a name and is dropped whole.
    const words = raw
      .split(/\s+/u)
      .filter((chunk) => !/\p{N}/u.test(chunk))
      // ("J.R. Smith": initials written with their dots are one word, kept as written.)
      .flatMap((chunk) => chunk.match(DOTTED_INITIALS_OR_WORD) ?? [])
      .map((w) => w.replace(/^['-]+|['-]+$/g, '').replace(/([-'])[-']+/g, '$1'))
      .filter((w) => /\p{L}/u.test(w));
    const keys = words.map(key);
    let start = 0;
    let end = words.length;
    // Strip lead-ins and fillers from the start, repeatedly ("yes hi my name is …").
    for (let changed = true; changed && start < end; ) {
      changed = false;
      // A lead-in's last word said twice: "a nombre de de Carlos Méndez", "my name is is Ana".
      if (start > 0 && start < end - 1 && keys[start] === keys[start - 1]) {
        start++;
        changed = true;
        continue;
      }
      for (const phrase of phrasesStartingWith(LEAD_INS, keys[start]) ?? LEAD_INS) {
        if (phrase.length <= end - start && phraseAt(keys, start, phrase)) {
          start += phrase.length;
          changed = true;
          break;
        }
      }
    }
    for (let changed = true; changed && start < end; ) {
      changed = false;
      for (const phrase of phrasesEndingWith(TRAILERS, keys[end - 1]) ?? TRAILERS) {
        if (phrase.length <= end - start && phraseAt(keys, end - phrase.length, phrase)) {
          end -= phrase.length;
          changed = true;
          break;
        }
      }
    }
    // "John, uh, John Smith": a sound of thinking inside is no part of the name; "Jennifer, Jennifer
    // Adams": a first name said twice is one name.
    const twice = words.slice(start, end).filter((w) => !INNER_FILLERS.has(key(w))).filter((w, k, all) => k === 0 || key(w) !== key(all[k - 1]!));
    // "Benítez, Rocío Benítez", "van der Berg, Pieter van der Berg": the surname said first, then the whole name.
    const said = twice.slice(surnameRepeated(twice));
    const kept = upToNameWords(said, MAX_WORDS).map((w, k, all) => (isInnerParticle(w, k, all.length) ? w.toLowerCase() : titleCase(w)));
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
  'a nombre del', 'a nombre d', 'a nom de', 'a nom d',
  'habla', 'le habla', 'les habla',
  // At the read-back: "change the name to Maria Lopez", "cámbieme el nombre a Luis Díaz".
  'name to', 'name should be', 'nombre a', 'nombre por',
  // A surname alone: "sorry, my last name is Johnson", "mi apellido es García" (SURNAME_LEAD_INS).
  'my last name is', 'the last name is', 'last name is', 'my surname is', 'the surname is', 'surname is',
  'mi apellido es', 'el apellido es', 'apellido es', 'de apellido',
].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
/** A label before a colon, as texted: "Name: Robert Chen", "Nombre: Ana Ruiz". */
const NAME_LABELS = new Set(['name', 'nombre', 'guest', 'huesped', 'titular']);
/** The lead-ins above that introduce a surname only: it replaces the surname of a name already given. */
const SURNAME_LEAD_WORDS = new Set(['last', 'surname', 'apellido']);
/** The same, filed by first word (in the same order): each word said looks only at those it can start. */
const REQUEST_LEAD_INS_BY_FIRST = byFirstWord(REQUEST_LEAD_INS, (words) => words);

/** Words that are not part of a name: where a name said inside a request ends. */
const NOT_NAME = new Set([
  'and', 'y', 'e', 'or', 'o', 'but', 'pero', 'i', 'id', 'ill', 'im', 'ive', 'we', 'were', 'well', 'will', 'would',
  'for', 'from', 'to', 'at', 'on', 'in', 'by', 'with', 'please', 'pls', 'plz', 'porfa', 'por', 'para', 'con', 'sin', 'que', 'quiero',
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
  // "The name is wrong", "el nombre está mal": said of a name, not one.
  'wrong', 'right', 'correct', 'incorrect', 'misspelled', 'spelled', 'mistaken', 'different', 'mal', 'bien', 'esta',
  'equivocado', 'equivocada', 'incorrecto', 'incorrecta', 'correcto', 'correcta',
  // "This is ridiculous", "this is taking forever", "es absurdo": how the call is going, not who is on it
  // (the desk was whispered "Ridiculous" calling).
  'ridiculous', 'absurd', 'unbelievable', 'unacceptable', 'useless', 'stupid', 'pathetic', 'terrible', 'horrible', 'awful',
  'crazy', 'insane', 'nuts', 'joke', 'frustrating', 'annoying', 'worst', 'taking', 'forever', 'ridiculo', 'ridicula', 'absurdo',
  'absurda', 'inaceptable', 'inutil', 'pesimo', 'pesima', 'increible', 'esto', 'eso',
  // "I'm Mexican", "this is urgent", "soy agente de viajes", "a nombre de la empresa": who or what, not a name.
  'urgent', 'mexican', 'mexicano', 'mexicana', 'american', 'americano', 'americana', 'canadian', 'canadiense', 'agent',
  'agente', 'travel', 'viajes', 'member', 'miembro', 'company', 'empresa', 'compania', 'office', 'oficina', 'manager',
  'gerente', 'assistant', 'asistente', 'secretary', 'secretaria', 'family', 'familia', 'group', 'grupo', 'hotel',
  // "Add one night", "make it three nights", "mejor dos habitaciones" at the name question: a change, not a name.
  'add', 'make', 'change', 'extra', 'another', 'agregar', 'agregue', 'agregueme', 'agreguele', 'mejor', 'cambie',
  'cambiar', 'cambieme',
  // "También una suite", "plus two double queens": a room added, said at the name question (was the guest "También").
  'plus', 'tambien', 'ademas', 'aparte', 'otra', 'otro', 'otras', 'otros',
  // "It's only me and my wife", "human pls": who is coming, or a person asked for, not a name.
  'only', 'me', 'us', 'human', 'person', 'persona', 'someone', 'somebody', 'alguien',
  // "Perdón, llegamos el 6", "we arrive on the 6th": when the stay starts or ends, said at the name question.
  'arrive', 'arrives', 'leave', 'leaving', 'llego', 'llegamos', 'llegaremos', 'llegaria', 'llegariamos', 'llegan',
  'salgo', 'salimos', 'saldremos', 'saldriamos',
  // "It's gonna be 2 rooms": what the booking will be, not who is on it.
  'gonna', 'gotta', 'wanna', 'be',
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
  // Texted: "xq necesitan mi nombre?", "pq", "q" (por qué, qué).
  'xq', 'pq', 'porq', 'q',
  // The answer to another question, given early or late: "credit", "Visa", "debit card", "same number",
  // "my cell", "Friday", "este… a ver". Alone they are not a name (a name with them is: "Johnny Cash").
  'credit', 'debit', 'visa', 'mastercard', 'master', 'amex', 'express', 'discover', 'credito', 'debito', 'transfer',
  'transferencia', 'deposito', 'paypal', 'check', 'cheque', 'same', 'number', 'numero', 'cell', 'cellphone', 'mobile',
  'phone', 'celular', 'cel', 'telefono', 'mismo', 'misma', 'whatsapp', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'weekend', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'finde',
  'este', 'pues', 'sea', 'bueno', 'pos', 'like', 'uhm', 'umm', 'mmm', 'ehh', 'de',
  // "The same as last time", "mismo de la otra vez", "el mismo num", "en efectivo", "nada más yo",
  // "solo yo": another answer, or who is coming, said at the name question.
  'as', 'last', 'time', 'la', 'num', 'en', 'solo', 'sola', 'mas',
  // Texted short: "k", "kk", "oki" (ok), "2 ppl", "pax", "fri", "vie" (a day; not "Dom", "Sun", "Mar":
  // names too).
  'k', 'kk', 'okk', 'oki', 'okey', 'yup', 'yea', 'ppl', 'pax', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'lun', 'mie', 'jue', 'vie', 'sab',
  // A Mexican yes ("va", "sale", "órale", "ándale", "sip", "ntp") ("Dale", "Simón" are names too: not here).
  'va', 'sale', 'orale', 'andale', 'sip', 'ntp',
  // "Who's asking?", "¿quién pregunta?", "none", "ninguno", "nadie": no name given.
  'who', 'whos', 'none', 'nobody', 'ninguno', 'ninguna', 'nadie', 'quien', 'pregunta',
  // "La primera", "the first one": a place in a list said again, not a name.
  'first', 'third', 'primera', 'primero', 'segunda', 'tercera', 'tercero', 'ultima', 'ultimo',
  // "The sixth", "el seis": a day said at the name question (asked there, never a guest "The Sixth").
  'the', 'el', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
  'twenty', 'thirty',
  // A month or a time of day said alone ("December", "at 3 pm", "en la tarde") answers the date. Months
  // that are names too ("April", "June", "Julio", "Abril", "May", "Mayo", "August", "Jan") are not here.
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december', 'feb', 'sept', 'oct',
  'nov', 'dec', 'enero', 'febrero', 'marzo', 'junio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre',
  'diciembre', 'ene', 'dic', 'pm', 'oclock', 'noon', 'morning', 'afternoon', 'evening', 'mediodia', 'madrugada',
  'tarde', 'temprano', 'early', 'late',
  // A request made where the name is asked ("start over", "main menu", "skip this", "text me", "confirm
  // it", "empezar de nuevo", "cancélelo", "regrese al menú"): what the caller wants done, never who is
  // on the booking (round 33 heard "Start Over" and "Mejor Empezar de Nuevo" as guests).
  ...REQUEST_VERBS, 'over', 'main', 'options', 'skip', 'next', 'previous', 'try', 'update', 'hurry', 'send', 'text',
  'email', 'call', 'put', 'connect', 'booking', 'nuevo', 'principio', 'inicio', 'regreso', 'vuelvo', 'atras', 'opciones',
  'quitar', 'quite', 'siguiente', 'saltar', 'mandar', 'mandeme', 'enviar', 'envieme', 'mensaje', 'correo', 'llamar',
  'llameme', 'marcar', 'marqueme', 'apartar', 'hablar', 'al',
]);

/**
 * "Name" said of one with no name after it: "a mi nombre", "under my name". ("A nombre de la empresa
 * Grupo Tres", "the name of": a name follows.)
 */
const NAME_WORDS = new Set(['nombre', 'name']);
const noNameAfter = (keys: readonly string[], j: number) => NAME_WORDS.has(keys[j]!) && keys[j + 1] !== 'de' && keys[j + 1] !== 'of';

/** The ending of a day or a count in digits ("the 12th", "el 2do", "3ro"): never a name's word. */
const DIGITS_ENDING = /(?<=\p{N})(?:st|nd|rd|th|ro|ra|do|da|to|ta|vo|va|er|o|a)(?![\p{L}])/giu;

/**
 * "Why do you guys want my name?", "do I need to give my last name?", "pq quieren mi nombre", "¿tengo
 * que dar mis dos apellidos?": a question about the name, whatever its other words.
 */
const ASKS_FIRST = new Set([
  'why', 'whys', 'porque', 'xq', 'pq', 'porq', 'do', 'does', 'should', 'can', 'could', 'is', 'what', 'whats', 'which', 'how',
  'tengo', 'necesito', 'necesita', 'necesitan', 'puedo', 'debo', 'cual', 'como', 'que', 'para',
]);
const SURNAME_ASKED = new Set(['apellido', 'apellidos', 'surname', 'last']);

/** Whether the words said at the name question are something other than a name (a pause, a question). */
export function isNotAName(text: string): boolean {
  try {
    const words = rawWords(rawText(text).replace(DIGITS_ENDING, '')).filter((w) => /\p{L}/u.test(w.key));
    const keys = words.map((w) => w.key);
    if (keys.length > 0 && ASKS_FIRST.has(keys[0]!) && keys.some((k) => NAME_WORDS.has(k) || SURNAME_ASKED.has(k))) return true;
    // ("Will Cash", "May Card": a first name and a surname that are words too.)
    if (keys.length === 2 && firstNameWordAt(words, 0, false)) return false;
    return keys.length > 0 && keys.every((k, j) => INSTEAD_OF_A_NAME.has(k) || isNumberWord(k) || noNameAfter(keys, j));
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
  /** That punctuation is a colon: "Name: Robert Chen" introduces what follows. */
  colon?: true;
  /** Where it is in the text (as rawText gives it): [from, to). */
  from: number;
  to: number;
}

/** The text the words are read from: bounded, composed (NFC), one kind of apostrophe. */
function rawText(text: string): string {
  return inNameOrder(withoutSpelling(withoutLetterHints(withLettersNamed(withMcJoined(withHyphensSaid(asText(text).slice(0, RAW_INPUT_LIMIT).normalize('NFC').replace(/[’ʼ`´]/g, "'")))))));
}

/** The phone alphabet ("sierra mike india tango hotel"): a word per letter. */
const PHONE_ALPHABET = wordTable<string>({
  alpha: 'a', alfa: 'a', bravo: 'b', charlie: 'c', delta: 'd', echo: 'e', foxtrot: 'f', golf: 'g', hotel: 'h', india: 'i',
  juliet: 'j', juliett: 'j', kilo: 'k', lima: 'l', mike: 'm', november: 'n', oscar: 'o', papa: 'p', quebec: 'q', romeo: 'r',
  sierra: 's', tango: 't', uniform: 'u', victor: 'v', whiskey: 'w', whisky: 'w', xray: 'x', yankee: 'y', zulu: 'z',
});
/** Spanish letters by their names ("equis o ele a ele pe a"); "doble u", "i griega" are read as two words below. */
const SPANISH_LETTER_NAMES = wordTable<string>({
  be: 'b', ce: 'c', de: 'd', efe: 'f', ge: 'g', hache: 'h', jota: 'j', ka: 'k', ele: 'l', eme: 'm', ene: 'n', 'eñe': 'ñ',
  pe: 'p', cu: 'q', erre: 'r', ese: 's', te: 't', uve: 'v', ve: 'v', equis: 'x', ye: 'y', zeta: 'z',
});
/** One letter said: "d as in david", "b like boy", "be de burro" (a word starting with it), a name of a letter, or the letter alone. */
const LETTER_SAID = String.raw`(?:\p{L}\p{M}*[a-zñ]*\s+(?:as\s+in|like|for|de|como\s+en)\s+\p{L}[\p{L}\p{M}]*|(?:doble|double)\s+(?:u|ve|v)|i\s+(?:griega|latina)|\p{L}[\p{L}\p{M}]*)`;
const LETTER_PIECES = new RegExp(String.raw`(?<![\p{L}\p{M}'])${LETTER_SAID}(?![\p{L}\p{M}'])`, 'giu');
/** Cheaply, whether a name may be spelled with words for its letters at all. */
const MAY_NAME_LETTERS = /(?<![\p{L}])(?:as\s+in|like|de|como\s+en)\s|(?<![\p{L}])(?:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|xray|yankee|zulu|efe|ele|eme|ene|erre|ese|equis|hache|jota|zeta|pe|te|ge|ce|be|cu|ka|uve|ye)(?![\p{L}])/iu;
/** Names of letters that are everyday words too: two of them with a letter are no spelling ("que te de ese"). */
const WORDS_TOO = new Set(['de', 'te', 'ese', 've', 'ye', 'be', 'hotel', 'golf', 'papa', 'india', 'lima', 'echo', 'mike', 'victor', 'oscar', 'romeo', 'delta']);

interface LetterPiece {
  letter: string;
  /** A word of the phone alphabet ("delta", "oscar"). */
  phone: boolean;
  /** "d as in david", "be de burro". */
  example: boolean;
  /** A name of a letter that is no everyday word ("equis", "sierra"). */
  named: boolean;
  from: number;
  to: number;
}

/** The letter one piece of a spelling stands for; null when it is no letter. */
function letterOf(piece: string, from: number): LetterPiece | null {
  const words = foldCase(piece).split(/\s+/);
  const to = from + piece.length;
  if (words.length >= 3) {
    // "d as in david", "be de burro": the word given must start with the letter.
    const first = words[0]!;
    const letter = first.length === 1 ? first : SPANISH_LETTER_NAMES[first] ?? null;
    const example = words[words.length - 1]!;
    return letter && example.startsWith(letter) && example.length > 1 ? { letter, phone: false, example: true, named: true, from, to } : null;
  }
  if (words.length === 2) {
    if (words[0] === 'doble' || words[0] === 'double') return { letter: 'w', phone: false, example: false, named: true, from, to };
    if (words[0] === 'i') return { letter: words[1] === 'griega' ? 'y' : 'i', phone: false, example: false, named: true, from, to };
    return null;
  }
  const word = words[0]!;
  if (word.length === 1) return /\p{L}/u.test(word) ? { letter: word, phone: false, example: false, named: false, from, to } : null;
  const phone = PHONE_ALPHABET[word];
  const letter = phone ?? SPANISH_LETTER_NAMES[word];
  return letter ? { letter, phone: phone !== undefined, example: false, named: !WORDS_TOO.has(word), from, to } : null;
}

/**
 * A name spelled with words for its letters — "Diaz, d as in david i a z", "be de burro", "sierra
 * mike india tango hotel", "equis o ele a ele pe a" — is no part of the name said: three letters or
 * more, one said with a word it starts ("d as in david"), two by names that are no everyday words,
 * or all by the phone alphabet.
 * The spelling of a word said goes ("Ana Diaz"); one that spells no word said is that word ("Kim
 * sierra mike india tango hotel": "Kim Smith").
 */
function withLettersNamed(raw: string): string {
  if (!MAY_NAME_LETTERS.test(raw)) return raw;
  const said = new Set((raw.match(/[\p{L}\p{M}'-]{3,}/gu) ?? []).map(key));
  const runs: LetterPiece[][] = [];
  let run: LetterPiece[] = [];
  for (const m of raw.matchAll(LETTER_PIECES)) {
    const piece = letterOf(m[0], m.index);
    const last = run[run.length - 1];
    if (piece && (!last || /^[\s,.-]+$/.test(raw.slice(last.to, piece.from)))) run.push(piece);
    else {
      runs.push(run);
      run = piece ? [piece] : [];
    }
  }
  runs.push(run);
  let out = raw;
  for (const r of runs.reverse()) {
    // (Three words of the phone alphabet in a row are a spelling, everyday words as some are: "delta oscar echo".)
    if (r.length < 3 || !(r.some((p) => p.example) || r.filter((p) => p.named).length >= 2 || r.every((p) => p.phone))) continue;
    const spelled = r.map((p) => p.letter).join('');
    const word = said.has(spelled) ? ' ' : ` ${spelled.charAt(0).toUpperCase()}${spelled.slice(1)} `;
    out = out.slice(0, r[0]!.from) + word + out.slice(r[r.length - 1]!.to);
  }
  return out;
}

/** "Mc Donald", "mc allister" as a transcript splits them: one name, "McDonald". */
const MC_SAID_APART = /(?<![\p{L}'])([Mm][Cc])\s+(\p{L})(?=\p{L})/gu;

function withMcJoined(raw: string): string {
  return /mc\s/i.test(raw) ? raw.replace(MC_SAID_APART, (_m, mc: string, first: string) => `${mc}${first.toUpperCase()}`) : raw;
}

/** "Smith hyphen Jones", "Smith dash Jones", "García guión López": the hyphen said, written. */
const HYPHEN_SAID = /(?<=\p{L})\s+(?:hyphen|hyphenated|dash|gui[oó]n)\s+(?=\p{L})/giu;

function withHyphensSaid(raw: string): string {
  return /hyphen|dash|gui[oó]n/i.test(raw) ? raw.replace(HYPHEN_SAID, '-') : raw;
}

/**
 * How a caller says which letter a name is written with — "Benítez, con be grande", "con ve chica",
 * "con zeta al final", "con doble ele", "con i griega", "Jon without an h", "Catherine with a K",
 * "Stephen with a p h", "Sara sin hache", texted "jon (no h)" — is no part of the name (it was read
 * as one: "Be Grande Rocío Benítez", "Jon Without An H Baker"). A bare "con i" / "con y" is left:
 * it may be a word.
 */
const SPANISH_LETTER_HINTED = String.raw`(?:(?:be|ve|uve|b|v|ce|c|ese|s|zeta|z|ge|g|jota|j|hache|h|doble\s+ele|ll|erre|doble\s+erre|rr|equis|x|ka|k|cu|q|ene|eñe|ñ|n|eme|m)(?:\s+(?:grande|larga|alta|chica|chiquita|corta|baja|de\s+burro|de\s+vaca|de\s+barco|de\s+casa|de\s+mam[aá]|al\s+final|al\s+principio|al\s+inicio))?|(?:i|y)\s+(?:latina|griega))`;
const LETTER_HINT = new RegExp(String.raw`(?<![\p{L}])(con|sin)\s+(?:una?\s+(?:sola\s+)?|la\s+)?(${SPANISH_LETTER_HINTED})(?![\p{L}])`, 'giu');
/** A letter said, ending the words before another. */
const HINT_ENDING = new RegExp(String.raw`(?<![\p{L}])(?:con|sin)\s+(?:una?\s+(?:sola\s+)?|la\s+)?${SPANISH_LETTER_HINTED}\s*$`, 'iu');
/** A second letter said with the first: "con v chica y zeta", "con be y con zeta" (read as "con v chica con zeta"). */
const AND_LETTER = new RegExp(String.raw`(?<=(?<![\p{L}])(?:con|sin)\s+(?:una?\s+|la\s+)?${SPANISH_LETTER_HINTED})\s+y(?:\s+con)?\s+(?:una?\s+|la\s+)?(?=${SPANISH_LETTER_HINTED}(?![\p{L}]))`, 'giu');
/** The same in English: "with a k", "without an h", "with no h", "w/ a z", "spelled with a p h", "with two l's", texted "(no h)". */
const LETTER_HINT_EN = new RegExp(
  String.raw`(?<![\p{L}])(?:\(\s*)?(?:(?:spelled|spelt|written)\s+)?((?:with\s+no|without|with|w\/o|w\/|no)(?=\s)|\((?=\s*(?:one|only|just|two|double)\s))\s*(an\s+[aeiou]|(?:(?:an?|the|one|only\s+one|just\s+one|a\s+single)\s+)?(?:(?:double|two)\s+[a-z](?:'?s)?|p\s*h|[b-z]))(?:\s+(?:at\s+the\s+(?:end|start|beginning)|in\s+it))?(?![\p{L}'])(?:\s*\))?`,
  'giu',
);
/** The letters a letter's name (or a letter said) stands for: "zeta" z, "doble ele" ll, "i griega" y, "p h" ph, "two l's" ll. */
const LETTER_NAMES = wordTable<string>({
  be: 'b', ve: 'v', uve: 'v', ce: 'c', ese: 's', zeta: 'z', ge: 'g', jota: 'j', hache: 'h', erre: 'r', equis: 'x', ka: 'k', cu: 'q', ene: 'n', 'eñe': 'ñ', eme: 'm',
});
function lettersOf(said: string): string {
  const words = foldCase(said).replace(/^(?:an?|the|one)\s+(?=\S)/, '').split(/\s+/);
  const [first = '', second = ''] = words;
  if (first === 'doble' || first === 'double' || first === 'two') return (LETTER_NAMES[second] ?? second.replace(/'?s$/, '')).repeat(2);
  if (first === 'i') return second === 'griega' ? 'y' : 'i';
  if (first === 'p') return 'ph';
  return LETTER_NAMES[first] ?? first;
}
/** Before a letter said, a word that is no name's ("una habitación con vista" is read elsewhere; "no i don't"). */
const NO_VOWEL_AFTER_NO = /^[aeiouy]$/;

/** Cheaply, whether a letter may be said at all ("with a k", "con zeta", "sin h"): most words never run the two above. */
const MAY_SAY_A_LETTER = /(?<![\p{L}])(?:con|sin|with|without|w\/o?|no|\()\s*(?:(?:an?|the|one|una?|la|only\s+one|just\s+one|a\s+single|una?\s+sola)\s+)?(?:\p{L}{1,2}|p\s+h|double|two|doble|be|ve|uve|ce|ese|zeta|ge|jota|hache|erre|equis|ka|cu|ene|eñe|eme)(?![\p{L}])/iu;

/**
 * The words without the letters said of a name; '' when a letter said contradicts the word it is
 * said of ("Catherine with a K", "González con s", "Carla con k": the name is asked again, never
 * taken as heard nor guessed as spelled).
 */
function withoutLetterHints(raw: string): string {
  if (!MAY_SAY_A_LETTER.test(raw)) return raw;
  let contradicted = false;
  const check = (all: string, how: string, letter: string, at: number, text: string): string => {
    const lead = foldCase(how);
    if (lead === 'no' && NO_VOWEL_AFTER_NO.test(foldCase(letter))) return all;
    // ("Vázquez con v chica y zeta": the second letter is said of the same word as the first.)
    let head = text.slice(0, at);
    for (let cut = head.replace(HINT_ENDING, ''); cut !== head; cut = head.replace(HINT_ENDING, '')) head = cut;
    const before = /([\p{L}\p{M}'-]+)[\s,.(]*$/u.exec(head)?.[1];
    const letters = lettersOf(letter);
    // "Ana with one n", "(one n)", "con una sola n": the letter there, and not twice ("Anna" is not).
    const once = /(?:^|[\s(])(?:one|single|sola)\s/i.test(all) && letters.length === 1;
    if (before && !NOT_NAME.has(key(before)) && !INSTEAD_OF_A_NAME.has(key(before))) {
      const has = foldCase(before).includes(letters) && !(once && foldCase(before).includes(letters + letters));
      const wanted = lead === 'con' || lead === 'with' || lead === 'w/';
      if (has !== wanted) contradicted = true;
    }
    return ' ';
  };
  const out = (/\sy\s/.test(raw) ? raw.replace(AND_LETTER, (_all, at: number, text: string) => ` ${/^sin/i.test(text.slice(0, at).replace(/.*(?<![\p{L}])(con|sin)\s[\s\S]*$/iu, '$1')) ? 'sin' : 'con'} `) : raw)
    .replace(LETTER_HINT, (all, how: string, letter: string, at: number, text: string) => check(all, how, letter, at, text))
    .replace(LETTER_HINT_EN, (all, how: string, letter: string, at: number, text: string) => check(all, how === '(' ? 'with' : how.replace(/\s+no$/i, 'out'), letter, at, text));
  return contradicted ? '' : out;
}

/** Three letters or more said one by one ("S M I T H", "s-m-i-t-h", "B. R. O. W. N."). */
const SPELLED = /(?<![\p{L}\p{M}'])\p{L}(?:[\s.-]+\p{L}(?![\p{L}\p{M}'])){2,}/gu;

/**
 * A word spelled out after (or before) it is said — "Smith, S M I T H", "Katie Brennan, that is B R
 * E N N A N", "smith, s-m-i-t-h" — is that word said once: the letters go (they were read as a name
 * of their own, "Smith S M I T H"). Letters that spell no word said are left as they are (initials).
 */
function withoutSpelling(raw: string): string {
  if (!/(?<![\p{L}\p{M}'])\p{L}[\s.-]+\p{L}[\s.-]+\p{L}(?![\p{L}\p{M}'])/u.test(raw)) return raw;
  // (Letters joined by hyphens, "l-u-c-y", are the spelling, not a word said.)
  const said = new Set((raw.match(/[\p{L}\p{M}'-]{3,}/gu) ?? []).filter((w) => !/^\p{L}(?:-\p{L})+$/u.test(w)).map(key));
  // ("Michael, that's M I C H A E L, Brown": the words saying a spelling follows go with it.)
  return raw.replace(SPELLING_SAID, (all, lead: string | undefined) => {
    const letters = all.slice(lead?.length ?? 0);
    return said.has(key(letters.replace(/[\s.-]+/g, ''))) ? ' ' : (spelledWords(letters) ?? all);
  });
}

/**
 * Letters that spell no word said, spelled as a name is — said one by one ("first name m a r k", as
 * speech-to-text writes letters) or texted with hyphens ("J-O-H-N S-M-I-T-H") — are the words they
 * spell. Capitals apart ("W E B Griffin") and letters without a vowel ("j r r") are initials, left as they are.
 */
function spelledWords(letters: string): string | null {
  const hyphened = /\p{L}-\p{L}/u.test(letters);
  if (!hyphened && letters !== letters.toLowerCase()) return null;
  // Hyphens inside each word and spaces between them: a word each; else one word.
  const groups = hyphened ? letters.trim().split(/\s+/) : [letters];
  const words = groups.map((g) => foldCase(g).replace(/[^\p{L}]+/gu, ''));
  if (words.some((w) => w.length < 2 || !/[aeiouy]/.test(w)) || words.join('').length < 3) return null;
  return ` ${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')} `;
}

/** A spelling, with the words before it that say one follows ("that's", "spelled", "se escribe"). */
const SPELLING_SAID = new RegExp(String.raw`((?<![\p{L}])(?:that's|that is|thats|it's spelled|spelled|spelt|se escribe|like(?:\s+the)?|as in|como)[\s,:]*|\(\s*)?` + SPELLED.source + String.raw`(?:\s*\))?`, 'giu');

/**
 * Both parts said by their labels, the surname first: "Last name's Nguyen, first name Linda",
 * "apellido Torres, nombre Luis" (the surname is the one or two words after its label; "Last name
 * Nguyen, N-G-U-Y-E-N, first name Thanh": the spelling gone, its commas are left between them).
 */
const SURNAME_THEN_FIRST = [
  /^(.*?)\b(?:(?:my|the)\s+)?(?:last\s+name|surname)(?:'s|\s+is)?\s+(\p{L}[\p{L}\p{M}'-]*(?:\s+(?!and\s)\p{L}[\p{L}\p{M}'-]*)?)(?:\s*[,.;])*\s*(?:and\s+)?(?:(?:my|the)\s+)?first\s+name(?:'s|\s+is)?\s+(\p{L}.*)$/iu,
  /^(.*?)(?<![\p{L}])(?:(?:mi|el)\s+)?apellidos?(?:\s+es)?\s+(\p{L}[\p{L}\p{M}'-]*(?:\s+(?!y\s)\p{L}[\p{L}\p{M}'-]*)?)(?:\s*[,.;])*\s*(?:y\s+)?(?:(?:mi|el)\s+)?nombre(?:\s+es)?\s+(\p{L}.*)$/iu,
  // "It's Kowalski, K-O-W-A-L-S-K-I, first name Anna": the surname said bare, then the first name by its label.
  /^(.*?)(?<![\p{L}'])(?!(?:my|the|is|its|it's|name|names|and|a|an|under|for|his|her|your|our|their)(?![\p{L}]))(\p{L}[\p{L}\p{M}'-]*)(?:\s*[,.;])*\s*(?:and\s+)?(?:(?:my|the|his|her)\s+)?first\s+name(?:'s|\s+is)?\s+(\p{L}.*)$/iu,
];

/** The words with a name said surname first by its labels put in the order it is written: "Linda Nguyen". */
function inNameOrder(raw: string): string {
  if (!/name|apellido/i.test(raw)) return raw;
  for (const order of SURNAME_THEN_FIRST) {
    const m = order.exec(raw);
    if (m) return `${m[1]}${m[3]!.replace(/[.!]+$/, '')} ${m[2]}`;
  }
  return raw;
}

function rawWords(raw: string): RawWord[] {
  const out: RawWord[] = [];
  for (const m of raw.matchAll(/[\p{L}\p{M}'-]+|\p{N}+|[,.;:!?¿¡()]/gu)) {
    const t = m[0];
    if (/^[,.;:!?¿¡()]$/.test(t)) {
      const last = out[out.length - 1];
      if (last) {
        last.stop = true;
        if (t === ':') last.colon = true;
      }
      continue;
    }
    out.push({ text: t, key: key(t), stop: false, from: m.index, to: m.index + t.length });
  }
  return out;
}

/** A name said, and where its words end in the text. */
interface NameSaid {
  name: string;
  /** Introduced as a surname alone ("my last name is …"). */
  surname?: true;
  /** The text's first word, and the end of its last, as rawText gives the text. */
  from: number;
  to: number;
}

/** Never part of a name, even capitalised: "John Smith I will pay cash". */
const NEVER_NAME = new Set(['i', 'im', 'id', 'ill', 'ive']);

/**
 * Words that end a name elsewhere but are surnames too ("Johnny Cash", "Carla Card", "April May").
 * In a transcript without capitals, one right after a first name is the name's when the name ends
 * there: the end, a pause, or a new clause ("johnny cash i need a room"). "John, cash please" (a
 * pause after the name) and "john paying cash" are still a way to pay. (Not "good", "fine": "im
 * john good thanks" is an answer to "how are you".)
 */
const SURNAME_WORDS = new Set(['cash', 'card', 'may', 'will']);
/** After a name's last word, these start something else: "johnny cash i need a room", "… and two nights". */
const CLAUSE_START = new Set(['i', 'im', 'id', 'ill', 'ive', 'we', 'were', 'and', 'y', 'please', 'thanks', 'thank', 'gracias', 'calling', 'speaking', 'here']);

function endsAsSurname(words: readonly RawWord[], i: number): boolean {
  const w = words[i]!;
  if (!SURNAME_WORDS.has(w.key)) return false;
  const next = words[i + 1];
  return w.stop || next === undefined || CLAUSE_START.has(next.key);
}

/** Words that end a name elsewhere but are first names too: "this is will king", "may chen speaking". */
const FIRST_NAME_WORDS = new Set(['will', 'may']);
/** After "will" or "may", these make it the verb: "my name will be…", "may I book…". */
const AFTER_THE_VERB = new Set(['be', 'have', 'need', 'want', 'pay', 'take', 'stay', 'arrive', 'come', 'call', 'get', 'check', 'book', 'leave', 'also', 'probably']);

/** "Will King", "may chen": a first name that is also a verb, when a surname follows it. */
function firstNameWordAt(words: readonly RawWord[], i: number, cased: boolean): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!FIRST_NAME_WORDS.has(w.key) || w.stop || next === undefined) return false;
  // ("Will Cash", "May Card": a surname that is also a word, where the name ends.)
  if ((NOT_NAME.has(next.key) && !endsAsSurname(words, i + 1)) || AFTER_THE_VERB.has(next.key) || !/^[\p{L}\p{M}'-]{2,}$/u.test(next.text)) return false;
  return !cased || (startsCapital(w.text) && startsCapital(next.text));
}

function startsCapital(text: string): boolean {
  return text[0] !== text[0]!.toLowerCase();
}

/**
 * The name words from `start`: letters only, up to 5, ending at punctuation or at a word that is
 * not a name; lower-case particles only between two names. With `cased` (a speech transcript,
 * which capitalises names), each name word must start with a capital. With `capitals`, a word
 * written with a capital in a cased transcript is a name even when it is also a word: after a
 * first name ('afterFirst': "Johnny Cash", "Carla Card"), or anywhere ('all', where a name was asked
 * for: "Will Smith", "May Chen"). Not first in a request: "I'm Sorry", "I'm Staying Friday".
 */
function collectName(words: readonly RawWord[], start: number, cased: boolean, capitals: 'none' | 'afterFirst' | 'all' = cased ? 'afterFirst' : 'none'): NameSaid | null {
  const kept: RawWord[] = [];
  // (Five words of a name at most, its particles not counted: "José Luis Pérez de la Garza".)
  for (let i = start; i < words.length && kept.filter((k) => !PARTICLES.has(k.key)).length < 5 && kept.length < 9; i++) {
    const w = words[i] as RawWord;
    if (/\p{N}/u.test(w.text) || !/\p{L}/u.test(w.text)) break;
    // "Robert and Linda Chen", "Juan y María López": a couple's first names, their surname said once.
    if (kept.length === 1 && COUPLE_JOINS.has(w.key) && !kept[0]!.stop && secondOfCouple(words, i + 1, cased)) {
      kept.push(w);
      continue;
    }
    const particle = PARTICLES.has(w.key) && kept.length > 0 && words[i + 1] !== undefined && !w.stop;
    // ("Soy de Monterrey": from somewhere, not a name.)
    if (kept.length === 0 && PARTICLES.has(w.key)) break;
    if (!particle) {
      const capital = (capitals === 'all' || (capitals === 'afterFirst' && kept.length > 0)) && startsCapital(w.text) && !NEVER_NAME.has(w.key);
      const surname = !cased && kept.length > 0 && endsAsSurname(words, i);
      if (NOT_NAME.has(w.key) && !capital && !surname && !(kept.length === 0 && firstNameWordAt(words, i, cased))) break;
      if (cased && !startsCapital(w.text)) break;
    }
    kept.push(w);
    // "John, John Smith": a first name said again, then the rest of the name.
    if (w.stop && kept.length === 1 && words[i + 1]?.key === w.key && !words[i + 1]!.stop) {
      i++;
      continue;
    }
    // "Garcia, Maria Garcia": the surname said first, then the whole name.
    if (w.stop && kept.length === 1 && words[i + 2]?.key === w.key && words[i + 1] && !words[i + 1]!.stop && !NOT_NAME.has(words[i + 1]!.key)) {
      kept.length = 0;
      continue;
    }
    if (w.stop) break;
  }
  while (kept.length && PARTICLES.has(kept[kept.length - 1]!.key)) kept.pop();
  const name = kept.length ? nameFromSpeech(kept.map((w) => w.text).join(' ')) : null;
  return name === null ? null : { name, from: kept[0]!.from, to: kept[kept.length - 1]!.to };
}

/** What joins a couple's first names. */
const COUPLE_JOINS = new Set(['and', 'y']);

/** A first name and a surname at `j`, and nothing more of a name after them: the second of a couple. */
function secondOfCouple(words: readonly RawWord[], j: number, cased: boolean): boolean {
  const [first, last, after] = [words[j], words[j + 1], words[j + 2]];
  if (!first || !last || first.stop) return false;
  const nameWord = (w: RawWord) => /^[\p{L}\p{M}'-]{2,}$/u.test(w.text) && !NOT_NAME.has(w.key) && !PARTICLES.has(w.key) && (!cased || startsCapital(w.text));
  return nameWord(first) && nameWord(last) && (last.stop || after === undefined || NOT_NAME.has(after.key));
}

/** The text without the name's words (the other readers read the rest). */
function without(raw: string, said: NameSaid): string {
  return `${raw.slice(0, said.from)} ${raw.slice(said.to)}`;
}

/** Whether the text capitalises as a recogniser does (names with capitals), not all lower case. */
function isCased(text: string): boolean {
  return /\p{Lu}/u.test(asText(text).slice(1));
}

/** Titles said before a name, never part of it. */
const HONORIFICS = new Set([
  'la', 'el', 'senor', 'senora', 'senorita', 'don', 'dona', 'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'doctor', 'doctora',
  'licenciado', 'licenciada', 'lic', 'ingeniero', 'ingeniera', 'ing', 'profesor', 'profesora', 'sir', 'madam', 'sra', 'sr', 'srta', 'prof', 'profa',
]);

/** "It's …" introduces a name only when a first and last name follow ("it's Friday" does not). */
const WEAK_LEAD_INS: readonly string[][] = [['its'], ['it', 'is'], ['under'], ['reservation', 'is', 'for'], ['booking', 'is', 'for'], ['reservacion', 'es', 'para']];
/** A title opening the words ("Dr. Alan Smith calling, …", "Señora Carmen Pérez, quiero …"): as weak a lead-in as "it's". */
const OPENING_TITLES: readonly string[][] = ['dr', 'doctor', 'doctora', 'mr', 'mrs', 'ms', 'senora', 'senor', 'licenciado', 'licenciada', 'ingeniero', 'ingeniera'].map((t) => [t]);
/** Calendar words, never a name after a weak lead-in ("it's Christmas Eve"). */
const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'eve',
  'new', 'years', 'thanksgiving', 'easter', 'labor', 'memorial', 'independence', 'day', 'weekend', 'lunes',
  'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'navidad', 'nochebuena', 'ano', 'nuevo',
  // "For Halloween next year", "for valentines": days and spans, never a guest so named.
  'halloween', 'valentines', 'valentine', 'xmas', 'nye', 'year', 'month', 'week', 'next',
]);

/**
 * A name introduced inside a longer request — "I'm John Smith, two rooms", "a nombre de Lucía
 * Hernández", "under the name Peter Park", "it's Robert Johnson calling" — or null. "I'm calling
 * to book" has none.
 */
export function nameInRequest(text: string): string | null {
  return nameInRequestSaid(rawText(text))?.name ?? null;
}

/**
 * A name introduced inside a request (as nameInRequest), and the request's words without it, for
 * the other readers: "I'm Domingo García, a room for Saturday" is a room for Saturday, not for
 * Sunday; "a nombre de Mercedes Martes" names no Tuesday.
 */
export function nameAndRest(text: string): { name: string | null; rest: string; surname?: true } {
  const written = rawText(text);
  const raw = /apellido|last\s+name/i.test(written) ? written.replace(SURNAME_SAID_AFTER_FIRST, ' ') : written;
  const said = nameInRequestSaid(raw);
  // ("Hi this is… start over": a request after the lead-in, no one's name.)
  if (!said || nameLikeness(said.name) === 'request') return { name: null, rest: text };
  // "A nombre de Luis, digo, de Laura": the name put in its place.
  const put = nameAfterPutRight(raw, said.from);
  if (put) return { name: put.read.first, rest: raw.slice(0, said.from) + put.read.rest };
  return said.surname ? { name: said.name, rest: without(raw, said), surname: true } : { name: said.name, rest: without(raw, said) };
}

/**
 * The whole name said again after only part of it was taken: "Ana Sofía Márquez" said at the
 * payment question when the name is "Ana", "Jo Lee" when it is "Lee" (one word may have been the
 * surname). Only a longer name that keeps every word of the one taken, starting with the same
 * first name when more than one word was taken, and that reads as a name; else null.
 */
export function fullerName(taken: string, text: string): string | null {
  const said = nameFromSpeech(text);
  if (said === null) return null;
  const before = taken.split(' ').map(key);
  const now = said.split(' ').map(key);
  if (now.length <= before.length || (before.length > 1 && now[0] !== before[0]) || !before.every((w) => now.includes(w))) return null;
  return nameLikeness(said) === 'name' ? said : null;
}

/**
 * A name with its surname replaced by one said alone: "Mary Jones" and "Johnson" → "Mary Johnson",
 * "María de la Cruz" and "López" → "María López" (the particles go with the surname they open).
 * A name of one word keeps it as the first name.
 */
export function withSurname(name: string, surname: string): string {
  const words = name.split(' ').filter((w) => w !== '');
  if (words.length === 0) return surname;
  let keep = words.length > 1 ? words.length - 1 : 1;
  while (keep > 1 && PARTICLES.has(key(words[keep - 1]!))) keep--;
  return [...words.slice(0, keep), surname].join(' ');
}

function nameInRequestSaid(raw: string): NameSaid | null {
  try {
    const words = rawWords(raw);
    const keys = words.map((w) => w.key);
    for (let i = 0; i < words.length; i++) {
      const strong = REQUEST_LEAD_INS_BY_FIRST.get(keys[i]!)?.find((p) => phraseAt(keys, i, p)) ?? (words[i]!.colon && NAME_LABELS.has(keys[i]!) ? [keys[i]!] : undefined);
      // "2 rms, 1 nt, name jess wong, cash": a label opening an item of a texted list, as weak as "under".
      const listed = NAME_LABELS.has(keys[i]!) && (i === 0 || words[i - 1]!.stop === true) ? [keys[i]!] : undefined;
      const title = i === 0 && !strong && !listed ? firstSaidAt(keys, i, OPENING_TITLES) : undefined;
      const lead = strong ?? firstSaidAt(keys, i, WEAK_LEAD_INS) ?? listed ?? title;
      // ("Dr." ends with its abbreviation's stop, not the sentence's.)
      if (!lead || (words[i + lead.length - 1]?.stop && !words[i + lead.length - 1]?.colon && !title)) continue;
      // "Soy la señora Patricia Ortega": the title is not part of the name.
      let from = i + lead.length;
      while (from < words.length - 1 && HONORIFICS.has(words[from]!.key)) from++;
      // "A nombre de mi esposa, Laura Pérez", "under my wife's name Laura Chen": whose it is, then the name.
      from = afterRelation(words, from);
      const cased = isCased(raw);
      if (isDoingOrBeing(words[from], cased)) continue;
      const said = collectName(words, from, cased);
      if (!said) continue;
      const parts = said.name.split(' ').map(key);
      // ("Under two hundred dollars", "under Christmas budget": no name.)
      if (!strong && (parts.length < 2 || parts.some((p) => CALENDAR_WORDS.has(p) || isNumberWord(p)))) continue;
      return strong?.some((w) => SURNAME_LEAD_WORDS.has(w)) ? { ...said, surname: true } : said;
    }
    return null;
  } catch {
    return null;
  }
}

/** Who a room is for, said last: "… from the 4th to the 7th for Ana Diaz", "… del 9 al 11 para Ana Díaz". */
const FOR_WHOM = new Set(['for', 'para']);
/** Whose, not who: "para mis papás", "for his parents". */
const WHOSE = new Set(['my', 'mis', 'mi', 'our', 'his', 'her', 'their', 'your', 'su', 'sus', 'tu', 'tus', 'nuestro', 'nuestra', 'nuestros', 'nuestras']);
/** Said after the name, the request closed: "for Ana Diaz, please". */
const CLOSING = new Set(['please', 'pls', 'plz', 'thanks', 'thank', 'you', 'por', 'favor', 'porfa', 'gracias']);
/** Periods and occasions a stay is "for", never a guest's name ("for spring break", "para Semana Santa"). */
const OCCASIONS = new Set([
  'spring', 'break', 'summer', 'winter', 'fall', 'autumn', 'holiday', 'holidays', 'vacation', 'vacaciones', 'semana', 'santa',
  'pascua', 'muertos', 'dia', 'puente', 'fin', 'posadas', 'reyes', 'verano', 'invierno', 'graduation', 'wedding', 'boda',
  'business', 'work', 'trabajo', 'negocios', 'conference', 'congreso', 'game', 'concert', 'partido', 'concierto', 'festival',
  'marathon', 'maraton', 'honeymoon', 'luna', 'miel', 'anniversary', 'aniversario', 'birthday', 'cumpleanos', 'quince', 'xv',
]);

/**
 * A name said last after a bare "for"/"para", closing a request ("two deluxe rooms from the 4th to
 * the 7th for Ana Diaz"), and the words without it; null when what follows "for" is not a name of
 * two words or more that ends the words (a day, a count, an occasion, who is coming). `cased`: the
 * transcript capitalises names, so the name's capitals were heard (else it is read from lower case).
 */
export function nameForAtEnd(text: string): { name: string; rest: string; cased: boolean } | null {
  try {
    const raw = rawText(text);
    const words = rawWords(raw);
    let last = words.length;
    while (last > 0 && CLOSING.has(words[last - 1]!.key)) last--;
    last = beforeWayToPay(raw, words, last);
    let at = -1;
    for (let i = last - 3; i >= 0; i--) {
      if (FOR_WHOM.has(words[i]!.key)) {
        at = i;
        break;
      }
    }
    if (at < 0) return null;
    let from = at + 1;
    while (from < last - 1 && HONORIFICS.has(words[from]!.key)) from++;
    from = afterRelation(words, from);
    const cased = isCased(raw);
    const said = collectName(words.slice(0, last), from, cased);
    if (!said || said.to !== words[last - 1]!.to) return null;
    const parts = said.name.split(' ').map(key).filter((p) => !PARTICLES.has(p));
    if (parts.length < 2 || parts.some((p) => CALENDAR_WORDS.has(p) || OCCASIONS.has(p) || isNumberWord(p) || INSTEAD_OF_A_NAME.has(p) || WHOSE.has(p) || RELATION_KEYS.has(p))) return null;
    if (nameLikeness(said.name) !== 'name') return null;
    return { name: said.name, rest: without(raw, said), cased };
  } catch {
    return null;
  }
}

/** Opening the way to pay said after a name: "for Mark Chen paying cash", "para Ana Díaz con tarjeta". */
const PAY_LEADS = new Set(['paying', 'pay', 'with', 'by', 'in', 'pagando', 'pagamos', 'pago', 'con', 'en']);
/** A way to pay this long at most, after its lead ("paying with a credit card"). */
const PAY_TAIL_WORDS = 5;

/**
 * Where the words end before a way to pay that closes them ("… for mark chen paying cash"), so
 * the name before it still ends the request; `last` when none does. The way to pay stays in the
 * words for the payment's own reader.
 */
function beforeWayToPay(raw: string, words: readonly RawWord[], last: number): number {
  for (let p = Math.max(2, last - PAY_TAIL_WORDS); p < last; p++) {
    if (!PAY_LEADS.has(words[p]!.key)) continue;
    const tail = tokenize(raw.slice(words[p]!.from, words[last - 1]!.to));
    if (paymentFromTokens(tail) !== null || cardSaidIn(tail)) return p;
  }
  return last;
}

/**
 * A name texted as one item of a list — "king from the 5th to the 7th, John Lee, credit card",
 * "Ana Ruiz, 2 noches desde el viernes" — in a text written with capitals: an item between commas
 * (or the text's ends) of two to five words, each starting with a capital but the particles, none a
 * word of a request, a day, an occasion or a count ("Para Semana Santa", "Credit Card", "Two
 * Nights" are none). Kept only with the request it comes in (reading/whole-request.ts).
 */
export function nameListed(text: string): { name: string; rest: string; cased: boolean } | null {
  try {
    const raw = rawText(text);
    if (!isCased(raw) || !/[,;]/.test(raw)) return null;
    const words = rawWords(raw).filter((w) => /[\p{L}\p{N}]/u.test(w.text) || w.stop);
    const named = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
    for (let i = 0; i < named.length; i++) {
      if (i > 0 && !named[i - 1]!.stop) continue;
      let end = i;
      while (end < named.length - 1 && !named[end]!.stop) end++;
      // ("king, for Bob Lee, paying cash": the item's "for", "para" are whom it is for, not the name.)
      const item = named.slice(FOR_WHOM.has(named[i]!.key) && !startsCapital(named[i]!.text) ? i + 1 : i, end + 1);
      i = end;
      if (item.length === named.length) continue;
      // ("1 standard room for Jan 8-10 for Mark Chen, paying cash": the item closed by whom it is for.)
      const said = itemName(item) ?? itemName(afterLastFor(item));
      // (Confirmed with the rest: an item of a list may be a place, "Miami Beach, 2 nts".)
      if (said) return { name: said.name, rest: without(raw, said), cased: false };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * A text that is a name and nothing else ("Dana Whitfield" sent at the rooms question, ahead of its
 * turn): two to five capitalised words with a capital past the first, none a word of a request, a
 * day, an occasion, a count or a relation. Null otherwise (a lower-case transcript says no name).
 */
export function nameAlone(text: string): string | null {
  try {
    const raw = rawText(text);
    if (!isCased(raw)) return null;
    const words = rawWords(raw).filter((w) => /[\p{L}\p{N}]/u.test(w.text));
    return itemName(words)?.name ?? null;
  } catch {
    return null;
  }
}

/** An item of a list that is a name (two to five capitalised words, none a word of a request), or null. */
function itemName(item: readonly RawWord[]): NameSaid | null {
  if (item.length < 2 || item.length > 7) return null;
  if (!item.every((w) => (startsCapital(w.text) && w.text !== w.text.toUpperCase()) || PARTICLES.has(w.key)) || PARTICLES.has(item[0]!.key)) return null;
  const parts = item.map((w) => w.key).filter((k) => !PARTICLES.has(k));
  if (parts.length < 2 || parts.length > 5) return null;
  if (parts.some((p) => INSTEAD_OF_A_NAME.has(p) || CALENDAR_WORDS.has(p) || OCCASIONS.has(p) || isNumberWord(p) || RELATION_KEYS.has(p) || WHOSE.has(p))) return null;
  const name = nameFromSpeech(item.map((w) => w.text).join(' '));
  if (name === null || nameLikeness(name) !== 'name') return null;
  return { name, from: item[0]!.from, to: item[item.length - 1]!.to };
}

/** The words after an item's last lower-case "for"/"para" (whom the request is for), or none. */
function afterLastFor(item: readonly RawWord[]): readonly RawWord[] {
  for (let k = item.length - 3; k > 0; k--) if (FOR_WHOM.has(item[k]!.key) && !startsCapital(item[k]!.text)) return item.slice(k + 1);
  return [];
}

const POSSESSIVES = new Set(['my', 'our', 'mi', 'nuestro', 'nuestra', 'nuestros', 'su']);
const RELATION_KEYS = new Set([...RELATIONS, ...RELATIONS.map((r) => `${r}s`), ...RELATIONS_ES]);

/** Past "my wife", "my wife's name", "mi esposa" at words[from], when a word follows it; else `from`. */
function afterRelation(words: readonly RawWord[], from: number): number {
  if (!POSSESSIVES.has(words[from]?.key ?? '') || !RELATION_KEYS.has(words[from + 1]?.key ?? '')) return from;
  const at = words[from + 2]?.key === 'name' || words[from + 2]?.key === 'nombre' ? from + 3 : from + 2;
  return at < words.length ? at : from;
}

/**
 * Asked for their name, the caller said it and something more ("It's Sarah O'Connor, and I'll pay
 * cash"): the name said first, up to where it ends. Null when nothing name-like comes first.
 */
export function nameSaidFirst(text: string): string | null {
  return nameFirstSaid(wordsOf(rawText(text)))?.name ?? null;
}

/**
 * Asked for their name, what the caller said: the name said first (capitalised words in a
 * transcript are the name's, "Johnny Cash", "Martin King", "Domingo Pérez"), and the words after
 * it, which alone are read for anything else ("…, and I'll pay cash"); `endsAtWords`: in a
 * transcript, other words follow the name ("Patricia Ortega y somos dos").
 */
export function nameAtNameQuestion(text: string): NameAtQuestion {
  // (Read twice in a turn, for the whole request and for the name: the last answer is kept.)
  if (lastAsked?.text === text) return lastAsked.said;
  const said = withoutCutOff(nameAtQuestion(text));
  lastAsked = { text, said };
  return said;
}

interface NameAtQuestion {
  first: string | null;
  rest: string;
  endsAtWords: boolean;
  /** Said surname first ("López, Domingo"): turned round, and to be confirmed. */
  turned?: true;
  /**
   * Only part of what was said is the name: introduced further on ("the reservation will be under
   * Kevin Walsh", "it's under my wife's name, Laura Chen"), or after a day said first ("Friday, John
   * Smith").
   */
  part?: true;
  /** A word cut off before the name taken away ("jo john smith"): the name is confirmed. */
  cutOff?: true;
}
let lastAsked: { text: string; said: NameAtQuestion } | null = null;

/**
 * "Jo- John Smith", "ju juan pérez": a first word cut off and said again whole, as a transcript
 * writes a false start. Dropped when two words or more of the name follow it; as "Al Alvarez Ruiz"
 * is a name too, the name is confirmed.
 */
function withoutCutOff(said: NameAtQuestion): NameAtQuestion {
  const parts = said.first?.split(' ') ?? [];
  if (parts.length < 3) return said;
  const [cut, whole] = [key(parts[0]!), key(parts[1]!)];
  if (cut.length < 2 || cut.length >= whole.length || !whole.startsWith(cut)) return said;
  return { ...said, first: parts.slice(1).join(' '), cutOff: true };
}

/** "Juan, de apellido Ramírez", "José y mi apellido es de la Cruz", "John, last name Smith": the surname said as such, after the first name. */
const SURNAME_SAID = /,?\s*(?:(?:y\s+)?(?:(?:de|mi|mis|el|los)\s+)?apellidos?(?:\s+(?:es|son))?|(?:and\s+)?(?:my\s+)?last\s+name(?:\s+is)?)\s+(?=\p{L})/iu;
/** The same, right after a first name inside a request: "my name is John, last name Whitaker", "José Luis y de apellido Ruiz". */
const SURNAME_SAID_AFTER_FIRST = /(?<=\p{L})(?<!(?<!\p{L})(?:my|the|his|her|our|their|your|mi|el|su|is|es)),?\s*(?:(?:y\s+)?de\s+apellidos?|y\s+(?:mi|mis|el|los)\s+apellidos?\s+(?:es|son)|(?:and\s+)?last\s+name(?:\s+is)?)\s+(?=\p{L})/iu;

/** A name taken back and another said in its place: "Luis, digo, Laura", "Mike, sorry, Michael Brown", "a nombre de Luis, perdón, de Laura". */
const PUT_IN_PLACE = /(?<!\p{L})(?:digo|perd[oó]n|sorry|i mean|o sea)(?!\p{L})[\s,.;:!-]*(?:(?:de|del)\s+)?/giu;

/** Where the last taking back at or after `from` is said, and the name read after it (null: none, or no name after it). */
function nameAfterPutRight(text: string, from: number): { at: number; read: NameAtQuestion } | null {
  let last: RegExpExecArray | null = null;
  PUT_IN_PLACE.lastIndex = from;
  for (let m = PUT_IN_PLACE.exec(text); m; m = PUT_IN_PLACE.exec(text)) last = m;
  PUT_IN_PLACE.lastIndex = 0;
  if (!last) return null;
  const after = text.slice(last.index + last[0].length);
  const read = nameIn(after, rawText(after));
  return read.first === null ? null : { at: last.index, read: { ...read, part: true } };
}

/** The name said after taking one back, when one was said before it: the later stands (never the words around both). */
function namePutRight(text: string): NameAtQuestion | null {
  const put = nameAfterPutRight(text, 0);
  if (!put || put.at === 0) return null;
  const before = text.slice(0, put.at);
  return nameIn(before, rawText(before)).first === null ? null : put.read;
}

function nameAtQuestion(text: string): NameAtQuestion {
  const put = namePutRight(text);
  if (put) return put;
  const said = rawText(text);
  const raw = said.replace(SURNAME_SAID, ' ');
  const read = nameIn(text, raw);
  // (The words as said are not the name: the name read is. So too where a spelling was left out.)
  const spelled = /[\s.-]\p{L}[\s.-]/u.test(text) && withoutSpelling(text) !== text;
  return (raw !== said || spelled) && read.first !== null ? { ...read, part: true } : read;
}

function nameIn(text: string, raw: string): NameAtQuestion {
  // (The words read once, for the two ways a name is looked for.)
  const read = wordsOf(raw);
  const further = nameIntroducedFurtherOn(read);
  if (further) return { first: further.name, rest: without(raw, further), endsAtWords: false, part: true };
  const turned = raw.includes(',') ? surnameFirst(raw, read) : null;
  if (turned) return { first: turned.name, rest: turned.rest, endsAtWords: false, turned: true };
  const first = nameFirstSaid(read);
  if (!first) return { first: null, rest: text, endsAtWords: false };
  const said = surnameSaidBefore(first);
  if (said !== first) return { first: said.name, rest: without(raw, said), endsAtWords: false, part: true };
  const again = nameSaidAgain(read, said);
  if (again) return { first: again.name, rest: without(raw.slice(0, again.to), said) + raw.slice(again.to), endsAtWords: false, part: true };
  if (said.afterDay) return { first: said.name, rest: raw.slice(said.to), endsAtWords: false, part: true };
  if (!isCased(raw)) return { first: said.name, rest: without(raw, said), endsAtWords: false };
  // In a transcript, lower-case words, numbers and calendar words after the name are something
  // else ("y somos dos", "…, December 5th"); other capitals are more of the name, spelled or turned
  // round ("Smith, John", "S M I T H"), and nothing else is read from them.
  const endsAtWords = rawWords(raw.slice(said.to)).some((w) => !/\p{L}/u.test(w.text) || !startsCapital(w.text) || CALENDAR_WORDS.has(w.key));
  return { first: said.name, rest: endsAtWords ? without(raw, said) : raw.slice(0, said.from), endsAtWords };
}

/** Said after a name to put another in its place: "Bob, well, Robert Hayes", "Chuy, bueno, Jesús Ramírez". */
const PUT_RIGHT = new Set(['well', 'actually', 'mean', 'rather', 'bueno', 'digo', 'mejor', 'sea', 'perdon', 'sorry']);

/**
 * One word taken as the name, and the whole name said after it: again with that word ("Ibarra, con
 * i latina, Ibarra. Sofía Ibarra", "Smith. Jonathan Smith"), or after words that put it right
 * ("Bob, well, Robert Hayes officially"). The whole name, of two words or more; else null.
 */
function nameSaidAgain({ words, cased }: WordsRead, said: NameSaid): NameSaid | null {
  if (said.name.includes(' ')) return null;
  const one = key(said.name);
  let k = words.findIndex((w) => w.from >= said.to);
  const putRight = k >= 0 && PUT_RIGHT.has(words[k]!.key);
  for (; k >= 0 && k < words.length; k++) {
    const w = words[k]!;
    if ((cased && !startsCapital(w.text)) || NOT_NAME.has(w.key) || PUT_RIGHT.has(w.key)) continue;
    const again = collectName(words, k, cased, cased ? 'all' : 'none');
    if (!again) continue;
    const parts = again.name.split(' ').map(key);
    if (parts.length >= 2 && (putRight || parts.includes(one))) return again;
    while (k + 1 < words.length && words[k + 1]!.from < again.to) k++;
  }
  return null;
}

/**
 * The surname said first, then the whole name ending with it, without a pause written ("benítez
 * rocío benítez", as a recogniser writes "Benítez… Rocío Benítez"): the whole name.
 */
function surnameSaidBefore<T extends NameSaid>(said: T): T {
  const parts = said.name.split(' ');
  const k = surnameRepeated(parts);
  return k ? { ...said, name: parts.slice(k).join(' ') } : said;
}

/** How many words a surname said first and again at the end has ("Van der Berg … van der Berg": 3); 0 when none. */
function surnameRepeated(parts: readonly string[]): number {
  const keys = parts.map(key);
  for (let k = Math.floor((parts.length - 1) / 2); k >= 1; k--) {
    if (keys.slice(0, k).join(' ') === keys.slice(-k).join(' ')) return k;
  }
  return 0;
}

/** Where the lead-ins and fillers said before a name end ("yes hi my name is …"). */
function afterLeadIns(words: readonly RawWord[], keys: readonly string[]): number {
  let start = 0;
  for (let changed = true; changed; ) {
    changed = false;
    const lead = firstSaidAt(keys, start, LEAD_INS);
    if (lead && start + lead.length < words.length) {
      start += lead.length;
      changed = true;
    }
  }
  return start;
}

/** A text's words, their keys, where the lead-ins before a name end, and whether it is cased. */
interface WordsRead {
  words: RawWord[];
  keys: string[];
  start: number;
  cased: boolean;
}

function wordsOf(raw: string): WordsRead {
  const words = rawWords(raw);
  const keys = words.map((w) => w.key);
  return { words, keys, start: afterLeadIns(words, keys), cased: isCased(raw) };
}

/**
 * "I'm driving right now", "I'm busy", "I'm staying downtown": what the caller is doing or how they
 * are, not who (an auto-reply's words read "Driving" as a name). An English "-ing" word, or a state,
 * right after "I'm"; a recogniser's capital keeps a name ("I'm Sterling").
 */
function isDoingOrBeing(w: RawWord | undefined, cased: boolean): boolean {
  if (w === undefined || (cased && startsCapital(w.text))) return false;
  return /^[a-z]{3,}ing$/.test(w.key) || STATES.has(w.key);
}
const STATES = new Set([
  'busy', 'tired', 'late', 'early', 'lost', 'away', 'out', 'outside', 'abroad', 'sick', 'ill', 'home', 'unavailable',
  'available', 'free', 'off', 'done', 'finished', 'confused', 'curious', 'ocupado', 'ocupada', 'manejando',
]);

function nameFirstSaid({ words, start, cased }: WordsRead): (NameSaid & { afterDay?: true }) | null {
  try {
    // "Friday, John Smith", "el lunes, Juan Pérez": a day said first, and a pause, is not the name
    // (nor taken as a date here).
    let from = start;
    for (;;) {
      const article = DAY_ARTICLES.has(words[from]?.key ?? '') ? 1 : 0;
      const day = words[from + article];
      if (from + article >= words.length - 1 || !day!.stop || !CALENDAR_WORDS.has(day!.key)) break;
      from += article + 1;
    }
    const said = collectName(words, from, false, cased ? 'all' : 'none');
    return said && from > start ? { ...said, afterDay: true } : said;
  } catch {
    return null;
  }
}

/** Before a day said first: "el lunes, Juan Pérez", "on Friday, John Smith". */
const DAY_ARTICLES = new Set(['el', 'the', 'on', 'this', 'este']);

/** Said before the name, further on in what is said: "…will be under Kevin Walsh", "…my wife's name, Laura Chen". */
const NAME_FOLLOWS = new Set(['under', 'name', 'names', 'nombre', 'llamo']);
/** Between such a word and the name: "name is", "under the name of", "a nombre de mi hermano, Luis Díaz". */
const BEFORE_THE_NAME = new Set(['is', 'of', 'es', 'de', 'the', 'my', 'our', 'mi', 'nuestro', 'nuestra', 'su', ...RELATIONS, ...RELATIONS_ES]);

/**
 * At the name question, a name introduced past the start of what is said (lead-ins at the start are
 * read by nameFirstSaid): the last word that introduces one, and the name right after it.
 */
function nameIntroducedFurtherOn({ words, keys, start, cased }: WordsRead): NameSaid | null {
  try {
    // ("The name on the reservation is Amy Wong": "is" after "name" introduces it too.)
    const named = keys.some((k) => k === 'name' || k === 'nombre');
    for (let k = words.length - 2; k > start; k--) {
      if (!NAME_FOLLOWS.has(keys[k]!) && !(named && (keys[k] === 'is' || keys[k] === 'es'))) continue;
      let from = k + 1;
      while (from < words.length - 1 && (BEFORE_THE_NAME.has(keys[from]!) || HONORIFICS.has(keys[from]!)) && !words[from - 1]!.stop) from++;
      return collectName(words, from, false, cased ? 'all' : 'none');
    }
    return null;
  } catch {
    return null;
  }
}

/** Calendar words that are first names as well. */
const CALENDAR_FIRST_NAMES = new Set(['domingo', 'april', 'may', 'june']);

/** Name words on either side of a surname-first comma: letters, not a word that ends a name, not a lone letter (spelling). */
function isNamePart(w: RawWord): boolean {
  return /^[\p{L}\p{M}'-]{2,}$/u.test(w.text) && !NOT_NAME.has(w.key);
}

/**
 * "López, Domingo", "Garcia, Maria Elena", "de la Cruz, Mario": at the name question, a surname, a
 * comma, and a first name, and nothing else, is the name said the way forms ask for it; turned
 * round so it is said and kept first name first. The order is only inferred (a recogniser may put
 * a comma at a pause: "John, Smith"), so the caller confirms it. "Jennifer, Jennifer Adams" (the
 * first name said twice) and "Smith, S M I T H" (spelled) are not turned.
 */
function surnameFirst(raw: string, { words, keys }: WordsRead): { name: string; rest: string } | null {
  // (Its own start: lead-ins may take every word here, and then there is no comma to turn at.)
  let start = 0;
  for (let lead = firstSaidAt(keys, start, LEAD_INS); lead; lead = firstSaidAt(keys, start, LEAD_INS)) start += lead.length;
  let end = words.length;
  for (let trailer = TRAILERS.find((p) => end - p.length > start && phraseAt(keys, end - p.length, p)); trailer; trailer = TRAILERS.find((p) => end - p.length > start && phraseAt(keys, end - p.length, p))) end -= trailer.length;
  const comma = words.findIndex((w, k) => k >= start && k < end && w.stop);
  if (comma < start || raw.slice(words[comma]!.to).trimStart()[0] !== ',') return null;
  const surname = words.slice(start, comma + 1);
  // "Ortega, Patricia, y somos dos": the first name ends at the next pause; what follows, when it is
  // not more of a name, is something else said (read for itself).
  const pause = words.findIndex((w, k) => k > comma && k < end - 1 && w.stop);
  const more = pause >= 0 ? words.slice(pause + 1, end) : [];
  if (more.length && isNamePart(more[0]!) && (startsCapital(more[0]!.text) || !isCased(raw))) return null;
  const first = words.slice(comma + 1, pause >= 0 ? pause + 1 : end);
  if (surname.length > 3 || first.length === 0 || first.length > 3) return null;
  const lastOf = (part: RawWord[]) => part[part.length - 1]!;
  // ("Friday, John Smith": a day, then the name.)
  if (!isNamePart(lastOf(surname)) || !surname.every((w) => (isNamePart(w) || PARTICLES.has(w.key)) && !CALENDAR_WORDS.has(w.key))) return null;
  if (!first.every((w) => isNamePart(w) || (PARTICLES.has(w.key) && w !== first[0] && w !== lastOf(first)))) return null;
  // ("John Smith, Friday": the name, then a day; "Domingo", "April", "June" are first names too.)
  if (first.some((w) => CALENDAR_WORDS.has(w.key) && !CALENDAR_FIRST_NAMES.has(w.key))) return null;
  if (first[0]!.key === surname[0]!.key) return null;
  const surnameKeys = surname.map((w) => w.key).join(' ');
  // "Smith, John Smith": the whole name is after the comma.
  const whole = first.map((w) => w.key).join(' ').endsWith(surnameKeys) ? first : [...first, ...surname];
  const name = nameFromSpeech(whole.map((w) => w.text).join(' '));
  return name === null ? null : { name, rest: more.length ? raw.slice(more[0]!.from) : '' };
}
