// Which of the hotel's room types the caller chose, by keypad (its place in the offer)
// or by speech (its name or a synonym from the hotel file). Pure; never throws.
import type { Locale, RoomTypeInfo } from '../types.ts';
import { asText, indexOfPhrase, phraseTokens, tokenize } from './normalize.ts';
import { langOrder } from './numbers.ts';

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

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

interface Match {
  code: string;
  start: number;
  end: number;
  /** Length of the matched phrase in characters (normalised). */
  length: number;
  /** 0: a name or a synonym in the locale's language; 1: a synonym in the other language. */
  tier: number;
}

function matchesOf(
  tokens: readonly string[],
  roomTypes: readonly RoomTypeInfo[],
  phrasesOf: (type: RoomTypeInfo) => string[][],
): Match[] {
  const out: Match[] = [];
  for (const type of roomTypes) {
    if (!type || typeof type.code !== 'string') continue;
    phrasesOf(type).forEach((phrases, tier) => {
      for (const phrase of phrases) {
        const words = phraseTokens(phrase);
        if (words.length === 0) continue;
        const length = words.join(' ').length;
        for (let i = indexOfPhrase(tokens, words); i >= 0; i = indexOfPhrase(tokens, words, i + 1)) {
          out.push({ code: type.code, start: i, end: i + words.length, length, tier });
        }
      }
    });
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
    const [first, second] = langOrder(locale);
    const phrasesOf = (type: RoomTypeInfo): string[][] => [
      [...strings(type.name?.en), ...strings(type.name?.es), ...strings(type.synonyms?.[first])],
      strings(type.synonyms?.[second]),
    ];
    return bestMatch(matchesOf(tokens, roomTypes, phrasesOf));
  } catch {
    return null;
  }
}
