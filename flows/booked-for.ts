// A reservation made for someone else: a travel agent, an assistant, a son booking for his mother
// ("I'm booking for a client, John Smith", "es para mi jefe, el licenciado Pérez", "the
// reservation should be under my mother's name, Rosa Díaz", "my name is Ana Torres but the room
// is for Luis Gómez"). The guest named is the name the reservation is under, whatever name the
// caller gave of their own; the caller's number stays the callback number (nothing here touches
// it). Read from the words as said, so the name keeps its accents. Pure; never throws.

import { foldCase } from './understanding/normalize.ts';
import { nameLikeness } from './understanding/name-likeness.ts';
import { nameFromSpeech } from './understanding/names.ts';
import { phrasesStartingWith } from './understanding/phrase-set.ts';
import { lastAnswerKept } from './kept.ts';

export interface GuestNamed {
  /** The guest's name, title-cased; null when whose it is was said without a name ("it's for my boss"). */
  name: string | null;
}

interface Word {
  raw: string;
  key: string;
  /** A comma, a full stop or the like came right after the word. */
  stop: boolean;
}

/** Whom a booking is made for, without being them: roles an agent or an assistant books for. */
const ROLES = [
  'client', 'customer', 'guest', 'boss', 'employer', 'manager', 'executive', 'director', 'colleague', 'coworker', 'passenger',
  'cliente', 'clienta', 'jefe', 'jefa', 'patron', 'patrona', 'gerente', 'director', 'directora', 'huesped', 'pasajero', 'pasajera',
  'ejecutivo', 'ejecutiva', 'companero', 'companera', 'colega', 'licenciado', 'licenciada', 'ingeniero', 'ingeniera',
];
/** Family and friends: someone else only when named, or when the reservation is said to be under their name. */
const KIN = [
  'mother', 'mom', 'mum', 'father', 'dad', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'friend', 'parents',
  'grandmother', 'grandma', 'grandfather', 'grandpa', 'aunt', 'uncle', 'cousin', 'partner', 'fiance', 'fiancee', 'niece', 'nephew',
  'mama', 'madre', 'papa', 'padre', 'esposa', 'esposo', 'hijo', 'hija', 'hermana', 'hermano', 'amigo', 'amiga', 'papas', 'padres',
  'abuela', 'abuelo', 'tia', 'tio', 'prima', 'primo', 'novia', 'novio', 'suegra', 'suegro', 'sobrina', 'sobrino', 'senora', 'marido', 'mujer',
];
const ROLE = new Set(ROLES);
const KIN_WORDS = new Set(KIN);
/** "Mother", "mom", "parents", "papás" (accents folded; a plural of a kin word too): family, not a role. */
export function isKin(key: string): boolean {
  return KIN_WORDS.has(key) || (key.endsWith('s') && KIN_WORDS.has(key.slice(0, -1)));
}
const RELATION = new Set([...ROLES, ...KIN]);
/** Before a relation: "for a client", "for one of my clients", "para mi jefe", "para un cliente". */
const WHOSE = new Set(['a', 'an', 'my', 'our', 'the', 'his', 'her', 'their', 'mi', 'mis', 'un', 'una', 'el', 'la', 'nuestro', 'nuestra', 'su', 'sus', 'of', 'one', 'de', 'del']);
/** Titles said before a name and not part of it. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'doctor', 'sir', 'madam', 'senor', 'sr', 'sra', 'srta', 'senorita', 'senora', 'don', 'dona',
  'lic', 'licenciado', 'licenciada', 'ing', 'ingeniero', 'ingeniera', 'arq', 'arquitecto', 'arquitecta', 'contador', 'contadora', 'cp',
  'profesor', 'profesora', 'maestro', 'maestra', 'doctora', 'dra',
]);
/** Between the lead-in and the name: "…, whose name is", "…, que se llama", "el", "named". */
const BETWEEN = new Set([
  'is', 'es', 'named', 'called', 'name', 'names', 'nombre', 'llamado', 'llamada', 'se', 'llama', 'que', 'whose', 'the', 'el', 'la', 'of',
  'de', 'del', 'mister', 'it', 's', 'its', 'will', 'be', 'would', 'should', 'under', 'a', 'al',
]);
/** Words that end a name ("Rosa Díaz and she arrives…", "Juan Pérez para el 4"). */
const AFTER_NAME = new Set([
  'and', 'y', 'e', 'for', 'para', 'please', 'por', 'favor', 'from', 'on', 'at', 'in', 'who', 'que', 'she', 'he', 'they', 'will', 'is', 'es',
  'with', 'con', 'arriving', 'arrives', 'llega', 'llegan', 'el', 'la', 'del', 'al', 'a', 'to', 'thanks', 'thank', 'gracias', 'but', 'pero',
  'he', 's', 'i', 'yo', 'we', 'nosotros', 'room', 'rooms', 'habitacion', 'cuarto', 'paying', 'pays', 'pagara', 'va', 'son', 'two', 'dos',
  'not', 'no', 'me', 'us', 'nos', 'as', 'como', 'so', 'asi',
]);
/** Not a name, whatever came before: dates, counts, the caller themselves. */
const NOT_NAMES = new Set([
  'me', 'myself', 'us', 'mi', 'yo', 'nosotros', 'mismo', 'misma', 'tonight', 'today', 'tomorrow', 'hoy', 'manana', 'noche', 'night', 'nights',
  'noches', 'next', 'this', 'proximo', 'proxima', 'este', 'esta', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
  'setiembre', 'octubre', 'noviembre', 'diciembre', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunes',
  'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'one', 'two', 'three', 'four', 'five', 'uno', 'una', 'dos', 'tres',
  'cuatro', 'cinco', 'adults', 'adultos', 'people', 'personas', 'persons', 'week', 'semana', 'weekend', 'fin', 'room', 'habitacion',
  'cuarto', 'suite', 'king', 'queen', 'double', 'doble', 'sencilla', 'standard', 'deluxe', 'business', 'work', 'trabajo', 'negocios',
  'him', 'her', 'them', 'ella', 'el', 'ellos', 'ellas', 'everyone', 'todos', 'somebody', 'someone', 'alguien', 'other', 'otro', 'otra',
  'cash', 'card', 'efectivo', 'tarjeta', 'the', 'a', 'la', 'las', 'los', 'un', 'de', 'wedding', 'boda', 'anniversary', 'aniversario',
  'birthday', 'cumpleanos', 'christmas', 'navidad', 'conference', 'congreso', 'vacation', 'vacaciones', 'honeymoon', 'family', 'familia',
  'same', 'dates', 'date', 'days', 'mismas', 'mismos', 'fechas', 'fecha', 'dias', 'too', 'also', 'tambien', 'as', 'well', 'again', 'otra', 'vez',
  'day', 'dia', 'then', 'there', 'here', 'that', 'those', 'ese', 'esa', 'esos', 'esas', 'entonces', 'ahi', 'aqui', 'alla', 'stay', 'estancia',
]);

