// "I'm calling for my mom, she needs a room next Saturday", "es para mis papás, llegan el viernes":
// a booking for family who travel without the caller. Kin without a name was never taken as someone
// else (flows/booked-for.ts: "a room for my wife and me" is the caller's own stay too), so the name
// question asked "May I have your full name?" and the reservation could be made out to the caller,
// whom the desk will not see arrive. When the room is said to be for a relative and nothing in the
// words puts the caller in the party (me, we, us, y yo, nosotros, llegamos), the name asked is the
// guest's. Pure; never throws.

import { isKin } from './booked-for.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** "For my …", "para mis …", "a mi …" (Spanish: "le quiero reservar a mi mamá"). */
const FOR = new Set(['for', 'para']);
const TO_WHOM = new Set(['a']);
const WHOSE = new Set(['my', 'our', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras']);
/** After the relative, a word that makes it an occasion, not a guest ("for my wife's birthday"). */
const OCCASION_AFTER = new Set(['s', 'birthday', 'anniversary', 'wedding', 'graduation', 'cumpleanos', 'aniversario', 'boda', 'graduacion']);
/** Words that put the caller in the party. */
const CALLER_TOO = [
  'me', 'myself', 'we', 'us', 'we re', 'and i', 'i and', 'with me', 'im coming', 'i m coming', 'i am coming', 'i ll be', 'ill be',
  'yo', 'conmigo', 'nosotros', 'nosotras', 'llegamos', 'vamos', 'venimos', 'somos', 'estamos', 'vamos a llegar', 'queremos', 'nos',
];

/** Whether the words say the room is for a relative who comes without the caller. */
export function forKinAlone(text: string): boolean {
  try {
    const words = tokenize(text);
    if (hasAnyPhrase(words, CALLER_TOO)) return false;
    for (let i = 0; i + 2 < words.length; i++) {
      const lead = FOR.has(words[i]!) || (TO_WHOM.has(words[i]!) && (words[i + 1] === 'mi' || words[i + 1] === 'mis'));
      if (lead && WHOSE.has(words[i + 1]!) && isKin(words[i + 2]!) && !OCCASION_AFTER.has(words[i + 3] ?? '')) return true;
    }
    return false;
  } catch {
    return false;
  }
}
