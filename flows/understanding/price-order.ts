// A room type asked for by its price rather than its name: "the cheapest", "la más barata", "el
// más económico", "the most expensive one", "la mejor". Every hotel's rates say which that is, so
// it is read from them, not from each hotel file's synonyms (a file without "cheapest" among them
// answered "el más barato" with "Disculpe, no le entendí"). Pure; never throws.

import type { RoomTypeInfo } from '../types.ts';
import { foldCase, tokenize } from './normalize.ts';
import { phraseSet, saysAny } from './phrase-set.ts';

const CHEAPEST = phraseSet([
  'cheapest', 'least expensive', 'lowest price', 'lowest rate', 'most affordable', 'cheapest one', 'the cheap one',
  'mas barata', 'mas barato', 'mas economica', 'mas economico', 'menos cara', 'menos caro', 'de menor precio',
  'mas accesible', 'la economica', 'el economico',
  // "Whichever costs the least", "ok, the cheaper one then", "la que cueste menos".
  'costs the least', 'cost the least', 'costs less', 'the cheaper one', 'the cheaper', 'cheaper one', 'cueste menos',
  'cuesta menos', 'cuesten menos', 'cueste lo menos', 'salga mas barato', 'salga mas barata',
]);
const PRICIEST = phraseSet([
  'most expensive', 'priciest', 'the best room', 'the best one', 'your best room', 'the nicest', 'top of the line',
  'mas cara', 'mas caro', 'la mejor', 'el mejor', 'la de mayor precio', 'el de mayor precio',
  // "The best you have", "best u got", "best room you have".
  'the best you have', 'best you have', 'best you got', 'best u got', 'best u have', 'best you ve got', 'best youve got',
  'best room',
  // "La más bonita", "la más padre", "the fanciest": the nicest, said any way.
  'mas bonita', 'mas bonito', 'mas linda', 'mas lindo', 'mas padre', 'mas lujosa', 'mas lujoso', 'fanciest', 'most luxurious',
  'the nicest one',
]);

/**
 * The code of the one room type at the end of the price order the words ask for, or null: none
 * asked, both asked, or two types share that rate (then which one is asked).
 */
export function roomTypeByPrice(words: readonly string[], roomTypes: readonly RoomTypeInfo[]): string | null {
  try {
    const cheapest = saysAny(words, CHEAPEST);
    const priciest = saysAny(words, PRICIEST);
    if (cheapest === priciest || roomTypes.length === 0) return null;
    const rates = roomTypes.map((t) => t.rate);
    const rate = cheapest ? Math.min(...rates) : Math.max(...rates);
    const at = roomTypes.filter((t) => t.rate === rate);
    return at.length === 1 ? at[0]!.code : null;
  } catch {
    return null;
  }
}

/** Words that make a price said the days' ("whenever is cheapest", "cuando salga más barato"): no room type. */
const WHEN_WORDS = phraseSet([
  'whenever', 'when', 'whichever day', 'whichever days', 'whichever date', 'whichever dates', 'whichever night', 'whichever nights',
  'whatever day', 'whatever days', 'whatever date', 'whatever dates', 'any day', 'any date', 'what day', 'which day', 'which days',
  'cuando', 'el dia que', 'los dias que', 'la fecha que', 'las fechas que', 'la noche que', 'cualquier dia', 'que dia', 'que dias',
]);

/** Whether a price is said of the days, not a room ("whenever is cheapest", "el día que salga más barato"). */
export function priceOfDays(words: readonly string[]): boolean {
  try {
    return (saysAny(words, CHEAPEST) || saysAny(words, PRICIEST)) && saysAny(words, WHEN_WORDS);
  } catch {
    return false;
  }
}

/** Places in the price order said before it: "the second cheapest", "la segunda más barata", "the 3rd most expensive". */
const RANKS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['2nd', 2], ['segunda', 2], ['segundo', 2], ['2da', 2], ['2do', 2],
  ['third', 3], ['3rd', 3], ['tercera', 3], ['tercero', 3], ['tercer', 3], ['3ra', 3], ['3ro', 3],
]);
/** A rank said right before a price word ("second cheapest", "second most expensive", "segunda más barata"). */
const RANK_BEFORE_PRICE = /(?<![\p{L}\d])(second|2nd|third|3rd|segund[ao]|tercer[ao]?|2d[ao]|3r[ao])\s+(?=(?:most|least|cheapest|cheaper|priciest|lowest|highest|m[aá]s|menos)(?![\p{L}]))/giu;

/**
 * A room type asked for by its place in the price order ("the second cheapest" is the next rate up),
 * or undefined when no such place is said. Null when one is said but the rates do not settle it (no
 * such place, or two types share the rate): then the type is asked, never the cheapest taken.
 */
export function roomTypeByPriceRank(text: string, roomTypes: readonly RoomTypeInfo[]): string | null | undefined {
  try {
    const said = [...text.matchAll(RANK_BEFORE_PRICE)];
    if (said.length === 0) return undefined;
    const ranks = new Set(said.map((m) => RANKS.get(foldCase(m[1]!)) ?? 0));
    const words = tokenize(text);
    const cheapest = saysAny(words, CHEAPEST);
    const priciest = saysAny(words, PRICIEST);
    if (ranks.size !== 1 || cheapest === priciest) return null;
    const rank = [...ranks][0]!;
    const rates = [...new Set(roomTypes.map((t) => t.rate))].sort((a, b) => (cheapest ? a - b : b - a));
    const rate = rates[rank - 1];
    const at = roomTypes.filter((t) => t.rate === rate);
    return at.length === 1 ? at[0]!.code : null;
  } catch {
    return null;
  }
}

/** The words with a rank before a price taken out: "the second cheapest" names no 2nd of the month. */
export function withoutPriceRank(text: string): string {
  return text.replace(RANK_BEFORE_PRICE, '');
}

/** Before a rate said, these make it a limit, not the room at that rate ("under 180", "no más de 130"). */
const LIMITS = new Set([
  'under', 'below', 'less', 'than', 'max', 'maximum', 'most', 'budget', 'up', 'around', 'about', 'over', 'above', 'more', 'within',
  'menos', 'mas', 'hasta', 'maximo', 'presupuesto', 'arriba', 'abajo', 'debajo', 'unos', 'como', 'alrededor',
]);
/** Right before the rate: "the one for 180", "la de 130", "the 180 one", "el de 180". */
const RATE_BEFORE = new Set(['for', 'de', 'the', 'at', 'a']);
const RATE_AFTER = new Set(['one', 'dollar', 'dollars', 'bucks', 'dolares', 'room', 'pesos']);

/**
 * The one room type whose nightly rate is the number said as which ("the one for 180", "the $130
 * one", "la de 130"), or null: no rate of one type said, or said as a limit ("under 180").
 */
export function roomTypeByRate(words: readonly string[], roomTypes: readonly RoomTypeInfo[]): string | null {
  try {
    let found: string | null = null;
    for (let i = 0; i < words.length; i++) {
      if (!/^\d{2,5}$/.test(words[i]!)) continue;
      const at = roomTypes.filter((t) => t.rate === Number(words[i]));
      if (at.length !== 1) continue;
      const before = words[i - 1] ?? '';
      if (words.slice(Math.max(0, i - 3), i).some((w) => LIMITS.has(w))) return null;
      if (!RATE_BEFORE.has(before) && !RATE_AFTER.has(words[i + 1] ?? '')) continue;
      if (found !== null && found !== at[0]!.code) return null;
      found = at[0]!.code;
    }
    return found;
  } catch {
    return null;
  }
}
