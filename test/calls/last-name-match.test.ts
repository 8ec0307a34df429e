// The last name asked as proof for a reservation (flows/reservation-proof.ts), compared kindly:
// accents, case, particles, either of two Spanish surnames, a surname said in one word or two.

import { describe, expect, it } from 'vitest';
import { lastNameMatches } from '../../src/calls/reservation-lookup.ts';

describe('the last name on a reservation, as heard', () => {
  it.each([
    ['Ana Torres', 'Torres'],
    ['Ana Torres', 'it is under Ana Torres'],
    ['José Hernández', 'hernandez'],
    ['JOSÉ HERNÁNDEZ', 'Hernández'],
    ['Ana Torres García', 'García'],
    ['Ana Torres García', 'Torres'],
    ['María de la Cruz', 'Cruz'],
    ['María de la Cruz', 'De La Cruz'],
    ['María de la Cruz', 'Delacruz'],
    ['João dos Santos', 'Santos'],
    ['Mary Ann Whitfield-Jones', 'Whitfield Jones'],
    ['Mary Ann Whitfield-Jones', 'Whitfieldjones'],
    ['Mary Ann Whitfield-Jones', 'Jones'],
    ['Peter McDonald', 'Mc Donald'],
    ['Ana Díaz', 'Ana María Díaz'],
    ['Lucía Méndez García', 'a nombre de Lucía Méndez'],
    ['Lucía Méndez García', 'my last name is García'],
    ['Ana Torres', 'El Apellido Es Torres'],
    ['Ana Torres', 'Se Llama Ana Torres'],
    ['Ana Torres', 'Torres Con T'],
  ])('%s: "%s" matches', (booked, said) => {
    expect(lastNameMatches(booked, said)).toBe(true);
  });

  it.each([
    ['Ana Torres', 'Ana'],
    ['María de la Cruz', 'la'],
    ['María de la Cruz', 'de'],
    ['María de la Cruz', 'María'],
    ['José Hernández', 'Fernández'],
    ['Ana Torres', 'Torre'],
    [null, 'Torres'],
    ['', 'Torres'],
    // A list of surnames is a guess at many at once, not the name on the reservation.
    ['Lucía Méndez García', 'Hernández López Martínez González Pérez García'],
    ['Lucía Méndez García', 'Hernández García'],
    ['Ana Torres', 'Smith Jones Torres'],
  ])('%s: "%s" does not', (booked, said) => {
    expect(lastNameMatches(booked, said)).toBe(false);
  });
});
