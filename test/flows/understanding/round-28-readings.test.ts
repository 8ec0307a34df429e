// Round 28's readings (test/corpus/cases/held-out-28.ts), reader by reader, with variants of the
// same families: names spelled letter by letter or texted with hyphens, titles beyond Mr and Dr, a
// letter said as "con eñe", weeks counted from a weekday in Spanish, a room "pa" someone, the number
// calling said the Mexican way, Mexican holidays as Spanish words, and "nombre, la fecha está mal"
// at the read-back (Mexico's "¡no, hombre!", the date to change).

import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../../flows/call-context.ts';
import type { CallerInput } from '../../../flows/reading/caller-input.ts';
import { readCallback } from '../../../flows/reading/guest-questions.ts';
import { readChangeDetail, readReadBack } from '../../../flows/reading/menu-questions.ts';
import { languageOfWords } from '../../../flows/understanding/language.ts';
import { nameAtNameQuestion, nameFromSpeech } from '../../../flows/understanding/names.ts';
import { countFromSpeech } from '../../../flows/understanding/numbers.ts';
import { es, HELD, hotel, request, stay, TUE } from './said-on-tuesday.ts';

const speech = (text: string): CallerInput => ({ kind: 'speech', text, confidence: 0.9 });
const CDMX = '+525587654321';

describe('a name spelled', () => {
  it.each([
    ['first name is m a r k last name is l e e', 'Mark Lee'],
    ['its k a r e n owens', 'Karen Owens'],
    ['J-O-H-N S-M-I-T-H', 'John Smith'],
    ['l-u-c-y chen', 'Lucy Chen'],
  ])('"%s" is the name spelled: %s', (said, name) => {
    expect(nameAtNameQuestion(said).first).toBe(name);
  });

  it('capitals apart and letters with no vowel are initials, left as they are', () => {
    expect(nameFromSpeech('W E B Griffin')).toBe('W E B Griffin');
    expect(nameFromSpeech('j r k tolkien')).toBe('J R K Tolkien');
  });
});

describe('titles before a name', () => {
  it.each([
    ['professor alan turing', 'Alan Turing'],
    ['reverend james brown', 'James Brown'],
    ['the reverend al green', 'Al Green'],
    ['Sgt. Ray Cruz', 'Ray Cruz'],
    ['captain nemo smith', 'Nemo Smith'],
  ])('"%s" is %s', (said, name) => {
    expect(nameFromSpeech(said)).toBe(name);
  });
});

describe('a letter said as "con eñe"', () => {
  it('is no part of the name when the name has it', () => {
    expect(nameFromSpeech('rodrigo ibáñez ibáñez con eñe')).toBe('Rodrigo Ibáñez');
    expect(nameFromSpeech('ana muñoz con ñ')).toBe('Ana Muñoz');
  });

  it('said of a name without it, the name is asked again', () => {
    expect(nameFromSpeech('ana lopez con eñe')).toBeNull();
  });
});

describe('weeks counted from a weekday, in Spanish', () => {
  it.each([
    ['dentro de una semana a partir del viernes', '2026-12-11'],
    ['en una semana a partir del viernes', '2026-12-11'],
    ['una semana después del viernes', '2026-12-11'],
    ['dos semanas después del sábado', '2026-12-19'],
  ])('"%s" is that day', (said, day) => {
    expect(es(said)).toEqual(stay(day));
  });

  it('without "dentro de", "una semana a partir del viernes" is a week\'s stay from Friday', () => {
    expect(request('dos semanas a partir del viernes', 'arrivalDate', { locale: 'es-MX' }).slots).toMatchObject({ arrival: '2026-12-04', nights: 14 });
  });
});

describe('a room "pa" someone', () => {
  it('counts a room each', () => {
    expect(countFromSpeech('uno pa mí y otro pa mi hermana', 'es-MX', 'rooms')).toBe(2);
    expect(countFromSpeech('uno pa mis papás y otro pa nosotros', 'es-MX', 'rooms')).toBe(2);
  });
});

describe('the number calling, said the Mexican way', () => {
  const ctx = { hotel, caller: CDMX, callerCountry: null, channel: 'voice', locale: 'es-MX' } as unknown as CallContext;
  it.each(['al que le estoy hablando', 'del que le hablo', 'este del que hablo'])('"%s" is the number calling', (said) => {
    expect(readCallback(ctx, speech(said))).toEqual({ kind: 'answer', value: { q: 'callback', number: CDMX } });
  });
});

describe('Mexican holidays and stays', () => {
  it.each(['puente d guadalupe', 'para nochebuena', '2 pernoctas'])('"%s" is Spanish', (said) => {
    expect(languageOfWords(said)).toBe('es');
  });
});

describe('"nombre, la fecha está mal" at the read-back', () => {
  const ctx = { today: TUE, locale: 'es-MX', hotel, arrival: HELD } as unknown as CallContext;
  const read = (said: string) => readReadBack(ctx, speech(said), request(said, 'readBack', { locale: 'es-MX' }));

  it.each([
    ['nombre, la fecha está mal', 'arrivalDate'],
    ['nombre la fecha esta mal', 'arrivalDate'],
    ['nombre, está mal el teléfono', 'callback'],
    ['nombre, el pago está mal', 'payment'],
  ])('"%s": a no, and the %s to change', (said, detail) => {
    expect(read(said)).toEqual({ kind: 'answer', value: { q: 'changeDetail', detail } });
  });

  it('the name itself when nothing else is named, or named with another', () => {
    expect(read('el nombre está mal')).toEqual({ kind: 'answer', value: { q: 'changeDetail', detail: 'name' } });
    expect(read('nombre y fecha están mal')).toEqual({ kind: 'answer', value: { q: 'changeDetail', detail: 'name' } });
  });

  it('asked which detail, "nombre, la fecha" is the date', () => {
    expect(readChangeDetail(ctx, speech('nombre, la fecha'))).toEqual({ kind: 'answer', value: { q: 'changeDetail', detail: 'arrivalDate' } });
    expect(readChangeDetail(ctx, speech('el nombre'))).toEqual({ kind: 'answer', value: { q: 'changeDetail', detail: 'name' } });
  });
});
