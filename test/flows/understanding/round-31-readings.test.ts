// Round 31's readings (test/corpus/cases/held-out-31.ts), reader by reader, with variants of the
// same families: a weekend said beside a day ("the weekend after New Year's": which weekend is not
// said), "mejor dicho" taking back what came before it, rooms each said for whom in a text without
// its article ("1 for us 1 for kids", "1 p nosotros 1 p niños"), initials written with dots, a
// room said with days that name no day, and a name said before the way to pay that closes a request.

import { describe, expect, it } from 'vitest';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import { nameForAtEnd, nameFromSpeech } from '../../../flows/understanding/names.ts';
import { countFromSpeech } from '../../../flows/understanding/numbers.ts';
import { dates, es, hotel, stay, TUE } from './said-on-tuesday.ts';

/** Monday 21 December 2026: this weekend is Christmas's, 25–27 December. */
const DEC_21 = { today: '2026-12-21' };

describe('a weekend said beside a day', () => {
  it.each(["the weekend after new year's", 'wknd after new years', 'the weekend before christmas', 'the weekend after the 10th', 'a room the weekend after thanksgiving'])(
    '"%s" names no weekend (not this one): asked',
    (said) => {
      expect(dates(said, DEC_21).kind).toBe('none');
    },
  );

  it.each(['el fin de semana después de año nuevo', 'el finde antes de navidad', 'el fin de semana después del 10'])('"%s" tampoco', (said) => {
    expect(es(said, DEC_21).kind).toBe('none');
  });

  it('the weekends this reader names still stand: this one, the one after next, after this one, "after" alone', () => {
    expect(dates('this weekend', DEC_21)).toEqual(stay('2026-12-25', '2026-12-27'));
    expect(dates('the weekend after next', DEC_21)).toEqual(stay('2027-01-01', '2027-01-03'));
    expect(dates('the weekend after this one', DEC_21)).toEqual(stay('2027-01-01', '2027-01-03'));
    expect(es('el fin de semana después del próximo', DEC_21)).toEqual(stay('2027-01-01', '2027-01-03'));
    expect(dates('the weekend after', DEC_21).kind).toBe('none');
  });
});

describe('late in a day said by its name', () => {
  it.each([
    ['late tonight like 11 pm', '2026-12-01'],
    ['we get in late tonight', '2026-12-01'],
    ['late tomorrow', '2026-12-02'],
  ])('"%s" is that day, %s', (said, day) => {
    expect(dates(said)).toEqual(stay(day));
  });

  it('"late december" is still no day, and "early tomorrow" (its small hours may be tonight\'s) is asked', () => {
    expect(dates('late december').kind).toBe('none');
    expect(dates('early tomorrow').kind).toBe('none');
  });
});

describe('"mejor dicho" takes back what came before it', () => {
  it.each([
    ['el 18 mejor dicho el 19', '2026-12-19'],
    ['el viernes mejor dicho el sábado', '2026-12-05'],
  ])('"%s" is %s alone, no stay between the two', (said, day) => {
    expect(es(said)).toEqual(stay(day));
  });

  it.each([
    ['dos mejor dicho tres noches', 3],
    ['una habitación mejor dicho dos', 2],
  ])('"%s" counts %i', (said, n) => {
    expect(countFromSpeech(said, 'es-MX', said.includes('noches') ? 'nights' : 'rooms')).toBe(n);
  });
});

describe('rooms each said for whom, texted without articles', () => {
  it.each([
    ['1 for us 1 for kids', 'en-US', 2],
    ['1 for me 1 for my parents', 'en-US', 2],
    ['1 for us, 1 for the kids', 'en-US', 2],
    ['1 p nosotros 1 p niños', 'es-MX', 2],
    ['una para nosotros y otra para los niños', 'es-MX', 2],
  ] as const)('"%s" is %i rooms', (said, locale, n) => {
    expect(countFromSpeech(said, locale, 'rooms')).toBe(n);
  });

  it('people counted stay people: "somos 4", "we are 4" are no rooms', () => {
    expect(countFromSpeech('somos 4', 'es-MX', 'rooms')).toBeNull();
    expect(countFromSpeech('nosotros 4', 'es-MX', 'rooms')).toBeNull();
    expect(countFromSpeech('we are 4', 'en-US', 'rooms')).toBeNull();
  });
});

describe('initials written with their dots', () => {
  it.each([
    ['J.R. Smith', 'J.R. Smith'],
    ['j.r. smith', 'J.R. Smith'],
    ['A.J. de la Cruz', 'A.J. de la Cruz'],
  ])('"%s" is %s, as written', (said, name) => {
    expect(nameFromSpeech(said)).toBe(name);
  });

  it('initials said apart, and names without any, read as before', () => {
    expect(nameFromSpeech('J R Smith')).toBe('J R Smith');
    expect(nameFromSpeech('john smith.')).toBe('John Smith');
    expect(nameFromSpeech('Dr. Ana Paula Soto')).not.toContain('.');
  });
});

describe('a room said with days that name no day', () => {
  const greeting = (said: string, locale: 'en-US' | 'es-MX' = 'en-US', today = TUE) => readWholeRequest(said, { today, locale, hotel, arrival: null }, 'greeting').slots;

  it.each([
    ['a room the weekend after new years', 'en-US'],
    ['we need a room over easter', 'en-US'],
    ['a room around christmas', 'en-US'],
    ['una habitación el fin de semana después de año nuevo', 'es-MX'],
  ] as const)('"%s" is one room, its days asked', (said, locale) => {
    expect(greeting(said, locale, '2026-12-21')).toEqual({ rooms: 1 });
  });

  it('a room alone, or with no days spoken of, still leaves the rooms asked', () => {
    expect(greeting('i would like to book a room')).toEqual({});
    expect(greeting('quiero reservar una habitación', 'es-MX')).toEqual({});
  });
});

describe('a name said before the way to pay that closes a request', () => {
  const greeting = (said: string, locale: 'en-US' | 'es-MX' = 'en-US') => readWholeRequest(said, { today: TUE, locale, hotel, arrival: null }, 'greeting').slots;

  it.each([
    ['a room friday for mark chen paying cash', 'Mark Chen', 'cash'],
    ['two kings on the 18th for ana lopez with a credit card', 'Ana Lopez', 'credit_card'],
    ['a room friday for lucy park by debit card', 'Lucy Park', 'debit_card'],
  ])('"%s": %s, and the way to pay', (said, name, payment) => {
    expect(greeting(said)).toMatchObject({ name, payment });
  });

  it('"para ana díaz con tarjeta": the name, and "tarjeta" left to ask credit or debit', () => {
    expect(greeting('una habitación el viernes para ana díaz con tarjeta', 'es-MX')).toMatchObject({ name: 'Ana Díaz', card: true });
  });

  it('no name where none is said: "for my wife paying cash", "for two nights paying cash", "for johnny cash" as before', () => {
    expect(greeting('a room friday for my wife paying cash').name).toBeUndefined();
    expect(greeting('a room for two nights paying cash')).toEqual({ nights: 2, rooms: 1, payment: 'cash' });
    expect(nameForAtEnd('a room friday for mark chen paying the bill later')).toBeNull();
  });
});
