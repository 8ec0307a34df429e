// Round 25's readings (test/corpus/cases/held-out-25.ts), reader by reader, with variants of the
// same families: an answer to another question at the name question, a number that points at a
// room or joins two counts, a date ruled out by an opening "no", "sino", "primero Dios", a network's
// debit card, a hummed yes, a room type said to be another.

import { describe, expect, it } from 'vitest';
import { TUE, dates, es, hotel, request, stay } from './said-on-tuesday.ts';
import type { CallContext } from '../../../flows/call-context.ts';
import type { CallerInput } from '../../../flows/reading/caller-input.ts';
import { readName } from '../../../flows/reading/guest-questions.ts';
import { readRooms } from '../../../flows/reading/stay-questions.ts';
import { asksAQuestion } from '../../../flows/understanding/hotel-question.ts';
import { isNotAName, nameAtNameQuestion } from '../../../flows/understanding/names.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { countFromSpeech } from '../../../flows/understanding/numbers.ts';
import { paymentFromSpeech } from '../../../flows/understanding/payment.ts';
import { roomTypeAsked } from '../../../flows/understanding/room-type-asked.ts';
import { yesNo } from '../../../flows/understanding/yes-no.ts';

const speech = (text: string): CallerInput => ({ kind: 'speech', text, confidence: 0.9 });
const text = (body: string): CallerInput => ({ kind: 'speech', text: body, confidence: 1 });
const atName = { today: TUE, locale: 'en-US', hotel } as unknown as CallContext;
const atRoomsEs = { today: TUE, locale: 'es-MX', hotel } as unknown as CallContext;

describe('at the name question', () => {
  it('"the sixth", "the twenty first", "el seis" are no name (were "The Sixth")', () => {
    expect(isNotAName('the sixth')).toBe(true);
    expect(isNotAName('the twenty first')).toBe(true);
    expect(isNotAName('el seis')).toBe(true);
    expect(readName(atName, speech('the sixth'))).toEqual({ kind: 'nameRetry' });
  });

  it('"llegamos el 6", "we arrive on the 6th": the arrival moved, no guest "Llegamos El"', () => {
    expect(nameAtNameQuestion('llegamos el 6').first).toBeNull();
    expect(nameAtNameQuestion('perdón llegamos el 6 mejor').first).toBeNull();
    expect(request('perdón llegamos el 6 mejor', 'name', { locale: 'es-MX', arrival: '2026-12-08' }).slots).toEqual({ arrival: '2026-12-06' });
  });

  it('"will cash", "Will Cash": a name (was cash); "will pay cash" still pays cash', () => {
    expect(isNotAName('will cash')).toBe(false);
    expect(nameAtNameQuestion('will cash').first).toBe('Will Cash');
    // (No way to pay read beside it; the name is the name question's own reader's.)
    expect(request('will cash', 'name').slots).toEqual({});
    expect(readName(atName, speech('will cash'))).toEqual({ kind: 'answer', value: { q: 'name', name: 'Will Cash' } });
    expect(request('will pay cash', 'name').slots).toEqual({ payment: 'cash' });
  });

  it('a first word cut off and said whole ("jo john smith", "ju juan pérez"): dropped, and the name confirmed', () => {
    expect(nameAtNameQuestion('jo john smith')).toMatchObject({ first: 'John Smith', cutOff: true });
    expect(nameAtNameQuestion('ju juan pérez').first).toBe('Juan Pérez');
    expect(readName(atName, speech('jo john smith'))).toMatchObject({ kind: 'unsure', value: { name: 'John Smith' } });
    // Two words, each a name: kept as said.
    expect(nameAtNameQuestion('al alvarez').first).toBe('Al Alvarez');
  });
});

describe('counts', () => {
  it('"the king one", "the cheaper one", "a bigger one": no count (were one night, one room)', () => {
    expect(countFromSpeech('the king one', 'en-US', 'nights')).toBeNull();
    expect(countFromSpeech('the cheaper one', 'en-US', 'rooms')).toBeNull();
    expect(countFromSpeech('a bigger one please', 'en-US', 'nights')).toBeNull();
    // One, said as such.
    expect(countFromSpeech('just the one', 'en-US', 'rooms')).toBe(1);
    expect(countFromSpeech('one', 'en-US', 'nights')).toBe(1);
    expect(countFromSpeech('a room for my parents and one for us', 'en-US', 'rooms')).toBe(2);
  });

  it('"dos y dos", "2 y 2", "two and two" alone: asked (were two); "treinta y uno" is one number', () => {
    expect(countFromSpeech('dos y dos', 'es-MX', 'rooms')).toBeNull();
    expect(countFromSpeech('pues 2 y 2', 'es-MX', 'rooms')).toBeNull();
    expect(countFromSpeech('two and two', 'en-US', 'rooms')).toBeNull();
    expect(countFromSpeech('treinta y uno', 'es-MX', 'nights')).toBe(31);
    expect(countFromSpeech('una, mis hijos tienen 6 y 3', 'es-MX', 'rooms')).toBe(1);
  });

  it('texted in Mexico at the rooms question, "x 3" is "para 3": asked (was three rooms); "x favor 2" is two', () => {
    expect(readRooms(atRoomsEs, text('x 3'))).toBeNull();
    expect(readRooms(atRoomsEs, text('x favor 2'))).toEqual({ kind: 'answer', value: { q: 'rooms', rooms: 2 } });
  });

  it('"no dos noches sino tres": three (was two)', () => {
    expect(request('no dos noches sino tres', 'nights', { locale: 'es-MX', arrival: '2026-12-08' }).slots).toEqual({ nights: 3 });
  });
});

