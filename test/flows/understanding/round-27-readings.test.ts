// Round 27's readings (test/corpus/cases/held-out-27.ts), reader by reader, with variants of the
// same families: an occasion's day that is not the arrival, a count of days or weeks that says no
// day, the same day a week or a month on, "the forth", counts texted with their unit glued on,
// Mexico's "no pos sí", a name listed after "for", "king no fumar", a country named with a number.

import { describe, expect, it } from 'vitest';
import { es, request, stay, dates } from './said-on-tuesday.ts';
import { nameListed } from '../../../flows/understanding/names.ts';
import { countFromSpeech } from '../../../flows/understanding/numbers.ts';
import { phoneFromSpeech } from '../../../flows/understanding/phone.ts';
import { soundAlikeAlone } from '../../../flows/understanding/sound-alike-counts.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { yesNo } from '../../../flows/understanding/yes-no.ts';

describe('an occasion\'s day, said as the occasion\'s', () => {
  it.each([
    'our anniversary is on the 12th',
    'the wedding is the 19th',
    'my birthday is december 20th',
    "the game's on sunday",
    'wedding is 12/19',
  ])('"%s" is no arrival', (said) => {
    expect(request(said, 'arrivalDate').slots.arrival).toBeUndefined();
  });

  it.each(['la boda es el 19', 'mi cumpleaños es el 20', 'el partido es el domingo'])('"%s" is no arrival', (said) => {
    expect(request(said, 'arrivalDate', { locale: 'es-MX' }).slots.arrival).toBeUndefined();
  });

  it('with the stay\'s own day said too, that day is the arrival', () => {
    expect(request('the wedding is the 19th so we need the 18th and the 19th', 'arrivalDate').slots).toMatchObject({ arrival: '2026-12-18', nights: 2 });
    expect(request('vamos a la boda el 19 y necesitamos cuarto desde el 18', 'arrivalDate', { locale: 'es-MX' }).slots.arrival).toBe('2026-12-18');
    // (Its hour said between: "the game is at 3 on Saturday".)
    expect(request('my sons game is at 3 on saturday, need a room friday', 'greeting').slots).toMatchObject({ arrival: '2026-12-04' });
    expect(request('la boda es a las 5 el sábado, ocupo cuarto el viernes', 'greeting', { locale: 'es-MX' }).slots).toMatchObject({ arrival: '2026-12-04' });
    // (A room asked for the occasion's day keeps that day, and a range from it; "our 10th anniversary" is no day.)
    expect(request('a king for a party on the 19th through the 21st', 'greeting').slots).toMatchObject({ arrival: '2026-12-19', nights: 2 });
    expect(request('a room for the wedding on the 19th', 'arrivalDate').slots.arrival).toBe('2026-12-19');
    expect(request('we need a room for the 12th its our 10th anniversary', 'greeting').slots.arrival).toBe('2026-12-12');
  });
});

describe('a count of days or weeks that says no day', () => {
  it.each(['in a few days', 'in a couple of weeks', 'in a couple wks', 'a couple weeks from now', 'in several days'])('"%s": no day, no length', (said) => {
    expect(request(said, 'arrivalDate').slots).toEqual({});
  });

  it.each(['en unos días', 'en un par de semanas'])('"%s": no day, no length', (said) => {
    expect(request(said, 'arrivalDate', { locale: 'es-MX' }).slots).toEqual({});
  });

  it('beside a count said ("in 2 weeks" a day) and a length ("for a couple of weeks")', () => {
    expect(dates('in a couple of weeks').kind).toBe('none');
    expect(dates('in 2 weeks')).toEqual(stay('2026-12-15'));
    expect(request('for a couple of weeks', 'nights').slots.nights).toBe(14);
  });
});

describe('the same day a week or a month on', () => {
  it.each([
    ['this time next week', '2026-12-08'],
    ['same day next month', '2027-01-01'],
    ['this day next wk', '2026-12-08'],
  ])('"%s" is %s', (said, day) => {
    expect(dates(said)).toEqual(stay(day));
  });

  it.each([
    ['de hoy en un mes', '2027-01-01'],
    ['el mismo día del mes que entra', '2027-01-01'],
    ['el mismo día de la próxima semana', '2026-12-08'],
  ])('"%s" is %s', (said, day) => {
    expect(es(said)).toEqual(stay(day));
  });

  it('a month on from the 31st, a day that month has not, names none; "a month from now" is about a month (held-out round 4)', () => {
    expect(dates('same day next month', { today: '2027-01-30' }).kind).not.toBe('stay');
    expect(dates('same day next month', { today: '2026-12-15' })).toEqual(stay('2027-01-15'));
    expect(dates('a month from today').kind).toBe('none');
  });
});

