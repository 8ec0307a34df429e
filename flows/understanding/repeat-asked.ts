// "¿Cómo dijo?", "come again?", "sorry, what?", "¿mande?", "perdón, no le escuché": the question
// asked again, as "*" does, at every question. One vocabulary, read in two places:
// - before the question's own reader (read-question.ts), so such words are never taken for an
//   answer (at the last-name proof "come again" was a last name that did not match, at the
//   confirmation number a name looked up): only when they are the whole utterance, so "let me say
//   that again: the 12th" is still a date (asksToHearItAgain);
// - after it, in intents.ts, where words that ask again wherever they appear ("sorry, I didn't
//   catch the last part") are also the question again (REPEAT_ANYWHERE, asksOnlyToHearAgain).
// The hotel-question reader leaves these words to them (hotel-question.ts).

import { hasAnyPhrase, removePhrases, tokenize } from './normalize.ts';

/**
 * Asking to hear the question again wherever in the words they appear. Folded as tokenize() folds
 * ("perdón" → "perdon", "didn't" → "didn t").
 */
export const REPEAT_ANYWHERE = [
  // English
  'repeat', 'repeat that', 'say that again', 'say it again', 'say again', 'come again', 'one more time',
  'what did you say', 'what was that', 'didn t catch', 'didn t hear', 'didn t understand', 'did not understand',
  'i missed that', 'pardon',
  // Spanish, as said in Mexico
  'repetir', 'repite', 'repita', 'repitelo', 'repitalo', 'repiteme', 'repitame', 'otra vez', 'de nuevo',
  'no entendi', 'no escuche', 'no oi', 'que dijo', 'que dijiste', 'puede repetir', 'podria repetir',
];

/** Asking to hear it again only when they are the whole utterance (with WITH_IT): "what?", "¿mande?", "you broke up". */
const ASKS_AGAIN_ALONE = [
  // English
  'repeat the question', 'what was the question', 'what', 'huh', 'pardon me', 'beg your pardon', 'again', 'eh',
  'i didn t catch that', 'didn t catch that', 'didn t catch it', 'i didn t hear you', 'didn t hear that', 'didn t hear you',
  'couldn t hear you', 'couldn t hear that', 'i can t hear you', 'you broke up', 'you re breaking up', 'what s that',
  // Spanish, as said in Mexico
  'como dijo', 'como dice', 'como', 'mande', 'que', 'perdon', 'no le escuche', 'no le oi', 'no le entendi',
  'me lo repite', 'me la repite', 'me repite', 'repitamelo', 'lo puede repetir', 'se corto', 'no se escucha', 'no le escucho',
];
const ALL_PHRASES = [...REPEAT_ANYWHERE, ...ASKS_AGAIN_ALONE];

/** What may come with it and still be only that ("sorry, what?", "perdón, ¿cómo dijo, señorita?"). */
const WITH_IT = new Set([
  'sorry', 'excuse', 'me', 'i', 'm', 'please', 'um', 'uh', 'oh', 'hm', 'hmm', 'can', 'could', 'would', 'you', 'that', 'it',
  'again', 'the', 'question', 'say', 'ma', 'am', 'sir', 'maam', 'miss', 'hello', 'hi', 'eh', 'ah',
  'disculpe', 'disculpa', 'perdone', 'por', 'favor', 'senor', 'senorita', 'senora', 'oiga', 'bueno', 'alo', 'hola',
  'la', 'pregunta', 'este', 'a', 'ver', 'y', 'usted', 'lo', 'le', 'dice',
]);

/** Whether `word` may come with the words asking again (for readers that allow more with them, as intents.ts's options asked). */
export const comesWithIt = (word: string): boolean => WITH_IT.has(word);

const AGREEING = ['uh huh', 'mm hmm', 'mhm', 'uh hum'];

/** Words (tokenized) that only ask to hear the question again: some phrase of either list, and besides only WITH_IT. */
export function asksOnlyToHearAgain(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 12) return false;
  // "Uh-huh" is a yes.
  if (hasAnyPhrase(words, AGREEING)) return false;
  const rest = removePhrases(words, ALL_PHRASES);
  return rest.length < words.length && rest.every((w) => WITH_IT.has(w));
}

/** The words only ask to hear the question again. */
export function asksToHearItAgain(text: string): boolean {
  return asksOnlyToHearAgain(tokenize(text));
}

/** "Hello? Hello?", "¿bueno? ¿bueno?", "¿aló?": a caller on a bad line checking it is still there. */
const LINE_CHECK = new Set(['hello', 'hi', 'hey', 'hola', 'alo', 'bueno', 'oiga', 'oigame', 'ey', 'helo', 'hallo']);

/**
 * The words only check the line ("hello? hello?", "¿bueno? ¿bueno?", "¿aló?"): the question again,
 * briefly, and no miss towards the desk. A lone "bueno" said plainly is Mexico's "okay", not this:
 * it checks the line asked ("¿bueno?") or said again ("bueno, bueno").
 */
export function checksTheLine(text: string): boolean {
  const words = tokenize(text);
  if (words.length === 0 || words.length > 8 || !words.every((w) => LINE_CHECK.has(w))) return false;
  return words.some((w) => w !== 'bueno') || words.length > 1 || text.includes('?');
}

/** "¿Sí me oye?", "are you still there?": the line asked about, in words LINE_CHECK does not hold. */
const HEARD_ASKED = [
  'can you hear me', 'do you hear me', 'are you there', 'are you still there', 'you still there', 'anyone there', 'is anyone there',
  'me oye', 'me oyes', 'me escucha', 'me escuchas', 'sigue ahi', 'sigues ahi', 'esta ahi', 'estas ahi', 'hay alguien',
];
const AROUND_IT = new Set([...LINE_CHECK, 'si', 'yes', 'me', 'still', 'sorry', 'perdon', 'disculpe', 'oiga', 'senorita', 'joven', 'ahi', 'there']);

/** The words only ask whether the caller is heard ("¿sí me oye?", "hello, are you still there?"). */
export function asksIfHeard(text: string): boolean {
  const words = tokenize(text);
  if (words.length === 0 || words.length > 12 || !hasAnyPhrase(words, HEARD_ASKED)) return false;
  return removePhrases(words, HEARD_ASKED).every((w) => AROUND_IT.has(w));
}

/** "Can you repeat the confirmation number?", "what was that number again?", "¿me repite el número?": the number just given, again. */
const THE_NUMBER = ['confirmation', 'number', 'code', 'numero', 'confirmacion', 'codigo', 'folio'];
export function asksForTheNumberAgain(text: string): boolean {
  const words = tokenize(text);
  if (words.length === 0 || words.length > 14) return false;
  return hasAnyPhrase(words, THE_NUMBER) && hasAnyPhrase(words, [...REPEAT_ANYWHERE, 'again', 'me repite', 'repeat', 'one more time', 'what was']);
}
