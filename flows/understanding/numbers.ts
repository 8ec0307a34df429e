// Counts (rooms, nights) from the keypad or from speech, in English and Spanish.
// Also the number-word reader that dates.ts, phone.ts and room-types.ts share.
// Pure: no I/O, no clock; never throws.
import type { Locale } from '../types.ts';
import { ruledOutAt, saidInsteadAfter, takenBackBefore, takenBackBetween } from './corrections.ts';
import { asText, tokenize } from './normalize.ts';

export type Lang = 'en' | 'es';

/** The language of a locale ('en' for en-US, 'es' for es-MX). */
export function langOf(locale: Locale): Lang {
  return locale === 'es-MX' ? 'es' : 'en';
}

/** The locale's language first, then the other one. */
export function langOrder(locale: Locale): [Lang, Lang] {
  return langOf(locale) === 'es' ? ['es', 'en'] : ['en', 'es'];
}

// Normalised (lower-case, accent-free) number words. Maps: they are looked up for every word of
// every reading, and a map answers only its own words.
const EN_UNITS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}));
const EN_TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const ES_UNITS = new Map<string, number>(Object.entries({
  cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veintiuno: 21, veintiun: 21, veintiuna: 21, veintidos: 22, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  // As a recogniser writes Mexican speech, "c" and "z" said as "s": "el quinse", "trese noches".
  // ("Dose" is not here: "dos" or "doce"?)
  onse: 11, trese: 13, catorse: 14, quinse: 15, diesiseis: 16, diesisiete: 17, diesiocho: 18, diesinueve: 19,
  // And as texted by ear, "c" for "s"'s sound and "b" for "v": "sinco noches", "nuebe", "el beinte".
  sinco: 5, nuebe: 9, beintiuno: 21, beintidos: 22, beintitres: 23, beinticuatro: 24, beinticinco: 25, beintiseis: 26,
  beintisiete: 27, beintiocho: 28, beintinueve: 29,
}));
/** Spanish round tens, which may be followed by "y <unit>" ("treinta y uno"). */
const ES_TENS = new Map<string, number>(Object.entries({
  diez: 10, dies: 10, veinte: 20, beinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80,
  noventa: 90,
}));

function lookup(table: ReadonlyMap<string, number>, word: string | undefined): number | undefined {
  return word === undefined ? undefined : table.get(word);
}

export interface NumberMatch {
  value: number;
  /** Index of the first token of the number. */
  start: number;
  /** Index after the last token of the number. */
  end: number;
}

/** Largest value a run of digits is read as (longer runs read as this, i.e. "too big"). */
const DIGITS_CAP = 1_000_000_000;

/**
 * Reads a number (digits, or number words of `lang` up to 99) starting at tokens[i].
 * Tokens must be normalised (see normalize.ts).
 */
export function readNumberAt(tokens: readonly string[], i: number, lang: Lang): NumberMatch | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (/^[0-9]+$/.test(t)) {
    const value = t.length > 9 ? DIGITS_CAP : Number.parseInt(t, 10);
    return { value, start: i, end: i + 1 };
  }
  if (lang === 'en') {
    const tens = lookup(EN_TENS, t);
    if (tens !== undefined) {
      const unit = lookup(EN_UNITS, tokens[i + 1]);
      if (unit !== undefined && unit >= 1 && unit <= 9) return { value: tens + unit, start: i, end: i + 2 };
      return { value: tens, start: i, end: i + 1 };
    }
    const unit = lookup(EN_UNITS, t);
    return unit === undefined ? null : { value: unit, start: i, end: i + 1 };
  }
  const tens = lookup(ES_TENS, t);
  if (tens !== undefined) {
    if (tokens[i + 1] === 'y') {
      const unit = lookup(ES_UNITS, tokens[i + 2]);
      if (unit !== undefined && unit >= 1 && unit <= 9) return { value: tens + unit, start: i, end: i + 3 };
    }
    return { value: tens, start: i, end: i + 1 };
  }
  const unit = lookup(ES_UNITS, t);
  return unit === undefined ? null : { value: unit, start: i, end: i + 1 };
}

