// Readings the held-out round 22 found wrong or missed (test/corpus/cases/held-out-22.ts), each tried
// here on words of its family the round did not say: a letter said of a name ("Anne with an e",
// "Erika con k", "Ofelia sin hache": the name as heard bears it, or not, and is asked again); a day in digits at the name question; a week counted from tomorrow texted without its article;
// two small numbers said bare where the nights are asked; "the 1 with…" texted for "the one
// with…"; a day kept on other dates by the hotel's country and by Mexico, named in Spanish. On the
// demo hotel, said on Tuesday 1 December 2026; at the later questions the call holds an arrival on
// Tuesday the 8th.

import { describe, expect, it } from 'vitest';
import { dates, es, request, stay } from './said-on-tuesday.ts';
import { isNotAName, nameFromSpeech } from '../../../flows/understanding/names.ts';
import { paymentFromSpeech } from '../../../flows/understanding/payment.ts';
import { yesNo } from '../../../flows/understanding/yes-no.ts';

describe('a letter said of a name', () => {
  it('is no part of it when the name bears it (were "Jon Without An H Baker", "P H Stephen Clark")', () => {
    expect(nameFromSpeech('anne with an e shirley')).toBe('Anne Shirley');
    expect(nameFromSpeech('geoff with a g geoff turner')).toBe('Geoff Turner');
    expect(nameFromSpeech('phillip with two ls phillip webb')).toBe('Phillip Webb');
    expect(nameFromSpeech('debora without an h at the end debora king')).toBe('Debora King');
    expect(nameFromSpeech('alan with one l alan reed')).toBe('Alan Reed');
    expect(nameFromSpeech('yesenia con y griega yesenia soto')).toBe('Yesenia Soto');
    expect(nameFromSpeech('erika con k erika luna')).toBe('Erika Luna');
    expect(nameFromSpeech('ofelia sin hache ofelia ramos')).toBe('Ofelia Ramos');
    expect(nameFromSpeech('marc (no k) dubois')).toBe('Marc Dubois');
    // (Other words are left alone: "w/ a view", "con vista".)
    expect(request('a king w/ a view on the 9th for john smith', 'greeting')).toMatchObject({ slots: { roomType: 'DLX', arrival: '2026-12-09', name: 'John Smith' } });
    expect(request('una doble con vista para el 9 a nombre de ana ruiz', 'greeting', { locale: 'es-MX' })).toMatchObject({ slots: { roomType: 'DQ', arrival: '2026-12-09', name: 'Ana Ruiz' } });
  });

  it('leaves the name to ask again when the name as heard does not bear it (were "Juan González", "Catherine With A K Jones")', () => {
    expect(nameFromSpeech('ann with an e smith')).toBeNull();
    expect(nameFromSpeech('jeff with a g turner')).toBeNull();
    expect(nameFromSpeech('erica con k luna')).toBeNull();
    expect(nameFromSpeech('pérez con s')).toBeNull();
    expect(nameFromSpeech('deborah without an h at the end')).toBeNull();
    expect(nameFromSpeech('sophia without the p h')).toBeNull();
    expect(nameFromSpeech('ohara sin hache')).toBeNull();
  });
});

describe('a day at the name question', () => {
  it('said in digits is not a name (was "The")', () => {
    expect(isNotAName('the 3rd')).toBe(true);
    expect(isNotAName('um the 21st i think')).toBe(true);
    expect(isNotAName('el 2do')).toBe(true);
    expect(isNotAName('Thea 3rd')).toBe(false);
  });
});

describe('a day counted from another', () => {
  it('"wk from tmrw", texted without its article, is a week from tomorrow (was tomorrow)', () => {
    expect(dates('wk from tmrw')).toEqual(stay('2026-12-09'));
    expect(dates('week from today 2 nts')).toEqual(stay('2026-12-08'));
    // (A length from tomorrow stays one.)
    expect(request('for a week from tomorrow', 'greeting').slots).toMatchObject({ arrival: '2026-12-02', nights: 7 });
  });
});

describe('two small numbers where the nights are asked', () => {
  it('are a count not settled, asked, not the 2nd to the 3rd (was the 3rd, one night)', () => {
    expect(request('2-3', 'nights').slots).toEqual({});
    expect(request('4 to 5', 'nights').slots).toEqual({});
    expect(request('prob 2-3', 'nights').slots).toEqual({});
    // (Days said as days stay days; so do the same numbers where the date is asked.)
    expect(request('the 10th to the 12th', 'nights').slots).toMatchObject({ arrival: '2026-12-10', nights: 2 });
    expect(request('2-3', 'arrivalDate').slots).toMatchObject({ arrival: '2026-12-02', nights: 1 });
  });
});