describe('dates', () => {
  it('an opening "no" before the first of two dates rules it out: "no el vie, el sáb" is Saturday (was Friday to Saturday)', () => {
    expect(es('no el vie, el sáb', { bareDay: true })).toEqual(stay('2026-12-05'));
    expect(es('no el viernes no el sábado', { bareDay: true })).toEqual(stay('2026-12-05'));
    expect(es('no el viernes sino el sábado', { bareDay: true })).toEqual(stay('2026-12-05'));
    expect(es('no el 5 al 7', { bareDay: true })).toEqual(stay('2026-12-05', '2026-12-07'));
    // The "no" and the "not" are the dates': the count after them stands.
    expect(request('no el vie, el sáb 1 hab', 'greeting', { locale: 'es-MX' }).slots).toMatchObject({ arrival: '2026-12-05', rooms: 1 });
    expect(request('not sat, sun. 1 rm', 'greeting').slots).toMatchObject({ arrival: '2026-12-06', rooms: 1 });
  });

  it('"not this friday the next one", "no este viernes, el siguiente": a week from Friday (was nothing)', () => {
    expect(dates('not this friday the next one', { bareDay: true })).toEqual(stay('2026-12-11'));
    expect(dates('not friday the one after', { bareDay: true })).toEqual(stay('2026-12-11'));
    expect(es('no este viernes el siguiente', { bareDay: true })).toEqual(stay('2026-12-11'));
    expect(es('no el viernes el que sigue', { bareDay: true })).toEqual(stay('2026-12-11'));
    // Ruled out, and nothing pointed at: no day.
    expect(dates('not this friday', { bareDay: true }).kind).not.toBe('stay');
  });

  it('"primero Dios, el viernes": Friday, God willing (was the 1st, three nights)', () => {
    expect(es('primero dios el viernes', { bareDay: true })).toEqual(stay('2026-12-04'));
    expect(es('el viernes primero dios', { bareDay: true })).toEqual(stay('2026-12-04'));
    expect(es('el primero de enero', { bareDay: true })).toEqual(stay('2027-01-01'));
  });
});

describe('yes, the way to pay, a type said to be another', () => {
  it('"mhm", "mm hmm" are a yes; "uh uh", "hmm" are not', () => {
    expect(yesNo('mhm', 'en-US')).toBe('yes');
    expect(yesNo('mm hmm', 'en-US')).toBe('yes');
    expect(yesNo('uh uh', 'en-US')).not.toBe('yes');
    expect(yesNo('hmm', 'en-US')).toBeNull();
  });

  it('a network\'s debit card said either way ("tarjeta de débito mastercard", "debit, the visa one"): debit; Amex with debit is asked', () => {
    expect(paymentFromSpeech('tarjeta de débito mastercard', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('debit the visa one', 'en-US')).toBe('debit_card');
    expect(paymentFromSpeech('amex debit', 'en-US')).toBeNull();
    expect(paymentFromSpeech('débito digo visa', 'es-MX')).toBe('credit_card');
    expect(paymentFromSpeech('visa o débito', 'es-MX')).toBeNull();
  });

  it('"no es la suite, es la king" tells, it does not ask; "la suite es más grande" asks', () => {
    expect(roomTypeAsked('no es la suite es la king', 'es-MX', hotel.roomTypes, false)).toBeNull();
    expect(roomTypeAsked('la suite es más grande', 'es-MX', hotel.roomTypes, false)).not.toBeNull();
  });
});

describe('one reading of "does this ask something?" (hotel-question.ts), for the hotel\'s questions and a day asked about', () => {
  const asks = (said: string) => asksAQuestion(said, tokenize(said));

  it('the openers the whole request had of its own ask here too: "pero abren en navidad", "when is checkout", "r u open xmas day", "van a tener cena"', () => {
    expect(asks('pero abren en navidad')).toBe(true);
    expect(asks('when is checkout')).toBe(true);
    expect(asks('r u open xmas day')).toBe(true);
    expect(asks('mmm hacen algo especial en año nuevo')).toBe(true);
    expect(asks('van a tener cena en año nuevo')).toBe(true);
  });

  it('a day asked about is still no arrival; a day with a booking word is one', () => {
    expect(request('pero abren en navidad', 'arrivalDate', { locale: 'es-MX' }).slots).toEqual({});
    expect(request('van a tener cena en año nuevo', 'arrivalDate', { locale: 'es-MX' }).slots).toEqual({});
    expect(request('una habitación para navidad', 'arrivalDate', { locale: 'es-MX' }).slots).toMatchObject({ arrival: '2026-12-25' });
  });
});
