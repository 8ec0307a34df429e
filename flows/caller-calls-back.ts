// "No, I will call back later", "I'm gonna try again tomorrow", "no, yo le llamo después", "luego
// les marco": the CALLER will call again. Those words hold "call back" or "llamo", which the readers
// of a call-back request ("call me back", "que me llamen") would otherwise take as the hotel asked
// to call; a callback the guest never wanted is a desk's wasted call and a guest rung for nothing.
// Read by its shape (I/we + a future + call; yo/luego/después + llamo/marco), not as a list of
// sentences, so "I'll probably just call again tomorrow" is read as "I'll call back" is.
// Pure; never throws.

import { normalize } from './understanding/normalize.ts';

/** I / we, a future or a will ("'ll", "will", "am going to", "can", "might"), then a call. */
const EN_CALLER_CALLS = new RegExp(
  [
    String.raw`\b(i|we)\s*(ll|will|shall|can|could|might|may|d|would|m going to|m gonna|am going to|am gonna|re going to|re gonna|are going to|are gonna|have to|need to)\b`,
    String.raw`(\s+(just|probably|maybe|try to|try and|rather|have to|then|give you a|give it a))*`,
    // "I'll try the suite" is a choice, not a call: "try" counts only as "try again / later".
    String.raw`\s+(call|ring|phone|get back|reach out|try (again|later|back|tomorrow|another time))\b`,
  ].join(''),
);

/** "Let me call back later", "I'll try again", "we'll call you tomorrow" when said without a subject before. */
const EN_LET_ME = /\blet me (just )?(call|ring|phone|try) (you |u )?(back|again|later|tomorrow)\b/;

/** The Spanish verbs of calling, in the first person (present or future). */
const ES_CALL = String.raw`(llamo|marco|hablo|llamare|marcare|hablare|regreso la llamada|devuelvo la llamada)`;
/** Words that make "llamo" the caller's call to come: "yo", "luego", "después", "al rato". */
const ES_WHEN = String.raw`(yo|luego|despues|al rato|ahorita|mas tarde|manana|en un rato|mejor)`;

/** "Yo le llamo", "luego les marco", "le marco más tarde", "vuelvo a llamar"; never "me llamo Juan". */
const ES_CALLER_CALLS = new RegExp(
  [
    String.raw`\b(vuelvo|volvere|voy) a (llamar|marcar|hablar|intentar)\b`,
    String.raw`\b${ES_WHEN} (yo )?(les? |los |las? )?${ES_CALL}\b`,
    String.raw`(^|\b(?!me\b)\w+ )(les? |los |las? )?${ES_CALL} (${ES_WHEN}|otra vez|de nuevo|en otro momento|otro dia)\b`,
  ].join('|'),
);

/** Whether the caller says they will call again themselves (not that the hotel should call them). */
export function callerWillCall(text: string): boolean {
  try {
    const said = normalize(text).replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
    return EN_CALLER_CALLS.test(said) || EN_LET_ME.test(said) || ES_CALLER_CALLS.test(said);
  } catch {
    return false;
  }
}
