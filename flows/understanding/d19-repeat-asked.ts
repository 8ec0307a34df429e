// "¿Cómo dijo?", "come again?", "sorry, what?", "¿mande?", "perdón, no le escuché": the question
// asked again, as "*" does, at every question. Read before the question's own reader, so such words
// are never taken for an answer (at the last-name proof "come again" was a last name that did not
// match, at the confirmation number a name looked up): only when they are the whole utterance, so
// "let me say that again: the 12th" is still a date.

import { hasAnyPhrase, removePhrases, tokenize } from './normalize.ts';

/** Asking to hear the question again. Folded as tokenize() folds ("perdón" → "perdon"). */
const ASKS_AGAIN = [
  // English
  'come again', 'say again', 'say that again', 'say it again', 'repeat', 'repeat that', 'repeat the question',
  'what did you say', 'what was that', 'what was the question', 'what', 'huh', 'pardon', 'pardon me', 'beg your pardon',
  'i didn t catch that', 'didn t catch that', 'didn t catch it', 'i didn t hear you', 'didn t hear that', 'didn t hear you',
  'couldn t hear you', 'couldn t hear that', 'i can t hear you', 'i missed that', 'one more time', 'you broke up',
  'you re breaking up', 'what s that',
  // Spanish, as said in Mexico
  'como dijo', 'como dice', 'como', 'mande', 'que dijo', 'que', 'perdon', 'no le escuche', 'no le oi', 'no le entendi',
  'no escuche', 'no oi', 'no entendi', 'me lo repite', 'me la repite', 'me repite', 'repite', 'repita', 'repitame',
  'repitamelo', 'lo puede repetir', 'puede repetir', 'podria repetir', 'otra vez', 'de nuevo', 'se corto', 'no se escucha',
  'no le escucho',
];

/** What may come with it and still be only that ("sorry, what?", "perdón, ¿cómo dijo, señorita?"). */
const WITH_IT = new Set([
  'sorry', 'excuse', 'me', 'i', 'm', 'please', 'um', 'uh', 'oh', 'hm', 'hmm', 'can', 'could', 'would', 'you', 'that', 'it',
  'again', 'the', 'question', 'say', 'ma', 'am', 'sir', 'maam', 'miss', 'hello', 'hi', 'eh', 'ah',
  'disculpe', 'disculpa', 'perdone', 'por', 'favor', 'senor', 'senorita', 'senora', 'oiga', 'bueno', 'alo', 'hola',
  'la', 'pregunta', 'este', 'a', 'ver', 'y', 'usted', 'lo', 'le',
]);

const AGREEING = ['uh huh', 'mm hmm', 'mhm', 'uh hum'];

/** The words only ask to hear the question again. */
export function asksToHearItAgain(text: string): boolean {
  const words = tokenize(text);
  if (words.length === 0 || words.length > 12) return false;
  // "Uh-huh" is a yes.
  if (hasAnyPhrase(words, AGREEING)) return false;
  const rest = removePhrases(words, ASKS_AGAIN);
  return rest.length < words.length && rest.every((w) => WITH_IT.has(w));
}
