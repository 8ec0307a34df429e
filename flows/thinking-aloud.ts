// "Um…", "eh…", "este…", "mmm, pues…" alone: the caller is thinking, not answering. Read as words
// that fit nothing, each counted a miss, and three of them sent a caller who was only choosing to
// the front desk; at the name question "Um" could even be taken for a name. A person would say
// "take your time" and wait: so does the line, once, without counting a miss (and listens longer,
// src/voice/render.ts). Never a loop: filler again right after a pause (filler, or "hold on",
// flows/pause-asked.ts) still hears "take your time", but counts as a miss, so a line that only
// ever says "um" reaches the desk as any other would. ("Hold on" itself is never counted, round 26:
// the caller asked in words for the moment.) Pure; never throws.

import type { CallContext, CallerEvent, Heard, Notice, QuestionId } from './call-context.ts';
import { WAITS_AT } from './pause-asked.ts';
import { tokenize } from './understanding/normalize.ts';

/** Sounds and words of thinking aloud, folded as tokenize() folds them; none of them an answer (no "ok", no "bueno"). */
const FILLER = new Set([
  // English
  'um', 'umm', 'ummm', 'uh', 'uhh', 'uhm', 'uhmm', 'er', 'erm', 'hmm', 'hmmm', 'hm', 'mm', 'mmm', 'mmmm', 'ah', 'ahh', 'eh', 'ehh', 'oh',
  'well', 'so', 'like', 'let', 'me', 'see', 'think', 'thinking',
  // Español
  'em', 'emm', 'este', 'pues', 'esteee', 'o', 'sea', 'a', 'ver', 'dejeme', 'deje', 'dejame', 'pensar', 'haber', 'ehm',
]);

/** The notices of a pause granted at the last turn ("take your time"): another pause now is the second in a row. */
const PAUSED = new Set(['takeYourTime', 'thinking']);

/**
 * Whether the last turn granted a pause (a moment asked for, or filler alone): the question is
 * listened to longer (src/voice/render.ts) and a read-back asked again in full (src/voice/prompt-lines.ts).
 */
export function pauseGranted(notices: readonly Notice[]): boolean {
  return notices.some((n) => PAUSED.has(n.id));
}

/** Whether the words are thinking aloud only: every word a filler, and at least one said. */
export function onlyThinking(text: string): boolean {
  try {
    const words = tokenize(text);
    return words.length > 0 && words.every((w) => FILLER.has(w));
  } catch {
    return false;
  }
}

/**
 * What `heard` becomes when the caller is thinking aloud (words all filler), or null. Nothing asked
 * for (the desk, a route, "say that again") is overridden.
 */
export function thinkingHeard(question: QuestionId, ctx: Pick<CallContext, 'notices'>, said: CallerEvent, heard: Heard): Heard | null {
  if (said.type !== 'caller.speech' || !WAITS_AT.has(question) || heard.kind === 'agent' || heard.kind === 'route' || heard.kind === 'repeat') return null;
  if (!onlyThinking(said.text)) return null;
  const locale = 'locale' in heard && heard.locale ? { locale: heard.locale } : {};
  const notice = { id: 'thinking' as const };
  // Right after a pause: kindly still, but a miss.
  if (pauseGranted(ctx.notices)) return { kind: 'miss', notice, ...locale };
  return { kind: 'answered', notices: [notice], ...locale };
}
