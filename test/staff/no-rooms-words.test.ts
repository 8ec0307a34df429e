// What the booking and change forms say when the rooms asked are not free, as a clerk says it to a
// colleague: the rooms counted in words, and what the guest asked for — not "2 Standard free (3 asked)".

import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/staff/desk-language.ts';

describe('no rooms free, in the desk’s words', () => {
  const en = wordsOf('en').newReservation.noRooms;
  const es = wordsOf('es').newReservation.noRooms;

  it('counts the rooms free as a US desk says them', () => {
    expect(en(2, 'Standard', 3)).toBe('only 2 Standard rooms are free for the whole stay; the guest asked for 3');
    expect(en(1, 'Ocean Suite', 2)).toBe('only 1 Ocean Suite is free for the whole stay; the guest asked for 2');
    expect(en(0, 'Deluxe King', 1)).toBe('no Deluxe King room is free for the whole stay; the guest asked for 1');
  });

  it('counts them as a Mexican desk says them, each noun’s gender kept', () => {
    expect(es(2, 'Habitación Doble', 3)).toBe('solo hay 2 habitaciones dobles libres para toda la estancia; el huésped pidió 3');
    expect(es(1, 'Habitación Doble', 2)).toBe('solo hay una habitación doble libre para toda la estancia; el huésped pidió 2');
    expect(es(0, 'Suite con vista al mar', 1)).toBe('no hay ninguna suite con vista al mar libre para toda la estancia; el huésped pidió 1');
    expect(es(0, 'Cuarto doble', 1)).toMatch(/^no hay ningún cuarto doble libre/);
  });
});