/** True for a number word of either language (not digits). */
export function isNumberWord(word: string): boolean {
  return [EN_UNITS, EN_TENS, ES_UNITS, ES_TENS].some((table) => lookup(table, word) !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Keypad

/** 1–2 digits, optionally followed by '#', value ≥ 1. Anything else → null. */
export function countFromDigits(digits: string): number | null {
  const m = /^([0-9]{1,2})#?$/.exec(asText(digits).trim());
  if (!m || m[1] === undefined) return null;
  const value = Number.parseInt(m[1], 10);
  return value >= 1 ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Speech

type Unit = 'rooms' | 'nights' | 'people' | 'days';

const ROOM_WORDS = new Set(['room', 'rooms', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'suite', 'suites', 'rm', 'rms', 'hab', 'habs']);
const NIGHT_WORDS = new Set(['night', 'nights', 'noche', 'noches', 'nt', 'nts', 'nite', 'nites']);
/** A room named alone, with no number or article ("room for nye", "habitación para mañana"): one. */
const ONE_ROOM_WORDS = new Set(['room', 'habitacion', 'cuarto', 'rm', 'hab']);
/** "One for us and one for the kids": after "for"/"para" (said "pa", texted "p"), who a room is for. */
const PARTY_FOR = new Set(['for', 'para', 'p', 'pa']);
const ANOTHER = new Set(['another', 'otra', 'otro']);
/** Before "room": a room already spoken of, not one asked for. */
const OWNED = new Set(['the', 'my', 'our', 'your', 'that', 'this', 'el', 'la', 'mi', 'nuestro', 'nuestra', 'su', 'ese', 'esa', 'este', 'esta']);
/** Said between two numbers, it leaves the count open ("three nights, maybe four", "dos o tres"). */
const HEDGES = new Set(['maybe', 'or', 'perhaps', 'possibly', 'probably', 'o', 'u', 'quizas', 'quiza', 'tal', 'acaso']);
/** An article that says one of what follows ("a night", "una noche"). */
const ONE_ARTICLES = new Set(['a', 'an', 'un', 'una']);
/** What the readers count, in the singular after an article. */
const COUNTED = new Set(['night', 'room', 'noche', 'habitacion', 'cuarto']);

/** One hedge word or more at `k` ("or", "or maybe"), then a number. */
function numberAfterHedges(tokens: readonly string[], k: number): boolean {
  let j = k;
  while (HEDGES.has(tokens[j] ?? '')) j++;
  return j > k && isNumberAt(tokens, j);
}

function isNumberAt(tokens: readonly string[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (/^\d+$/.test(t) || readNumberAt(tokens, k, 'en') !== null || readNumberAt(tokens, k, 'es') !== null);
}
/** Before a price's "a night": the amount was said. */
const MONEY_WORDS = new Set(['dollars', 'dollar', 'bucks', 'usd', 'pesos', 'peso', 'mxn', 'dolares', 'euros']);
/** Before a number: it counts people ("we are 4", "party of 6", "somos 4"). */
export const PEOPLE_BEFORE: readonly (readonly string[])[] = [
  ['we', 'are'], ['we', 'r'], ['were'], ['there', 'are'], ['there', 'r'], ['theres'], ['party', 'of'], ['group', 'of'], ['family', 'of'], ['somos'],
  ['seremos'], ['vamos'], ['grupo', 'de'], ['familia', 'de'], ['nosotros'], ['nosotras'],
  // Texted: "just us 2", "only us two".
  ['just', 'us'], ['only', 'us'],
];
const PARTY_WORDS = new Set([
  'us', 'me', 'my', 'our', 'the', 'him', 'her', 'them', 'mom', 'dad', 'nosotros', 'mi', 'mis', 'nuestros', 'nuestras',
  'los', 'las', 'ellos', 'ellas', 'el', 'la', 'mama', 'papa',
  // Texted without their article: "1 for us 1 for kids", "1 p nosotros 1 p niños".
  'kids', 'children', 'parents', 'ninos', 'hijos', 'papas',
]);
/** Party words that are articles: "for the kids", but "4 for the 11th" (a day). */
const PARTY_ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);
const WEEK_WORDS = new Set(['week', 'weeks', 'wk', 'wks', 'semana', 'semanas', 'semanita', 'sem', 'sems']);
const WHOLE_BEFORE_UNIT = new Set(['full', 'whole', 'entire', 'complete']);
const WHOLE_AFTER_UNIT = new Set(['completa', 'entera']);
/** After "una"/"un", these make it the number one before its unit: "una sola habitación", "un solo cuarto". */
const ALONE = new Set(['sola', 'solo', 'solita', 'solito']);
/** "Ten days", "quince días": a length in days, which is not a number of nights (nine? ten? fourteen?). */
const DAY_WORDS = new Set(['day', 'days', 'dia', 'dias']);
/** Before a count: nights that follow a day said ("and the next two nights", "y las siguientes dos"). */
const AFTER_A_DAY = [
  ['and', 'the', 'next'], ['and', 'the', 'following'], ['plus', 'the', 'next'], ['y', 'las', 'siguientes'], ['y', 'las', 'proximas'],
  ['y', 'los', 'siguientes'], ['y', 'los', 'proximos'],
];
/** Right after a count: one more or fewer than the stay already has ("una noche más", "two more nights"). */
const MORE_OR_LESS = new Set(['more', 'extra', 'less', 'fewer', 'mas', 'menos', 'adicional', 'adicionales']);
const COMPARED = new Set(['than', 'que']);
/** "A week and a half", "una semana y media", "half a week": not a whole number of nights. */
const HALF_AFTER = [['and', 'a', 'half'], ['and', 'half'], ['y', 'media'], ['y', 'medio']];
/** After weeks: a day off them ("two weeks minus a day", "dos semanas menos un día"). */
const LESS_A_DAY = [
  ['minus', 'a', 'day'], ['minus', 'one', 'day'], ['minus', '1', 'day'], ['less', 'a', 'day'], ['less', 'one', 'day'], ['minus', 'a', 'night'],
  ['less', 'a', 'night'], ['menos', 'un', 'dia'], ['menos', '1', 'dia'], ['menos', 'una', 'noche'],
];
const HALF_WORDS = new Set(['half', 'media', 'medio']);
const STAY_UNITS: ReadonlySet<Unit> = new Set(['rooms', 'nights', 'days']);
/** A unit in the singular: after a number above one, the number is a price or a label ("the 180 room"). */
const SINGULAR_UNITS = new Set(['room', 'habitacion', 'cuarto', 'night', 'noche', 'suite', 'nt', 'nite', 'rm', 'hab']);
const LABEL_BEFORE = new Set(['the', 'that', 'this', 'el', 'la', 'ese', 'esa', 'este', 'esta']);
/** Before a bare number, these make it the party or an hour ("para los cuatro", "a las tres"), not a count asked. */
const THE_PLURAL = new Set(['los', 'las']);
/** Before a bare number, these make it a day of the month ("el 12", "the 12"). */
const DAY_BEFORE = new Set(['el', 'the', 'del', 'al', 'dia']);

/** Whether the number at tokens[i] is an hour: "we get in at 3", "llegamos a la una", "@ 4". */
function hourAt(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1] ?? '';
  return before === 'at' || before === '@' || ((before === 'la' || before === 'las') && tokens[i - 2] === 'a');
}

/** After a number, these make it an hour: "around 9 at night", "8 pm", "como a las 10 de la noche", "7 in the morning". */
const HOUR_AFTER = [['at', 'night'], ['pm'], ['am'], ['p', 'm'], ['a', 'm'], ['oclock'], ['in', 'the', 'morning'], ['in', 'the', 'afternoon'], ['in', 'the', 'evening'], ['de', 'la', 'noche'], ['de', 'la', 'manana'], ['de', 'la', 'tarde'], ['de', 'la', 'madrugada']];
const FORTNIGHT_WORDS = new Set(['fortnight', 'fortnights', 'quincena', 'quincenas']);

/** Whether a word is a unit a stay's length is said in: nights, weeks, fortnights, days. */
export function isLengthWord(word: string): boolean {
  return NIGHT_WORDS.has(word) || WEEK_WORDS.has(word) || FORTNIGHT_WORDS.has(word) || DAY_WORDS.has(word);
}
/** A number of guests is neither rooms nor nights: "2 adults", "4 of us", "somos cuatro personas". */
const PEOPLE_WORDS = new Set([
  'people', 'person', 'persons', 'adult', 'adults', 'kid', 'kids', 'child', 'children', 'guest', 'guests', 'us', 'pax', 'ppl',
  'persona', 'personas', 'adulto', 'adultos', 'nino', 'ninos', 'nina', 'ninas', 'huesped', 'huespedes', 'nosotros',
  // "My 2 kids", "mis dos hijos": who comes, not how many rooms.
  'sons', 'daughters', 'hijos', 'hijas', 'babies', 'bebes', 'nietos', 'nietas',
  // "2 adults + 1 baby", "y 1 bebé": one of the party, not one room.
  'baby', 'bebe', 'infant', 'infants', 'toddler', 'toddlers',
  // Texted short: "2 adlts", "2 pers", "2 adul", "3 chldrn".
  'adlt', 'adlts', 'adts', 'adul', 'aduls', 'pers', 'prs', 'chldrn', 'kiddos', 'peeps',
]);
/** Words meaning "the number that follows/precedes is a pair". */
const COUPLE_WORDS = new Set(['couple', 'pair', 'par']);
/** Before a count of weeks, these make it the time until the stay: "in a couple of weeks", "en un par de semanas". */
const WHEN_BEFORE = new Set(['in', 'en', 'within']);
const FROM_NOW = new Set(['now', 'today', 'tomorrow', 'tmrw']);
/**
 * Before "after two weeks", a word of leaving makes the weeks the stay's length ("we leave after 2
 * weeks", "nos vamos después de dos semanas"); any other ("we come after 2 weeks", "after 2 weeks"
 * alone) may be when the stay starts, so the weeks are not nights.
 */
const LEAVING = new Set([
  'leave', 'leaving', 'depart', 'departing', 'out', 'home', 'stay', 'staying', 'checkout', 'salimos', 'salgo', 'salir', 'vamos', 'voy',
  'regresamos', 'regreso', 'quedamos', 'quedarnos', 'quedo', 'entregamos',
]);
/** How far back from "after" a word of leaving is looked for ("we'd probably leave after…"). */
const LEAVING_REACH = 4;

/** Whether the weeks counted from tokens[b] follow an "after" ("después de") that says when, not how long. */
function afterWeeksIsWhen(tokens: readonly string[], b: number): boolean {
  const after = tokens[b - 1] === 'after' ? b - 1 : tokens[b - 1] === 'de' && tokens[b - 2] === 'despues' ? b - 2 : -1;
  if (after < 0) return false;
  for (let k = after - 1; k >= Math.max(0, after - LEAVING_REACH); k--) if (LEAVING.has(tokens[k]!)) return false;
  return true;
}

/** "A single night", "una sola noche": one. */
const ALONE_WORDS = new Set(['single', 'sola', 'solo']);
/** Articles that count as "one" only when a unit word follows ("a room", "a week"). */
const ARTICLES: Record<Lang, Set<string>> = {
  en: new Set(['a', 'an']),
  es: new Set(['un', 'una']),
};
/** Words after which a Spanish "un"/"una" still means the number one ("una nada más"). */
const AFTER_LONE_ONE = new Set(['nada', 'mas', 'solamente', 'sola', 'solo', 'por', 'para', 'y', 'o', 'gracias', 'somos', 'es', 'porque', 'pues', 'mis', 'yo']);
/** "Just the night", "only for the night", "nada más la noche": one night. */
const THE_NIGHT = new Set(['night', 'noche', 'nite']);
const THE = new Set(['the', 'la', 'that', 'esa', 'esta']);
const JUST = new Set(['just', 'only', 'for', 'nomas', 'solo', 'mas', 'namas']);
/** Before "the one": "just the one", "only the one". */
const ONLY = new Set(['just', 'only']);
/** What starts the next sentence after "just the one": "just the one, it's only me", "just the one, thanks". */
const AFTER_JUST_THE_ONE = new Set(['it', 'its', 'we', 'were', 'i', 'im', 'thanks', 'thank', 'please', 'for']);
/** Before "a"/"una", these make it the number one, not an article ("nomás una habitación", "solo un cuarto"). */
const SAID_AS_ONE = new Set(['only', 'nomas', 'namas', 'solo', 'solamente', 'unicamente']);
const DATED_BY = new Set(['of', 'de', 'del', 'before', 'after', 'antes', 'despues', 'that', 'when', 'que']);
/** Numbers beyond what we understand: their presence makes the answer unusable. */
const TOO_BIG_WORDS = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'cien', 'ciento', 'cientos', 'mil', 'million', 'millon', 'millones']);
/** Upper bound of a spoken count (the flow validates real limits). */
const MAX_SPOKEN_COUNT = 999;

