// Counting rooms and naming the hotel the way each language does, with the hotel's own names:
// "1 Ocean Suite", "2 Deluxe King rooms"; "una Suite con vista al mar", "2 habitaciones Deluxe
// King"; and the words that agree with them ("them", "se las guardamos", "podrían liberarse";
// "el Hotel Miramar", "la Posada del Sol").
import type { SpecialRequest } from '../../../flows/special-requests.ts';

/** Names that already say what the room is ("Ocean Suite", "Standard Room"): counted as is. */
const EN_ROOM_NOUNS = new Set(['room', 'rooms', 'suite', 'suites', 'studio', 'studios', 'villa', 'villas', 'cabin', 'cabins', 'bungalow', 'bungalows', 'loft', 'lofts', 'apartment', 'apartments', 'penthouse', 'casita']);

/** Spanish room nouns a name may start with ("Suite con vista al mar"), with gender and plural. */
const ES_ROOM_NOUNS: Record<string, { feminine: boolean; plural: string }> = {
  suite: { feminine: true, plural: 'Suites' },
  habitación: { feminine: true, plural: 'Habitaciones' },
  habitacion: { feminine: true, plural: 'Habitaciones' },
  cuarto: { feminine: false, plural: 'Cuartos' },
  estudio: { feminine: false, plural: 'Estudios' },
  villa: { feminine: true, plural: 'Villas' },
  cabaña: { feminine: true, plural: 'Cabañas' },
  bungalow: { feminine: false, plural: 'Bungalows' },
  bungaló: { feminine: false, plural: 'Bungalós' },
  departamento: { feminine: false, plural: 'Departamentos' },
  loft: { feminine: false, plural: 'Lofts' },
  penthouse: { feminine: false, plural: 'Penthouses' },
};

/** A number of rooms of one type, and how the words about them agree. */
export interface RoomCount {
  /** "1 Ocean Suite", "2 Deluxe King rooms" / "una Suite con vista al mar", "2 habitaciones Deluxe King". */
  text: string;
  plural: boolean;
  /** Spanish agreement (always false in English). */
  feminine: boolean;
}

export function roomCountEn(rooms: number, name: string): RoomCount {
  const last = name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  const plural = rooms !== 1;
  if (EN_ROOM_NOUNS.has(last)) {
    const counted = plural && !/s$/i.test(name) ? `${name}${/(?:ch|sh|x)$/i.test(name) ? 'es' : 's'}` : name;
    return { text: `${rooms} ${counted}`, plural, feminine: false };
  }
  return { text: `${rooms} ${name} ${plural ? 'rooms' : 'room'}`, plural, feminine: false };
}

export function roomCountEs(rooms: number, name: string): RoomCount {
  const [first = '', ...rest] = name.trim().split(/\s+/);
  const noun = ES_ROOM_NOUNS[first.toLowerCase()];
  const plural = rooms !== 1;
  if (noun) {
    // A common noun, lower-cased as Spanish writes it: "una suite con vista al mar", "2 suites con vista al mar".
    const one = noun.feminine ? 'una' : 'un';
    const text = `${plural ? rooms : one} ${lowerCommon([plural ? noun.plural : first, ...adjectives(rest, plural)].join(' '))}`;
    return { text, plural, feminine: noun.feminine };
  }
  // A name that ends in its noun, "Junior Suite", "Ocean Suite": "una Junior Suite", "2 Junior Suites".
  const words = name.trim().split(/\s+/);
  const last = words.length > 1 ? ES_ROOM_NOUNS[words[words.length - 1]!.toLowerCase()] : undefined;
  if (last && !words.slice(0, -1).some((w) => ES_LINKS.has(w.toLowerCase()))) {
    const text = plural ? `${rooms} ${[...words.slice(0, -1), last.plural].join(' ')}` : `${last.feminine ? 'una' : 'un'} ${name}`;
    return { text, plural, feminine: last.feminine };
  }
  // A name that says the beds ("Dos camas Queen"): "2 habitaciones con dos camas Queen", as an agent says it.
  const beds = ES_COUNT_WORDS.has(first.toLowerCase()) && /^camas?$/i.test(rest[0] ?? '') ? 'con ' : '';
  const kind = plural ? `${rooms} habitaciones` : 'una habitación';
  return { text: `${kind} ${beds}${lowerCommon(name)}`, plural, feminine: true };
}

