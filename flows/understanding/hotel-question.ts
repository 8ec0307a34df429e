// A question the caller asked of the hotel ("is there a shuttle from the airport?", "is the wifi
// free?", "¿tienen alberca?", "qué tan lejos están de la playa"), recognised by its form, not its
// subject: the flow asks it only of words nothing else understood, so that a question the hotel
// file does not answer is told so ("I can't help with that here; the front desk can") instead
// of "Sorry, I didn't understand that", which tells a caller who spoke clearly to say it again.
// Pure; never throws.

import { asksOnlyToHearAgain } from './repeat-asked.ts';
import { phraseTokens } from './normalize.ts';
import { firstSaidAt, phraseAt, phrasesStartingWith } from './phrase-set.ts';

/** Words a question opens with, in either language (accents folded, as tokenize leaves them). */
const OPENERS = new Set([
  // English: the auxiliaries and question words.
  'is', 'are', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'how', 'where', 'what', 'whats',
  'which', 'why', 'who', 'when', 'any', 'anything', 'anywhere',
  // Texted: "r u open xmas day", "u guys open xmas?".
  'r', 'u',
  // Spanish: "¿hay…?", "¿tienen…?", "¿cuentan con…?", "¿se puede…?", "¿dónde…?", "¿qué tan…?".
  'hay', 'tienen', 'tiene', 'cuentan', 'cuenta', 'manejan', 'maneja', 'aceptan', 'acepta', 'admiten', 'permiten', 'se',
  'puedo', 'podemos', 'pueden', 'esta', 'estan', 'incluye', 'incluyen', 'donde', 'como', 'cuanto', 'cuanta', 'cuantos',
  'cuantas', 'que', 'cual', 'cuales', 'quien', 'por', 'cuando', 'abren', 'abre', 'hacen', 'habra', 'van',
]);

/** Said before a question without being one ("ok", "and", "one more thing", "oiga, una pregunta"). */
const LEAD_INS = [
  'ok', 'okay', 'and', 'also', 'so', 'um', 'uh', 'hi', 'hello', 'hey', 'yes', 'yeah', 'well', 'oh', 'sorry', 'excuse me', 'but', 'pero', 'mmm',
  'one more thing', 'quick question', 'a quick question', 'one question', 'another question', 'i have a question',
  'i was wondering', 'i wanted to ask', 'i wanted to know', 'can you tell me', 'could you tell me', 'do you know',
  'let me ask', 'actually', 'then', 'wait', 'hold on', 'hang on',
  'y', 'oiga', 'oye', 'bueno', 'hola', 'buenas', 'buenos dias', 'buenas tardes', 'buenas noches', 'disculpe', 'perdon',
  'una pregunta', 'otra pregunta', 'tengo una pregunta', 'mire', 'fijese', 'este', 'tambien', 'ah', 'ahora',
  'queria saber', 'quisiera saber', 'queria preguntar', 'me puede decir', 'me podria decir', 'sabe', 'entonces', 'oka', 'va', 'espere', 'espereme', 'a ver',
].map(phraseTokens).sort((a, b) => b.length - a.length);

/** Words that make what follows them a question ("I was wondering if…", "¿sabe si…?"). */
const ASKING = new Set(['if', 'whether', 'si']);

/** What a caller asks of the call itself rather than of the hotel ('otherHotel': "is this the Hilton?", another hotel named). */
export type CallQuestion = 'hearing' | 'whoIsThis' | 'otherHotel' | 'machine';

/** Most words a question of the call may run to once the lead-ins are passed. */
const SHORT = 10;

/** "Can you hear me?", "are you there?", "¿me escucha?". */
const HEARING = ['can you hear me', 'do you hear me', 'are you there', 'you there', 'anyone there', 'anybody there', 'is anyone there', 'is anybody there', 'someone there', 'me escucha', 'me escuchas', 'me oye', 'me oyes', 'esta ahi', 'hay alguien'].map(phraseTokens);

/** "Is this the Miramar?", "who am I talking to?", "¿con quién hablo?". */
const WHO = ['is this', 'is that', 'who is this', 'who s this', 'whos this', 'who am i talking to', 'who am i speaking with', 'who am i speaking to', 'what hotel is this', 'which hotel is this', 'es el', 'es la', 'es aqui', 'hablo al', 'hablo a', 'quien habla', 'con quien hablo', 'que hotel es'].map(phraseTokens);

