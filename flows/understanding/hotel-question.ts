// A question the caller asked of the hotel ("is there a shuttle from the airport?", "is the wifi
// free?", "¿tienen alberca?", "qué tan lejos están de la playa"), recognised by its form, not its
// subject: the flow asks it only of words nothing else understood, so that a question the hotel
// file does not answer is told so ("I can't help with that here; the front desk can") instead
// of "Sorry, I didn't understand that", which tells a caller who spoke clearly to say it again.
// Pure; never throws.

import { phraseTokens } from './normalize.ts';
import { phraseAt } from './phrase-set.ts';

/** Words a question opens with, in either language (accents folded, as tokenize leaves them). */
const OPENERS = new Set([
  // English: the auxiliaries and question words.
  'is', 'are', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'how', 'where', 'what', 'whats',
  'which', 'why', 'who', 'any', 'anything', 'anywhere',
  // Spanish: "¿hay…?", "¿tienen…?", "¿cuentan con…?", "¿se puede…?", "¿dónde…?", "¿qué tan…?".
  'hay', 'tienen', 'tiene', 'cuentan', 'cuenta', 'manejan', 'maneja', 'aceptan', 'acepta', 'admiten', 'permiten', 'se',
  'puedo', 'podemos', 'pueden', 'esta', 'estan', 'incluye', 'incluyen', 'donde', 'como', 'cuanto', 'cuanta', 'cuantos',
  'cuantas', 'que', 'cual', 'cuales', 'quien', 'por',
]);

/** Said before a question without being one ("ok", "and", "one more thing", "oiga, una pregunta"). */
const LEAD_INS = [
  'ok', 'okay', 'and', 'also', 'so', 'um', 'uh', 'hi', 'hello', 'hey', 'yes', 'yeah', 'well', 'oh', 'sorry', 'excuse me',
  'one more thing', 'quick question', 'a quick question', 'one question', 'another question', 'i have a question',
  'i was wondering', 'i wanted to ask', 'i wanted to know', 'can you tell me', 'could you tell me', 'do you know',
  'let me ask', 'actually', 'then', 'wait', 'hold on', 'hang on',
  'y', 'oiga', 'oye', 'bueno', 'hola', 'buenas', 'buenos dias', 'buenas tardes', 'buenas noches', 'disculpe', 'perdon',
  'una pregunta', 'otra pregunta', 'tengo una pregunta', 'mire', 'fijese', 'este', 'tambien', 'ah', 'ahora',
  'queria saber', 'quisiera saber', 'queria preguntar', 'me puede decir', 'me podria decir', 'sabe', 'entonces', 'oka', 'va', 'espere', 'espereme', 'a ver',
].map(phraseTokens).sort((a, b) => b.length - a.length);

/** Words that make what follows them a question ("I was wondering if…", "¿sabe si…?"). */
const ASKING = new Set(['if', 'whether', 'si']);

/** What a caller asks of the call itself rather than of the hotel. */
export type CallQuestion = 'hearing' | 'whoIsThis' | 'machine';

/** Most words a question of the call may run to once the lead-ins are passed. */
const SHORT = 10;

/** "Can you hear me?", "are you there?", "¿me escucha?". */
const HEARING = ['can you hear me', 'do you hear me', 'are you there', 'you there', 'anyone there', 'anybody there', 'is anyone there', 'is anybody there', 'someone there', 'me escucha', 'me escuchas', 'me oye', 'me oyes', 'esta ahi', 'hay alguien'].map(phraseTokens);

/** "Is this the Miramar?", "who am I talking to?", "¿con quién hablo?". */
const WHO = ['is this', 'is that', 'who is this', 'who s this', 'whos this', 'who am i talking to', 'who am i speaking with', 'who am i speaking to', 'what hotel is this', 'which hotel is this', 'es el', 'es la', 'es aqui', 'hablo al', 'hablo a', 'quien habla', 'con quien hablo', 'que hotel es'].map(phraseTokens);

/** "Are you a robot?", "am I talking to a real person?", "¿es una grabación?": how a question of what answers opens, and its words. */
const MACHINE_OPENERS = ['are you', 'is this', 'is it', 'am i', 'eres', 'es', 'es usted', 'hablo con', 'estoy hablando con'].map(phraseTokens);
const MACHINE_WORDS = new Set(['robot', 'machine', 'computer', 'recording', 'recorded', 'person', 'human', 'bot', 'ai', 'automated', 'grabacion', 'maquina', 'persona', 'humano', 'contestadora', 'automatico', 'computadora']);

/** One word alone that asks nothing of the hotel: "what?", "¿mande?", "¿cómo?" ask for the question again. */
const ALONE = new Set(['what', 'que', 'como', 'mande', 'eres', 'huh', 'pardon']);

/** At most two words may follow a question of hearing or of who answers ("is this the Miramar?", not "is this hotel near the beach?"). */
const endsSoonAfter = (tokens: readonly string[], at: number, phrases: readonly (readonly string[])[]) =>
  phrases.some((p) => phraseAt(tokens, at, p) && tokens.length - (at + p.length) <= 2);

/**
 * A question of the call ("can you hear me?", "is this the Miramar?", "are you a real person?"),
 * to be answered as a person on the phone would; null for anything else.
 */
export function questionOfTheCall(tokens: readonly string[]): CallQuestion | null {
  const at = afterLeadIns(tokens);
  if (at >= tokens.length || tokens.length - at > SHORT) return null;
  if (MACHINE_OPENERS.some((p) => phraseAt(tokens, at, p)) && tokens.slice(at).some((w) => MACHINE_WORDS.has(w))) return 'machine';
  if (endsSoonAfter(tokens, at, HEARING)) return 'hearing';
  if (endsSoonAfter(tokens, at, WHO)) return 'whoIsThis';
  return null;
}

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
  // "Hello?", "¿bueno?": only a lead-in, asked of nothing; "what?" asks for the question again.
  if (at >= tokens.length || (at === tokens.length - 1 && ALONE.has(tokens[at]!))) return false;
  if (questionOfTheCall(tokens) !== null) return false;
  if (text.includes('?') || text.includes('¿')) return true;
  // A question word alone ("so", "where") is not a question of the hotel: something must follow it.
  return at < tokens.length - 1 && (OPENERS.has(tokens[at]!) || (at > 0 && ASKING.has(tokens[at]!)));
}