/**
 * Lead-ins that say the reservation is another's, before the name (or before whose it is): each a
 * list of words, `*` standing for one relation word ("my client's name", "mi jefe"), never the first
 * (they are looked up by their first word).
 */
const LEAD_INS: readonly (readonly string[])[] = [
  // "Under my mother's name, Rosa Díaz", "in my boss's name", "a nombre de mi mamá".
  ['under', 'my', '*', 's', 'name'], ['under', 'my', '*', 'name'], ['in', 'my', '*', 's', 'name'], ['under', 'the', 'name', 'of'],
  ['under', 'the', 'name'], ['in', 'the', 'name', 'of'], ['on', 'behalf', 'of'], ['the', 'guest', 's', 'name', 'is'], ['the', 'guest', 'is'],
  ['guest', 'name', 'is'], ['guest', 'name'], ['the', 'name', 'on', 'the', 'reservation', 'is'], ['the', 'name', 'on', 'it', 'is'],
  ['the', 'room', 'is', 'for'], ['the', 'reservation', 'is', 'for'], ['the', 'booking', 'is', 'for'], ['the', 'rooms', 'are', 'for'],
  ['room', 'is', 'for'], ['reservation', 'is', 'for'], ['it', 's', 'for'], ['its', 'for'], ['it', 'is', 'for'], ['this', 'is', 'for'],
  ['booking', 'for'], ['book', 'it', 'for'], ['booking', 'it', 'for'], ['reserve', 'it', 'for'], ['reserving', 'for'], ['calling', 'for'],
  ['a', 'nombre', 'de'], ['a', 'nombre', 'del'], ['bajo', 'el', 'nombre', 'de'], ['de', 'parte', 'de'], ['de', 'parte', 'del'],
  ['el', 'huesped', 'es'], ['la', 'huesped', 'es'], ['el', 'nombre', 'del', 'huesped', 'es'], ['es', 'para'], ['seria', 'para'],
  ['reservo', 'para'], ['reservar', 'para'], ['reservacion', 'es', 'para'], ['habitacion', 'es', 'para'], ['cuarto', 'es', 'para'],
  ['va', 'a', 'nombre', 'de'], ['reservacion', 'para'], ['habitacion', 'para'], ['cuarto', 'para'], ['room', 'for'], ['reservation', 'for'],
  // "For a client, John Smith", "para el señor Juan Pérez": "for"/"para" then whose or a title.
  ['for'], ['para'],
];

