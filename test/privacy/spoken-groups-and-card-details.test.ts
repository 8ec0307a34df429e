// Held out (round 22): a card number said in thousands and hundreds, group by group, in English or
// Spanish ("four thousand one hundred eleven, …", "cuatro mil ciento once, …"), and a card given
// with its expiry and security code in the same message, are hidden whole; prices, rooms, years,
// phone numbers and confirmation numbers said or written the same ways are kept.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid, redact } from '../../src/privacy/redact.ts';

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ES_SMALL = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

function enBelow100(n: number, dash: boolean): string {
  if (n < 20) return EN_SMALL[n]!;
  const unit = n % 10;
  return unit === 0 ? EN_TENS[Math.floor(n / 10)]! : `${EN_TENS[Math.floor(n / 10)]}${dash ? '-' : ' '}${EN_SMALL[unit]}`;
}

/** 1000–9999 in English words: "four thousand one hundred (and) eleven". */
function enGroup(n: number, and: boolean, dash: boolean): string {
  const parts: string[] = [`${EN_SMALL[Math.floor(n / 1000)]} thousand`];
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(`${EN_SMALL[hundreds]} hundred`);
  if (rest > 0) parts.push(`${and && hundreds > 0 ? 'and ' : ''}${enBelow100(rest, dash)}`);
  return parts.join(' ');
}

function esBelow100(n: number): string {
  if (n < 30) return ES_SMALL[n]!;
  const unit = n % 10;
  return unit === 0 ? ES_TENS[Math.floor(n / 10)]! : `${ES_TENS[Math.floor(n / 10)]} y ${ES_SMALL[unit]}`;
}

/** 1000–9999 in Spanish words: "cuatro mil ciento once", "mil doscientos". */
function esGroup(n: number): string {
  const thousands = Math.floor(n / 1000);
  const parts: string[] = [thousands === 1 ? 'mil' : `${ES_SMALL[thousands]} mil`];
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(hundreds === 1 && rest === 0 ? 'cien' : ES_HUNDREDS[hundreds]!);
  if (rest > 0) parts.push(esBelow100(rest));
  return parts.join(' ');
}

function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

/** A 16-digit Visa or Mastercard whose four groups of four do not start with 0 (said as thousands). */
const cardOfGroups = fc
  .tuple(fc.constantFrom('4', '51', '55'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }))
  .map(([prefix, rest]) => withCheckDigit((prefix + rest.join('')).slice(0, 15)))
  .filter((card) => [0, 4, 8, 12].every((at) => card[at] !== '0'));

const groupsOf = (card: string): number[] => [0, 4, 8, 12].map((at) => Number(card.slice(at, at + 4)));

describe('a card number said in thousands and hundreds', () => {
  it('is hidden in English, however the groups are joined', () => {
    fc.assert(
      fc.property(cardOfGroups, fc.boolean(), fc.boolean(), fc.constantFrom(', ', ' ', '... ', ' then '), (card, and, dash, sep) => {
        const said = groupsOf(card).map((g) => enGroup(g, and, dash)).join(sep);
        const out = redact(`my card is ${said}`);
        expect(out).toContain(`ending ${card.slice(-4)}`);
        expect(out).not.toContain('thousand');
      }),
      { numRuns: 200 },
    );
  });

  // Groups said with no pause between them are not all one reading in Spanish ("mil dos mil cuatro":
  // 1002 1004, or 1000 2004?); a pause written (a comma) or a word between them tells them apart.
  it('is hidden in Spanish, however the groups are joined', () => {
    fc.assert(
      fc.property(cardOfGroups, fc.constantFrom(', ', '. ', ' y luego ', ' luego ', ', y '), (card, sep) => {
        const said = groupsOf(card).map(esGroup).join(sep);
        const out = redact(`mi tarjeta es ${said}`);
        expect(out).toContain(`ending ${card.slice(-4)}`);
        expect(out).not.toContain(' mil');
      }),
      { numRuns: 200 },
    );
  });

  it('is hidden when only some groups are said in thousands', () => {
    expect(redact('four thousand one hundred eleven, one one one one, one one one one, one one one one')).toBe('[card number hidden, ending 1111]');
    expect(redact('cuatro mil ciento once, 1111 1111 1111')).toBe('[card number hidden, ending 1111]');
    expect(redact('forty one hundred eleven, eleven eleven, eleven eleven, eleven eleven')).toBe('[card number hidden, ending 1111]');
  });

  it('keeps prices, rooms, years, phone numbers and counts said in hundreds and thousands', () => {
    for (const kept of [
      'is it four hundred dollars a night',
      'two thousand twenty six, december twenty',
      'el veinte de diciembre de dos mil veintiséis',
      'room four hundred twelve, the king is one hundred forty nine dollars',
      'cuesta mil doscientos pesos la noche, quiero dos habitaciones',
      'call me at five five five, one two three, four five six seven',
      'my confirmation is four one one one one one one one',
      'one thousand two hundred pesos for three nights, arriving december twenty',
    ]) {
      expect(redact(kept)).toBe(kept);
    }
  });
});

describe('a card given with its expiry and security code in the same message', () => {
  const CARDS = ['4111 1111 1111 1111', '4111111111111111', '5555-5555-5555-4444', '3782 822463 10005'];
  const DETAILS = [
    (c: string) => `card ${c} exp 12/28 cvv 123`,
    (c: string) => `${c} expires 12/28, security code 123`,
    (c: string) => `${c}, expiry 1228 and the cvc is 123`,
    (c: string) => `tarjeta ${c} vence 12/28 código de seguridad 123`,
    (c: string) => `mi tarjeta: ${c}, fecha de vencimiento 12/2028, cvv 1234`,
    (c: string) => `${c} valid thru 12/28 cvv2: 123`,
    (c: string) => `${c} exp. twelve twenty eight, cvv one two three`,
  ];

  it('hides the card, its expiry and its code', () => {
    for (const card of CARDS) {
      for (const write of DETAILS) {
        const out = redact(write(card));
        expect(out, write(card)).toContain('[card number hidden');
        expect(out, write(card)).not.toMatch(/12\/?(20)?28|1228|twelve|\b123\b|1234/);
      }
    }
  });

  it('hides a security code given by its name, with or without the card', () => {
    for (const said of ['my cvv is 123', 'CVV: 123', 'el código de seguridad es 456', 'security code 4567', 'cvc 123']) {
      expect(redact(said), said).not.toMatch(/\d/);
    }
  });

  it('keeps what a guest writes after the card that is not its details', () => {
    expect(redact('4111 1111 1111 1111 exp 12/28. Call me at 555-123-4567, confirmation 12345678')).toMatch(/555-123-4567, confirmation 12345678$/);
    expect(redact('card 4111111111111111, arriving 12/20/2026 for $149.99')).toMatch(/arriving 12\/20\/2026 for \$149\.99$/);
    expect(redact('the code for the garage is 1234')).toBe('the code for the garage is 1234');
    expect(redact('expires 12/28')).toBe('expires 12/28');
  });
});