interface Mention {
  value: number;
  unit: Unit | null;
  /** The number as said, and what the unit multiplies it by (7 for weeks). */
  said: number;
  factor: number;
  /** Where it was said: tokens[start..end). */
  start: number;
  end: number;
  /** Counted in weeks or fortnights, not nights. */
  weeks?: boolean;
  /** Read from an article ("a room", "una habitación"), not a number. */
  article?: boolean;
  /** One part of the party ("one for us"): the parts add up. */
  part?: boolean;
  /** Said as one of two ("dos tres noches"): that count is left open. */
  open?: boolean;
}

type Reading = { kind: 'none' } | { kind: 'one'; value: number } | { kind: 'conflict' };

/** Reads a unit word at tokens[i] (skipping "of"/"de"): its unit, multiplier and the index after it. */
function readUnit(tokens: readonly string[], i: number): { unit: Unit; factor: number; end: number } | null {
  let j = i;
  if (tokens[j] === 'of' || tokens[j] === 'de') j++;
  // "Two full weeks", "three whole nights": the unit after its adjective.
  else if (WHOLE_BEFORE_UNIT.has(tokens[j] ?? '') || ALONE.has(tokens[j] ?? '')) j++;
  const w = tokens[j];
  if (w === undefined) return null;
  if (ROOM_WORDS.has(w)) return { unit: 'rooms', factor: 1, end: j + 1 };
  if (NIGHT_WORDS.has(w)) return { unit: 'nights', factor: 1, end: j + 1 };
  if (WEEK_WORDS.has(w)) return { unit: 'nights', factor: 7, end: j + 1 };
  if (FORTNIGHT_WORDS.has(w)) return { unit: 'nights', factor: 14, end: j + 1 };
  if (PEOPLE_WORDS.has(w)) return { unit: 'people', factor: 1, end: j + 1 };
  if (DAY_WORDS.has(w)) return { unit: 'days', factor: 1, end: j + 1 };
  return null;
}

