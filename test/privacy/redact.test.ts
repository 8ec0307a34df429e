// The one redaction: card numbers of every brand, written every way a caller, a keypad or a
// speech recogniser may write them, are hidden; phone numbers, dates, confirmation numbers and
// identifiers are left alone; bidi controls go.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardPlaceholder, luhnValid, redact, redactDeep } from '../../src/privacy/redact.ts';

/** Brands in use: their leading digits and lengths (ISO/IEC 7812 IIN ranges as issuers publish them). */
const BRANDS: { name: string; prefixes: string[]; lengths: number[] }[] = [
  { name: 'Visa', prefixes: ['4'], lengths: [16, 19] },
  { name: 'Mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2500', '2720'], lengths: [16] },
  { name: 'Amex', prefixes: ['34', '37'], lengths: [15] },
  { name: 'Discover', prefixes: ['6011', '644', '649', '65'], lengths: [16, 19] },
  { name: 'JCB', prefixes: ['3528', '3589'], lengths: [16, 17, 18, 19] },
  { name: 'Diners', prefixes: ['300', '305', '36', '38'], lengths: [14] },
  { name: 'UnionPay', prefixes: ['62'], lengths: [16, 17, 18, 19] },
  { name: 'Maestro', prefixes: ['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6763'], lengths: [13, 14, 15, 16, 17, 18, 19] },
];

function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

const cardNumber = fc
  .constantFrom(...BRANDS)
  .chain((brand) => fc.tuple(fc.constantFrom(...brand.prefixes), fc.constantFrom(...brand.lengths)))
  .chain(([prefix, length]) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length - prefix.length - 1, maxLength: length - prefix.length - 1 }).map((rest) => withCheckDigit(prefix + rest.join(''))),
  );

const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ES = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
/** Ways to write one digit: ASCII, full-width, Arabic-Indic, Devanagari, mathematical bold, words. */
const DIGIT_STYLES: ((d: number) => string)[] = [
  (d) => String(d),
  (d) => String.fromCodePoint(0xff10 + d),
  (d) => String.fromCodePoint(0x0660 + d),
  (d) => String.fromCodePoint(0x0966 + d),
  (d) => String.fromCodePoint(0x1d7ce + d),
  (d) => EN[d]!,
  (d) => (d === 0 ? 'oh' : EN[d]!),
  (d) => ES[d]!,
];
const isWordStyle = (style: number) => style >= 5;
/** What may stand between two digits: nothing, spaces of every kind, punctuation, line breaks, invisible characters. */
const SEPARATORS = ['', ' ', '  ', '\u00a0', '\u202f', '\u2009', '\u3000', '.', '-', '\u2010', '\u2013', '/', '*', '_', ',', ' - ', '. ', '\n', '\r\n', '\t', '\u200b', '\u202e', '\u2066', '#', '+', '·'];
const PREFIXES = ['', 'my card is ', 'mi tarjeta es ', 'card: ', 'the number is\n', 'número de tarjeta '];
const SUFFIXES = ['', ' thanks', ' gracias', '#', ' please', '.'];

const writtenCard = fc.record({
  card: cardNumber,
  style: fc.integer({ min: 0, max: DIGIT_STYLES.length - 1 }),
  mixed: fc.boolean(),
  groups: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 19 }),
  separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 19, maxLength: 19 }),
  perDigitStyles: fc.array(fc.integer({ min: 0, max: DIGIT_STYLES.length - 1 }), { minLength: 19, maxLength: 19 }),
  plus: fc.boolean(),
  prefix: fc.constantFrom(...PREFIXES),
  suffix: fc.constantFrom(...SUFFIXES),
});

/** The card written out: in groups, each digit in one style (or a mix), each gap with its separator. */
function write(w: fc.Arbitrary<unknown> extends never ? never : typeof writtenCard extends fc.Arbitrary<infer T> ? T : never): string {
  const digits = [...w.card].map(Number);
  let out = '';
  let inGroup = 0;
  let group = 0;
  digits.forEach((d, i) => {
    const style = w.mixed ? w.perDigitStyles[i]! : w.style;
    if (i > 0) {
      const prevStyle = w.mixed ? w.perDigitStyles[i - 1]! : w.style;
      const groupSize = w.groups[group % w.groups.length]!;
      let sep = inGroup >= groupSize ? w.separators[i]! : '';
      if (inGroup >= groupSize) {
        group++;
        inGroup = 0;
      }
      // Words need something between them to be words ("four one", not "fourone").
      if ((isWordStyle(style) || isWordStyle(prevStyle)) && sep.replace(/[\u200b\u202e\u2066]/g, '') === '') sep = ' ';
      out += sep;
    }
    out += DIGIT_STYLES[style]!(d);
    inGroup++;
  });
  return out;
}

