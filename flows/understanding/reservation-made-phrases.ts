// Words that say a reservation was made already, kept once for the two readers that need them:
// the menu's intents (understanding/intents.ts: an existing reservation to look up) and the
// greeting's dates (flows/reservation-made.ts: a day said with them is when it was made, not an
// arrival). Each reader adds its own around them; these mean the same to both.

/** Having one: "I have a reservation", "tengo una reservación". */
export const HAVE_ONE = [
  'i have a reservation', 'we have a reservation', 'check on my reservation',
  'tengo una reservacion', 'tenemos una reservacion', 'ya tengo una reservacion',
];

/** Having made one, in English: "a reservation I made", "I made a booking", "confirm the reservation". */
export const MADE_ONE_EN = [
  'reservation i made', 'reservation we made', 'booking i made', 'booking we made', 'i made a reservation', 'we made a reservation',
  'i made a booking', 'we made a booking', 'confirm the reservation', 'confirm a reservation',
];

/** Having made one, in Spanish: "hice una reservación", "confirmar la reservación". */
export const MADE_ONE_ES = [
  'hice una reservacion', 'hicimos una reservacion', 'hice una reserva', 'hicimos una reserva', 'confirmar la reservacion',
];