/**
 * Whether the words say the reservation is for someone else, and whom: the name said after "for a
 * client", "under my mother's name", "a nombre de", "para el señor"; `name` null when the
 * relation was said without one ("I'm booking for my boss"). Null when nothing says so, and for
 * kin without a name ("a room for my wife and me": they may be travelling together). Its last answer
 * is kept: a spoken answer is read twice a turn (lastAnswerKept).
 */
export const guestNamed: (text: string) => GuestNamed | null = lastAnswerKept(readGuestNamed);

function readGuestNamed(text: string): GuestNamed | null {
  try {
    const words = wordsOf(text);
    for (let i = 0; i < words.length; i++) {
      // Only the lead-ins that start with this word (none starts with `*`).
      for (const lead of phrasesStartingWith(LEAD_INS, words[i]!.key) ?? LEAD_INS) {
        const end = leadAt(words, i, lead);
        if (end < 0) continue;
        const found = afterLead(words, end, lead);
        if (found) return found;
      }
    }
    return null;
  } catch {
    return null;
  }
}

/** Where the lead-in ends when it is said at `at` (a `*` matching one relation word), else -1. */
function leadAt(words: readonly Word[], at: number, lead: readonly string[]): number {
  let i = at;
  for (const want of lead) {
    const w = words[i];
    if (!w) return -1;
    if (want === '*' ? !RELATION.has(singular(w.key)) : w.key !== want) return -1;
    i++;
  }
  return i;
}

/**
 * After a lead-in: whose it is ("a client", "mi jefe", "el licenciado"), then the name. A bare
 * "for"/"para" counts only with whose it is or a title after it ("for a client, …", "para el señor
 * Juan Pérez"), not "for two nights" or "para el 4".
 */
