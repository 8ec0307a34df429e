// "Just me", "solo yo", "una persona" at "How many rooms?": one guest needs one room, so that is the
// answer, not a miss. Only a party of one is read this way: two people may share a room or not
// ("me and my wife", "somos dos"), and that is asked, never guessed. Inside a longer request
// ("anything open the weekend of the 19th? just me") only the phrases that cannot mean anything
// else count, and only where no one else is said to come.

import { hasAnyPhrase, tokenize } from './normalize.ts';

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

/** A party of one inside a longer request: phrases that say it whatever is around them. */
const ONE_GUEST_SAID = [
  'just me', 'only me', 'just myself', 'by myself', 'me alone', 'just one person', 'only one person', 'one person', '1 person',
  'just one guest', 'one guest', '1 guest', 'one adult', '1 adult', 'just one adult', 'for one person', 'traveling alone',
  'travelling alone', 'travel alone', 'coming alone', 'staying alone', 'solo traveler', 'solo traveller', 'single traveler',
  'solo yo', 'nada mas yo', 'namas yo', 'nomas yo', 'yo solo', 'yo sola', 'solo para mi', 'nada mas para mi', 'namas para mi',
  'nomas para mi', 'una persona', '1 persona', 'solo una persona', 'una sola persona', 'nada mas una persona', 'un adulto',
  '1 adulto', 'viajo solo', 'viajo sola', 'voy solo', 'voy sola', 'vengo solo', 'vengo sola',
];
/** Someone else coming, or more than one: then a party of one is not what was said. */
const OTHERS = [
  'and my', 'with my', 'me and', 'and me', 'plus', 'we', 'us', 'our', 'family', 'kids', 'children', 'wife', 'husband', 'friend',
  'friends', 'partner', 'people', 'persons', 'adults', 'guests', 'each', 'per room', 'y mi', 'con mi', 'con mis', 'yo y', 'y yo',
  'somos', 'seremos', 'vamos a ser', 'nosotros', 'familia', 'ninos', 'hijos', 'esposa', 'esposo', 'amigo', 'amiga', 'amigos',
  'personas', 'adultos', 'huespedes', 'cada', 'por cuarto', 'por habitacion',
];

/** Whether a longer request says a party of one ("...? just me", "solo yo, del 3 al 5") and no one else. */
export function partyOfOneIn(text: string): boolean {
  const words = tokenize(text);
  return hasAnyPhrase(words, ONE_GUEST_SAID) && !hasAnyPhrase(words, OTHERS);
}