/** Words a Spanish name of a room writes in lower case inside a sentence ("Doble", "Dos camas", "Suite con vista al mar"). */
const ES_COMMON = new Set([
  ...Object.keys(ES_ROOM_NOUNS), ...Object.values(ES_ROOM_NOUNS).map((n) => n.plural.toLowerCase()), 'cama', 'camas', 'doble', 'dobles', 'sencilla', 'sencillo', 'triple', 'cuádruple', 'familiar',
  'estándar', 'matrimonial', 'individual', 'vista', 'mar', 'jardín', 'alberca', 'terraza', 'balcón', 'con', 'de', 'del', 'al',
  'y', 'sin', 'en', 'la', 'el', 'un', 'una', 'dos', 'tres', 'cuatro',
]);
const ES_COUNT_WORDS = new Set(['un', 'una', 'dos', 'tres', 'cuatro', '1', '2', '3', '4']);

/** The common Spanish words of a room's name in lower case; borrowed and proper words (King, Queen, Deluxe, Miramar) kept. */
function lowerCommon(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => (ES_COMMON.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

/** Words after which a room name's adjectives stop ("Suite con vista al mar"): they do not agree. */
const ES_LINKS = new Set(['con', 'de', 'del', 'al', 'a', 'para', 'sin', 'en', 'y', 'vista']);
/** Borrowed words hotels use as they are, in the plural too ("2 Suites Junior"). */
const ES_INVARIANT = new Set(['junior', 'king', 'queen', 'deluxe', 'master', 'premium', 'standard', 'twin', 'family', 'plus', 'vip']);

/**
 * The adjectives after a room's noun, in lower case as Spanish writes them, agreeing with it in the
 * plural ("Presidencial" → "presidenciales", "Doble" → "dobles"), up to the first linking word;
 * borrowed words (Junior, King) and the words after a link kept as the hotel wrote them.
 */
function adjectives(words: string[], plural: boolean): string[] {
  const out: string[] = [];
  let agreeing = true;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (ES_LINKS.has(lower)) agreeing = false;
    if (!agreeing || ES_INVARIANT.has(lower)) out.push(word);
    else if (!plural) out.push(lower);
    else if (/[aeiou]$/i.test(word)) out.push(`${lower}s`);
    else if (/l$/i.test(word)) out.push(`${lower}es`);
    else out.push(lower);
  }
  return out;
}

/** "la" / "las" / "lo" / "los": the object pronoun for the rooms ("se las guardamos"). */
export function esPronoun(count: RoomCount): string {
  return `${count.feminine ? 'la' : 'lo'}${count.plural ? 's' : ''}`;
}

/** "una noche", "3 noches"; "1 night", "3 nights". */
export function nightsEs(n: number): string {
  return n === 1 ? 'una noche' : `${n} noches`;
}

export function nightsEn(n: number): string {
  return `${n} ${n === 1 ? 'night' : 'nights'}`;
}

/** Names that start with a masculine or feminine kind of place take the article: "el Hotel Miramar". */
const ES_PLACE_GENDER: Record<string, 'el' | 'la'> = {
  hotel: 'el',
  hostal: 'el',
  motel: 'el',
  hostel: 'el',
  resort: 'el',
  mesón: 'el',
  parador: 'el',
  club: 'el',
  posada: 'la',
  casa: 'la',
  hacienda: 'la',
  villa: 'la',
  quinta: 'la',
  estancia: 'la',
  cabaña: 'la',
  finca: 'la',
};

/**
 * The hotel's name with the article Spanish puts before it, after a preposition or alone: "el
 * Hotel Miramar", "al Hotel Miramar" (a + el), "del Hotel Miramar", "la Posada del Sol"; a name
 * that is not a kind of place ("Miramar") or already has its article ("Las Brisas") is left as is.
 */
export function hotelEs(name: string, preposition: '' | 'a' | 'de' = ''): string {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const article = ES_PLACE_GENDER[first];
  if (!article) return preposition ? `${preposition} ${name}` : name;
  if (article === 'el' && preposition) return `${preposition === 'a' ? 'al' : 'del'} ${name}`;
  return `${preposition ? `${preposition} ` : ''}${article} ${name}`;
}

/** "la 1 p.m.", "las 6 p.m.": the article agrees with the hour. */
export function atHour(time: string): string {
  return `${/^1(?:\D|$)/.test(time) ? 'la' : 'las'} ${time}`;
}

/** "A", "A and B", "A, B or C" (`and`: the word that joins the last two). */
export const listed = (items: readonly string[], and: string): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** Una petición especial dicha (flows/special-requests.ts), en palabras de la llamada y del mensaje. */
export const REQUEST_WORDS_ES: Record<SpecialRequest, string> = {
  crib: 'una cuna', accessible: 'una habitación accesible', together: 'habitaciones juntas', highFloor: 'un piso alto',
  lowFloor: 'un piso bajo', quiet: 'una habitación tranquila', extraBed: 'una cama extra',
};
