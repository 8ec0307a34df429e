// Round 33's readings (test/corpus/cases/held-out-33.ts), reader by reader, with variants of the
// same families: a request said where a name is asked ("start over", "Cancel It"), a place in the
// price order ("the second cheapest"), a price said of the days ("whenever is cheapest"), Spanish
// "mar" (martes or marzo), booking said the Mexican way at the menu ("mejor reservo aquí", "quiero
// apartar"), one room at the list of types in Spanish, and "recorrer" at a reservation on file.

import { describe, expect, it } from 'vitest';
import type { CallContext, ReservationSummary } from '../../../flows/call-context.ts';
import { shiftedStay } from '../../../flows/stay-shift.ts';
import { intentFromSpeech, speaksOfReservationMade } from '../../../flows/understanding/intents.ts';
import { languageOfWords } from '../../../flows/understanding/language.ts';
import { nameLikeness } from '../../../flows/understanding/name-likeness.ts';
import { isNotAName, nameAndRest, nameFromSpeech } from '../../../flows/understanding/names.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { priceOfDays, roomTypeByPriceRank } from '../../../flows/understanding/price-order.ts';
import { relativeChangeIn } from '../../../flows/understanding/relative-change.ts';
import { dates, es, hotel, request, stay } from './said-on-tuesday.ts';

describe('a request said where a name is asked is no name', () => {
  it.each(['start over', 'restart', 'main menu', 'skip this', 'text me', 'confirm it', 'undo that', 'let me start again', 'go back to the menu', 'call me back', 'put me on hold'])(
    '"%s" is no name',
    (said) => {
      expect(isNotAName(said)).toBe(true);
    },
  );

  it.each(['mejor empezar de nuevo', 'quiero empezar otra vez', 'mándeme un mensaje', 'regrese al menú', 'confírmelo', 'siguiente'])('"%s" tampoco', (said) => {
    expect(isNotAName(said)).toBe(true);
  });

  it('"Cancel It", "Start Over" read out of a sentence are a request, wherever a name is read (the last name at a lookup)', () => {
    expect(nameLikeness(nameFromSpeech('yes please cancel it') ?? '')).toBe('request');
    expect(nameLikeness('Start Over')).toBe('request');
    expect(nameLikeness('Empezar de Nuevo')).toBe('request');
  });

  it('a request after a lead-in names nobody: "hi this is… start over"; "my name is Skip Jones" still does', () => {
    expect(nameAndRest('hi this is start over').name).toBeNull();
    expect(nameAndRest('my name is skip jones i need a room friday').name).toBe('Skip Jones');
  });

  it('names that share a word with a request are still names', () => {
    expect(isNotAName('john smith')).toBe(false);
    expect(isNotAName('mark start')).toBe(false);
    expect(isNotAName('maría nuevo')).toBe(false);
    expect(nameLikeness('Mary Call')).toBe('name');
  });
});

describe('a place in the price order', () => {
  it.each([
    ['the second cheapest', 'DQ'],
    ['second most expensive', 'DLX'],
    ['the third cheapest one', 'DLX'],
    ['la segunda más barata', 'DQ'],
    ['la segunda más cara', 'DLX'],
  ])('"%s" is the %s (the rates say so)', (said, code) => {
    expect(roomTypeByPriceRank(said, hotel.roomTypes)).toBe(code);
  });

  it('no place said leaves the cheapest and dearest to their readers; a place past the list is asked', () => {
    expect(roomTypeByPriceRank('the cheapest', hotel.roomTypes)).toBeUndefined();
    expect(roomTypeByPriceRank('second cheapest or most expensive', hotel.roomTypes)).toBeNull();
  });

  it('at the list of types, "the second cheapest" is the Double Queen and names no 2nd of the month', () => {
    const slots = request('the second cheapest', 'roomType').slots;
    expect(slots.roomType).toBe('DQ');
    expect(slots.arrival).toBeUndefined();
    expect(request('la segunda más barata', 'roomType', { locale: 'es-MX' }).slots.roomType).toBe('DQ');
  });
});

describe('a price said of the days chooses no room', () => {
  it.each(['whenever is cheapest', 'whichever day is cheapest', 'cuando salga más barato', 'el día que salga más barato'])('"%s" is the days\' price', (said) => {
    expect(priceOfDays(tokenize(said))).toBe(true);
  });

  it('at the date question nothing is taken from it; "the cheapest" alone is still the Standard', () => {
    expect(request('whenever is cheapest', 'arrivalDate').slots.roomType).toBeUndefined();
    expect(request('the cheapest room', 'arrivalDate').slots.roomType).toBe('STD');
  });
});

