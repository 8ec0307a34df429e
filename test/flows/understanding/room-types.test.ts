import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { RoomTypeInfo } from '../../../flows/types.ts';
import { roomTypeFromDigits, roomTypeFromSpeech, roomTypesNamed } from '../../../flows/understanding/room-types.ts';

const anyText = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);

/** In offer order: highest rate first. */
const ROOM_TYPES: RoomTypeInfo[] = [
  {
    code: 'STE', name: { en: 'Ocean Suite', es: 'Suite Vista al Mar' }, rate: 420, rooms: 2,
    synonyms: { en: ['suite', 'ocean view'], es: ['suite', 'vista al mar'] },
  },
  {
    code: 'DLX', name: { en: 'Deluxe King', es: 'Deluxe King' }, rate: 240, rooms: 3,
    synonyms: { en: ['deluxe', 'king'], es: ['deluxe', 'de lujo', 'cama king'] },
  },
  {
    code: 'STD', name: { en: 'Standard Double', es: 'Estándar Doble' }, rate: 150, rooms: 10,
    synonyms: { en: ['standard', 'double', 'two beds'], es: ['estandar', 'doble', 'dos camas', 'sencilla'] },
  },
  {
    code: 'JRK', name: { en: 'Junior King', es: 'Junior King' }, rate: 140, rooms: 4,
    synonyms: { en: ['junior', 'king'], es: ['junior'] },
  },
];
const CODES = ROOM_TYPES.map((t) => t.code);

describe('roomTypeFromDigits', () => {
  it('maps 1..n to the offer order', () => {
    expect(roomTypeFromDigits('1', ROOM_TYPES)).toBe('STE');
    expect(roomTypeFromDigits('2', ROOM_TYPES)).toBe('DLX');
    expect(roomTypeFromDigits('4#', ROOM_TYPES)).toBe('JRK');
  });

  it('refuses out of range or malformed keys', () => {
    for (const bad of ['0', '5', '', '#', '*', '1*', 'a', '-1', '10']) {
      expect(roomTypeFromDigits(bad, ROOM_TYPES), bad).toBeNull();
    }
    expect(roomTypeFromDigits('1', [])).toBeNull();
  });
});

describe('roomTypeFromSpeech', () => {
  const en = (t: string) => roomTypeFromSpeech(t, 'en-US', ROOM_TYPES);
  const es = (t: string) => roomTypeFromSpeech(t, 'es-MX', ROOM_TYPES);

  it('matches names in both languages, accents and case ignored', () => {
    expect(en('Ocean Suite')).toBe('STE');
    expect(en('the deluxe king please')).toBe('DLX');
    expect(en('STANDARD DOUBLE')).toBe('STD');
    expect(es('suite vista al mar')).toBe('STE');
    expect(es('la estándar doble')).toBe('STD');
    expect(es('ESTANDAR DOBLE')).toBe('STD');
    expect(en('Estándar doble')).toBe('STD');
  });

  it('matches synonyms of the locale, then of the other language', () => {
    expect(en('deluxe')).toBe('DLX');
    expect(en('two beds')).toBe('STD');
    expect(es('de lujo')).toBe('DLX');
    expect(es('dos camas')).toBe('STD');
    expect(en('de lujo')).toBe('DLX');
    expect(es('two beds')).toBe('STD');
    expect(es('la sencilla')).toBe('STD');
  });

  it('lets the longest phrase win', () => {
    // "king" is a synonym of DLX and JRK, but "deluxe king" / "junior king" are longer.
    expect(en('deluxe king')).toBe('DLX');
    expect(en('junior king')).toBe('JRK');
    expect(es('cama king')).toBe('DLX');
    // the other language's synonym is longer than the shared "king"
    expect(en('cama king')).toBe('DLX');
  });

  it('gives null on a tie or when two types are named', () => {
    expect(en('king')).toBeNull();
    expect(en('a king room')).toBeNull();
    expect(en('deluxe or standard')).toBeNull();
  });

  it('matches whole words only, and their plurals ("two doubles", "dos sencillas")', () => {
    expect(en('kingdom')).toBeNull();
    expect(en('standardized')).toBeNull();
    expect(en('suites')).toBe('STE');
    expect(en('two doubles')).toBe('STD');
    expect(es('dos sencillas')).toBe('STD');
  });

  it('does not read numbers (the offer menu reads them as counts)', () => {
    expect(en('two')).toBeNull();
    expect(en('option 3')).toBeNull();
    expect(es('la dos')).toBeNull();
    expect(en('two rooms')).toBeNull();
  });

  it('gives null for nothing', () => {
    expect(en('')).toBeNull();
    expect(en('whatever is cheapest')).toBeNull();
    expect(en('🙂')).toBeNull();
    expect(roomTypeFromSpeech('deluxe', 'en-US', [])).toBeNull();
  });
});

