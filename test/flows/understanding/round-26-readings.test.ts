// Round 26's readings (test/corpus/cases/held-out-26.ts), reader by reader, with variants of the
// same families: a name spelled with words for its letters, a name texted as one item of a list,
// "no este viernes", a year written short, a type by its rate or by a bed, a stay that will not
// happen, a room for each one counted, nights as a multiple, Mexican ways to pay.

import { describe, expect, it } from 'vitest';
import { TUE, dates, es, hotel, request, stay } from './said-on-tuesday.ts';
import { intentFromSpeech, speaksOfReservationMade } from '../../../flows/understanding/intents.ts';
import { languageOfWords } from '../../../flows/understanding/language.ts';
import { nameFromSpeech, nameListed } from '../../../flows/understanding/names.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { countFromSpeech } from '../../../flows/understanding/numbers.ts';
import { paymentFromSpeech } from '../../../flows/understanding/payment.ts';
import { roomTypeByRate } from '../../../flows/understanding/price-order.ts';
import { roomTypeByFileWord } from '../../../flows/understanding/room-type-asked.ts';
import { roomsEach } from '../../../flows/understanding/rooms-each.ts';
import { nightsTimes } from '../../../flows/understanding/times-count.ts';
import { topicsAsked } from '../../../flows/understanding/topics.ts';
import { answersGreeting } from '../../../src/sms/text-input.ts';
import type { CallContext } from '../../../flows/call-context.ts';
import { readConfirmationNumber } from '../../../flows/reading/reservation-questions.ts';

describe('a name spelled with words for its letters', () => {
  it.each([
    ['lucy ortiz o as in oscar r t i z', 'Lucy Ortiz'],
    ['paul grant g like george r a n t', 'Paul Grant'],
    ['nina brown bravo romeo oscar whiskey november', 'Nina Brown'],
    ['rosa beltrán be de burro e ele te erre a ene', 'Rosa Beltrán'],
    ['carla zúñiga con zeta y con ge', 'Carla Zúñiga'],
  ])('"%s" is %s (the spelling was read into the name)', (said, name) => {
    expect(nameFromSpeech(said)).toBe(name);
  });

  it('letters that spell no word said are that word ("Ann" + the phone alphabet)', () => {
    expect(nameFromSpeech('ann delta oscar echo')).toBe('Ann Doe');
  });

  it('everyday words that are letters\' names spell nothing ("que te de ese cuarto")', () => {
    expect(nameFromSpeech('juan que te de ese')).toBe('Juan Que Te de Ese');
  });
});

describe('a name texted as one item of a list', () => {
  it('"2 nts from fri, Maria Soto, cash": Maria Soto (confirmed with the rest)', () => {
    expect(nameListed('2 nts from fri, Maria Soto, cash')?.name).toBe('Maria Soto');
    const read = request('queen from the 5th to the 7th, Maria Soto, cash', 'greeting');
    expect(read.slots).toMatchObject({ name: 'Maria Soto', arrival: '2026-12-05', payment: 'cash' });
    expect(read.unsure).toBe(true);
  });

  it('an occasion, a count, a way to pay or a day is no name', () => {
    expect(nameListed('Para Semana Santa, dos cuartos')).toBeNull();
    expect(nameListed('Two Nights, Dec 5')).toBeNull();
    expect(nameListed('Credit Card, Dec 5')).toBeNull();
    expect(nameListed('Next Friday, 2 rooms')).toBeNull();
    expect(nameListed('maria soto, 2 nts')).toBeNull();
  });
});

describe('dates', () => {
  it('"no este sábado", "no this saturday": ruled out, nothing taken; "el otro" after it is a week on', () => {
    expect(es('no este sábado')).toEqual({ kind: 'none' });
    expect(dates('no this saturday')).toEqual({ kind: 'none' });
    expect(es('no este sábado el otro')).toEqual(stay('2026-12-12'));
    expect(es('no este sábado sino el domingo')).toEqual(stay('2026-12-06'));
  });

  it('a year written short: "feb 2 \'27" is 2027; "feb 2 27" is the 2nd, its length asked (the 27th or the year)', () => {
    expect(dates("feb 2 '27")).toEqual(stay('2027-02-02'));
    expect(dates('feb 2 27')).toEqual(stay('2027-02-02'));
    expect(dates('dec 22 26')).toEqual(stay('2026-12-22'));
    // (A year that is not the one the day next falls in is left as it was read.)
    expect(dates('dec 22 to 26')).toEqual(stay('2026-12-22', '2026-12-26'));
  });

  it('texted "sig", "sem", "mo"', () => {
    expect(es('el 10 del sig mes')).toEqual(stay('2027-01-10'));
    expect(dates('the 10th of next mo')).toEqual(stay('2027-01-10'));
    expect(countFromSpeech('2 sem', 'es-MX', 'nights')).toBe(14);
  });
});

