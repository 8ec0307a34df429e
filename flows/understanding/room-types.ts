// Which of the hotel's room types the caller chose, by keypad (its place in the offer)
// or by speech (its name or a synonym from the hotel file). Pure; never throws.
import type { Locale, RoomTypeInfo } from '../types.ts';
import { maySayOtherwise, negatedBefore, takenBackBetween, wishedFirstAt } from './corrections.ts';
import { asText, tokenize } from './normalize.ts';
import { BED_NOUNS } from './numbers.ts';
import { numberOf, roomTypeMatches, type Match } from './room-type-phrases.ts';

/** '1'..'n' (a trailing '#' tolerated) → the code of roomTypes[n-1] (the list is in offer order). */
export function roomTypeFromDigits(digits: string, roomTypes: readonly RoomTypeInfo[]): string | null {
  try {
    const m = /^([0-9]{1,2})#?$/.exec(asText(digits).trim());
    if (!m || m[1] === undefined || !Array.isArray(roomTypes)) return null;
    const n = Number.parseInt(m[1], 10);
    if (n < 1 || n > roomTypes.length) return null;
    const code = roomTypes[n - 1]?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/** After "no", these make it the room's kind ("no smoking", "no fumar"), not a type ruled out. */
const SMOKING = new Set(['smoking', 'smoke', 'smokers', 'smoker', 'fumar', 'fumador', 'fumadores', 'fumadora']);

/** After a room type's word, these make the word part of a length of stay ("a single night"). */
const LENGTH_AFTER = new Set(['night', 'nights', 'noche', 'noches', 'stay', 'day', 'days', 'dia', 'dias', 'week', 'weeks', 'semana', 'semanas']);

/**
 * The phrases that still name a choice: less those said not to be ("not the suite", "anything but
 * the king", "no quiero la suite") and those taken back ("a king, actually the suite": the suite).
 * Null when a bare "no" stands between two ("the king, no, the queen": taken back, or ruled out?).
 */
function standing(tokens: readonly string[], found: readonly Match[]): Match[] | null {
  // "A single night", "una sencilla noche"? A length said, not a room.
  // "La suite no", "¿la suite, no?": ruled out, or asked as a tag question; taken either way is a
  // guess. A "no" after it with nothing named after the "no" ("la suite no, la doble" is a correction, below).
  // ("King no smoking", "king no fumar": what the room is, not a "no" to it.)
  const matches = found.filter((m) => !LENGTH_AFTER.has(tokens[m.end] ?? '') && !(tokens[m.end] === 'no' && !SMOKING.has(tokens[m.end + 1] ?? '') && !found.some((o) => o.start > m.end)));
  if (matches.length === 0 || !maySayOtherwise(tokens)) return matches;
  // "If there's no suite, a double": the suite is asked for; the double only if it is not free,
  // which the offer of other rooms then covers.
  const first = matches.filter((m) => wishedFirstAt(tokens, m.start));
  if (first.length > 0) return first;
  // Where each phrase said ends, before which a negation cannot reach for the next.
  const ends = [...new Set(matches.map((m) => m.end))].sort((a, b) => a - b);
  const before = (start: number) => ends.filter((e) => e <= start).pop() ?? 0;
  // (A "no" right after another phrase takes that one back, below: "the king, no, the queen".)
  const takesBack = (m: Match) => before(m.start) > 0 && matches.some((p) => p.end === before(m.start)) && takenBackBetween(tokens, before(m.start), m.start) !== null;
  const negated = matches.filter((m) => !takesBack(m) && negatedBefore(tokens, m.start, before(m.start)));
  let out = matches.filter((m) => !negated.some((n) => m.start < n.end && m.end > n.start));
  // Taken back: places in order of where they start; a correction drops every phrase before it.
  const starts = [...new Set(out.map((m) => m.start))].sort((a, b) => a - b);
  for (const start of starts) {
    const earlier = out.filter((m) => m.end <= start);
    if (earlier.length === 0) continue;
    const said = takenBackBetween(tokens, Math.max(...earlier.map((m) => m.end)), start);
    if (said === 'no') return null;
    if (said === 'correction') out = out.filter((m) => m.end > start);
  }
  return out;
}

/**
 * The code of the type whose matching phrase is longest (at equal length, a name or a synonym
 * in the locale's language beats one in the other language); null if nothing matches or if it
 * is ambiguous: different types share the best phrase length, or another type is named
 * elsewhere in the text ("deluxe or standard"). A shorter phrase inside the best one
 * ("king" inside "deluxe king") does not count.
 */
function bestMatch(matches: readonly Match[]): string | null {
  if (matches.length === 0) return null;
  const longest = Math.max(...matches.map((m) => m.length));
  const tier = Math.min(...matches.filter((m) => m.length === longest).map((m) => m.tier));
  const winners = matches.filter((m) => m.length === longest && m.tier === tier);
  const codes = new Set(winners.map((m) => m.code));
  if (codes.size !== 1) return null;
  const code = winners[0]?.code ?? null;
  const namedElsewhere = matches.some(
    (m) => m.code !== code && !winners.some((w) => m.start >= w.start && m.end <= w.end),
  );
  return namedElsewhere ? null : code;
}

/**
 * The code of the room type the caller named: its name (either language) or a synonym
 * (the locale's language preferred, then the other). Whole words, accents and case ignored;
 * the longest matching phrase wins; a tie between types → null. Numbers are not read here
 * ("two" may be a count of rooms in the flow's offer menu): use roomTypeFromDigits for keys.
 */
export function roomTypeFromSpeech(text: string, locale: Locale, roomTypes: readonly RoomTypeInfo[]): string | null {
  try {
    if (!Array.isArray(roomTypes) || roomTypes.length === 0) return null;
    const tokens = tokenize(text);
    if (tokens.length === 0) return null;
    const matches = standing(tokens, roomTypeMatches(tokens, roomTypes, locale));
    return matches === null ? null : bestMatch(matches);
  } catch {
    return null;
  }
}

/** A room type named in a request, and the count said right before it ("two doubles", "una king"). */
export interface RoomTypeMention {
  /** null: the words name more than one type equally ("king" for two king rooms). */
  code: string | null;
  count: number | null;
  /** The count is an article ("a king", "una suite"), not a number. */
  byArticle: boolean;
  /** The article is "the"/"el"/"la": one room only where no list of types was offered. */
  definite: boolean;
}

const COUNT_ARTICLES = new Set(['a', 'an', 'un', 'una', 'uno']);
/** "The deluxe king", "la suite": one room, said of a singular type. */
const DEFINITE_ARTICLES = new Set(['the', 'el', 'la']);
/** After a type, these make a number at its start the count: "two queen rooms" is two Queen rooms. */
const ROOM_NOUNS = new Set(['room', 'rooms', 'habitacion', 'habitaciones', 'cuarto', 'cuartos']);

/**
 * Every room type named in the words, each once where it is said: the longest phrase wins a
 * place, a shorter one inside it does not count. "One king and one double" names two types.
 */
export function roomTypesNamed(text: string, locale: Locale, roomTypes: readonly RoomTypeInfo[]): RoomTypeMention[] {
  return roomTypesNamedIn(tokenize(text), locale, roomTypes);
}

/** roomTypesNamed, for words already normalised (see normalize.ts's tokenize). */
export function roomTypesNamedIn(tokens: readonly string[], locale: Locale, roomTypes: readonly RoomTypeInfo[]): RoomTypeMention[] {
  try {
    if (!Array.isArray(roomTypes) || roomTypes.length === 0) return [];
    const matches = (standing(tokens, roomTypeMatches(tokens, roomTypes, locale)) ?? []).sort((a, b) => b.length - a.length || a.tier - b.tier);
    const placed: Match[][] = [];
    for (const m of matches) {
      const same = placed.find((group) => group[0]!.start === m.start && group[0]!.end === m.end);
      if (same) {
        if (m.length === same[0]!.length && m.tier === same[0]!.tier) same.push(m);
        continue;
      }
      if (placed.some((group) => m.start < group[0]!.end && m.end > group[0]!.start)) continue;
      placed.push([m]);
    }
    return placed
      .sort((a, b) => a[0]!.start - b[0]!.start)
      .map((group) => {
        const codes = new Set(group.map((m) => m.code));
        const first = group[0]!;
        const before = tokens[first.start - 1] ?? '';
        const article = COUNT_ARTICLES.has(before) || (DEFINITE_ARTICLES.has(before) && first.exact);
        // "Two queen rooms" matches the type "dos queen": the two is how many rooms.
        const leading = first.leadingNumber !== null && ROOM_NOUNS.has(tokens[first.end] ?? '') ? first.leadingNumber : null;
        // A bed word after the type makes the number before it a count of beds: "two double beds" is one room with two.
        const beds = BED_NOUNS.has(tokens[first.end] ?? '') || BED_NOUNS.has(tokens[first.start] ?? '');
        const n = beds ? (article ? 1 : null) : (leading ?? (article ? 1 : numberOf(before)));
        const definite = leading === null && !COUNT_ARTICLES.has(before) && article;
        return { code: codes.size === 1 ? first.code : null, count: n !== null && n >= 1 ? n : null, byArticle: leading === null && article, definite };
      });
  } catch {
    return [];
  }
}

/** Words that may stand around a room type named alone: "the deluxe king, please", "la suite". */
const AROUND_A_TYPE = new Set([...COUNT_ARTICLES, ...DEFINITE_ARTICLES, ...ROOM_NOUNS, 'please', 'pls', 'por', 'favor', 'porfa']);

/**
 * Whether the words say nothing but room types ("Deluxe King", "dlx king", "la doble, por favor"):
 * at the name question that is a room type said late, not a guest called Deluxe King ("Dana King"
 * has a word of its own).
 */
export function saysOnlyRoomTypes(tokens: readonly string[], locale: Locale, roomTypes: readonly RoomTypeInfo[]): boolean {
  try {
    if (!Array.isArray(roomTypes) || tokens.length === 0) return false;
    const matches = roomTypeMatches(tokens, roomTypes, locale);
    let typed = false;
    for (let k = 0; k < tokens.length; k++) {
      const inType = matches.some((m) => k >= m.start && k < m.end);
      typed ||= inType;
      if (!inType && !AROUND_A_TYPE.has(tokens[k]!)) return false;
    }
    return typed;
  } catch {
    return false;
  }
}
