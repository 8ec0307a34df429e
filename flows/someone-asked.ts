// "Can I talk to Maria in sales?", "put me through to Mr. Lee", "¿me comunica con el licenciado
// Ramírez?", "quisiera hablar con la gerente": a person asked for by name, title or department.
// The phone system cannot ring them; the front desk can, so the call goes there (not "press 0"),
// and the desk's whisper says whom they asked for. Read only of words no reader took (steer.ts):
// "let me talk to my wife first" is no such request (their own people are not the hotel's).

import { tokenize } from './understanding/normalize.ts';
import { firstSaidAt } from './understanding/phrase-set.ts';

/** The words that ask to be put through, folded as tokenize() folds. */
const PUT_THROUGH = [
  'can i talk to', 'can i talk with', 'can i speak to', 'can i speak with', 'could i talk to', 'could i speak to', 'could i speak with',
  'may i speak to', 'may i speak with', 'may i talk to', 'i d like to speak to', 'i d like to speak with', 'i d like to talk to',
  'i would like to speak to', 'i would like to speak with', 'i want to talk to', 'i want to speak to', 'i want to speak with',
  'i need to talk to', 'i need to speak to', 'i need to speak with', 'put me through to', 'connect me to', 'connect me with',
  'transfer me to', 'is there a way to talk to', 'let me speak to', 'let me speak with', 'get me',
  'me comunica con', 'me comunicas con', 'me puede comunicar con', 'me podria comunicar con', 'me pasa con', 'me pasas con',
  'me puede pasar con', 'me podria pasar con', 'me pasa a', 'me transfiere con', 'me transfiere a', 'me comunica a',
  'quisiera hablar con', 'quiero hablar con', 'puedo hablar con', 'podria hablar con', 'necesito hablar con', 'me gustaria hablar con',
  'comuniqueme con', 'paseme con', 'busco a', 'busco al',
].map((p) => p.split(' '));

/** Whom the words may name that are the caller's own, or the desk itself (already its own request). */
const NOT_THE_HOTELS = new Set(['my', 'mi', 'mis', 'you', 'usted', 'ustedes', 'someone', 'somebody', 'anyone', 'alguien', 'a', 'it', 'that']);

/** The desk, or anyone: the request for a person it always was ("put me through to the front desk"). */
const ANYONE = new Set([
  'the', 'a', 'an', 'front', 'desk', 'reception', 'receptionist', 'operator', 'person', 'real', 'human', 'agent', 'representative',
  'live', 'someone', 'somebody', 'staff', 'hotel', 'la', 'el', 'una', 'un', 'recepcion', 'recepcionista', 'operadora', 'operador',
  'persona', 'agente', 'alguien', 'humano', 'del', 'hotel',
]);

/** Words after whom was asked for that only end the request ("please", "por favor"). */
const TRAILING = new Set(['please', 'por', 'favor', 'thanks', 'thank', 'you', 'gracias']);

/** "Is Maria there?", "is Mr. Lee around?": a person asked after, which is asking for them. */
const ASKED_AFTER_END = [['there'], ['around'], ['in', 'today'], ['working', 'today'], ['available'], ['por', 'ahi'], ['ahi'], ['disponible']];
/** Who cannot be asked after: the words ask about a thing ("is breakfast available?", "is it there?"). */
const NOT_A_PERSON = new Set(['it', 'this', 'that', 'there', 'breakfast', 'parking', 'a', 'any', 'anyone', 'anybody', 'someone', 'somebody', 'wifi', 'pool', 'room', 'something']);

/** "Is Maria there?", "¿se encuentra María?", "¿está el gerente?": whom; null when the words do not ask after someone. */
function askedAfter(words: string[]): string | null {
  let at = 0;
  while (at < words.length && ['hi', 'hello', 'hola', 'buenas', 'buenos', 'dias', 'tardes', 'noches', 'yes', 'si', 'bueno', 'oiga', 'disculpe', 'excuse', 'me'].includes(words[at]!)) at++;
  const rest = words.slice(at);
  while (rest.length && TRAILING.has(rest.at(-1)!)) rest.pop();
  if (rest[0] === 'se' && rest[1] === 'encuentra') {
    const who = rest.slice(2);
    const end = ASKED_AFTER_END.find((e) => e.every((w, i) => who[who.length - e.length + i] === w));
    const named = end ? who.slice(0, who.length - end.length) : who;
    return named.length >= 1 && named.length <= 4 && !NOT_A_PERSON.has(named[0]!) && !named.every((w) => ANYONE.has(w) || NOT_THE_HOTELS.has(w)) ? named.join(' ') : null;
  }
  if (rest[0] !== 'is' && rest[0] !== 'esta') return null;
  const end = ASKED_AFTER_END.find((e) => e.length < rest.length && e.every((w, i) => rest[rest.length - e.length + i] === w));
  if (!end) return null;
  const named = rest.slice(1, rest.length - end.length);
  const core = ['the', 'el', 'la'].includes(named[0] ?? '') ? named.slice(1) : named;
  if (core.length < 1 || named.length > 3 || NOT_A_PERSON.has(core[0]!) || named.every((w) => ANYONE.has(w) || NOT_THE_HOTELS.has(w))) return null;
  return named.join(' ');
}

