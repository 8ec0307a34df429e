// A key said instead of pressed: "one", "press zero", "option two", "el uno", "opción dos", "star",
// "asterisco". Callers on a speakerphone, a car's hands-free or a keypad that sends no tones answer
// a menu's "press 1" by saying it. Pure; never throws.

import { phraseTokens, tokenize } from './normalize.ts';
import { readNumberAt } from './numbers.ts';
import { firstSaidAt } from './phrase-set.ts';
import { wordTable } from './word-table.ts';

/** The keys that are no digit. */
const SYMBOLS = wordTable<string>({ star: '*', asterisk: '*', asterisco: '*' });
/** Spanish "un", "una" are one of something ("una noche"), never the key 1 ("uno"). */
const ONE_OF = new Set(['un', 'una']);

/** The digit one word says: a figure alone, or a number word of either language (numbers.ts's) up to nine. */
function digitOf(word: string): string | null {
  if (/^\d+$/.test(word)) return word.length === 1 ? word : null;
  if (ONE_OF.has(word)) return null;
  const n = readNumberAt([word], 0, 'en') ?? readNumberAt([word], 0, 'es');
  return n !== null && n.value <= 9 ? String(n.value) : null;
}

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
    const around = firstSaidAt(tokens, at, AROUND);
    if (around) {
      at += around.length;
      continue;
    }
    // (A word table: "constructor" is no key, as any other word.)
    const said = SYMBOLS[tokens[at]!] ?? digitOf(tokens[at]!);
    if (said === null || key !== null) return null;
    key = said;
    at++;
  }
  return key;
}
