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
  'let me ask', 'actually', 'then',
  'y', 'oiga', 'oye', 'bueno', 'hola', 'buenas', 'buenos dias', 'buenas tardes', 'buenas noches', 'disculpe', 'perdon',
  'una pregunta', 'otra pregunta', 'tengo una pregunta', 'mire', 'fijese', 'este', 'tambien', 'ah', 'ahora',
  'queria saber', 'quisiera saber', 'queria preguntar', 'me puede decir', 'me podria decir', 'sabe', 'entonces', 'oka', 'va',
].map(phraseTokens).sort((a, b) => b.length - a.length);

/** Words that make what follows them a question ("I was wondering if…", "¿sabe si…?"). */
const ASKING = new Set(['if', 'whether', 'si']);

/**
 * Questions of the call itself, not of the hotel ("is this the Miramar?", "can you hear me?", "¿con
 * quién hablo?"): short, so at most two words may follow one (a single word, none: "what?" asks for
 * the question again, "what's the wifi password?" asks the hotel).
 */
const OF_THE_CALL = [
  'is this', 'is that', 'who is this', 'who s this', 'whos this', 'who am i', 'am i', 'are you there', 'can you hear me',
  'do you hear me', 'are you a', 'is it a', 'what', 'what s that', 'what was that',
  'es el', 'es la', 'es aqui', 'hablo al', 'hablo a', 'hablo con', 'quien habla', 'con quien hablo', 'con quien', 'esta ahi',
  'me escucha', 'me oye', 'es usted', 'eres', 'que', 'como', 'mande',
].map(phraseTokens);

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
  // "Hello?", "¿bueno?": only a lead-in, asked of nothing.
  if (at >= tokens.length) return false;
  if (OF_THE_CALL.some((p) => phraseAt(tokens, at, p) && tokens.length - (at + p.length) <= (p.length === 1 ? 0 : 2))) return false;
  if (text.includes('?') || text.includes('¿')) return true;
  // A question word alone ("so", "where") is not a question of the hotel: something must follow it.
  return at < tokens.length - 1 && (OPENERS.has(tokens[at]!) || (at > 0 && ASKING.has(tokens[at]!)));
}