/** "Are you a robot?", "am I talking to a real person?", "¿es una grabación?": how a question of what answers opens, and its words. */
const MACHINE_OPENERS = ['are you', 'is this', 'is it', 'am i', 'eres', 'es', 'es usted', 'hablo con', 'estoy hablando con'].map(phraseTokens);
const MACHINE_WORDS = new Set(['robot', 'machine', 'computer', 'recording', 'recorded', 'person', 'human', 'bot', 'ai', 'automated', 'grabacion', 'maquina', 'persona', 'humano', 'contestadora', 'automatico', 'computadora']);

/** One word alone that asks nothing of the hotel, besides those asking for the question again (repeat-asked.ts). */
const ALONE = new Set(['eres']);

/** At most two words may follow a question of hearing or of who answers ("is this the Miramar?", not "is this hotel near the beach?"). */
const endsSoonAfter = (tokens: readonly string[], at: number, phrases: readonly (readonly string[])[]) =>
  (phrasesStartingWith(phrases, tokens[at]) ?? phrases).some((p) => phraseAt(tokens, at, p) && tokens.length - (at + p.length) <= 2);

/** "Is this the hotel by the beach?", "¿es el hotel que está en la playa?": whether this is the hotel, however described. */
const IS_THIS_THE = ['is this the', 'is that the', 'is this a', 'am i calling the', 'did i call the', 'did i reach the', 'have i reached the', 'es el', 'es este el', 'hablo al', 'estoy hablando al', 'es usted el'].map(phraseTokens);
const HOTEL_WORDS = new Set(['hotel', 'hotels', 'inn', 'resort', 'motel', 'lodge', 'suites', 'hostal', 'posada', 'hotelito']);
/** Words next to "hotel" that describe it or join the sentence: never another hotel's name ("the hotel by the beach", "el hotel de la playa"). */
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'this', 'that', 'which', 'where', 'by', 'on', 'in', 'at', 'near', 'next', 'to', 'close', 'with', 'across', 'off',
  'right', 'over', 'there', 'for', 'of', 'from', 'and', 'or', 'is', 'you', 'i', 'please', 'downtown', 'beach', 'airport', 'big', 'small',
  'little', 'new', 'old', 'main', 'boutique', 'family', 'ocean', 'sea', 'seaside', 'city', 'same', 'one', 'your', 'pink', 'blue', 'white',
  'de', 'del', 'la', 'el', 'los', 'las', 'que', 'en', 'cerca', 'junto', 'frente', 'con', 'por', 'al', 'y', 'o', 'este', 'ese', 'aqui',
  'ahi', 'playa', 'centro', 'aeropuerto', 'grande', 'nuevo', 'sobre', 'enfrente',
]);

/**
 * Whether the words after "is this the…" name another hotel than `ours` (its name's words):
 * a name beside the word hotel ("the Hilton hotel", "el hotel Riu") that is none of ours.
 */
function namesAnotherHotel(tail: readonly string[], ours: ReadonlySet<string>): boolean {
  if (ours.size === 0 || tail.some((w) => ours.has(w) && !HOTEL_WORDS.has(w))) return false;
  return tail.some((w, i) => HOTEL_WORDS.has(w) && [tail[i - 1], tail[i + 1]].some((n) => n !== undefined && !NOT_A_NAME.has(n) && !HOTEL_WORDS.has(n) && !/^\d+$/.test(n)));
}

/**
 * A question of the call ("can you hear me?", "is this the Miramar?", "is this the hotel by the
 * beach?", "are you a real person?"), to be answered as a person on the phone would; null for
 * anything else. `hotelName`: the hotel's, so that one naming another is told it is not; `text`, the
 * words as written (a name keeps its capital there).
 */