describe('the greeting', () => {
  it.each(['we cant make it on saturday anymore', "i won't be able to make it", 'ya no voy a poder ir el sábado'])('"%s" speaks of a reservation', (said) => {
    expect(intentFromSpeech(said, 'en-US')).toBe('existing');
  });

  it('"move my dates", "mover mis fechas": other dates of a reservation made', () => {
    expect(intentFromSpeech('can i move my dates', 'en-US')).toBe('changeDates');
    expect(speaksOfReservationMade('can i move my dates')).toBe(true);
    expect(speaksOfReservationMade('quiero mover mis fechas')).toBe(true);
    expect(speaksOfReservationMade('can we do other dates')).toBe(false);
    expect(answersGreeting('pls move my dates', 'en-US', hotel, TUE)).toBe(true);
  });

  it('"bfast", "to park", "meter al cuarto" ask the hotel\'s questions', () => {
    expect(topicsAsked('bfast included?', hotel.answers)).toEqual(['breakfast']);
    expect(topicsAsked('is there somewhere to park', hotel.answers)).toEqual(['parking']);
    expect(topicsAsked('a qué hora me puedo meter al cuarto', hotel.answers)).toEqual(['checkIn']);
  });

  it('texted short days lean the language', () => {
    expect(languageOfWords('jue a sab')).toBe('es');
    expect(languageOfWords('thurs to sat')).toBe('en');
  });
});

describe('room types', () => {
  it('by its rate at the list of types: "the 240 one", "la de 420"; a limit is no choice', () => {
    const rate = (said: string) => roomTypeByRate(tokenize(said), hotel.roomTypes);
    expect(rate('the 240 one')).toBe('DLX');
    expect(rate('la de 420')).toBe('OCEAN');
    expect(rate('something under 180')).toBeNull();
    expect(rate('no más de 130')).toBeNull();
    expect(rate('the one for 200')).toBeNull();
    expect(request('the one for 240', 'roomType').slots.roomType).toBe('DLX');
    expect(request('the one for 240', 'nights').slots.roomType).toBeUndefined();
  });

  it('a bed alone singles out no type ("cama matrimonial", "a big bed")', () => {
    expect(roomTypeByFileWord('con cama matrimonial', 'es-MX', hotel.roomTypes)).toBeNull();
    expect(roomTypeByFileWord('la de la cama', 'es-MX', hotel.roomTypes)).toBeNull();
    expect(roomTypeByFileWord('the one with the view', 'en-US', hotel.roomTypes)).toBe('OCEAN');
  });
});

describe('counts', () => {
  it('a room for each one counted', () => {
    expect(roomsEach(tokenize('separate rooms for the 4 of us'), 'en')).toBe(4);
    expect(roomsEach(tokenize('somos dos y cada uno su cuarto'), 'es')).toBe(2);
    expect(roomsEach(tokenize('our own room for 3 nights'), 'en')).toBeNull();
    expect(roomsEach(tokenize('there are 3 of us'), 'en')).toBeNull();
  });

  it('nights as a multiple: "nts x3", "x3" when asked; "king x3" is no nights', () => {
    expect(nightsTimes(tokenize('nts x3'), 'en', false)).toBe(3);
    expect(nightsTimes(tokenize('x3 pls'), 'en', true)).toBe(3);
    expect(nightsTimes(tokenize('x3 pls'), 'en', false)).toBeNull();
    expect(nightsTimes(tokenize('king x3'), 'en', true)).toBeNull();
    expect(countFromSpeech('toda la semana', 'es-MX', 'nights')).toBe(7);
    expect(countFromSpeech('la semana entera', 'es-MX', 'nights')).toBe(7);
  });

  it('"tarjeta de nómina" is a debit card; "en billetes" cash', () => {
    expect(paymentFromSpeech('con la de nómina', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('tarjeta de nomina bbva', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('en billetes al llegar', 'es-MX')).toBe('cash');
  });
});

describe('a confirmation number texted', () => {
  it('"#12345678" is that number (the sign written before it); "#12" is none', () => {
    const ctx = { callerReservations: [], channel: 'sms' } as unknown as CallContext;
    expect(readConfirmationNumber(ctx, { kind: 'digits', digits: '#12345678' })).toEqual({ kind: 'answer', value: { q: 'lookup', confirmation: '12345678' } });
    expect(readConfirmationNumber(ctx, { kind: 'digits', digits: '#12' })).toBeNull();
  });
});
