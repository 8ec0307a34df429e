import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { HotelFileError, parseHotelFile, readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import type { HotelFile } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';

// SPEC §3's example, verbatim.
const SPEC_EXAMPLE = {
  name: 'Hotel Miramar',
  timezone: 'America/New_York',
  currency: 'USD',
  frontDesk: '+15557654321',
  holdUntil: '18:00',
  maxRoomsPerBooking: 5,
  maxNights: 30,
  bookingHorizonDays: 365,
  roomTypes: [
    {
      code: 'DLX',
      name: { en: 'Deluxe King', es: 'Deluxe King' },
      rate: 240,
      rooms: 3,
      synonyms: { en: ['deluxe', 'king'], es: ['deluxe', 'de lujo'] },
    },
  ],
};

type Json = Record<string, unknown>;

/** A fresh copy of SPEC's example with `change` applied to it. */
function example(change: (file: Json & { roomTypes: Json[] }) => void = () => {}): unknown {
  const file = structuredClone(SPEC_EXAMPLE) as unknown as Json & { roomTypes: Json[] };
  change(file);
  return file;
}

function roomType(code: string, rate: number): Json {
  return {
    code,
    name: { en: code, es: code },
    rate,
    rooms: 1,
    synonyms: { en: [code.toLowerCase()], es: [] },
  };
}

/** One valid `answers` topic. */
function answer(word: string): { en: string; es: string; words: { en: string[]; es: string[] } } {
  return { en: 'Yes.', es: 'Sí.', words: { en: [word], es: [] } };
}

function refusal(data: unknown): HotelFileError {
  try {
    parseHotelFile(data);
  } catch (err) {
    expect(err).toBeInstanceOf(HotelFileError);
    return err as HotelFileError;
  }
  throw new Error('the hotel file was accepted');
}

const dir = mkdtempSync(join(tmpdir(), 'conserje-hotel-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('valid hotel files', () => {
  it('accepts the demo hotel shipped in the repo', () => {
    const demo = readHotelFile(DEMO_HOTEL_PATH);
    expect(demo.name).toBe('Hotel Miramar');
    expect(demo.timezone).toBe('America/New_York');
    expect(demo.frontDesk).toBe('+15557654321');
    expect(demo.roomTypes).toHaveLength(4);
    expect(demo.frontDeskHours).toBeUndefined(); // the demo's desk is open around the clock
  });

  it('accepts SPEC §3 example as written', () => {
    const file = parseHotelFile(SPEC_EXAMPLE);
    expect(file).toEqual(SPEC_EXAMPLE);
  });

  it('applies the default booking horizon of 365 days', () => {
    const file = parseHotelFile(example((f) => delete f.bookingHorizonDays));
    expect(file.bookingHorizonDays).toBe(365);
  });

  it('accepts the optional keys later features use', () => {
    const file = parseHotelFile(
      example((f) => {
        f.holdUntilByPayment = { credit_card: '23:59', cash: '16:00' };
        f.groupDesk = '+12125551234';
        f.frontDeskHours = { mon: [{ from: '07:00', to: '23:00' }], sun: [] };
        f.staffLocale = 'es-MX';
        f.callbackHoldMinutes = 60;
      }),
    );
    expect(toHotelInfo(file).callbackHoldMinutes).toBe(60);
    expect(file.holdUntilByPayment).toEqual({ credit_card: '23:59', cash: '16:00' });
    expect(file.groupDesk).toBe('+12125551234');
    expect(file.frontDeskHours?.mon).toEqual([{ from: '07:00', to: '23:00' }]);
    expect(file.staffLocale).toBe('es-MX');
  });

  it('accepts real phone numbers of other countries', () => {
    expect(parseHotelFile(example((f) => (f.frontDesk = '+525512345678'))).frontDesk).toBe('+525512345678');
    expect(parseHotelFile(example((f) => (f.frontDesk = '+34911234567'))).frontDesk).toBe('+34911234567');
  });

  it('gives the demo hotel speech synonyms that name one room type each, in both languages', () => {
    const demo = readHotelFile(DEMO_HOTEL_PATH);
    for (const lang of ['en', 'es'] as const) {
      const owner = new Map<string, string>();
      for (const type of demo.roomTypes) {
        expect(type.synonyms[lang].length).toBeGreaterThan(0);
        for (const word of [...type.synonyms[lang], type.name[lang].toLowerCase()]) {
          const key = word.toLowerCase();
          if (owner.has(key)) expect(owner.get(key), `"${key}" (${lang})`).toBe(type.code);
          owner.set(key, type.code);
        }
      }
    }
    const rates = demo.roomTypes.map((type) => type.rate);
    expect(new Set(rates).size).toBe(rates.length);
  });
});

describe('refused hotel files name the field and what is wrong', () => {
  it.each([
    ['a missing key', example((f) => delete f.holdUntil), 'holdUntil', 'is required'],
    ['a missing room type key', example((f) => delete f.roomTypes[0]!.rooms), 'roomTypes[0].rooms', 'is required'],
    ['an unknown top-level key', example((f) => (f.maxNight = 30)), 'maxNight', 'unknown key'],
    ['an unknown key in a room type', example((f) => (f.roomTypes[0]!.colour = 'blue')), 'roomTypes[0].colour', 'unknown key'],
    ['an unknown key in a room name', example((f) => ((f.roomTypes[0]!.name as Json).fr = 'Luxe')), 'roomTypes[0].name.fr', 'unknown key'],
    ['an empty name', example((f) => (f.name = '  ')), 'name', 'must be a non-empty string'],
    ['a time zone that does not exist', example((f) => (f.timezone = 'Mars/Olympus_Mons')), 'timezone', 'IANA time zone'],
    ['a currency that does not exist', example((f) => (f.currency = 'XYZ')), 'currency', 'ISO 4217'],
    ['a currency that is not a code', example((f) => (f.currency = 'dollars')), 'currency', 'ISO 4217'],
    ['holdUntil past 23:59', example((f) => (f.holdUntil = '24:00')), 'holdUntil', '"HH:mm"'],
    ['holdUntil without a leading zero', example((f) => (f.holdUntil = '6:00')), 'holdUntil', '"HH:mm"'],
    ['a negative rate', example((f) => (f.roomTypes[0]!.rate = -10)), 'roomTypes[0].rate', 'must be a number greater than 0'],
    ['a zero rate', example((f) => (f.roomTypes[0]!.rate = 0)), 'roomTypes[0].rate', 'must be a number greater than 0'],
    ['a rate given as text', example((f) => (f.roomTypes[0]!.rate = '240')), 'roomTypes[0].rate', 'must be a number greater than 0'],
    ['a fractional room count', example((f) => (f.roomTypes[0]!.rooms = 2.5)), 'roomTypes[0].rooms', 'whole number from 0 to 10000'],
    ['a lower-case code', example((f) => (f.roomTypes[0]!.code = 'dlx')), 'roomTypes[0].code', 'A-Z, 0-9 or _'],
    ['zero maxNights', example((f) => (f.maxNights = 0)), 'maxNights', 'whole number from 1 to 99'],
    ['100 rooms per booking', example((f) => (f.maxRoomsPerBooking = 100)), 'maxRoomsPerBooking', 'whole number from 1 to 99'],
    ['a horizon over three years', example((f) => (f.bookingHorizonDays = 1096)), 'bookingHorizonDays', '1 to 1095'],
    ['zero room types', example((f) => (f.roomTypes = [])), 'roomTypes', '1 to 9 room types'],
    ['ten room types', example((f) => (f.roomTypes = Array.from({ length: 10 }, (_, i) => roomType(`T${i}`, 100 + i)))), 'roomTypes', '1 to 9 room types'],
    ['a phone number not in E.164 form', example((f) => (f.frontDesk = '555-765-4321')), 'frontDesk', 'E.164'],
    ['a phone number too short for its country', example((f) => (f.frontDesk = '+1555765432')), 'frontDesk', 'not a valid phone number'],
    ['a bad group desk number', example((f) => (f.groupDesk = '+44')), 'groupDesk', 'E.164'],
    ['a synonym that is not text', example((f) => ((f.roomTypes[0]!.synonyms as Json).en = ['king', 3])), 'roomTypes[0].synonyms.en[1]', 'non-empty string'],
    ['a desk-hours day that does not exist', example((f) => (f.frontDeskHours = { monday: [] })), 'frontDeskHours.monday', 'unknown key'],
    ['a desk-hours time out of range', example((f) => (f.frontDeskHours = { mon: [{ from: '08:00', to: '25:00' }] })), 'frontDeskHours.mon[0].to', '"HH:mm"'],
    ['a hold time for an unknown payment method', example((f) => (f.holdUntilByPayment = { cheque: '12:00' })), 'holdUntilByPayment.cheque', 'unknown key'],
    ['an unknown staff locale', example((f) => (f.staffLocale = 'fr-FR')), 'staffLocale', '"en-US" or "es-MX"'],
    ['a callback hold of no time', example((f) => (f.callbackHoldMinutes = 0)), 'callbackHoldMinutes', ''],
    ['a callback hold of days', example((f) => (f.callbackHoldMinutes = 5000)), 'callbackHoldMinutes', ''],
  ])('refuses %s', (_what, data, field, problem) => {
    const err = refusal(data);
    expect(err.field).toBe(field);
    expect(err.message).toContain(`hotel file: ${field}: `);
    expect(err.message).toContain(problem);
  });

  it('says exactly what is wrong, in the documented form', () => {
    const data = example((f) => {
      f.roomTypes.push(roomType('STD', -1));
      f.roomTypes[0]!.colour = 'blue';
    });
    const err = refusal(data);
    expect(err.message.split('\n')).toEqual([
      'hotel file: roomTypes[0].colour: unknown key; expected "code", "name", "rate", "rooms", "synonyms"',
      'hotel file: roomTypes[1].rate: must be a number greater than 0',
    ]);
    expect(err.issues).toEqual([
      { field: 'roomTypes[0].colour', problem: 'unknown key; expected "code", "name", "rate", "rooms", "synonyms"' },
      { field: 'roomTypes[1].rate', problem: 'must be a number greater than 0' },
    ]);
    expect(err.field).toBe('roomTypes[0].colour');
  });

  // A hotel's IT person writes the file by hand: the message says what was probably meant.
  it.each([
    ['a key spelt in another case', example((f) => (f.timeZone = f.timezone, delete f.timezone)), 'timeZone', 'unknown key; did you mean "timezone"?'],
    ['a key a letter short', example((f) => ((f.maxNight = f.maxNights), delete f.maxNights)), 'maxNight', 'unknown key; did you mean "maxNights"?'],
    ['a key given twice in two spellings', example((f) => (f.frontdesk = '+15557654321')), 'frontdesk', 'unknown key; a second "frontDesk"? (that key is given too)'],
    ['a misspelt answer topic', example((f) => (f.answers = { parkin: answer('parking') })), 'answers.parkin', 'unknown key; did you mean "parking"?'],
    ['a misspelt key inside an answer', example((f) => (f.answers = { pets: { en: 'No pets.', es: 'Sin mascotas.', word: { en: ['pets'], es: [] } } })), 'answers.pets.word', 'unknown key; did you mean "words"?'],
    ['an unknown key among few', example((f) => (f.roomTypes[0]!.colour = 'blue')), 'roomTypes[0].colour', 'unknown key; expected "code", "name", "rate", "rooms", "synonyms"'],
    ['an unknown key among many', example((f) => (f.wifi = 'free')), 'wifi', 'unknown key: remove it, or see the keys in docs/hotel-file.md'],
    ['a rate in quotes', example((f) => (f.roomTypes[0]!.rate = '1200')), 'roomTypes[0].rate', 'must be a number greater than 0; "1200" is text: write the number without quotes or thousands separators (1200)'],
    ['a rate with a thousands separator', example((f) => (f.roomTypes[0]!.rate = '2,500.50')), 'roomTypes[0].rate', '(2500.5)'],
    ['a count in quotes', example((f) => (f.maxNights = '14')), 'maxNights', '"14" is text'],
    ['true in quotes', example((f) => (f.verifiedCallerIdOpensReservations = 'true')), 'verifiedCallerIdOpensReservations', 'write true without quotes'],
    ['one word where a list is expected', example((f) => ((f.roomTypes[0]!.synonyms as Json).en = 'king')), 'roomTypes[0].synonyms.en', 'write a list, even of one: ["king"]'],
    ['a time zone with a space for its underscore', example((f) => (f.timezone = 'America/Mexico City')), 'timezone', 'did you mean "America/Mexico_City"?'],
    ['a time zone in lower case with a space', example((f) => (f.timezone = 'america/mexico city')), 'timezone', 'did you mean "America/Mexico_City"?'],
    ['a city for a time zone', example((f) => (f.timezone = 'Chicago')), 'timezone', 'did you mean "America/Chicago"?'],
    ['a time in 12-hour form', example((f) => (f.holdUntil = '6pm')), 'holdUntil', 'did you mean "18:00"?'],
    ['a time without its leading zero', example((f) => (f.holdUntil = '6:30')), 'holdUntil', 'did you mean "06:30"?'],
    ['a phone number written with spaces', example((f) => (f.frontDesk = '+52 55 1234 5678')), 'frontDesk', 'write it without spaces or dashes: "+525512345678"'],
    ['a phone number without its country code', example((f) => (f.frontDesk = '55 1234 5678')), 'frontDesk', 'it needs "+" and the country calling code first'],
  ])('says what was probably meant by %s', (_what, data, field, problem) => {
    const err = refusal(data);
    expect(err.issues.find((issue) => issue.field === field)?.problem).toContain(problem);
  });

  it('guesses nothing for a word far from every key or zone', () => {
    const err = refusal(example((f) => ((f.timezone = 'Mars/Olympus_Mons'), (f.maxNights = 'many'))));
    expect(err.issues).toEqual([
      { field: 'timezone', problem: 'must be an IANA time zone, e.g. "America/New_York"' },
      { field: 'maxNights', problem: 'must be a whole number from 1 to 99' },
    ]);
  });

  it('refuses duplicate room type codes, naming the second one', () => {
    const err = refusal(example((f) => f.roomTypes.push(roomType('DLX', 100))));
    expect(err.field).toBe('roomTypes[1].code');
    expect(err.message).toBe('hotel file: roomTypes[1].code: duplicate code "DLX" (roomTypes[0] has it too): give each room type its own code');
  });

  it('names a duplicate code and the other bad fields at once, not one per try', () => {
    const err = refusal(
      example((f) => {
        f.roomTypes.push(roomType('DLX', 100));
        f.roomTypes[0]!.rate = '1,200';
        delete f.maxNights;
      }),
    );
    expect(err.issues.map((issue) => issue.field)).toEqual(['maxNights', 'roomTypes[0].rate', 'roomTypes[1].code']);
    expect(err.issues[2]!.problem).toBe('duplicate code "DLX" (roomTypes[0] has it too): give each room type its own code');
  });

  it('says what to write for a missing key, in the words of its own check', () => {
    expect(refusal(example((f) => delete f.maxNights)).message).toBe('hotel file: maxNights: is required: add it; it must be a whole number from 1 to 99');
    expect(refusal(example((f) => delete f.roomTypes[0]!.rate)).message).toBe(
      'hotel file: roomTypes[0].rate: is required: add it; it must be a number greater than 0',
    );
  });

  it('refuses something that is not an object at all', () => {
    for (const data of [null, [], 'hotel', 42, undefined]) {
      const err = refusal(data);
      expect(err.field).toBe('');
      expect(err.message).toBe('hotel file: must be a JSON object');
    }
  });
});

describe('reading a hotel file', () => {
  it('reads and validates a file', () => {
    const path = fileWith('good.json', JSON.stringify(SPEC_EXAMPLE, null, 2));
    expect(readHotelFile(path).name).toBe('Hotel Miramar');
  });

  it('accepts a file that starts with a byte-order mark', () => {
    const path = fileWith('bom.json', `\uFEFF${JSON.stringify(SPEC_EXAMPLE)}`);
    expect(readHotelFile(path).name).toBe('Hotel Miramar');
  });

  it('names the file and the position of a JSON syntax error', () => {
    const path = fileWith('syntax.json', '{\n  "name": "Hotel Miramar",\n  "timezone": }\n');
    expect(() => readHotelFile(path)).toThrow(HotelFileError);
    expect(() => readHotelFile(path)).toThrow(`hotel file ${path}: invalid JSON at line 3, column 15`);
  });

  it('names the file when the JSON ends too early', () => {
    const path = fileWith('truncated.json', '{"name": "Hotel Miramar"');
    expect(() => readHotelFile(path)).toThrow(`hotel file ${path}: invalid JSON at line 1, column 25 (position 24): unexpected end of file`);
  });

  it('names the path of a missing file', () => {
    const path = join(dir, 'no-such-hotel.json');
    expect(() => readHotelFile(path)).toThrow(HotelFileError);
    expect(() => readHotelFile(path)).toThrow(`hotel file ${path}: file not found`);
  });

  it('names the file and the field of a valid JSON file with a bad field', () => {
    const path = fileWith('bad-rate.json', JSON.stringify(example((f) => (f.roomTypes[0]!.rate = -1))));
    let caught: unknown;
    try {
      readHotelFile(path);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(HotelFileError);
    expect((caught as HotelFileError).field).toBe('roomTypes[0].rate');
    expect((caught as HotelFileError).message).toBe(`hotel file ${path}: roomTypes[0].rate: must be a number greater than 0`);
  });
});

describe('toHotelInfo', () => {
  it('offers the demo hotel room types highest rate first', () => {
    const info = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
    expect(info.roomTypes.map((type) => type.rate)).toEqual([420, 240, 180, 130]);
    expect(info.roomTypes.map((type) => type.name.es)).toEqual([
      'Suite con vista al mar',
      'Deluxe King',
      'Dos camas Queen',
      'Estándar',
    ]);
  });

  it('keeps file order between room types of the same rate', () => {
    const file = parseHotelFile(
      example((f) => (f.roomTypes = [roomType('A', 100), roomType('B', 200), roomType('C', 100), roomType('D', 200)])),
    );
    expect(toHotelInfo(file).roomTypes.map((type) => type.code)).toEqual(['B', 'D', 'A', 'C']);
  });

  it('orders any set of room types by rate, highest first, stably', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }), (rates) => {
        const file = parseHotelFile(example((f) => (f.roomTypes = rates.map((rate, i) => roomType(`T${i}`, rate)))));
        const offered = toHotelInfo(file).roomTypes;
        const expected = rates
          .map((rate, i) => ({ rate, code: `T${i}` }))
          .sort((a, b) => b.rate - a.rate || Number(a.code.slice(1)) - Number(b.code.slice(1)));
        expect(offered.map((type) => type.code)).toEqual(expected.map((type) => type.code));
      }),
    );
  });

  it('derives the country from the front desk number', () => {
    const country = (frontDesk: string) => toHotelInfo(parseHotelFile(example((f) => (f.frontDesk = frontDesk)))).country;
    expect(country('+12125551234')).toBe('US');
    expect(country('+525512345678')).toBe('MX');
    expect(country('+34911234567')).toBe('ES');
    expect(country('+15557654321')).toBe('US'); // fictional 555: libphonenumber cannot place it
  });

  it('copies the hotel facts and the optional group desk and hold times', () => {
    const file: HotelFile = parseHotelFile(
      example((f) => {
        f.groupDesk = '+12125551234';
        f.holdUntilByPayment = { cash: '16:00' };
      }),
    );
    expect(toHotelInfo(file)).toEqual({
      name: 'Hotel Miramar',
      timezone: 'America/New_York',
      currency: 'USD',
      country: 'US',
      frontDesk: '+15557654321',
      holdUntil: '18:00',
      holdUntilByPayment: { cash: '16:00' },
      maxRoomsPerBooking: 5,
      maxNights: 30,
      bookingHorizonDays: 365,
      groupDesk: '+12125551234',
      roomTypes: SPEC_EXAMPLE.roomTypes,
    });
    const plain = toHotelInfo(parseHotelFile(SPEC_EXAMPLE));
    expect('groupDesk' in plain).toBe(false);
    expect('holdUntilByPayment' in plain).toBe(false);
  });

  it('does not share arrays with the file it was built from', () => {
    const file = parseHotelFile(SPEC_EXAMPLE);
    toHotelInfo(file).roomTypes[0]!.synonyms.en.push('changed');
    expect(file.roomTypes[0]!.synonyms.en).toEqual(['deluxe', 'king']);
  });
});
