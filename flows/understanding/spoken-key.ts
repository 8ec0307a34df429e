// A key said instead of pressed: "one", "press zero", "option two", "el uno", "opción dos", "star",
// "asterisco". Callers on a speakerphone, a car's hands-free or a keypad that sends no tones answer
// a menu's "press 1" by saying it. Pure; never throws.

import { phraseTokens, tokenize } from './normalize.ts';
import { phraseAt } from './phrase-set.ts';

const KEYS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  star: '*', asterisk: '*', asterisco: '*',
};

/** Words said around a key ("I'll press one please", "oprimo el dos, por favor"). */
const AROUND = [
  'i ll press', 'ill press', 'i press', 'press', 'pressing', 'option', 'number', 'key', 'the', 'button', 'please', 'thanks',
  'thank you', 'ok', 'okay', 'um', 'uh', 'oprimo', 'oprima', 'opcion', 'numero', 'el', 'la', 'marco', 'marque', 'tecla',
  'por favor', 'gracias', 'este', 'pues', 'bueno',
].map(phraseTokens).sort((a, b) => b.length - a.length);

/** The key said, or null when the words are anything more than a key and words around it. */
export function spokenKey(text: string): string | null {
  const tokens = tokenize(text);
  let key: string | null = null;
  for (let at = 0; at < tokens.length; ) {
    const around = AROUND.find((p) => phraseAt(tokens, at, p));
    if (around) {
      at += around.length;
      continue;
    }
    const word = tokens[at]!;
    const said = /^\d$/.test(word) ? word : KEYS[word];
    if (said === undefined || key !== null) return null;
    key = said;
    at++;
  }
  return key;
}
