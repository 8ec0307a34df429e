// Round 29's readings (test/corpus/cases/held-out-29.ts), reader by reader, with variants of the
// same families: "nxt" texted, a baby counted among the people, weeks "after" that say when, an
// hour said in words ("at eleven thirty") that is no day, the small hours said "at night", the day
// after tomorrow said short, a count left open beside another that is not, "póngalo a nombre de",
// Mexico's "no manches" (no "no") and "¿tienen lugar?".

import { describe, expect, it } from 'vitest';
import { arrivalTime } from '../../../flows/late-arrival.ts';
import { intentFromSpeech } from '../../../flows/understanding/intents.ts';
import { nameAtNameQuestion } from '../../../flows/understanding/names.ts';
import { countFromSpeech, countWithUnit } from '../../../flows/understanding/numbers.ts';
import { paymentFromSpeech } from '../../../flows/understanding/payment.ts';
import { yesNo } from '../../../flows/understanding/yes-no.ts';
import { dates, es, request, stay, TUE } from './said-on-tuesday.ts';

const SAT = '2026-11-28';
const choice = (...days: string[]) => ({ kind: 'choice', reason: 'ambiguous', options: days.map((arrival) => ({ arrival, departure: null })) });

describe('"nxt" texted', () => {
  it('is "next": "nxt wknd" said on a Saturday is the coming weekend, not that night', () => {
    expect(dates('nxt wknd', { today: SAT })).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(dates('nxt wknd, king', { today: SAT })).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(dates('this wknd', { today: SAT })).toEqual(stay(SAT, '2026-11-29'));
  });

  it('said early in the week, "nxt wknd" is this weekend or the next, as "next weekend" is', () => {
    expect(dates('nxt wknd').kind).toBe('choice');
    expect(dates('nxt wknd')).toEqual(dates('next weekend'));
  });
});

describe('a baby is one of the party, not a room', () => {
  it.each([['2 adults + 1 baby'], ['two adults and a baby'], ['1 baby'], ['2 adultos y 1 bebé'], ['dos adultos y un bebé'], ['2 adults 1 infant'], ['one toddler']])(
    '"%s" counts no rooms',
    (said) => {
      expect(countFromSpeech(said, 'en-US', 'rooms')).toBeNull();
      expect(countFromSpeech(said, 'es-MX', 'rooms')).toBeNull();
    },
  );

  it('a room said beside the people still counts', () => {
    expect(countFromSpeech('one room two adults and a baby', 'en-US', 'rooms')).toBe(1);
    expect(countFromSpeech('un cuarto, somos dos adultos y un bebé', 'es-MX', 'rooms')).toBe(1);
  });
});

describe('weeks after "after"', () => {
  it('say when at the date question ("we come after 2 weeks"), not fourteen nights', () => {
    expect(request('we come after 2 weeks', 'arrivalDate').slots.nights).toBeUndefined();
    expect(request('after two weeks', 'arrivalDate').slots.nights).toBeUndefined();
    expect(request('llegamos después de dos semanas', 'arrivalDate', { locale: 'es-MX' }).slots.nights).toBeUndefined();
  });

  it('are the stay when leaving is said ("we leave after 2 weeks")', () => {
    expect(countWithUnit('we leave after 2 weeks', 'en-US', 'nights')).toBe(14);
    expect(countWithUnit('check out after two weeks', 'en-US', 'nights')).toBe(14);
    expect(countWithUnit('nos vamos después de dos semanas', 'es-MX', 'nights')).toBe(14);
    expect(countWithUnit('for 2 weeks', 'en-US', 'nights')).toBe(14);
  });
});

describe('an hour said in words is no day', () => {
  it('"at eleven thirty" is not 11/30 (a past day, with a stay to it)', () => {
    expect(dates('friday at eleven thirty', { bareDay: true })).toEqual(stay('2026-12-04'));
    expect(dates('friday at like 11 30', { bareDay: true })).toEqual(stay('2026-12-04'));
    expect(dates('friday eleven thirty at night', { bareDay: true })).toEqual(stay('2026-12-04'));
    expect(dates('late friday night like eleven thirty', { bareDay: true })).toEqual(stay('2026-12-04'));
    expect(request('friday at eleven thirty', 'arrivalDate').slots).toEqual({ arrival: '2026-12-04' });
  });

  it('a date read aloud alone, or a day said as one, is still a date', () => {
    expect(dates('twelve fifteen', { bareDay: true }).kind).toBe('choice');
    expect(dates('the 12 at night')).toEqual(stay('2026-12-12'));
    expect(dates('arrive at 5 on the 12th')).toEqual(stay('2026-12-12'));
  });

  it('"late Friday" is late that day, not late in a month ("late December" stays vague)', () => {
    expect(dates('late friday')).toEqual(stay('2026-12-04'));
    expect(dates('late december').kind).toBe('none');
  });
});