function phraseAtTokens(tokens: readonly string[], at: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((p) => p.every((w, j) => tokens[at + j] === w));
}

/** Whether one of `phrases` ends just before tokens[i] ("party of" 6, "and the next" two). */
export function endsBefore(tokens: readonly string[], i: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((p) => p.every((w, j) => tokens[i - p.length + j] === w));
}

/** "Una docena", "media docena", "a dozen", "half a dozen". */
const DOZEN = new Set(['dozen', 'docena']);
/** After a number, these make it an age: "8 years old", "de 5 años", "8 yo". */
const AGE_AFTER = new Set(['years', 'year', 'yrs', 'yr', 'yo', 'anos', 'ano', 'anitos', 'months', 'meses', 'mos']);
/** Before a number, these make it an age: "he's 8", "aged 8", "ages 5 and 7", "de edad". */
export const AGE_BEFORE: readonly (readonly string[])[] = [
  ['he', 's'], ['she', 's'], ['hes'], ['shes'], ['he', 'is'], ['she', 'is'], ['aged'], ['ages'], ['age'], ['edades'], ['edad'],
  // "My daughter turns 21 that weekend", "mi hija cumple 15", "mi hijo que tiene 19".
  ['turns'], ['turning'], ['cumple'], ['cumplen'], ['que', 'tiene'], ['que', 'tienen'],
];
/** Children, after whom a number is how old they are ("my son is 8", "hijos de 8 y 10", "2 kids (8 and 5)"). */
const CHILDREN = new Set([
  'kid', 'kids', 'child', 'children', 'daughter', 'daughters', 'boy', 'boys', 'girl', 'girls', 'baby', 'babies', 'toddler',
  'hijo', 'hija', 'hijos', 'hijas', 'nino', 'ninos', 'nina', 'ninas', 'bebe', 'bebes', 'nieto', 'nietos', 'nieta', 'nietas',
]);
/** Between children and their age: "my son is 8", "mis hijos de 8", "la niña tiene 5". */
export const AGE_LINK: ReadonlySet<string> = new Set(['is', 'are', 'de', 'tiene', 'tienen', 'who', 's']);
export const AGE_AND: ReadonlySet<string> = new Set(['and', 'y', 'e', '&']);
/** Before "son": whose, or with whom ("my son is 8", "me and son (12)"). */
const OWNERS = new Set(['my', 'our', 'his', 'her', 'your', 'their', 'and', 'with', 'w']);

/** Whether tokens[k] names a child ("son" only as a son: "son dos noches" is "they are two nights"). */
export function childAt(tokens: readonly string[], k: number): boolean {
  const w = tokens[k] ?? '';
  return CHILDREN.has(w) || ((w === 'son' || w === 'sons') && OWNERS.has(tokens[k - 1] ?? ''));
}

/** Beds, in either language: what a room type has ("the one with two beds"), not how many rooms (room-types.ts reads them too). */
export const BED_NOUNS: ReadonlySet<string> = new Set(['bed', 'beds', 'cama', 'camas']);

/**
 * Things counted in a booking that are neither rooms nor nights nor people: beds (a room type's, as
 * hotel files name them: "two beds", "dos camas"), bathrooms, pets, cars. ("Two queens", "2 kings"
 * stay counts: as many rooms of that type, see beds-not-rooms.test.ts.)
 */
const OTHER_COUNTED = new Set([
  ...BED_NOUNS, 'bathroom', 'bathrooms', 'baths', 'pet', 'pets', 'dog', 'dogs', 'cat', 'cats', 'car', 'cars', 'vehicle', 'vehicles',
  // "Yes, one sec", "give me two minutes", "un segundito": how long to wait on the line.
  'sec', 'secs', 'second', 'seconds', 'moment', 'moments', 'minute', 'minutes', 'min', 'mins', 'segundo', 'segundos', 'segundito',
  'momento', 'momentito', 'minuto', 'minutos', 'minutito',
  'matrimoniales', 'individuales', 'bano', 'banos', 'mascota', 'mascotas', 'perro', 'perros', 'perrito',
  'perritos', 'gato', 'gatos', 'carro', 'carros', 'coche', 'coches', 'auto', 'autos', 'vehiculo', 'vehiculos',
]);
/** Words between a number and the beds it counts: "two queen beds", "dos camas king", "2 double beds". */
const BED_KINDS = new Set(['queen', 'king', 'double', 'single', 'twin', 'full', 'big', 'grandes', 'separate', 'separadas']);

