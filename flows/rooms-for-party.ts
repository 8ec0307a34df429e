// "2 adults 3 kids, how many rooms do we need?", "somos 2 adultos y 3 niños, ¿cuántos cuartos
// necesitamos?": a family asking how many rooms fit them. The question went unanswered (in English
// the booking went on as if it had not been asked; in Spanish it was a miss, "Disculpe, no le
// entendí", one of the three before the desk). The hotel file says nothing of how many guests a room
// sleeps, so the answer is not guessed: the caller is told the front desk can say, and how to reach
// it, and the question under way goes on with whatever else the words gave. Pure; never throws.

import type { CallerEvent, Heard, Notice, QuestionId } from './call-context.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** Asking how many rooms a party needs, or how many a room sleeps (accents and punctuation folded). */
const PARTY_ASKS = [
  'how many rooms do we need', 'how many rooms do i need', 'how many rooms would we need', 'how many rooms will we need',
  'how many rooms we need', 'how many rooms should we get', 'how many rooms should i get', 'how many rooms should we book',
  'how many rooms should i book', 'how many rooms would you recommend', 'how many rooms do you recommend',
  'how many people per room', 'how many people in a room', 'how many people in each room', 'how many people can stay',
  'how many people fit', 'how many guests per room', 'how many guests can stay', 'how many can stay in', 'how many can sleep',
  'how many people can sleep', 'how many does a room sleep', 'how many does the room sleep', 'how many fit in',
  'max occupancy', 'maximum occupancy', 'can we all fit', 'will we all fit', 'will we fit', 'fit in one room', 'fit in a room',
  'fit in 1 room', 'all in one room', 'do we need two rooms', 'do we need 2 rooms', 'need one or two rooms', 'need 1 or 2 rooms',
  'cuantos cuartos necesitamos', 'cuantas habitaciones necesitamos', 'cuantos cuartos necesito', 'cuantas habitaciones necesito',
  'cuantos cuartos ocupamos', 'cuantas habitaciones ocupamos', 'cuantos cuartos nos recomienda', 'cuantas habitaciones nos recomienda',
  'cuantos cuartos serian', 'cuantas habitaciones serian', 'cuantas personas caben', 'cuantos caben', 'cuantas personas por habitacion',
  'cuantas personas por cuarto', 'cuantas personas se pueden quedar', 'cuantas personas pueden dormir', 'ocupacion maxima',
  'cabemos en un cuarto', 'cabemos en una habitacion', 'cabemos en uno', 'cabemos todos', 'alcanzamos en un cuarto',
  'necesitamos uno o dos cuartos', 'necesitamos una o dos habitaciones', 'ocupamos uno o dos cuartos',
];

/** Questions where words are a name or a number read back: a question about rooms is not read there. */
const NOT_AT: ReadonlySet<QuestionId> = new Set(['name', 'lastNameProof', 'confirmationNumber']);

export const ROOMS_FOR_PARTY: Notice = { id: 'roomsForParty' };

/** Whether these words ask how many rooms the party needs (or how many a room sleeps). */
export function partyRoomsAsked(question: QuestionId, said: CallerEvent): boolean {
  try {
    return said.type === 'caller.speech' && !NOT_AT.has(question) && hasAnyPhrase(tokenize(said.text), PARTY_ASKS);
  } catch {
    return false;
  }
}

/**
 * The heard, with the question answered: a miss (nothing else in the words fitted) becomes that
 * answer, the same question following; any other reading stands, and `notice` is to be said with it.
 */
export function roomsForParty(question: QuestionId, said: CallerEvent, heard: Heard): { heard: Heard; notice: Notice | null } {
  if (!partyRoomsAsked(question, said)) return { heard, notice: null };
  if (heard.kind === 'miss') return { heard: { kind: 'answered', notices: [ROOMS_FOR_PARTY] }, notice: null };
  return { heard, notice: ROOMS_FOR_PARTY };
}
