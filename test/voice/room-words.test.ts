import { describe, expect, it } from 'vitest';
import { esPronoun, hotelEs, roomCountEn, roomCountEs } from '../../src/voice/prompts/room-words.ts';

describe('counting rooms the way each language does', () => {
  it('counts in English: a name that says what the room is counts as is, others take "room"', () => {
    expect(roomCountEn(1, 'Ocean Suite').text).toBe('1 Ocean Suite');
    expect(roomCountEn(2, 'Ocean Suite').text).toBe('2 Ocean Suites');
    expect(roomCountEn(1, 'Deluxe King').text).toBe('1 Deluxe King room');
    expect(roomCountEn(3, 'Deluxe King').text).toBe('3 Deluxe King rooms');
    expect(roomCountEn(2, 'Standard Room').text).toBe('2 Standard Rooms');
  });

  it('counts in Spanish with agreement: the noun a name starts with, or "habitación"', () => {
    expect(roomCountEs(1, 'Suite con vista al mar')).toEqual({ text: 'una suite con vista al mar', plural: false, feminine: true });
    expect(roomCountEs(2, 'Suite con vista al mar').text).toBe('2 suites con vista al mar');
    expect(roomCountEs(2, 'Suite Presidencial').text).toBe('2 suites presidenciales');
    expect(roomCountEs(2, 'Suite Junior').text).toBe('2 suites Junior');
    // A name that ends in its noun is counted by it, not as "una habitación Junior Suite".
    expect(roomCountEs(1, 'Junior Suite')).toEqual({ text: 'una Junior Suite', plural: false, feminine: true });
    expect(roomCountEs(2, 'Junior Suite').text).toBe('2 Junior Suites');
    expect(roomCountEs(1, 'Ocean Suite').text).toBe('una Ocean Suite');
    expect(roomCountEs(1, 'Deluxe King').text).toBe('una habitación Deluxe King');
    expect(roomCountEs(3, 'Habitación Doble').text).toBe('3 habitaciones dobles');
    expect(roomCountEs(1, 'Estudio')).toEqual({ text: 'un estudio', plural: false, feminine: false });
    expect(roomCountEs(1, 'Deluxe King').text).toBe('una habitación Deluxe King');
    // As a Mexican agent says them: the beds after "con", common words in lower case.
    expect(roomCountEs(2, 'Dos camas Queen').text).toBe('2 habitaciones con dos camas Queen');
    expect(roomCountEs(1, 'Dos camas Queen').text).toBe('una habitación con dos camas Queen');
    expect(roomCountEs(2, 'Doble Queen').text).toBe('2 habitaciones doble Queen');
    expect(roomCountEs(1, 'Suite Presidencial').text).toBe('una suite presidencial');
  });

  it('picks the pronoun that agrees: se la, se las, se lo, se los', () => {
    expect(esPronoun(roomCountEs(1, 'Deluxe King'))).toBe('la');
    expect(esPronoun(roomCountEs(2, 'Deluxe King'))).toBe('las');
    expect(esPronoun(roomCountEs(1, 'Estudio'))).toBe('lo');
    expect(esPronoun(roomCountEs(2, 'Estudio'))).toBe('los');
  });

  it('puts the article Spanish puts before a hotel\'s name', () => {
    expect(hotelEs('Hotel Miramar')).toBe('el Hotel Miramar');
    expect(hotelEs('Hotel Miramar', 'a')).toBe('al Hotel Miramar');
    expect(hotelEs('Hotel Miramar', 'de')).toBe('del Hotel Miramar');
    expect(hotelEs('Posada del Sol', 'a')).toBe('a la Posada del Sol');
    expect(hotelEs('Las Brisas', 'a')).toBe('a Las Brisas');
    expect(hotelEs('Miramar')).toBe('Miramar');
  });
});