/** Whether what follows a number (no unit after it) is something else it counts: "2 beds", "two queen beds". */
function countsSomethingElse(tokens: readonly string[], end: number): boolean {
  const next = tokens[end] ?? '';
  return OTHER_COUNTED.has(next) || (BED_KINDS.has(next) && OTHER_COUNTED.has(tokens[end + 1] ?? ''));
}

/** Whether the number at tokens[start..end) (no unit after it) is someone's age. */
function ageAt(tokens: readonly string[], start: number, end: number, lastAgeEnd: number): boolean {
  if (AGE_AFTER.has(tokens[end] ?? '')) return true;
  if (endsBefore(tokens, start, AGE_BEFORE)) return true;
  const before = tokens[start - 1];
  if (childAt(tokens, start - 1) || (AGE_LINK.has(before ?? '') && childAt(tokens, start - 2))) return true;
  // "8 and 5", "de 8 y 10": the next one listed is an age too.
  return AGE_AND.has(before ?? '') && lastAgeEnd === start - 1;
}

function readCount(tokens: readonly string[], lang: Lang, wanted: Unit, unitsOnly = false, articles = true): Reading {
  const mentions: Mention[] = [];
  let lastAgeEnd = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as string;
    if (TOO_BIG_WORDS.has(t)) return { kind: 'conflict' };
    let value: number | null = null;
    let article = false;
    let end = i + 1;
    if ((t === 'a' || ARTICLES[lang].has(t)) && COUPLE_WORDS.has(tokens[i + 1] ?? '')) {
      // "a couple (of)", "un par (de)"; "(it's) for a couple" is who the room is for, not how many.
      if (PARTY_FOR.has(tokens[i - 1] ?? '') && readUnit(tokens, i + 2) === null) {
        i += 2;
        continue;
      }
      value = 2;
      end = i + 2;
    } else if (COUPLE_WORDS.has(t)) {
      value = 2;
    } else if (ALONE_WORDS.has(t) && readUnit(tokens, i + 1)?.unit === 'nights') {
      // "a single night", "una sola noche"
      value = 1;
    } else if (unitsOnly && articles && wanted === 'rooms' && ONE_ROOM_WORDS.has(t) && !/^\d{3,}$/.test(tokens[i + 1] ?? '') && !OWNED.has(tokens[i - 1] ?? '')) {
      // ("room 214" is a room's number; "the room", "my room" one already spoken of.)
      mentions.push({ value: 1, unit: 'rooms', article: true, said: 1, factor: 1, start: i, end: i + 1 });
      i++;
      continue;
    } else if (THE_NIGHT.has(t) && THE.has(tokens[i - 1] ?? '') && JUST.has(tokens[i - 2] ?? '') && !DATED_BY.has(tokens[i + 1] ?? '')) {
      // "Just the night", "nomás la noche": one ("just the night of the 5th" is a date, read there).
      mentions.push({ value: 1, unit: 'nights', said: 1, factor: 1, start: i, end: i + 1 });
      i++;
      continue;
    } else if (FORTNIGHT_WORDS.has(t)) {
      // a bare "fortnight" / "quincena" ("a fortnight" is read as article + unit below)
      mentions.push({ value: 14, unit: 'nights', weeks: true, said: 1, factor: 14, start: i, end: i + 1 });
      i++;
      continue;
    } else if (DOZEN.has(tokens[i + 1] ?? '') && (HALF_WORDS.has(t) || t === 'a' || ARTICLES[lang].has(t))) {
      // "Media docena", "una docena", "a dozen".
      value = HALF_WORDS.has(t) ? 6 : 12;
      end = i + 2;
    } else if (t === 'half' && tokens[i + 1] === 'a' && DOZEN.has(tokens[i + 2] ?? '')) {
      value = 6;
      end = i + 3;
    } else if (HALF_WORDS.has(t) && (readUnit(tokens, i + 1) || (ARTICLES.en.has(tokens[i + 1] ?? '') && readUnit(tokens, i + 2)))) {
      // "half a week", "media semana"
      return { kind: 'conflict' };
    } else if (ARTICLES[lang].has(t)) {
      // "a"/"an"/"un"/"una": one only before a unit ("a room", "una semana") or on its own
      // ("una", "una por favor"), not as an article before another noun ("un momento"), nor in a
      // price ("$200 a night", "150 dólares la noche").
      const next = tokens[i + 1];
      const before = tokens[i - 1] ?? '';
      const price = (/^\d+$/.test(before) || MONEY_WORDS.has(before)) && NIGHT_WORDS.has(next ?? '');
      // ("Llegamos a la una": an hour.)
      if (!price && (readUnit(tokens, i + 1) || (lang === 'es' && !hourAt(tokens, i) && (next === undefined || AFTER_LONE_ONE.has(next))))) {
        value = 1;
        // "Nada más una habitación", "solo una noche", "just a room": one, said as such.
        // ("No más una", as Mexico says "nomás"; "una sola habitación".)
        article = !SAID_AS_ONE.has(before) && !(before === 'mas' && (tokens[i - 2] === 'nada' || tokens[i - 2] === 'no')) && !ALONE.has(next ?? '');
      }
    } else {
      const n = readNumberAt(tokens, i, lang);
      // "El 12", "the 12": a day of the month (read by the dates), not a count.
      // ("Just the one": one, said last; "the one" alone points at a room type.)
      // ("Just the one, it's only me and my wife": said last in its own sentence too.)
      const justTheOne = t === 'one' && tokens[i - 1] === 'the' && ONLY.has(tokens[i - 2] ?? '') && (tokens[i + 1] === undefined || AFTER_JUST_THE_ONE.has(tokens[i + 1]!));
      // ("Uno para los cuatro", "a las tres": the party, or an hour, when nothing counted follows.)
      const theseMany = THE_PLURAL.has(tokens[i - 1] ?? '') && readUnit(tokens, n?.end ?? i + 1) === null;
      // ("We get in at 3": an hour, when nothing counted follows.)
      const hour = (hourAt(tokens, i) && readUnit(tokens, n?.end ?? i + 1) === null) || (n !== null && phraseAtTokens(tokens, n.end, HOUR_AFTER));
      if (n && !theseMany && !hour && (justTheOne || !(DAY_BEFORE.has(tokens[i - 1] ?? '') && readUnit(tokens, n.end) === null))) {
        value = n.value;
        end = n.end;
      }
    }
    if (value === null && ANOTHER.has(t) && PARTY_FOR.has(tokens[i + 1] ?? '')) value = 1; // "and another for my parents"
    // "The whole week", "toda la semana": one week (a unit of more than a night, said whole).
    if (value === null && ((t === 'the' && WHOLE_BEFORE_UNIT.has(tokens[i + 1] ?? '')) || (t === 'toda' && tokens[i + 1] === 'la'))) {
      const whole = readUnit(tokens, i + 2);
      if (whole && whole.unit === 'nights' && whole.factor > 1) {
        value = 1;
        end = i + 2;
      }
    }
    // "La semana completa", "la semana entera": one week, its adjective after it.
    if (value === null && t === 'la' && WHOLE_AFTER_UNIT.has(tokens[i + 2] ?? '')) {
      const whole = readUnit(tokens, i + 1);
      if (whole && whole.unit === 'nights' && whole.factor > 1 && whole.end === i + 2) {
        value = 1;
        end = i + 1;
      }
    }
    if (value === null) {
      i++;
      continue;
    }
    // "One and a half weeks", "a week and a half", "una semana y media": no whole number of nights.
    if (phraseAtTokens(tokens, end, HALF_AFTER)) return { kind: 'conflict' };
    // "One more night", "una más": how many more than the stay has, not how many (see relativeCountIn).
    // ("One more than last time", "uno más que la vez pasada": compared with a number not said.)
    if (MORE_OR_LESS.has(tokens[end] ?? '') && (tokens[end + 1] === undefined || COMPARED.has(tokens[end + 1]!) || STAY_UNITS.has(readUnit(tokens, end + 1)?.unit ?? 'people'))) return { kind: 'conflict' };
    // "Tonight and the next two nights", "el viernes y las siguientes dos noches": nights after a day
    // said, not the stay's (three? two?): left to the caller.
    if (wanted === 'nights' && endsBefore(tokens, i, AFTER_A_DAY)) return { kind: 'conflict' };
    // "We are 4", "party of 6", "somos cuatro": people, whatever follows.
    // ("1 p nosotros 1 p niños": "nosotros" there is whom a room is for, not "nosotros 4", people.)
    const people = endsBefore(tokens, i, PEOPLE_BEFORE) && !PARTY_FOR.has(tokens[i - 2] ?? '');
    const unit = people ? { unit: 'people' as const, factor: 1, end } : readUnit(tokens, end);
    // "The 180 room", "el cuarto de 1500"… "the $240 room": a price or a label, not how many.
    if (unit && value > 1 && SINGULAR_UNITS.has(tokens[unit.end - 1] ?? '') && (value >= 100 || LABEL_BEFORE.has(tokens[i - 1] ?? ''))) {
      i = unit.end;
      continue;
    }
    // "The one with two beds", "la de dos camas", "two cars": how many of something else (a room
    // type's beds, the guest's cars), not rooms nor nights.
    if (!unit && countsSomethingElse(tokens, end)) {
      i = end;
      continue;
    }
    // "He's 8", "my son is 8", "hijos de 8 y 10 años": how old, not how many.
    if (!unit && ageAt(tokens, i, end, lastAgeEnd)) {
      lastAgeEnd = end;
      i = end;
      continue;
    }
    if (unit) {
      if (phraseAtTokens(tokens, unit.end, HALF_AFTER)) return { kind: 'conflict' };
      const weeks = unit.unit === 'nights' && unit.factor > 1;
      // "In a couple of weeks", "en un par de semanas": how long until the stay, not how long it is.
      // ("A couple of weeks from now": as far off.)
      // (Past an article: "en un par de semanas" read as "par de semanas" in English.)
      const b = ['a', 'an', 'un', 'una'].includes(tokens[i - 1] ?? '') ? i - 1 : i;
      const when = WHEN_BEFORE.has(tokens[b - 1] ?? '') || (tokens[b - 1] === 'de' && tokens[b - 2] === 'dentro') || (tokens[unit.end] === 'from' && FROM_NOW.has(tokens[unit.end + 1] ?? ''));
      if (weeks && (when || afterWeeksIsWhen(tokens, b))) {
        i = unit.end;
        continue;
      }
      // "Two weeks minus a day", "dos semanas menos un día": a night fewer than the weeks.
      const less = weeks ? (LESS_A_DAY.find((p) => p.every((w, j) => tokens[unit.end + j] === w))?.length ?? 0) : 0;
      if (!less && MORE_OR_LESS.has(tokens[unit.end] ?? '') && !(tokens[unit.end] === 'mas' && tokens[unit.end + 1] === 'o')) return { kind: 'conflict' };
      // ("One room for me and another for my sister": a room said for whom is one of the parts.)
      const forWhom = unit.unit === 'rooms' && value === 1 && PARTY_FOR.has(tokens[unit.end] ?? '') && PARTY_WORDS.has(tokens[unit.end + 1] ?? '') && !PARTY_ARTICLES.has(tokens[unit.end + 1]!);
      mentions.push({ value: value * unit.factor - (less ? 1 : 0), unit: unit.unit, article, said: value, factor: unit.factor, start: i, end: unit.end + less, ...(weeks ? { weeks } : {}), ...(forWhom ? { part: true } : {}) });
      i = unit.end + less;
    } else {
      // ("4 for the 11th", "4 para el 11": for a day, not for part of the party.)
      // ("1 for me 1 for my parents": the next count; "two for the" left before a date read apart: for that day.)
      const whose = tokens[end + 1] ?? '';
      const part = PARTY_FOR.has(tokens[end] ?? '') && PARTY_WORDS.has(whose) && !(PARTY_ARTICLES.has(whose) && (tokens[end + 2] === undefined || /^\d/.test(tokens[end + 2]!)));
      mentions.push({ value, unit: null, said: value, factor: 1, start: i, end, ...(part ? { part } : {}) });
      i = end;
    }
  }
  const heard = takingBack(tokens, mentions, lang);
  if (heard === null) return { kind: 'conflict' };
  // A length in days: nights only when they are said too ("3 days, 2 nights"), never from "a week and 2 days".
  if (wanted === 'nights' && heard.some((m) => m.unit === 'days') && !heard.some((m) => m.unit === 'nights' && !m.weeks)) return { kind: 'conflict' };
  // ("One for me and one for my parents": rooms, each said for whom, even where a count needs its unit.)
  const parted = wanted === 'rooms' && heard.filter((m) => m.part).length > 1;
  const relevant = heard.filter((m) => ((m.unit === null && (!unitsOnly || (parted && m.part))) || m.unit === wanted) && (articles || !m.article || (parted && m.part)));
  if (relevant.length === 0) return { kind: 'none' };
  if (relevant.some((m) => m.open)) return { kind: 'conflict' };
  const parts = relevant.filter((m) => m.part);
  if (wanted === 'rooms' && parts.length > 1) {
    // "Two, one for us and one for the kids": the parts add up to the whole said, if one was.
    const sum = parts.reduce((n, m) => n + m.value, 0);
    const wholes = relevant.filter((m) => !m.part);
    return wholes.every((m) => m.value === sum) && sum <= MAX_SPOKEN_COUNT ? { kind: 'one', value: sum } : { kind: 'conflict' };
  }
  // "2 2", "dos dos": one count said twice, or two (rooms and nights?) with nothing to say which: asked.
  if (relevant.some((m, k) => k > 0 && m.unit === null && relevant[k - 1]!.unit === null && relevant[k - 1]!.end === m.start)) return { kind: 'conflict' };
  const values = new Set(relevant.map((m) => m.value));
  if (values.size !== 1) return { kind: 'conflict' };
  const [value] = [...values] as [number];
  if (value < 1 || value > MAX_SPOKEN_COUNT) return { kind: 'conflict' };
  return { kind: 'one', value };
}

