// "I need to cancel my reservation", then at the confirmation number or the last name: "no wait,
// don't cancel", "never mind", "mejor no, no la cancele". Those words were looked up as a last
// name ("I couldn't find a reservation under that name") and the number asked again: a guest who
// changed their mind was kept in a lookup they no longer wanted. Now they are told nothing is
// changed, and let go (call-machine.ts's doneWithReservation). Not when a confirmation number is
// said with the words, nor a new booking asked for (flows/book-instead.ts reads that). Pure.

import type { CallerEvent, Heard, QuestionId } from './call-context.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** A mind changed about the reservation, folded as tokenize() folds. */
const WITHDRAWN = [
  // English
  'don t cancel', 'dont cancel', 'do not cancel', 'don t cancel it', 'no don t', 'never mind', 'nevermind', 'forget it', 'forget about it',
  'changed my mind', 'change my mind', 'leave it as it is', 'leave it as is', 'keep it', 'keep my reservation', 'i ll keep it', 'not cancel',
  // Español
  'no la cancele', 'no lo cancele', 'no cancele', 'no la cancelen', 'no lo cancelen', 'no cancelen', 'ya no la cancele', 'no la quiero cancelar',
  'ya no quiero cancelar', 'mejor no', 'olvidelo', 'olvidalo', 'cambie de opinion', 'me arrepenti', 'dejela asi', 'dejelo asi', 'dejala asi',
  'mejor la dejo', 'mejor la conservo', 'la conservo',
];

/** Where a reservation is being looked up, to be read or cancelled. */
const AT_LOOKUP: ReadonlySet<QuestionId> = new Set(['confirmationNumber', 'lastNameProof']);

/** The caller no longer wants what they called about: `done`, or null. */
export function cancelWithdrawn(question: QuestionId, said: CallerEvent, heard: Heard): Heard | null {
  try {
    if (said.type !== 'caller.speech' || !AT_LOOKUP.has(question) || /\d/.test(said.text)) return null;
    if (heard.kind === 'agent' || (heard.kind === 'route' && heard.route !== 'lastName')) return null;
    return hasAnyPhrase(tokenize(said.text), WITHDRAWN) ? { kind: 'route', route: 'done' } : null;
  } catch {
    return null;
  }
}