export function questionOfTheCall(tokens: readonly string[], hotelName = '', text = ''): CallQuestion | null {
  const at = afterLeadIns(tokens);
  if (at >= tokens.length || tokens.length - at > SHORT) return null;
  if (firstSaidAt(tokens, at, MACHINE_OPENERS) !== undefined && tokens.slice(at).some((w) => MACHINE_WORDS.has(w))) return 'machine';
  if (endsSoonAfter(tokens, at, HEARING)) return 'hearing';
  const ours = new Set(phraseTokens(hotelName));
  const isThe = firstSaidAt(tokens, at, IS_THIS_THE);
  // Longer than a name: a hotel described ("the hotel by the beach"), never "is this hotel near…?" (of the hotel).
  if (isThe && tokens.slice(at + isThe.length).some((w) => HOTEL_WORDS.has(w) || (ours.has(w) && !HOTEL_WORDS.has(w)))) {
    return namesAnotherHotel(tokens.slice(at + isThe.length), ours) ? 'otherHotel' : 'whoIsThis';
  }
  if (!endsSoonAfter(tokens, at, WHO)) return null;
  const who = firstSaidAt(tokens, at, WHO)!;
  const tail = tokens.slice(at + who.length);
  const named = tail.filter((w) => !ARTICLES.has(w));
  if (named.every((w) => ours.has(w) || OF_THIS_LINE.has(w))) return 'whoIsThis';
  // "Is this the Marriott?", "¿es el Hilton?": a name (written with its capital) that is none of ours.
  const proper = new Set(phraseTokens((text.match(/(?<=\s)\p{Lu}[\p{L}']*/gu) ?? []).join(' ')));
  if (named.some((w) => proper.has(w) && !ours.has(w))) return ours.size > 0 ? 'otherHotel' : 'whoIsThis';
  // "Is that included?", "¿es el precio final?": of the hotel, not of who answers (only a name of ours says that).
  return ours.size > 0 && !named.some((w) => ours.has(w)) ? null : 'whoIsThis';
}

const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una']);
/** Said of this line, not of another hotel: "is this the front desk?", "¿es la recepción?", "is that right?". */
const OF_THIS_LINE = new Set([
  'front', 'desk', 'reception', 'reservations', 'reservation', 'line', 'number', 'right', 'correct', 'place', 'office', 'lobby',
  'concierge', 'spa', 'restaurant', 'hotel', 'it', 'you', 'real', 'true', 'ok', 'okay', 'so', 'all', 'one', 'there', 'here',
  'recepcion', 'reservaciones', 'numero', 'correcto', 'lugar', 'oficina', 'restaurante', 'aqui', 'verdad', 'cierto', 'asi', 'todo',
  'usted', 'mismo', 'ahi',
]);

/** Where the words start once the lead-ins before them are passed. */
function afterLeadIns(tokens: readonly string[]): number {
  let at = 0;
  for (let moved = true; moved && at < tokens.length; ) {
    moved = false;
    for (const lead of LEAD_INS) {
      if (phraseAt(tokens, at, lead)) {
        at += lead.length;
        moved = true;
        break;
      }
    }
  }
  return at;
}

/**
 * Whether the words ask something: a question mark written or transcribed (Twilio's transcripts
 * and texts carry them), or a question's opening word once lead-ins are passed. "What about wifi,
 * is it free?" and "oiga, ¿hay alberca?" both are; "wifi" alone is not (it may answer a question).
 */
export function asksAQuestion(text: string, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  const at = afterLeadIns(tokens);
  // "Hello?", "¿bueno?": only a lead-in, asked of nothing; "what?", "ok, ¿me repite?" ask for the question again.
  if (at >= tokens.length || (at === tokens.length - 1 && ALONE.has(tokens[at]!)) || asksOnlyToHearAgain(tokens.slice(at))) return false;
  if (questionOfTheCall(tokens) !== null) return false;
  if (text.includes('?') || text.includes('¿')) return true;
  // A question word alone ("so", "where") is not a question of the hotel: something must follow it.
  return at < tokens.length - 1 && (OPENERS.has(tokens[at]!) || (at > 0 && ASKING.has(tokens[at]!)));
}

/**
 * What the call is about, said rather than asked, once the lead-ins are passed: "I'm calling about a
 * job", "it's regarding an invoice", "le hablo por lo de una factura", "necesito hablar con alguien de
 * ventas". Read only where nothing else understood the words: a booking said so ("I'm calling to book
 * a room") is the readers' first.
 */
const PURPOSE_OPENERS = [
  'i m calling', 'im calling', 'i am calling', 'calling about', 'calling regarding', 'calling because', 'calling for',
  'i was calling', 'i m calling from', 'it s about', 'its about', 'it s regarding', 'its regarding', 'this is about',
  'this is regarding', 'i need to talk to someone', 'i need to speak to someone', 'i need to speak with someone',
  'i d like to talk to someone', 'i d like to speak to someone', 'i need help with', 'i have an issue', 'i have a problem',
  'le llamo por', 'le llamo para', 'llamo por', 'llamo para', 'llamaba por', 'llamaba para', 'le hablo por', 'le hablo para',
  'le hablaba por', 'le hablaba para', 'hablo por', 'hablo para', 'es sobre', 'es por lo de', 'es para lo de', 'queria ver lo de',
  'necesito hablar con alguien', 'quisiera hablar con alguien', 'necesito ayuda con', 'tengo un problema', 'fijese que',
].map(phraseTokens);

export function statesAPurpose(tokens: readonly string[]): boolean {
  const at = afterLeadIns(tokens);
  // (Something must follow: "I'm calling" alone says nothing yet.)
  return PURPOSE_OPENERS.some((p) => phraseAt(tokens, at, p) && tokens.length > at + p.length);
}
