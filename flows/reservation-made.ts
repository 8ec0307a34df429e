// "I'm calling to confirm the reservation I made yesterday", "hice una reservación ayer": a
// reservation already made, at the greeting or the menu. The day in such words is when it was
// made, not an arrival: read as one, the caller heard "Sunday, December 6 has already passed" and
// the menu again (round 30's probe). The words go to the existing reservation instead.

import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

const MADE = [
  'reservation i made', 'reservation we made', 'booking i made', 'booking we made', 'i made a reservation', 'we made a reservation',
  'i made a booking', 'we made a booking', 'i booked a room', 'we booked a room', 'made yesterday', 'booked yesterday',
  'confirm my reservation', 'confirm my booking', 'confirm the reservation', 'confirm a reservation', 'confirm our reservation',
  'check on my reservation', 'already have a reservation', 'i have a reservation', 'we have a reservation',
  'reservacion que hice', 'reservacion que hicimos', 'reserva que hice', 'reserva que hicimos', 'hice una reservacion',
  'hicimos una reservacion', 'hice una reserva', 'hicimos una reserva', 'confirmar mi reservacion', 'confirmar la reservacion',
  'confirmar mi reserva', 'ya tengo una reservacion', 'tengo una reservacion', 'tenemos una reservacion', 'ya tengo reservacion',
];

/** Whether the words speak of a reservation already made (its day is not an arrival). */
export function reservationMadeSaid(text: string): boolean {
  return hasAnyPhrase(tokenize(text), MADE);
}