describe('a type said not to be, or taken back', () => {
  const en = (t: string) => roomTypeFromSpeech(t, 'en-US', ROOM_TYPES);
  const es = (t: string) => roomTypeFromSpeech(t, 'es-MX', ROOM_TYPES);

  it('a type said not to be is not chosen', () => {
    // Was: the very type ruled out.
    for (const t of ['not the suite', 'anything but the suite', "I don't want a deluxe", 'no suite, too expensive', 'no ocean view needed']) expect(en(t), t).toBeNull();
    for (const t of ['no quiero la suite', 'cualquiera menos la suite']) expect(es(t), t).toBeNull();
    expect(en('the double, not the suite')).toBe('STD');
    expect(es('no la suite, la doble')).toBe('STD');
    expect(roomTypesNamed('not the suite, two doubles', 'en-US', ROOM_TYPES)).toEqual([{ code: 'STD', count: 2, byArticle: false, definite: false }]);
  });

  it('"a single night" is a length, not a single room', () => {
    // Was: the type whose synonym is "single"/"sencilla".
    expect(es('una sencilla noche')).toBeNull();
    expect(es('una sencilla')).toBe('STD');
    expect(en('a standard night')).toBeNull();
    expect(en('a standard room')).toBe('STD');
  });

  it('a Spanish word of the other gender names the same type ("sencillo" for "sencilla")', () => {
    // Was: "uno doble y uno sencillo" read two doubles (the "sencillo" unread).
    expect(es('un cuarto sencillo')).toBe('STD');
    expect(roomTypesNamed('uno de lujo y uno sencillo', 'es-MX', ROOM_TYPES).map((t) => t.code)).toEqual(['DLX', 'STD']);
  });

  it('a type taken back gives way to the next; a bare "no" between two leaves it open', () => {
    expect(en('a deluxe, actually the suite')).toBe('STE');
    expect(es('la doble, no, mejor la de lujo')).toBe('DLX');
    expect(en('the deluxe, no, the suite')).toBeNull();
  });
});

describe('room types property', () => {
  it('never throws and returns null or a known code', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en-US', 'es-MX'), (s, locale) => {
        const spoken = roomTypeFromSpeech(s, locale as 'en-US', ROOM_TYPES);
        expect(spoken === null || CODES.includes(spoken)).toBe(true);
        const keyed = roomTypeFromDigits(s, ROOM_TYPES);
        expect(keyed === null || CODES.includes(keyed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every name and synonym that belongs to one type only', () => {
    for (const type of ROOM_TYPES) {
      for (const phrase of [type.name.en, type.name.es, ...type.synonyms.en, ...type.synonyms.es]) {
        if (phrase === 'king') continue; // shared between DLX and JRK
        expect(roomTypeFromSpeech(`I'd like the ${phrase}, please`, 'en-US', ROOM_TYPES), phrase).toBe(type.code);
        expect(roomTypeFromSpeech(`Quiero la ${phrase}, por favor`, 'es-MX', ROOM_TYPES), phrase).toBe(type.code);
      }
    }
  });
});

describe('roomTypesNamed', () => {
  // Which type and which count; whether the count was an article is checked through the whole request.
  const named = (t: string, locale: 'en-US' | 'es-MX' = 'en-US') => roomTypesNamed(t, locale, ROOM_TYPES).map(({ code, count }) => ({ code, count }));

  it('finds each type named, with the count said before it', () => {
    expect(named('two doubles for friday')).toEqual([{ code: 'STD', count: 2 }]);
    expect(named('a deluxe king please')).toEqual([{ code: 'DLX', count: 1 }]);
    expect(named('dos suites', 'es-MX')).toEqual([{ code: 'STE', count: 2 }]);
    // "The" names one room of a singular type (whole-request.ts takes it only when the words describe a stay).
    expect(named('the ocean suite')).toEqual([{ code: 'STE', count: 1 }]);
    expect(named('the ocean suites')).toEqual([{ code: 'STE', count: null }]);
  });

  it('tells two types apart, and a word two types share', () => {
    expect(named('one suite and one double')).toEqual([{ code: 'STE', count: 1 }, { code: 'STD', count: 1 }]);
    expect(named('a king')).toEqual([{ code: null, count: 1 }]);
    expect(named('nothing here')).toEqual([]);
  });
});

describe('held-out round 12', () => {
  it('reads room words as texted short: "std", "dlx", "dbl"', () => {
    // Was: nothing.
    expect(roomTypeFromSpeech('std', 'en-US', ROOM_TYPES)).toBe('STD');
    expect(roomTypeFromSpeech('dlx pls', 'en-US', ROOM_TYPES)).toBe('DLX');
    expect(roomTypeFromSpeech('1 dbl', 'en-US', ROOM_TYPES)).toBe('STD');
    expect(roomTypeFromSpeech('std', 'es-MX', ROOM_TYPES)).toBe('STD');
  });
});
