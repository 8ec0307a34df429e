// "What are your rates?", "how much is a room a night?", "¿cuánto cuesta la noche?", "¿qué precios
// manejan?": the rates asked of no room type in particular. Read where the list of types is not
// being said (the greeting, the menu, the date): the answer is every type's rate, from the hotel
// file, as a question about all of them would be answered. A type named is room-type-asked.ts's; a
// price of something else ("how much is parking?", "the deposit") is not the rooms'. Pure; never throws.

import type { Locale, RoomTypeInfo } from '../types.ts';
import { tokenize } from './normalize.ts';
import { phraseSet, saysAny } from './phrase-set.ts';
import { COST_WORDS, HOW_MUCH, PRICE_LISTS, PRICE_NOUNS } from './price-words.ts';
import type { RoomTypeQuestion } from './room-type-asked.ts';
import { roomTypeMatches } from './room-type-phrases.ts';

/** Words that are the rates themselves: "your rates", "room prices", "las tarifas". */
const RATES = phraseSet(PRICE_LISTS);

/** Words that ask a price, which are of the rooms only with a room or a night said ("how much is a room?"). */
const PRICE_ASKED = phraseSet([...HOW_MUCH, ...PRICE_NOUNS, ...COST_WORDS]);
const OF_THE_ROOMS = phraseSet([
  'room', 'rooms', 'night', 'nights', 'nightly', 'stay', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'noche', 'noches', 'hospedaje',
]);

/** Words that make it a question (a statement "the price is fine" is none), or a request for the rates ("just checking rates", "informes"). */
const ASKING = phraseSet([
  'how', 'what', 'whats', 'tell me', 'give me', 'do you', 'cuanto', 'cuanta', 'que', 'cuales', 'digame', 'me da', 'me das', 'manejan',
  'checking', 'check', 'looking', 'wondering', 'know', 'get', 'a como', 'informes', 'saber', 'quisiera', 'queria',
]);

/** Every type, highest rate first (the order the list is said in), when the rooms' rates are asked in general. */
export function ratesAsked(text: string, locale: Locale, roomTypes: readonly RoomTypeInfo[]): RoomTypeQuestion | null {
  try {
    const words = tokenize(text);
    if (words.length === 0 || roomTypes.length === 0) return null;
    const ofRates = saysAny(words, RATES) || (saysAny(words, PRICE_ASKED) && saysAny(words, OF_THE_ROOMS));
    if (!ofRates || !(text.includes('?') || text.includes('¿') || saysAny(words, ASKING))) return null;
    if (roomTypeMatches(words, roomTypes, locale).length > 0) return null;
    const codes = [...roomTypes].sort((a, b) => b.rate - a.rate).map((t) => t.code);
    return { codes, unknown: false, confirmed: false };
  } catch {
    return null;
  }
}
