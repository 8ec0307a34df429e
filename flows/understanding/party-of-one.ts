// "Just me", "solo yo", "una persona" at "How many rooms?": one guest needs one room, so that is the
// answer, not a miss. Only a party of one is read this way: two people may share a room or not
// ("me and my wife", "somos dos"), and that is asked, never guessed.

import { tokenize } from './normalize.ts';

/** Words around the answer that change nothing: "it's just me", "pues nada más yo, gracias". */
const AROUND = new Set([
  'it', 's', 'its', 'is', 'um', 'uh', 'well', 'oh', 'ok', 'okay', 'please', 'thanks', 'thank', 'you', 'for', 'room',
  'pues', 'este', 'es', 'bueno', 'por', 'favor', 'gracias', 'va', 'a', 'ser', 'seria', 'sera', 'habitacion', 'cuarto',
  'the', 'el', 'la', 'de', 'traveling', 'travelling', 'coming', 'staying', 'viajo', 'voy', 'vengo',
]);

/** The party of one, as normalised words, once the words around it are set aside. */
const ONE_GUEST = new Set([
  'me', 'just me', 'only me', 'myself', 'just myself', 'me alone', 'just me alone', 'alone', 'by myself', 'just one person',
  'one person', '1 person', 'just one guest', 'one guest', '1 guest', 'only one person', 'just the one person',
  'yo', 'solo yo', 'nada mas yo', 'namas yo', 'nomas yo', 'yo solo', 'yo sola', 'sola', 'para mi', 'solo para mi',
  'nada mas para mi', 'namas para mi', 'nomas para mi', 'una persona', '1 persona', 'solo una persona', 'una sola persona',
  'nada mas una persona',
]);

/** Whether the words said are a party of one and nothing else. */
export function saysPartyOfOne(text: string): boolean {
  const words = tokenize(text).filter((w) => !AROUND.has(w));
  return words.length > 0 && words.length <= 5 && ONE_GUEST.has(words.join(' '));
}
