// A place in a list just read out: "the second one", "la primera", "the 2nd", "#2", "option 3",
// "la 2", "the last one", "la última". Pure; never throws.

import { hasPhrase } from './normalize.ts';

/** Ordinals said of a list, English and Spanish, by the place they name (0 = the first). */
const ORDINALS: readonly (readonly string[])[] = [
  // (Texted Spanish: "la 1ra", "el 2do", "la 3a".)
  ['first', '1st', 'primera', 'primero', 'primer', '1ra', '1ro', '1a', '1o'],
  ['second', '2nd', 'segunda', 'segundo', '2da', '2do', '2a', '2o'],
  ['third', '3rd', 'tercera', 'tercero', 'tercer', '3ra', '3ro', '3a', '3o'],
  ['fourth', '4th', 'cuarta', 'cuarto', '4ta', '4to', '4a', '4o'],
  ['fifth', '5th', 'quinta', 'quinto', '5ta', '5to', '5a', '5o'],
];
const LAST = ['last', 'last one', 'ultima', 'ultimo', 'la ultima', 'el ultimo'];
const NUMERALS: readonly (readonly string[])[] = [
  ['1', 'one', 'uno', 'una'],
  ['2', 'two', 'dos'],
  ['3', 'three', 'tres'],
  ['4', 'four', 'cuatro'],
  ['5', 'five', 'cinco'],
];
/** Words that make the number after them a key: "option three", "la opción 2", "number 2", "press 3". */
const KEY_WORDS = new Set(['option', 'number', 'press', 'key', 'opcion', 'numero', 'tecla', 'oprimo', 'marco']);
/**
 * What may be said around a place in the list ("the second one please", "number 2", "la opción 1",
 * "I'll take the first"). Any other word ("the second night", "the 2nd of January") makes it
 * something else than a place in the list.
 */
const AROUND = new Set([
  'the', 'one', 'number', 'option', 'choice', 'press', 'key', 'please', 'pls', 'um', 'uh', 'er', 'ok', 'okay', 'its',
  'it', 'is', 'that', 'i', 'ill', 'll', 'take', 'want', 'go', 'with', 'do', 'lets', 'lemme', 'give', 'me', 'then',
  'yes', 'yeah', 'sure', 'el', 'la', 'numero', 'opcion', 'tecla', 'por', 'favor', 'este', 'eh', 'es', 'seria',
  'oprimo', 'marco', 'quiero', 'quedo', 'con', 'dame', 'deme', 'mejor', 'pues', 'si', 'esa', 'ese', 'entonces',
  'porfa', 'a', 'de', 'en', 'pick', 'choose', 'escojo', 'elijo', 'prefiero', 'prefer', 'sounds', 'good',
  // The list pointed back at: "the second one you said", "the first you mentioned", "la segunda que dijo".
  'you', 'said', 'mentioned', 'read', 'named', 'que', 'dijo', 'dijiste', 'menciono', 'mencionaste', 'nombro',
]);

/**
 * The place in a list of `count` named by the words (tokenized), or null: none, more than one, or
 * other words beside it. A bare number ("two", "la 2") counts only when `numbers` allows it (where
 * a number could mean something else, such as the rooms, it does not), or said as a key ("option 3").
 */
export function listPosition(words: readonly string[], count: number, numbers = true): number | null {
  try {
    const named = new Set<number>();
    const used = new Set<string>();
    const mark = (list: readonly (readonly string[])[]) =>
      list.forEach((said, i) => {
        for (const w of said) {
          if (!words.includes(w)) continue;
          named.add(i);
          used.add(w);
        }
      });
    mark(ORDINALS);
    for (const p of LAST) {
      if (hasPhrase(words, p)) {
        named.add(count - 1);
        for (const w of p.split(' ')) used.add(w);
      }
    }
    // ("Option three", "la opción 2", "press 3": a number said as the key it is, wherever.)
    if (named.size === 0 && (numbers || words.some((w) => KEY_WORDS.has(w)))) mark(NUMERALS);
    if (named.size !== 1 || !words.every((w) => used.has(w) || AROUND.has(w))) return null;
    const at = [...named][0]!;
    return at < count ? at : null;
  } catch {
    return null;
  }
}
