import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isHesitation, yesNo } from '../../../flows/understanding/yes-no.ts';

const anyText = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);

describe('yesNo', () => {
  it('a yes that asks for a moment is not a yes yet; "no, wait" is a no', () => {
    for (const t of ['yeah, hold on', 'yes wait', 'sí, espéreme tantito', 'I think so', 'sí, un momento']) expect(yesNo(t, 'en-US'), t).toBeNull();
    expect(yesNo('no, espere', 'es-MX')).toBe('no');
    expect(isHesitation('hang on a sec')).toBe(true);
    expect(isHesitation('yes, that is all')).toBe(false);
    for (const t of ['órale', 'simón', 'that works', 'correct']) expect(yesNo(t, 'es-MX'), t).toBe('yes');
  });

  it('understands English yes', () => {
    for (const t of ['yes', 'Yes.', 'yeah', 'yep', 'correct', 'right', "that's right", 'sure', 'ok', 'okay', 'OK!', 'confirm', 'yes please', 'yes, that is correct', 'alright', 'sounds good', 'no problem']) {
      expect(yesNo(t, 'en-US'), t).toBe('yes');
    }
  });

  it('understands Spanish yes', () => {
    for (const t of ['sí', 'si', 'Sí.', 'claro', 'correcto', 'exacto', 'de acuerdo', 'está bien', 'esta bien', 'eso es', 'sí, correcto', 'claro que sí', 'por supuesto', 'no hay problema']) {
      expect(yesNo(t, 'es-MX'), t).toBe('yes');
    }
  });

  it('understands no in both languages', () => {
    for (const t of ['no', 'No.', 'nope', 'wrong', 'incorrect', 'not right', "that's not right", 'no es correcto', 'incorrecto', 'no, está mal', 'nah']) {
      expect(yesNo(t, 'en-US'), t).toBe('no');
      expect(yesNo(t, 'es-MX'), t).toBe('no');
    }
  });

  it('takes a letter texted alone as the answer, and a letter inside words as nothing', () => {
    for (const t of ['y', 'Y', 'k', 'kk', 'y.']) expect(yesNo(t, 'en-US'), t).toBe('yes');
    expect(yesNo('n', 'en-US')).toBe('no');
    expect(yesNo('N', 'es-MX')).toBe('no');
    for (const t of ['y sin', 'k que', 'x']) expect(yesNo(t, 'es-MX'), t).toBeNull();
  });

  it('takes an answer texted long', () => {
    for (const t of ['siii', 'sii', 'Yesss', 'okk', 'yeees', 'claaaro']) expect(yesNo(t, 'es-MX'), t).toBe('yes');
    for (const t of ['noo', 'NOOO', 'nooope']) expect(yesNo(t, 'en-US'), t).toBe('no');
    for (const t of ['cool', 'sooo', 'good']) expect(yesNo(t, 'en-US'), t).toBeNull();
  });

  it('accepts both languages whatever the locale', () => {
    expect(yesNo('sí', 'en-US')).toBe('yes');
    expect(yesNo('yes', 'es-MX')).toBe('yes');
    expect(yesNo('incorrecto', 'en-US')).toBe('no');
  });

  it('lets negation win over yes-words', () => {
    expect(yesNo("no that's not right", 'en-US')).toBe('no');
    expect(yesNo('yes no', 'en-US')).toBe('no');
    expect(yesNo("that's not correct", 'en-US')).toBe('no');
    expect(yesNo('no, no es correcto', 'es-MX')).toBe('no');
    expect(yesNo('sí... bueno, no', 'es-MX')).toBe('no');
  });

  it('gives null for neither or unsure', () => {
    for (const t of ['', '   ', 'banana', 'I don\'t know', 'maybe', 'no sé', 'not sure', 'tal vez', 'Friday', '🙂', 'yesterday', 'okra', 'sino', 'nobody']) {
      expect(yesNo(t, 'en-US'), t).toBeNull();
    }
  });
});

describe('yesNo property', () => {
  it('never throws and returns yes, no or null', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en-US', 'es-MX'), (s, locale) => {
        expect([null, 'yes', 'no']).toContain(yesNo(s, locale as 'en-US'));
      }),
      { numRuns: 300 },
    );
  });
});
