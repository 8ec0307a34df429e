// Round 21: a text holding two phone numbers (or a phone number beside a date, a confirmation
// number or a price) is not a card number, though the digits of the two, read as one run, may
// pass the Luhn check or run past 19 digits. Card numbers written any way are still hidden,
// including one split by a word ("4111 1111 1111 and 1111").

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardPlaceholder, luhnValid, redact } from '../../src/privacy/redact.ts';

function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

describe('redact: numbers a guest writes side by side', () => {
  it('leaves two phone numbers in one text, however they are written and joined', () => {
    for (const text of [
      '555-123-4567, 555-987-6543',
      '555.123.4567 / 555.987.6543',
      '(555) 123-4567 (555) 987-6543',
      '5551234567 5559876543',
      '5551234567\n5559876543',
      'call me at 555 123 4567, or my wife 555 987 6543',
      '55 1234 5678, 55 8765 4321',
      'mi cel 55 1234 5678 y el de mi esposa 55 8765 4321',
      '5512345678 / 3312345678',
      '+1 555 123 4567, +1 555 987 6543',
      '+52 55 1234 5678, +52 55 8765 4321',
      '+1 212 555 0123 and +44 20 7946 0958',
      '1 800 555 0199 or 1 888 555 0142',
      '044 55 1234 5678, 045 33 8765 4321',
      'five five five one two three four five six seven, five five five nine eight seven six five four three',
    ]) {
      expect(redact(text), text).toBe(text);
    }
  });

  it('leaves a phone number beside a date, a time, a confirmation number or a price', () => {
    for (const text of [
      '12/20/2026 555-123-4567',
      '12/20/2026 - 12/23/2026',
      '20/12/2026 al 23/12/2026, 55 1234 5678',
      '2026-12-20 5551234567',
      '48219375 555 123 4567',
      'confirmation 48219375, 5551234567',
      '555 123 4567 3:30',
      '$1,250.00 5551234567',
      '5551234567 $149.99',
      '48219375 / 39281746',
    ]) {
      expect(redact(text), text).toBe(text);
    }
  });

  it('leaves any two valid US or Mexican numbers side by side (generated)', () => {
    const local = fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 999_999 }));
    const phone = local.map(([a, b, c, d]) => `${a}${String(b).padStart(2, '0')}${c}${String(d).padStart(6, '0')}`);
    const styles = [
      (p: string) => `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`,
      (p: string) => `(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`,
      (p: string) => `${p.slice(0, 2)} ${p.slice(2, 6)} ${p.slice(6)}`,
      (p: string) => p,
      (p: string) => `${p.slice(0, 3)}.${p.slice(3, 6)}.${p.slice(6)}`,
    ];
    fc.assert(
      fc.property(phone, phone, fc.integer({ min: 0, max: styles.length - 1 }), fc.constantFrom(', ', ' ', ' / ', '\n', ' y ', ' and ', ' - '), (a, b, s, join) => {
        const text = `${styles[s]!(a)}${join}${styles[s]!(b)}`;
        expect(redact(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('hides a card number split by a word ("and", "y", "then", "luego", "dash", "guion"), and one beside a phone number or a date', () => {
    expect(redact('4111 1111 1111 1111 555 123 4567')).not.toContain('4111');
    expect(redact('555 123 4567 4111 1111 1111 1111')).not.toContain('4111');
    expect(redact('card 4111-1111-1111-1111 exp 12/28')).toBe(`card ${cardPlaceholder('1111')}`);
    expect(redact('4111 1111 1111 1111 12/28 123')).toBe(cardPlaceholder('1111'));
    expect(redact('41111111 11111111')).toBe(cardPlaceholder('1111'));
    expect(redact('4111 1111 1111 and 1111')).toBe(cardPlaceholder('1111'));
    expect(redact('my card is 4111 1111 then 1111 1111 thanks')).toBe(`my card is ${cardPlaceholder('1111')} thanks`);
    expect(redact('5555 5555 5555 y 4444')).toBe(cardPlaceholder('4444'));
    expect(redact('3782 822463 luego 10005')).toBe(cardPlaceholder('0005'));
    expect(redact('4111 dash 1111 dash 1111 dash 1111')).toBe(cardPlaceholder('1111'));
    expect(redact('cuatro uno uno uno guion uno uno uno uno guion uno uno uno uno guion uno uno uno uno')).toBe(cardPlaceholder('1111'));
  });

  it('hides any card number whose digits are written as two numbers side by side (generated)', () => {
    // Brands' leading digits and lengths: Visa 13/16/19, Mastercard 16, Amex 15, Discover 16, UnionPay 16–19, JCB 16, Diners 14.
    const shapes: [string, number][] = [['4', 13], ['4', 16], ['4', 19], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['62', 17], ['62', 19], ['3528', 16], ['36', 14]];
    const body = fc
      .constantFrom(...shapes)
      .chain(([prefix, length]) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length - prefix.length - 1, maxLength: length - prefix.length - 1 }).map((rest) => prefix + rest.join('')));
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 12 }), fc.constantFrom(', ', ' ', ' / ', '\n', '-', ' - '), (digits, cut, sep) => {
        const card = withCheckDigit(digits);
        const at = Math.min(cut + 2, card.length - 1);
        const text = `${card.slice(0, at)}${sep}${card.slice(at)}`;
        expect(redact(text)).toBe(cardPlaceholder(card.slice(-4)));
      }),
      { numRuns: 2000 },
    );
  });
});