describe('redact: card numbers', () => {
  it('hides a generated card number of any brand, written in any digits or number words, with any separators', () => {
    fc.assert(
      fc.property(writtenCard, (w) => {
        const text = `${w.prefix}${w.plus ? '+' : ''}${write(w)}${w.suffix}`;
        expect(redact(text)).toBe(`${w.prefix}${w.plus ? '+' : ''}${cardPlaceholder(w.card.slice(-4))}${w.suffix}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('hides the examples the attack found', () => {
    for (const text of [
      '4111*1111*1111*1111',
      '4111.1111.1111.1111',
      '4111/1111/1111/1111',
      '4111  1111  1111  1111',
      '4111\u00a01111\u00a01111\u00a01111',
      '+4111111111111111',
      '４１１１１１１１１１１１１１１１',
      'four one one one one one one one one one one one one one one one',
      'cuatro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno',
    ]) {
      expect(redact(text)).toMatch(/^\+?\[card number hidden, ending 1111\]$/);
    }
  });

  it('reads number words the way people say card numbers', () => {
    expect(redact('four one double one, triple one one, one one one one, one one one one')).toBe(cardPlaceholder('1111'));
    expect(redact('forty-one eleven eleven eleven eleven eleven eleven eleven')).toBe(cardPlaceholder('1111'));
    expect(redact('cuarenta y uno once once once once once once once')).toBe(cardPlaceholder('1111'));
    expect(redact('my card is 4111 1111 1111 1111, expires 12/28, code 123')).toBe(`my card is ${cardPlaceholder('1111')}`);
  });

  it('hides a run longer than a card number, or one with a card number inside, whole', () => {
    expect(redact('4111111111111111 1228 123')).toBe(cardPlaceholder('1111'));
    expect(redact('room 2 4111 1111 1111 1111')).toBe(`room ${cardPlaceholder('1111')}`);
  });

  it('leaves phone numbers, dates, times, confirmation numbers, identifiers and short digit runs alone', () => {
    for (const text of [
      '+12125550123',
      '+1 (212) 555-0123',
      '+44 20 7946 0958',
      '011 44 20 7946 0958',
      '00 52 55 1234 5678',
      '+52 1 55 1234 5678',
      '+5215512345678',
      // Keyed (a keypad has no '+'), and passing Luhn by chance: no card brand issues 13 digits starting 52.
      '5215512345678',
      '52 1 55 1234 5678',
      '044 55 1234 5678',
      '+86 139 1234 5678',
      '+55 11 91234 5678',
      '12/04/2026',
      '2026-11-28T15:00:00.000Z',
      'confirmation 48219375',
      'CA0123456789012345678901234567abcd',
      'SM4111111111111111aaaaaaaaaaaaaaaa',
      'two rooms for three nights from December 4',
      'dos habitaciones, tres noches',
      '4111111111112',
    ]) {
      expect(redact(text)).toBe(text);
    }
  });

  it('never throws, is idempotent, and leaves text with fewer than 13 digits as it was (bidi controls aside)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const once = redact(text);
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 \-./a-z]{0,60}$/), (text) => {
        if ((text.match(/[0-9]/g) ?? []).length < 13 && !/[a-z]/.test(text)) expect(redact(text)).toBe(text);
      }),
    );
  });

  it('redacts inside nested values and keys', () => {
    expect(redactDeep({ a: ['4111111111111111'], b: 3, c: null, '5555 5555 5555 4444': true })).toEqual({
      a: [cardPlaceholder('1111')],
      b: 3,
      c: null,
      [cardPlaceholder('4444')]: true,
    });
  });
});

describe('redact: bidi controls', () => {
  it('strips every bidirectional control character, so staff read what was said in the order it was said', () => {
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
    expect(redact(`Ana ${bidi.join('')}Torres`)).toBe('Ana Torres');
    expect(redact('\u202eseroT anA')).toBe('seroT anA');
    // Other invisible characters and right-to-left text itself stay.
    expect(redact('مرحبا Ana\u200b')).toBe('مرحبا Ana\u200b');
  });
});