describe('"mar" in Spanish: martes or marzo', () => {
  it('"mar 10", "el mar 8" in Spanish name no day (asked); in English, March', () => {
    expect(es('mar 10').kind).toBe('none');
    expect(es('el mar 8').kind).toBe('none');
    expect(dates('mar 10')).toEqual(stay('2027-03-10'));
  });

  it('the whole words still stand: "10 de marzo", "martes 8"', () => {
    expect(es('10 de marzo')).toEqual(stay('2027-03-10'));
    expect(es('martes 8')).toEqual(stay('2026-12-08'));
  });
});

describe('booking said the Mexican way', () => {
  it.each(['mejor reservo aquí', 'quiero apartar', 'reservo para el viernes', '¿me puede apartar un cuarto?'])('"%s" books', (said) => {
    expect(intentFromSpeech(said, 'es-MX')).toBe('book');
    expect(speaksOfReservationMade(said)).toBe(false);
  });

  it('a reservation made still is one: "mi esposa reservo" (no accent), "ya reservé", "ya tengo una reservación"', () => {
    expect(speaksOfReservationMade('mi esposa reservo para el viernes')).toBe(true);
    expect(speaksOfReservationMade('ya reservé')).toBe(true);
    expect(intentFromSpeech('ya tengo una reservación', 'es-MX')).toBe('existing');
  });

  it('"mejor reservo aqui" texted is Spanish', () => {
    expect(languageOfWords('mejor reservo aqui')).toBe('es');
  });
});

describe('one room at the list of types, in Spanish', () => {
  const atTypes = (said: string) => request(said, 'roomType', { locale: 'es-MX' }).slots;

  it.each(['una habitación', 'un cuarto nada más', 'una hab nada mas'])('"%s" is one room, the type still asked', (said) => {
    expect(atTypes(said)).toEqual({ rooms: 1 });
  });

  it('"cualquier cuarto" counts none; elsewhere "una habitación" alone is how people ask', () => {
    expect(atTypes('cualquier cuarto').rooms).toBeUndefined();
    expect(request('quiero reservar una habitación', 'greeting', { locale: 'es-MX' }).slots.rooms).toBeUndefined();
  });
});

describe('"recorrer" a reservation', () => {
  const found: ReservationSummary = { id: 1, confirmation: '12345678', arrival: '2026-12-08', nights: 2, rooms: 1, roomType: 'DQ', total: 360, status: 'booked', holdUntil: '18:00' };
  const ctx = { hotel } as unknown as CallContext;

  it.each([
    ['recórrala un día', '2026-12-09'],
    ['la puede recorrer dos días', '2026-12-10'],
    ['recorrala 1 dia', '2026-12-09'],
  ])('"%s" on file is later: %s, read back before it changes', (said, arrival) => {
    expect(shiftedStay(ctx, found, tokenize(said))).toEqual({ q: 'request', slots: { arrival } });
  });

  it('"recórrala un día antes" asks the day (said both ways); before a booking, its way is asked (round 14)', () => {
    expect(shiftedStay(ctx, found, tokenize('recórrala un día antes'))).toEqual({ q: 'changeDetail', detail: 'arrivalDate' });
    expect(relativeChangeIn(tokenize('recórrela un día'))?.kind).toBe('unclear');
  });

  it('"push it a day" moves the stay a day later', () => {
    expect(relativeChangeIn(tokenize('push it a day'))).toMatchObject({ kind: 'stay', by: 1 });
  });
});

describe('a part of a month names no day, but describes a stay', () => {
  it.each(['a room in early march', 'a room mid january', 'late december'])('"%s" is no day, and days said', (said) => {
    const read = dates(said);
    expect(read.kind).toBe('none');
  });

  it('"una habitación a principios de marzo", "a room in early march": one room, the day asked', () => {
    expect(request('una habitación a principios de marzo', 'mainMenu', { locale: 'es-MX' }).slots).toEqual({ rooms: 1 });
    expect(request('a room in early march', 'greeting').slots).toEqual({ rooms: 1 });
    expect(request('early march, 2 rooms', 'greeting').slots).toEqual({ rooms: 2 });
  });
});

describe('a room type taken off is not the one wanted', () => {
  it('"yes but cancel the king", "sí pero cancele la doble" at the read-back choose no type; "remove the suite, give me the king" the king', () => {
    expect(request('yes but cancel the king', 'readBack').slots.roomType).toBeUndefined();
    expect(request('sí pero cancele la doble', 'readBack', { locale: 'es-MX' }).slots.roomType).toBeUndefined();
    expect(request('remove the suite give me the king', 'readBack').slots.roomType).toBe('DLX');
  });
});