describe('"the 1 with…" texted', () => {
  it('is "the one with", not the 1st (was an arrival today)', () => {
    expect(request('the 1 with the ocean view', 'roomType').slots).toEqual({ roomType: 'OCEAN' });
    expect(request('la 1 q tiene 2 camas', 'roomType', { locale: 'es-MX' }).slots).toEqual({ roomType: 'DQ' });
    expect(dates('the 1st with my wife')).toEqual(stay('2026-12-01'));
  });
});

describe('a day kept on other dates here and in Mexico, named in Spanish', () => {
  it('offers both (was the United States\' alone)', () => {
    expect(es('para el día de la madre')).toMatchObject({ kind: 'choice', options: [{ arrival: '2027-05-09' }, { arrival: '2027-05-10' }] });
    // (Said in English to a hotel in the United States: its own.)
    expect(dates('for mothers day')).toEqual(stay('2027-05-09'));
    // (Both passed this year: asked about as before.)
    expect(es('el día de la independencia')).toMatchObject({ kind: 'choice', reason: 'past' });
  });
});

describe('a yes texted without a word', () => {
  it('"👍", "👌🏽", "✅" is a yes, "👎" a no, both neither (were neither)', () => {
    expect(yesNo('👍🏻', 'en-US')).toBe('yes');
    expect(yesNo('👌🏽', 'es-MX')).toBe('yes');
    expect(yesNo('✔️', 'en-US')).toBe('yes');
    expect(yesNo('❌', 'es-MX')).toBe('no');
    expect(yesNo('👍👎', 'en-US')).toBeNull();
  });
});

describe('more days named', () => {
  it('"the last day of the year", "el último día del año" is the 31st (was nothing)', () => {
    expect(dates('the last day of the year 2 nights')).toEqual(stay('2026-12-31'));
    expect(es('para el ultimo dia del año')).toEqual(stay('2026-12-31'));
  });

  it('a named day "next year" is next year\'s, not asked about as passed; never a guest named after it', () => {
    expect(dates('halloween next year')).toEqual(stay('2027-10-31'));
    expect(es('día de muertos del año que viene')).toEqual(stay('2027-11-02'));
    expect(request('a room for halloween next year', 'greeting').slots).toMatchObject({ arrival: '2027-10-31', rooms: 1 });
  });

  it('"tomorrow and the day after" is two nights from tomorrow (it threw: every date said was lost); texted "n" is "and"', () => {
    expect(dates('tomorrow and the day after')).toEqual(stay('2026-12-02', '2026-12-04'));
    expect(dates('fri n sat')).toEqual(stay('2026-12-04', '2026-12-06'));
    expect(dates('sat and the day after')).toEqual(stay('2026-12-05', '2026-12-07'));
  });
});

describe('corrections and counts', () => {
  it('"ah no" takes back what was said in Spanish: "el viernes ah no el sábado" (was asked)', () => {
    expect(es('el jueves ah no el viernes')).toEqual(stay('2026-12-04'));
    expect(es('el 10 ay no el 11')).toEqual(stay('2026-12-11'));
  });

  it('"del 4 al 7 de enero, 1 doble": one double, not a 1st of January (was nothing)', () => {
    expect(request('del 10 al 12 de enero, 1 sencilla', 'greeting', { locale: 'es-MX' }).slots).toMatchObject({ arrival: '2027-01-10', nights: 2, rooms: 1, roomType: 'STD' });
  });
});

describe('rooms and payment said another way', () => {
  it('"la más bonita", "the fanciest" is the dearest (was nothing)', () => {
    expect(request('la mas padre', 'roomType', { locale: 'es-MX' }).slots).toEqual({ roomType: 'OCEAN' });
    expect(request('the fanciest you got', 'roomType').slots).toEqual({ roomType: 'OCEAN' });
  });

  it('"débito visa" is a debit card (was asked: debit or Visa?)', () => {
    expect(paymentFromSpeech('con la debito mastercard', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('my debit card visa', 'en-US')).toBe('debit_card');
  });
});