function afterLead(words: readonly Word[], from: number, lead: readonly string[]): GuestNamed | null {
  const bare = lead.length === 1;
  let i = from;
  let role = false;
  let kin = false;
  let titled = false;
  let whose = false;
  // "For one of my clients", "para mi jefe, el licenciado Pérez", "for my mother's", "para un cliente".
  for (let guard = 0; guard < 8 && i < words.length; guard++) {
    const key = words[i]!.key;
    if (TITLES.has(key)) {
      titled = true;
      if (ROLE.has(key)) role = true;
    } else if (RELATION.has(singular(key))) {
      if (ROLE.has(singular(key))) role = true;
      else kin = true;
    } else if (POSSESSIVE.has(key)) {
      whose = true;
    } else if (!(WHOSE.has(key) || (BETWEEN.has(key) && (role || kin || titled || !bare)))) {
      break;
    }
    i++;
  }
  const related = role || kin || titled;
  // "For two nights", "it's for my anniversary": no one's name.
  if ((bare || whose) && !related) return null;
  const said = nameAt(words, i);
  // After whose it is, a name is one the caller plainly gave: with a title, whole (two words), or
  // written with a capital ("for a client, Smith"); "de parte de mi jefe, necesita una sencilla"
  // names no one. Without whose it is, only a lead-in that says whose the room is ("the room is
  // for …", "el huésped es …") and a whole name: "a nombre de …", "room for a month starting…"
  // are the name reader's (understanding/names.ts), which knows a weekday or a correction in a name.
  const name = said && (related ? titled || said.includes(' ') || /^\p{Lu}/u.test(words[i]!.raw) : statesWhose(lead) && said.includes(' ')) ? said : null;
  if (name) return { name };
  // Whose, without a name: only a client or a boss says the caller is not the guest.
  return role && !kin ? { name: null } : null;
}

/** "The room is for", "the guest's name is", "la habitación es para": says whose the room is, not only that a name follows. */
function statesWhose(lead: readonly string[]): boolean {
  return lead.some((w) => w === 'is' || w === 'es' || w === 'are') && lead.some((w) => WHOSE_ROOM.has(w));
}
const WHOSE_ROOM = new Set(['room', 'rooms', 'reservation', 'booking', 'guest', 'huesped', 'habitacion', 'reservacion', 'cuarto']);
/** Whose, said of someone: "my …", "mi …" (a relation or a title must follow). */
const POSSESSIVE = new Set(['my', 'our', 'his', 'her', 'their', 'mi', 'mis', 'nuestro', 'nuestra', 'su', 'sus']);

/** Up to four words of a name from `from`, up to a stop or a word that ends it; null if none. */
function nameAt(words: readonly Word[], from: number): string | null {
  const said: string[] = [];
  for (let i = from; i < words.length && said.length < 4; i++) {
    const w = words[i]!;
    if (/\p{N}/u.test(w.key)) break;
    const ends = (AFTER_NAME.has(w.key) || NOT_NAMES.has(w.key)) && !PARTICLES.has(w.key);
    if (said.length === 0 && (ends || NOT_NAMES.has(w.key))) return null;
    if (ends) break;
    said.push(w.raw);
    if (w.stop) break;
  }
  while (said.length > 0 && PARTICLES.has(foldCase(said.at(-1)!))) said.pop();
  if (said.length === 0) return null;
  const name = nameFromSpeech(said.join(' '));
  return name !== null && nameLikeness(name) === 'name' ? name : null;
}

/** Inside a name: "María de la Cruz", "Van der Berg". */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'di', 'y']);

function singular(key: string): string {
  return RELATION.has(key) ? key : key.endsWith('s') && RELATION.has(key.slice(0, -1)) ? key.slice(0, -1) : key;
}

/** The words as said, each with its folded key; "mother's" is two words ("mother", "s"). */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of String(text).slice(0, 600).matchAll(/([\p{L}\p{M}]+(?:[-][\p{L}\p{M}]+)*)|(['’])|(\p{N}+)|([,.;:!?])/gu)) {
    if (m[4]) {
      if (out.length) out[out.length - 1]!.stop = true;
      continue;
    }
    if (m[2]) continue;
    const raw = m[1] ?? m[3] ?? '';
    out.push({ raw, key: foldCase(raw), stop: false });
  }
  return out;
}
