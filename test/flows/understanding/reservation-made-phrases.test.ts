// One list of the words that say a reservation was made (understanding/reservation-made-phrases.ts),
// read by the menu's intents and by the greeting's dates: each reader still hears what it heard
// before, no more. The phrases below are the greeting's whole list as it stood before it was shared.

import { describe, expect, it } from 'vitest';
import { reservationMadeSaid } from '../../../flows/reservation-made.ts';
import { intentFromSpeech, speaksOfReservationMade } from '../../../flows/understanding/intents.ts';

/** flows/reservation-made.ts's phrases before round 31 shared them. */
const GREETING_BEFORE = [
  'reservation i made', 'reservation we made', 'booking i made', 'booking we made', 'i made a reservation', 'we made a reservation',
  'i made a booking', 'we made a booking', 'i booked a room', 'we booked a room', 'made yesterday', 'booked yesterday',
  'confirm my reservation', 'confirm my booking', 'confirm the reservation', 'confirm a reservation', 'confirm our reservation',
  'check on my reservation', 'already have a reservation', 'i have a reservation', 'we have a reservation',
  'reservacion que hice', 'reservacion que hicimos', 'reserva que hice', 'reserva que hicimos', 'hice una reservacion',
  'hicimos una reservacion', 'hice una reserva', 'hicimos una reserva', 'confirmar mi reservacion', 'confirmar la reservacion',
  'confirmar mi reserva', 'ya tengo una reservacion', 'tengo una reservacion', 'tenemos una reservacion', 'ya tengo reservacion',
];

/** The greeting's own, alone no reservation to the intents (as before: "already have a reservation" wants its "I"). */
const GREETING_ONLY = new Set(['made yesterday', 'already have a reservation']);

describe('the words of a reservation made, shared', () => {
  it.each(GREETING_BEFORE)('"%s" is still a reservation made at the greeting, and to the intents as before', (said) => {
    expect(reservationMadeSaid(said)).toBe(true);
    expect(speaksOfReservationMade(said)).toBe(!GREETING_ONLY.has(said));
  });

  it.each([
    // The intents' own, which the greeting's dates never took as a reservation made: not widened.
    'my reservation for the 20th', 'my stay on friday', 'i booked through expedia for friday', "we won't make it on friday",
    'reservation number 12345678', 'mi reservación del viernes', 'ya pagué el viernes', 'we re booked for the 12th',
    // New stays.
    'i would like to book a room for friday', 'quiero reservar una habitación para el viernes', 'a room for the 18th',
  ])('"%s" is no reservation made to the greeting\'s dates, as before', (said) => {
    expect(reservationMadeSaid(said)).toBe(false);
  });

  it.each([
    ['i have a reservation', 'existing'],
    ['tengo una reservación', 'existing'],
    ['i made a reservation last week and need to change it', 'existing'],
    ['hice una reservación y la quiero cambiar', 'existing'],
  ] as const)('the menu still hears "%s" as %s', (said, intent) => {
    expect(intentFromSpeech(said, said.includes('reservación') ? 'es-MX' : 'en-US')).toBe(intent);
  });

  it('a new booking said with "made" stays new to the intents: "I want to book again, I made a booking last year"', () => {
    expect(speaksOfReservationMade('i want to book again i made a booking last year')).toBe(false);
    expect(speaksOfReservationMade('i would like to book a room')).toBe(false);
  });
});