describe('sound-alikes and spellings by ear', () => {
  it('"the forth" is the 4th; "back and forth" no day', () => {
    expect(dates('the forth', { bareDay: true })).toEqual(stay('2026-12-04'));
    expect(dates('december the forth')).toEqual(stay('2026-12-04'));
    expect(dates('back and forth', { bareDay: true }).kind).toBe('none');
  });

  it('"to please", "for please" are two and four (to confirm); "to" alone is not', () => {
    expect(soundAlikeAlone(tokenize('to please'))).toBe(2);
    expect(soundAlikeAlone(tokenize('for please'))).toBe(4);
    expect(soundAlikeAlone(tokenize('to'))).toBeNull();
  });

  it('"sinco noches", "el beinte", "thx giving"', () => {
    expect(countFromSpeech('sinco noches', 'es-MX', 'nights')).toBe(5);
    expect(es('el beinte', { bareDay: true })).toEqual(stay('2026-12-20'));
    expect(dates('thx giving', { today: '2026-11-03' })).toEqual(stay('2026-11-26'));
  });
});

describe('counts texted with their unit glued on', () => {
  it.each([
    ['3nts', 'nights', 3],
    ['2n', 'nights', 2],
    ['3d2n', 'nights', 2],
    ['4d 3n', 'nights', 3],
    ['2rms', 'rooms', 2],
    ['2habs', 'rooms', 2],
  ] as const)('"%s": %s %i', (said, unit, n) => {
    expect(countFromSpeech(said, 'en-US', unit)).toBe(n);
  });

  it('days said with nights leave the nights; days alone say none', () => {
    expect(request('3D2N king dec 10', 'greeting').slots).toMatchObject({ roomType: 'DLX', arrival: '2026-12-10', nights: 2 });
    expect(request('3 days', 'nights').slots.nights).toBeUndefined();
  });
});

describe('half a month with the nights said', () => {
  it('is when the stay is, not the stay: the nights taken, no day', () => {
    expect(request('im looking at the first half of january for about four nights', 'greeting').slots).toEqual({ nights: 4 });
    expect(request('la primera quincena de enero tres noches', 'greeting', { locale: 'es-MX' }).slots).toEqual({ nights: 3 });
  });
});

describe('yes, as Mexico says it', () => {
  it.each(['no pos sí', 'no pues sí está bien', 'no pos si, adelante', 'ajá', 'eso mero', 'así mero', 'you got it'])('"%s" is yes', (said) => {
    expect(yesNo(said, 'es-MX')).toBe('yes');
  });

  it('its "no" only leads in: "no pues no", "no pos no" stay a no', () => {
    expect(yesNo('no pos sí', 'es-MX')).toBe('yes');
    for (const said of ['no pues no', 'no pos no', 'nel está mal']) expect(yesNo(said, 'es-MX')).toBe('no');
  });
});

describe('a name listed after "for"', () => {
  it('"king, for Bob Lee, paying cash": Bob Lee (an occasion after "para" is no name)', () => {
    expect(nameListed('king, for Bob Lee, paying cash')?.name).toBe('Bob Lee');
    expect(nameListed('doble, para Beto Lopez, efectivo')?.name).toBe('Beto Lopez');
    expect(nameListed('doble, para Semana Santa, efectivo')).toBeNull();
  });
});

describe('a room type with its smoking said', () => {
  it.each([
    ['king no fumar', 'es-MX', 'DLX'],
    ['la doble no fumadores', 'es-MX', 'DQ'],
    ['king no smoking', 'en-US', 'DLX'],
  ] as const)('"%s" (%s) is %s ("la suite no" still none)', (said, locale, code) => {
    expect(request(said, 'roomType', { locale }).slots.roomType).toBe(code);
    expect(request('la suite no', 'roomType', { locale: 'es-MX' }).slots.roomType).toBeUndefined();
  });
});

describe('a country named with a callback number', () => {
  it('"es de Estados Unidos" reads a US number on a Mexican call ("usa", a verb, names no country)', () => {
    expect(phoneFromSpeech('es de estados unidos 1 917 555 0134', 'es-MX', 'MX')).toBe('+19175550134');
    expect(phoneFromSpeech('es de estados unidos 917 555 0134', 'es-MX', 'MX')).toBe('+19175550134');
    expect(phoneFromSpeech('mi esposo usa el 55 1234 5678', 'es-MX', 'MX')).toBe('+525512345678');
  });
});
