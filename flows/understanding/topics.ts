// The common questions a hotel answers (its file's `answers`: check-in, parking, breakfast, …):
// which ones the caller asked, by the words the hotel listed for each. Pure; never throws.

import type { HotelAnswers } from '../types.ts';
import { hasAnyPhrase, tokenize } from './normalize.ts';

/** The topics asked about, in the hotel file's order. */
export function topicsAsked(text: string, answers: HotelAnswers | undefined): string[] {
  try {
    if (!answers) return [];
    const tokens = tokenize(text);
    if (tokens.length === 0) return [];
    return Object.entries(answers)
      .filter(([, a]) => hasAnyPhrase(tokens, [...a.words.en, ...a.words.es]))
      .map(([topic]) => topic);
  } catch {
    return [];
  }
}