/**
 * The counts said, less those taken back ("one night, actually make that two", "dos noches,
 * perdón, tres": the later stands, a bare number taking the unit of the one it replaces) or ruled
 * out ("two nights, not three"). Null when the count is left open: a bare Spanish "no" between two
 * ("tres noches no cuatro": taken back, or ruled out?), or two numbers in a row, the second one more
 * ("dos tres noches", "three, four nights": two or three, three or four).
 */
function takingBack(tokens: readonly string[], mentions: readonly Mention[], lang: Lang): Mention[] | null {
  const out = mentions.filter((m) => m.part || !ruledOutAt(tokens, m.start));
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const cur = out[k]!;
    if (prev.end === cur.start && prev.unit === null && !prev.article && cur.unit !== null && cur.unit !== 'people' && cur.said === prev.said + 1 && !PARTY_FOR.has(tokens[prev.start - 1] ?? '')) {
      // (That count is left open; another said beside it still stands: "una habitación … dos tres noches".)
      out.splice(k - 1, 2, { ...cur, start: prev.start, open: true });
      k--;
      continue;
    }
    const alike = prev.unit === cur.unit || prev.unit === null || cur.unit === null;
    if (!alike || prev.part || cur.part) continue;
    const said = takenBackBetween(tokens, prev.end, cur.start);
    // "3 nights starting the 20th, actually make it 4": a bare number taken back to across other
    // words (a date said between?): which it changes is asked, the first count is not kept.
    if (said === null && cur.unit === null && prev.unit !== null && takenBackBefore(tokens, prev.end, cur.start)) return null;
    if (said === null) continue;
    if (said === 'no' && lang === 'es' && !saidInsteadAfter(tokens, cur.end)) return null;
    out[k] = cur.unit === null && prev.unit !== null
      ? { ...cur, unit: prev.unit, value: cur.said * prev.factor, factor: prev.factor, ...(prev.weeks ? { weeks: true } : {}) }
      : cur;
    out.splice(k - 1, 1);
    k--;
  }
  return out;
}

