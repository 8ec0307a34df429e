// How long a caller listens: words per prompt, and the seconds they take at about 150 words a
// minute, the pace of speech on the phone (TEAM.md). A word is a run of characters between spaces
// that holds a letter or a digit, so "4 8 1 5" (a number read digit by digit) is four words and a
// lone "—" or "(#)" is none. Used by the budget test and `npm run words`.

import type { Locale } from '../../flows/types.ts';

export const WORDS_PER_MINUTE = 150;

/** The budgets the product is held to (issue 10), per locale where Spanish runs longer. */
export const WORD_BUDGETS: Record<Locale, { booking: number; readBack: number; prompt: number }> = {
  'en-US': { booking: 200, readBack: 45, prompt: 40 },
  'es-MX': { booking: 230, readBack: 50, prompt: 40 },
};

export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

export function secondsFor(words: number): number {
  return Math.round((words * 60) / WORDS_PER_MINUTE);
}

/** One prompt as said, with its words. */
export interface CountedPrompt {
  prompt: string;
  locale: Locale;
  text: string;
  words: number;
}

export interface WordTally {
  prompts: CountedPrompt[];
  words: number;
  seconds: number;
  /** The longest single prompt (null when nothing was said). */
  longest: CountedPrompt | null;
}

export function tallyWords(said: readonly { prompt: string; locale: Locale; text: string }[]): WordTally {
  const prompts = said.map((s) => ({ ...s, words: countWords(s.text) }));
  const words = prompts.reduce((sum, p) => sum + p.words, 0);
  const longest = prompts.reduce<CountedPrompt | null>((max, p) => (max === null || p.words > max.words ? p : max), null);
  return { prompts, words, seconds: secondsFor(words), longest };
}

/**
 * The read-backs have their own budget — the booking's, and a reservation's change read back before
 * it is made (the stay, its price and hold, as the booking's); every other prompt the caller hears
 * has the prompt budget.
 */
export function promptLimit(prompt: string, locale: Locale): number {
  const budget = WORD_BUDGETS[locale];
  return prompt === 'ask.readBack' || prompt === 'ask.stayChangeConfirm' ? budget.readBack : budget.prompt;
}

/** The words of every prompt with this id (0 when it was not said). */
export function wordsOf(tally: WordTally, prompt: string): number {
  return tally.prompts.filter((p) => p.prompt === prompt).reduce((sum, p) => sum + p.words, 0);
}
