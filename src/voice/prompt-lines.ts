// Which prompts a state says, in order, as words: shared by the phone renderer (each line a
// <Say> in its locale's voice) and the text renderer (the lines joined into one reply), so both
// channels ask exactly the same question.

import { formatterFor } from './formatters.ts';
import type { PromptSet, Words } from './prompts/prompt-types.ts';
import type { CallView, SaidPrompt } from './render.ts';
import { PROMPTS, otherLocale } from './voices.ts';
import type { Locale } from '../../flows/types.ts';
import { pauseGranted } from '../../flows/thinking-aloud.ts';

/** One prompt in words, in the call's locale unless another is named. */
export function promptLine(view: CallView, prompt: string, words: Words, locale: Locale = view.ctx.locale): SaidPrompt {
  const { ctx } = view;
  const args = locale === ctx.locale ? { ctx, f: formatterFor(locale) } : { ctx: { ...ctx, locale }, f: formatterFor(locale) };
  return { prompt, locale, text: tidy(words(args)) };
}

/** What tidy() changes: a run of spaces or any other space, a space before punctuation, "..", a space at either end. */
const UNTIDY = /\s(?:\s|[.,;:?!])|[^\S ]|\.\.|^\s|\s$/;

/** One space between words, no space before punctuation, no "p.m.." where an abbreviation ends a sentence. */
export function tidy(text: string): string {
  // Most lines need none of it: one test instead of three replaces and a trim (issue 14).
  if (!UNTIDY.test(text)) return text;
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:?!])/g, '$1')
    .replace(/\.{2}(?!\.)/g, '.')
    .trim();
}

/** What to tell the caller before the next question (why we re-ask, what we understood). */
export function noticeLines(view: CallView, sets: Record<Locale, PromptSet> = PROMPTS): SaidPrompt[] {
  const set = sets[view.ctx.locale];
  return view.ctx.notices.map((n) => promptLine(view, `notice.${n.id}`, (a) => set.notice[n.id]({ ...a, params: n.params ?? {} })));
}

/**
 * A question state's lines: the notices, then the question (its more helpful version after a
 * miss); the greeting adds "Para español, oprima 9" in the other locale, then the menu. `sets`
 * are the channel's words: the phone's by default, the text channel's for a text. `greeted`: the
 * guest has had the greeting already (a call, at once; a text conversation, with its first reply).
 */
export function questionLines(view: CallView, sets: Record<Locale, PromptSet> = PROMPTS, greeted = true): SaidPrompt[] {
  const q = view.question;
  if (!q) return [];
  const set = sets[view.ctx.locale];
  // After a question at the read-back, its short form: the guest has just heard the reservation.
  // After a text asked for at a reservation, its keys alone (to hear it again among them), not the whole reservation again.
  const helpful =
    view.ctx.misses > 0 ||
    (q === 'readBack' && (pauseGranted(view.ctx.notices) || view.ctx.notices.some((n) => n.id === 'answer' || n.id === 'total'))) ||
    (q === 'existingReservation' && view.ctx.notices.some((n) => n.id === 'texted' || n.id === 'cannotText'));
  const notices = noticeLines(view, sets);
  // A common question answered at the greeting: the answer, then only the menu. The guest has
  // been greeted, and picked their language by speaking it.
  if (q === 'greeting' && !helpful && notices.length && greeted) return [...notices, promptLine(view, 'ask.mainMenu', set.ask.mainMenu)];
  const lines = [...notices, promptLine(view, `${helpful ? 'help' : 'ask'}.${q}`, helpful ? set.help[q] : set.ask[q])];
  if (q === 'greeting') {
    const other = otherLocale(view.ctx.locale);
    lines.push(promptLine(view, 'languageOffer', sets[other].languageOffer, other));
    if (!helpful) lines.push(promptLine(view, 'ask.mainMenu', set.ask.mainMenu));
  }
  return lines;
}