/**
 * A count of rooms or nights from speech: "two", "2", "a couple of rooms", "a week" (7 nights),
 * "dos habitaciones", "una semana", "veintidós". Numbers 1–99 as words in English and Spanish
 * (the locale's language tried first). Two different numbers ("two or three") → null.
 */
export function countFromSpeech(text: string, locale: Locale, unit: 'rooms' | 'nights'): number | null {
  return count(tokenize(text), locale, unit, false);
}

/**
 * A count said with its unit, inside any request: "two rooms", "three nights", "a week", "dos
 * habitaciones", "una semana". A bare number is not one here (it may be a day or a guest count).
 * `articles: false` leaves out "a room", "una habitación" (an article, or a number?): see
 * whole-request.ts for when they count.
 */
export function countWithUnit(text: string, locale: Locale, unit: 'rooms' | 'nights', articles = true): number | null {
  return count(tokenize(text), locale, unit, true, articles);
}

/** countWithUnit, for words already normalised (see normalize.ts's tokenize). */
export function countWithUnitIn(tokens: readonly string[], locale: Locale, unit: 'rooms' | 'nights', articles = true): number | null {
  return count(tokens, locale, unit, true, articles);
}

/**
 * A number, a hedge, and another number after it: "three nights, maybe four". The count left open
 * is what the number after the hedge counts: "a room from Friday for two or three nights" leaves
 * the nights open, not the rooms (one); a number with no unit leaves any count open.
 */
