import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  callerCountry,
  exampleNumber,
  lastFourDigits,
  nationalGroups,
  phoneCountry,
  phoneFromCallerId,
  phoneFromDigits,
  phoneFromSpeech,
} from '../../../flows/understanding/phone.ts';

const anyText = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);
const E164 = /^\+[1-9][0-9]{6,14}$/;

describe('phoneFromDigits', () => {
  it('reads a national number of the hotel country', () => {
    expect(phoneFromDigits('2125551234', 'US')).toBe('+12125551234');
    expect(phoneFromDigits('6175550199#', 'US')).toBe('+16175550199');
    expect(phoneFromDigits('5512345678', 'MX')).toBe('+525512345678');
  });

  it('accepts a leading country code', () => {
    expect(phoneFromDigits('12125551234', 'US')).toBe('+12125551234');
    expect(phoneFromDigits('525512345678', 'MX')).toBe('+525512345678');
    expect(phoneFromDigits('525512345678', 'US')).toBe('+525512345678');
    expect(phoneFromDigits('442071838750', 'US')).toBe('+442071838750');
  });

  it('refuses invalid numbers', () => {
    // 555 is not a US area code; 555-01xx numbers are fictional.
    for (const bad of ['5551234567', '15551234567', '212555123', '0000000000', '', '#', '*2125551234', '2125551234*', '212-555-1234', '12', '1'.repeat(30)]) {
      expect(phoneFromDigits(bad, 'US'), bad).toBeNull();
    }
  });

  it('does not read an invalid national number as another country\'s', () => {
    // 390 is not a US area code; +39 02 000000 would be a valid Italian number.
    expect(phoneFromDigits('3902000000', 'US')).toBeNull();
    expect(phoneFromSpeech('three nine oh two oh oh oh oh oh oh', 'en-US', 'US')).toBeNull();
    expect(phoneFromSpeech('plus three nine oh two oh oh oh oh oh oh', 'en-US', 'US')).toBe('+3902000000');
  });

  it('copes with an unknown country', () => {
    expect(phoneFromDigits('2125551234', 'XX')).toBeNull();
    expect(phoneFromDigits('2125551234', '')).toBeNull();
    expect(phoneFromDigits('12125551234', 'XX')).toBe('+12125551234');
    expect(phoneFromDigits('2125551234', 'us')).toBe('+12125551234');
  });
});

describe('callers from any country', () => {
  it('accepts a caller ID in any valid E.164 form, Mexico\'s retired +52 1 mobiles included', () => {
    expect(phoneFromCallerId('+5215512345678')).toBe('+525512345678');
    expect(phoneFromCallerId('+52 1 55 1234 5678')).toBe('+525512345678');
    expect(phoneFromCallerId('+525512345678')).toBe('+525512345678');
    expect(phoneFromCallerId('+5213312345678')).toBe('+523312345678');
    expect(phoneFromCallerId('+12125550123')).toBe('+12125550123');
    expect(phoneFromCallerId('+442071838750')).toBe('+442071838750');
    expect(phoneFromCallerId('+5491123456789')).toBe('+5491123456789');
    // Withheld, Twilio's anonymous placeholder, or not a number at all.
    for (const none of ['', 'anonymous', 'Restricted', '+266696687', '2125550123', '+1', '+5551234567']) {
      expect(phoneFromCallerId(none), none).toBeNull();
    }
  });

  it('reads a number in the caller\'s country: the caller ID\'s, else FromCountry, else the hotel\'s', () => {
    expect(callerCountry('+5215512345678', 'MX', 'US')).toBe('MX');
    expect(callerCountry('+5215512345678', '', 'US')).toBe('MX');
    expect(callerCountry('+34612345678', 'ES', 'MX')).toBe('ES');
    expect(callerCountry('anonymous', 'MX', 'US')).toBe('MX');
    expect(callerCountry('anonymous', '', 'US')).toBe('US');
    expect(callerCountry('', 'zz', 'MX')).toBe('MX');
  });

  it('never guesses a Mexican caller\'s keyed number into another country', () => {
    // The case: 5512345678# from Mexico was stored as +15512345678, a stranger in New Jersey.
    expect(phoneFromDigits('5512345678#', 'MX')).toBe('+525512345678');
    // The old mobile and long-distance prefixes people still key.
    for (const keyed of ['15512345678', '0445512345678', '0455512345678', '015512345678', '525512345678', '5215512345678', '00525512345678']) {
      expect(phoneFromDigits(keyed, 'MX'), keyed).toBe('+525512345678');
    }
    // Digits that are no Mexican number are asked again, not read as some other country's.
    expect(phoneFromDigits('1234567890', 'MX')).toBeNull();
    expect(phoneFromDigits('0123456789', 'MX')).toBeNull();
    // With Mexico's international prefix it is a US number.
    expect(phoneFromDigits('0012125551234', 'MX')).toBe('+12125551234');
    // The same ten digits from a US caller are a US number.
    expect(phoneFromDigits('5512345678', 'US')).toBe('+15512345678');
    expect(phoneFromSpeech('cinco cinco uno dos tres cuatro cinco seis siete ocho', 'es-MX', 'MX')).toBe('+525512345678');
    expect(phoneFromSpeech('uno cinco cinco uno dos tres cuatro cinco seis siete ocho', 'es-MX', 'MX')).toBe('+525512345678');
  });

  it('names a number\'s country and groups its digits the way the country writes them', () => {
    expect(phoneCountry('+525512345678')).toBe('MX');
    expect(phoneCountry('+15557654321')).toBe('US');
    expect(phoneCountry('+442071838750')).toBe('GB');
    expect(nationalGroups('+525512345678')).toEqual(['55', '1234', '5678']);
    expect(nationalGroups('+12125550123')).toEqual(['212', '555', '0123']);
    expect(nationalGroups('+442071838750')).toEqual(['20', '7183', '8750']);
  });

  it('gives an example number of the caller\'s country, valid there', () => {
    for (const country of ['US', 'MX', 'ES', 'CO', 'GB']) {
      const example = exampleNumber(country);
      expect(example, country).not.toBeNull();
      expect(phoneCountry(example!)).toBe(country);
      expect(phoneFromDigits(nationalGroups(example!).join(''), country)).toBe(example);
    }
    expect(exampleNumber('XX')).toBeNull();
  });
});