/** Whom the words ask to be put through to ("maria in sales", "el licenciado ramirez"); null when they do not. */
export function someoneAsked(text: string): string | null {
  const words = tokenize(text);
  const after = askedAfter(words);
  if (after) return after;
  for (let at = 0; at < words.length; at++) {
    const lead = firstSaidAt(words, at, PUT_THROUGH);
    if (!lead) continue;
    const rest = words.slice(at + lead.length);
    while (rest.length && TRAILING.has(rest.at(-1)!)) rest.pop();
    if (rest.length === 0 || rest.length > 6 || NOT_THE_HOTELS.has(rest[0]!) || rest.every((w) => ANYONE.has(w))) return null;
    return rest.join(' ');
  }
  return null;
}

/** Titles and departments a hotel's callers ask for, folded as tokenize() folds. */
const KNOWN_WHOM = new Set([
  'manager', 'general', 'gm', 'sales', 'housekeeping', 'maintenance', 'concierge', 'billing', 'accounting', 'accounts', 'reservations',
  'events', 'catering', 'restaurant', 'kitchen', 'chef', 'spa', 'security', 'valet', 'bellman', 'bell', 'captain', 'engineering',
  'human', 'resources', 'hr', 'director', 'supervisor', 'owner', 'office', 'mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'department',
  'gerente', 'ventas', 'ama', 'llaves', 'mantenimiento', 'conserjeria', 'contabilidad', 'reservaciones', 'eventos', 'banquetes',
  'restaurante', 'cocina', 'seguridad', 'recursos', 'humanos', 'director', 'directora', 'supervisor', 'supervisora', 'dueno', 'duena',
  'oficina', 'senor', 'senora', 'senorita', 'sr', 'sra', 'licenciado', 'licenciada', 'lic', 'ingeniero', 'ingeniera', 'ing',
  'doctora', 'departamento', 'area',
]);
/** Words that join a name to where the person works: "maria in sales", "juan de ventas". */
const JOINING = new Set(['the', 'a', 'in', 'from', 'of', 'at', 'el', 'la', 'de', 'del', 'en', 'y', 'and']);
/** Words no person's name is, that would make "whom" a message read to the desk ("code red evacuate now"). */
const NOT_A_NAME = new Set([
  'now', 'code', 'red', 'blue', 'evacuate', 'evacuation', 'emergency', 'fire', 'police', 'bomb', 'alarm', 'alert', 'urgent', 'immediately',
  'help', 'danger', 'attack', 'shooter', 'leave', 'run', 'everyone', 'all', 'building', 'lockdown', 'drill',
  'ahora', 'codigo', 'rojo', 'evacuar', 'evacuen', 'emergencia', 'fuego', 'incendio', 'policia', 'bomba', 'alarma', 'urgente', 'ayuda',
  'peligro', 'todos', 'salgan', 'edificio',
]);

/**
 * Whom the desk may hear named in its whisper: a title or department ("the manager", "la gerente"),
 * a short name ("maria", "mr lee"), or a name and where they work ("maria in sales"). Anything else
 * ("security code red evacuate now") is the caller's own sentence, which is not read to staff as
 * if the system said it: null, and the whisper says to see the call.
 */
export function whomToWhisper(askedFor: string | null | undefined): string | null {
  if (!askedFor) return null;
  const words = tokenize(askedFor);
  if (words.length === 0 || words.length > 5 || words.some((w) => NOT_A_NAME.has(w) || !/^\p{L}+$/u.test(w))) return null;
  const names = words.filter((w) => !KNOWN_WHOM.has(w) && !JOINING.has(w));
  return names.length <= 2 ? askedFor : null;
}
