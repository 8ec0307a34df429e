// "Let me check with my wife first", "hold on a second", "déjeme preguntarle a mi esposa",
// "permítame tantito": the caller asks for a moment. A person would say "take your time" and wait
// with the same question; so does the line (read-question.ts), and the next turn listens longer
// (src/voice/render.ts). Not a miss: "Sorry, I didn't understand that" to someone who spoke plainly,
// and two of them, sent callers who were only thinking to the front desk. Read only of words no
// reader took. Pure; never throws.

import type { Heard, QuestionId } from './call-context.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { onlyAName } from './steer.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** Asking for a moment, or to consult someone first, folded as tokenize() folds. */
const A_MOMENT = [
  // English
  'hold on', 'hang on', 'one moment', 'one second', 'one sec', 'just a moment', 'just a second', 'just a sec', 'just a minute',
  'give me a second', 'give me a sec', 'give me a moment', 'give me a minute', 'wait a second', 'wait a sec', 'wait a minute', 'wait a moment',
  'let me think', 'let me see', 'let me check', 'let me ask', 'let me talk to my', 'let me talk with my', 'i need to ask my', 'i have to ask my',
  'i need to check with my', 'i have to check with my', 'check with my', 'ask my wife', 'ask my husband', 'ask my partner', 'ask my boss',
  'talk to my wife', 'talk to my husband', 'i need to think', 'need a minute', 'need a moment', 'need a second', 'bear with me',
  // Español
  'un momento', 'un momentito', 'un segundo', 'un segundito', 'un minuto', 'espere', 'espereme', 'esperame', 'permitame', 'permiteme',
  'tantito', 'dejeme ver', 'dejame ver', 'deje ver', 'dejeme pensar', 'dejame pensar', 'dejeme pensarlo', 'dejeme checar', 'dejame checar',
  'deje checo', 'dejeme checo', 'dejeme preguntar', 'dejame preguntar', 'dejeme preguntarle', 'dejame preguntarle', 'le pregunto a mi',
  'tengo que preguntarle', 'necesito preguntarle', 'dejeme consultar', 'dejame consultar', 'dejeme consultarlo', 'lo consulto con',
  'lo platico con', 'dejeme platicarlo', 'dejeme hablar con mi', 'dejame hablar con mi', 'checo con mi', 'reviso con mi',
];

/** Not a moment asked: the caller is leaving ("I'll call you back", "luego le llamo"), or has their answer already. */
const LEAVING = [
  'call back', 'call you back', 'call again', 'call later', 'bye', 'goodbye', 'le llamo', 'les llamo', 'le marco', 'les marco', 'vuelvo a llamar',
  'llamo despues', 'llamo mas tarde', 'adios', 'hasta luego',
];

/** Where a moment asked is waited for: the questions of a booking and its menus, not the desk's offer nor a lookup. */
export const WAITS_AT: ReadonlySet<QuestionId> = new Set([
  'greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'offer', 'name', 'payment', 'cardKind', 'callback',
  'readBack', 'changeDetail', 'confirmHeard', 'anythingElse',
]);

/** Whether the words ask for a moment (and say nothing of leaving). */
export function asksForAMoment(text: string): boolean {
  try {
    const words = tokenize(text);
    return hasAnyPhrase(words, A_MOMENT) && !hasAnyPhrase(words, LEAVING);
  } catch {
    return false;
  }
}

/** A moment asked where the question's reader took nothing (or only heard "say it again"): "take your time", the same question. */
export function momentAsked(question: QuestionId, input: CallerInput, heard: Heard): Heard | null {
  if (input.kind !== 'speech' || !WAITS_AT.has(question)) return null;
  // (At the name question "let me ask my wife" is no name: it was confirmed as "Let Me Ask My Wife".)
  const untaken =
    heard.kind === 'repeat' ||
    (heard.kind === 'miss' && heard.notice.id === 'notUnderstood') ||
    (question === 'name' && ((heard.kind === 'nameRetry' && heard.silent !== true) || onlyAName(heard)));
  if (!untaken || !asksForAMoment(input.text)) return null;
  return { kind: 'answered', notices: [{ id: 'takeYourTime' }], ...('locale' in heard && heard.locale ? { locale: heard.locale } : {}) };
}