describe('phoneFromSpeech', () => {
  it('reads English digit words', () => {
    expect(phoneFromSpeech('two one two five five five one two three four', 'en-US', 'US')).toBe('+12125551234');
    expect(phoneFromSpeech('Two one two, five five five, one two three four.', 'en-US', 'US')).toBe('+12125551234');
    expect(phoneFromSpeech('six one seven five five five oh one nine nine', 'en-US', 'US')).toBe('+16175550199');
    expect(phoneFromSpeech('six one seven double five five zero one nine nine', 'en-US', 'US')).toBe('+16175550199');
    expect(phoneFromSpeech('six one seven triple five oh one nine nine', 'en-US', 'US')).toBe('+16175550199');
    expect(phoneFromSpeech('my number is two twelve five five five twelve thirty four', 'en-US', 'US')).toBe('+12125551234');
    expect(phoneFromSpeech('eight hundred five five five one two three four', 'en-US', 'US')).toBe('+18005551234');
  });

  it('reads Spanish digit words', () => {
    expect(phoneFromSpeech('dos uno dos cinco cinco cinco uno dos tres cuatro', 'es-MX', 'US')).toBe('+12125551234');
    expect(phoneFromSpeech('mi número es cinco cinco uno dos tres cuatro cinco seis siete ocho', 'es-MX', 'MX')).toBe('+525512345678');
    expect(phoneFromSpeech('cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis, setenta y ocho', 'es-MX', 'MX')).toBe('+525512345678');
    expect(phoneFromSpeech('cinco cinco doble uno dos tres cuatro cinco seis siete', 'es-MX', 'MX')).toBe('+525511234567');
  });

  it('reads digits with spaces, dashes, parentheses or a plus', () => {
    expect(phoneFromSpeech('617-555-0199', 'en-US', 'US')).toBe('+16175550199');
    expect(phoneFromSpeech('(617) 555-0199', 'en-US', 'US')).toBe('+16175550199');
    expect(phoneFromSpeech('+52 55 1234 5678', 'en-US', 'US')).toBe('+525512345678');
    expect(phoneFromSpeech('plus five two five five one two three four five six seven eight', 'en-US', 'US')).toBe('+525512345678');
    expect(phoneFromSpeech('más cinco dos, cinco cinco, uno dos tres cuatro, cinco seis siete ocho', 'es-MX', 'MX')).toBe('+525512345678');
  });

  it('tries the other language', () => {
    expect(phoneFromSpeech('dos uno dos cinco cinco cinco uno dos tres cuatro', 'en-US', 'US')).toBe('+12125551234');
    expect(phoneFromSpeech('two one two five five five one two three four', 'es-MX', 'US')).toBe('+12125551234');
  });

  it('refuses what is not a valid number', () => {
    for (const bad of ['', 'two rooms', 'five five five one two three four five six seven', 'one two three', 'call me maybe', '🙂']) {
      expect(phoneFromSpeech(bad, 'en-US', 'US'), bad).toBeNull();
    }
  });
});

describe('lastFourDigits', () => {
  it('gives the last four digits', () => {
    expect(lastFourDigits('+12125551234')).toBe('1234');
    expect(lastFourDigits('+525512345678')).toBe('5678');
    expect(lastFourDigits('+1 (617) 555-0199')).toBe('0199');
    expect(lastFourDigits('12')).toBe('12');
    expect(lastFourDigits('')).toBe('');
  });
});

describe('phone property', () => {
  it('never throws and returns null or E.164', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en-US', 'es-MX'), fc.constantFrom('US', 'MX', 'GB', 'XX', ''), (s, locale, country) => {
        const spoken = phoneFromSpeech(s, locale as 'en-US', country);
        expect(spoken === null || E164.test(spoken)).toBe(true);
        const keyed = phoneFromDigits(s, country);
        expect(keyed === null || E164.test(keyed)).toBe(true);
        expect(lastFourDigits(s)).toMatch(/^[0-9]{0,4}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back any valid US number keyed or spoken digit by digit', () => {
    const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }),
        (a, b, c, d, e) => {
          const digits = `${a}${String(b).padStart(2, '0')}${c}${String(d).padStart(2, '0')}${String(e).padStart(4, '0')}`;
          const keyed = phoneFromDigits(digits, 'US');
          if (keyed === null) return; // not every such number is assigned (e.g. 555, N11)
          expect(keyed).toBe(`+1${digits}`);
          const spoken = [...digits].map((ch) => WORDS[Number(ch)]).join(' ');
          expect(phoneFromSpeech(spoken, 'en-US', 'US')).toBe(keyed);
          expect(lastFourDigits(keyed)).toBe(digits.slice(-4));
        },
      ),
      { numRuns: 200 },
    );
  });
});