describe('the small hours said "at night"', () => {
  it('"12:30 at night on the 18th": the night before or the day, offered', () => {
    expect(dates('we land at 12:30 at night on the 18th')).toEqual(choice('2026-12-17', '2026-12-18'));
    expect(dates('around 1:30am on the 10th')).toEqual(choice('2026-12-09', '2026-12-10'));
    expect(es('llegamos el 18 a la 1 de la noche')).toEqual(choice('2026-12-17', '2026-12-18'));
  });

  it('"11 at night" is the evening of the day', () => {
    expect(dates('11 at night on the 18th')).toEqual(stay('2026-12-18'));
    expect(es('llegamos el 18 a las 11 de la noche')).toEqual(stay('2026-12-18'));
  });

  it('is no late arrival kept (its words are left for the date), "11 at night" is', () => {
    expect(arrivalTime('we land at 12:30 at night on the 18th')).toBeNull();
    expect(arrivalTime('we get in at 1 at night')).toBeNull();
    expect(arrivalTime('we get in at 11 at night')?.time).toBe('23:00');
  });
});

describe('the day after tomorrow said short', () => {
  it('"not tomorrow, the day after": the 3rd', () => {
    expect(dates('not tomorrow the day after')).toEqual(stay('2026-12-03'));
    expect(dates('not tmrw, day after')).toEqual(stay('2026-12-03'));
    expect(dates('tomorrow no the day after')).toEqual(stay('2026-12-03'));
  });

  it('"mañana no, pasado": a bare Spanish "no" between two days, both offered; "mejor" takes back', () => {
    expect(es('mañana no pasado')).toEqual(choice('2026-12-02', '2026-12-03'));
    expect(es('mñn no, pasado')).toEqual(choice('2026-12-02', '2026-12-03'));
    // Spanish said at the English greeting is read as Spanish.
    expect(dates('mañana no pasado')).toEqual(choice('2026-12-02', '2026-12-03'));
    expect(es('mañana no, mejor pasado')).toEqual(stay('2026-12-03'));
  });

  it('"tomorrow and the day after", "el viernes pasado" keep their readings', () => {
    expect(dates('tomorrow and the day after')).toEqual(stay('2026-12-02', '2026-12-04'));
    expect(es('el viernes pasado').kind).not.toBe('stay');
  });
});

describe('a count left open beside another that is not', () => {
  it('"a room from Friday for two or three nights": one room, the nights asked', () => {
    expect(countWithUnit('a room from friday for two or three nights', 'en-US', 'rooms')).toBe(1);
    expect(countWithUnit('a room from friday for two or three nights', 'en-US', 'nights')).toBeNull();
    expect(countWithUnit('una habitación del viernes por dos tres noches', 'es-MX', 'rooms')).toBe(1);
    expect(countWithUnit('una habitación del viernes por dos tres noches', 'es-MX', 'nights')).toBeNull();
    expect(request('a room from friday for two or three nights', 'greeting').slots).toEqual({ rooms: 1, arrival: '2026-12-04' });
  });

  it('rooms left open stay open', () => {
    expect(countWithUnit('two or three rooms for friday', 'en-US', 'rooms')).toBeNull();
    expect(countFromSpeech('dos o tres cuartos', 'es-MX', 'rooms')).toBeNull();
    expect(countFromSpeech('couple three', 'en-US', 'rooms')).toBeNull();
    expect(countFromSpeech('dos tres noches', 'es-MX', 'nights')).toBeNull();
  });
});

describe('who the booking is under', () => {
  it.each([
    ['póngalo a nombre de la empresa acme', 'Acme'],
    ['ponla a nombre de mi esposa laura méndez', 'Laura Méndez'],
    ['me la pone a nombre del ingeniero salas', 'Salas'],
    ['a nombre de mi jefe el ingeniero salas', 'Salas'],
    ["it's for my mother rosa ortiz", 'Rosa Ortiz'],
  ])('"%s" is %s', (said, name) => {
    expect(nameAtNameQuestion(said).first).toBe(name);
  });
});

describe('Mexican words at a yes or no', () => {
  it('"no manches", "no inventes" are surprise, not a no', () => {
    for (const said of ['no manches', 'no mames', 'no inventes']) expect(yesNo(said, 'es-MX'), said).toBeNull();
    expect(yesNo('no manches sí está perfecto', 'es-MX')).toBe('yes');
    expect(yesNo('no manches, no', 'es-MX')).toBe('no');
    expect(yesNo('nel', 'es-MX')).toBe('no');
  });

  it('"tarjeta de nómina", "nómina" alone, are a debit card; "visa" a credit card', () => {
    expect(paymentFromSpeech('nomina', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('con la de nómina', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('con visa', 'es-MX')).toBe('credit_card');
  });

  it('"¿tienen lugar?", "¿hay espacio?" start a booking', () => {
    expect(intentFromSpeech('quiero saber si tienen lugar', 'es-MX')).toBe('book');
    expect(intentFromSpeech('hay lugar para el 18', 'es-MX')).toBe('book');
    expect(intentFromSpeech('do you have space', 'en-US')).toBe('book');
  });
});

describe('a week after a weekday said on that weekday', () => {
  it('"a week tuesday" said on a Tuesday is a week from today', () => {
    expect(dates('a week tuesday', { today: TUE })).toEqual(stay('2026-12-08'));
  });
});
