// "I'm calling to confirm the reservation I made yesterday", "hice una reservación ayer": a
// reservation already made, at the greeting or the menu. The day in such words is when it was
// made, not an arrival: read as one, the caller heard "Sunday, December 6 has already passed" and
// the menu again (round 30's probe). The words go to the existing reservation instead.

import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';
import { HAVE_ONE, MADE_ONE_EN, MADE_ONE_ES } from './understanding/reservation-made-phrases.ts';

/** Said of one made before: the phrases the menu's intents know too, and these of the greeting's own. */
const MADE = [
  ...HAVE_ONE, ...MADE_ONE_EN, ...MADE_ONE_ES,
  'i booked a room', 'we booked a room', 'made yesterday', 'booked yesterday', 'confirm my reservation', 'confirm my booking',
  'confirm our reservation', 'already have a reservation', 'reservacion que hice', 'reservacion que hicimos', 'reserva que hice',
  'reserva que hicimos', 'confirmar mi reservacion', 'confirmar mi reserva', 'ya tengo reservacion',
];

/** Whether the words speak of a reservation already made (its day is not an arrival). */
export function reservationMadeSaid(text: string): boolean {
  return hasAnyPhrase(tokenize(text), MADE);
}
