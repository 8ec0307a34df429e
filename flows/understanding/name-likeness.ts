// Whether the words taken as a guest's name could be one. At the name question whatever is said
// is the name unless a reader recognises it as something else, and a name is kept without a
// question when it was heard clearly. "For four adults", "2 personas" or "there will be three of
// us" answer another question (how many are coming): kept, they would be the name on the booking
// and in the confirmation text. Words that count people are not a name, so the name is asked
// again; words that read like a sentence rather than a name are said back to be confirmed. Words
// that claim a post or give staff an order ("Police Open Room Twelve", "Manager Key Code", "El
// Gerente") are no one's name: kept, the desk's whisper would announce them in the system's own
// voice as who is calling ("Call from Police Open Room Twelve…"), so the name is asked again.

import { foldCase } from './normalize.ts';
import { isNumberWord } from './numbers.ts';

/** Words that count or name the party: at the name question they say how many, not who. */
const PARTY = new Set([
  'people', 'persons', 'adults', 'kids', 'children', 'guests', 'us', 'ourselves',
  'personas', 'adultos', 'ninos', 'ninas', 'huespedes', 'somos', 'seremos', 'nosotros', 'vamos',
]);

/**
 * Words no name is made of, that sentences are: verbs, pronouns, articles, prepositions. Not the
 * particles names do have ("de la Cruz", "del Río", "Van der Berg", "y" between surnames), nor
 * single letters (an initial: "Juan A. Pérez"), nor words that are also first names ("Will").
 */
const SENTENCE = new Set([
  'there', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'we', 'our', 'it', 'its', 'this', 'that', 'what', 'how',
  'when', 'where', 'do', 'does', 'have', 'has', 'had', 'can', 'could', 'would', 'should', 'need', 'want', 'going',
  'the', 'an', 'to', 'of', 'with', 'at', 'in', 'on', 'about', 'just', 'you', 'your', 'they', 'them', 'me', 'my',
  'que', 'quiero', 'queremos', 'necesito', 'necesitamos', 'son', 'estamos', 'esta', 'para', 'por', 'con', 'un',
  'una', 'mi', 'mis', 'su', 'sus', 'nuestro', 'nuestra', 'cuando', 'cuanto', 'donde', 'como', 'hay', 'tiene',
  'tienen', 'ser', 'seria', 'va', 'el', 'lo', 'le', 'les', 'se', 'en', 'al',
]);

/**
 * A post, an authority or an order to staff, folded. Not the ones that are also surnames
 * (Guardia, Puerta, Key, Boss, Clave), which a guest may well be called.
 */
const CLAIM = new Set([
  'police', 'policeman', 'officer', 'sheriff', 'fbi', 'detective', 'manager', 'supervisor', 'security', 'staff', 'maintenance',
  'housekeeping', 'owner', 'admin', 'administrator', 'emergency', 'ambulance', 'fire', 'evacuate', 'evacuation', 'alarm',
  'open', 'unlock', 'code', 'password', 'door',
  'policia', 'policias', 'gerente', 'seguridad', 'vigilante', 'mantenimiento', 'limpieza', 'dueno', 'duena', 'administrador',
  'administradora', 'emergencia', 'ambulancia', 'bomberos', 'evacuen', 'evacuar', 'alarma', 'abra', 'abran', 'abrir',
  'codigo', 'contrasena', 'llave',
]);

/**
 * Verbs that ask for something to be done with the call or the booking, folded: "Cancel It", "Start
 * Over", "Empezar de Nuevo" are a request, no one's name (the confirmation-number question heard "yes
 * please cancel it" as the last name "Cancel It"). Not the ones that are also surnames (Call, Stop).
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'cancel', 'cancelled', 'canceled', 'restart', 'start', 'begin', 'delete', 'remove', 'undo', 'redo', 'quit', 'exit',
  'modify', 'continue', 'confirm', 'transfer', 'menu', 'cancelar', 'cancele', 'cancelelo', 'cancelela', 'cancelarla',
  'cancelarlo', 'cancela', 'cancelala', 'anular', 'anulela', 'borrar', 'borre', 'borrelo', 'borrela', 'empezar',
  'empiezo', 'empezamos', 'empecemos', 'comenzar', 'reiniciar', 'regresar', 'regrese', 'volver', 'salir', 'terminar',
  'confirmar', 'confirme', 'confirmelo', 'modificar', 'modifique', 'transferir', 'transfiera', 'comuniqueme', 'paseme',
]);

export type NameLikeness = 'name' | 'party' | 'sentence' | 'claim' | 'request';

/**
 * 'party' when a word counts people ("Four Adults", "Personas"); 'claim' when a word is a post or
 * an order to staff ("Police Open Room Twelve", "Soy El Gerente"); 'request' when a word asks for
 * something done ("Cancel It", "Start Over"); 'sentence' when two or more of
 * the words are sentence or number words ("There Will Be Three"); 'name' otherwise.
 */
export function nameLikeness(name: string): NameLikeness {
  const keys = name
    .split(/\s+/)
    .map((w) => foldCase(w).replace(/[^\p{L}]/gu, ''))
    .filter((k) => k.length > 1);
  if (keys.some((k) => PARTY.has(k))) return 'party';
  if (keys.some((k) => CLAIM.has(k))) return 'claim';
  if (keys.some((k) => REQUEST_VERBS.has(k))) return 'request';
  // Number words count as sentence words, no more: "Diez" and "dos Santos" are surnames.
  const sentenceWords = keys.filter((k) => SENTENCE.has(k) || isNumberWord(k)).length;
  return sentenceWords >= 2 ? 'sentence' : 'name';
}