function hedged(tokens: readonly string[], wanted: Unit): boolean {
  if (!tokens.some((t) => HEDGES.has(t))) return false;
  // "A night or two", "una noche o dos": the article is the first number.
  if (tokens.some((t, k) => ONE_ARTICLES.has(t) && COUNTED.has(tokens[k + 1] ?? '') && numberAfterHedges(tokens, k + 2) && unitOfCounted(tokens[k + 1]!) === wanted)) return true;
  // Each word read as a number once, then: a hedge with a number before it and one after it.
  const numbers = tokens.map((_, k) => isNumberAt(tokens, k));
  const first = numbers.indexOf(true);
  const last = numbers.lastIndexOf(true);
  // ("Tres cuartos, o sea, dos": "o sea" takes back, read as such; it offers no choice.)
  return first >= 0 && tokens.some((t, k) => HEDGES.has(t) && !(t === 'o' && tokens[k + 1] === 'sea') && k > first && k < last && leftOpen(tokens, k, wanted));
}

const unitOfCounted = (word: string): Unit => (NIGHT_WORDS.has(word) ? 'nights' : 'rooms');

/** Whether the hedge at tokens[k] leaves `wanted` open: the number after it counts that, or nothing said. */
function leftOpen(tokens: readonly string[], k: number, wanted: Unit): boolean {
  let j = k + 1;
  while (j < tokens.length && !isNumberAt(tokens, j)) j++;
  const n = readNumberAt(tokens, j, 'en') ?? readNumberAt(tokens, j, 'es');
  const unit = n ? readUnit(tokens, n.end)?.unit : undefined;
  return unit === undefined || unit === wanted;
}

/** Before "one" as a pronoun: "the king one", "that cheaper one", "a bigger one". */
const POINTS_AT = new Set(['the', 'that', 'this', 'a', 'an']);
/** Words that do not describe a room: between them and "one", "one" counts. */
const NOT_DESCRIBING = new Set(['and', 'or', 'for', 'to', 'with', 'but', 'of', 'in', 'on', 'at', 'me', 'us', 'my', 'our', 'room', 'rooms', 'night', 'nights']);

/**
 * "One" standing for a room said of ("the king one", "the cheaper one", "a big one"): a word or
 * more, no number among them, between "the" (or "that", "a") and it, and no unit after it. ("Just
 * the one" and "the one room" count one.)
 */
function isPronounOne(tokens: readonly string[], k: number): boolean {
  if (tokens[k] !== 'one' || COUNTED.has(tokens[k + 1] ?? '') || COUNTED.has((tokens[k + 1] ?? '').replace(/s$/, ''))) return false;
  // (Up to three words that describe, no more: "a room for my parents and one for us" counts a second room.)
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (isNumberAt(tokens, j) || NOT_DESCRIBING.has(tokens[j]!)) return false;
    if (POINTS_AT.has(tokens[j]!)) return j < k - 1;
  }
  return false;
}

/** What joins two numbers said one after the other: "dos y dos", "2 & 2". */
const JOINS = new Set(['and', 'y', 'e', '&']);
/** Said around them and nothing else: "um, two and two", "pues dos y dos". */
const AROUND_TWO_COUNTS = new Set(['um', 'uh', 'like', 'pues', 'este', 'mmm', 'so', 'well', 'bueno', 'please', 'pls', 'porfa']);

/**
 * Two numbers joined, all that is said: "dos y dos", "2 y 2", "two and two" (two rooms of two?
 * two and two people?), asked rather than read as one of them. ("Treinta y uno" is one number.)
 */
function twoCountsJoined(tokens: readonly string[]): boolean {
  const said = tokens.filter((t) => !AROUND_TWO_COUNTS.has(t));
  if (said.length !== 3 || !JOINS.has(said[1]!) || !isNumberAt(said, 0) || !isNumberAt(said, 2)) return false;
  return !(['en', 'es'] as const).some((lang) => (readNumberAt(said, 0, lang)?.end ?? 0) > 1);
}

/** A count texted with its unit glued on: "3nts", "2rms", "2habs", "3d2n" (days, then nights). */
const GLUED = /^(\d{1,2})(nts?|nites?|nights?|n|rms?|rooms?|habs?|habitaciones|cuartos?|noches?|d|days?|dias?|wks?|weeks?|sems?|semanas?)(?:(\d{1,2})(n|nts?|noches?))?$/;
const GLUED_UNITS: Readonly<Record<string, string>> = { n: 'nights', d: 'days' };

/** The words with each count and its glued unit apart ("3nts" → "3 nts", "3d2n" → "3 days 2 nights"). */
function unglued(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => /^\d{1,2}[a-z]/.test(t) && GLUED.test(t))) return tokens;
  return tokens.flatMap((t) => {
    const m = GLUED.exec(t);
    if (!m) return [t];
    const unit = (u: string) => GLUED_UNITS[u] ?? u;
    return m[3] === undefined ? [m[1]!, unit(m[2]!)] : [m[1]!, unit(m[2]!), m[3], unit(m[4]!)];
  });
}

function count(said: readonly string[], locale: Locale, unit: 'rooms' | 'nights', unitsOnly: boolean, articles = true): number | null {
  try {
    let tokens = unglued(said);
    if (tokens.includes('one')) tokens = tokens.filter((_, k) => !isPronounOne(tokens, k));
    if (tokens.length === 0) return null;
    const wanted: Unit = unit === 'nights' ? 'nights' : 'rooms';
    if (hedged(tokens, wanted) || twoCountsJoined(tokens)) return null;
    for (const lang of langOrder(locale)) {
      const r = readCount(tokens, lang, wanted, unitsOnly, articles);
      if (r.kind === 'one') return r.value;
      if (r.kind === 'conflict') return null;
    }
    return null;
  } catch {
    return null;
  }
}
