import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  normalize,
  tokenize,
  hasPhrase,
  hasAnyPhrase,
  indexOfPhrase,
  removePhrases,
} from '../../../flows/understanding/normalize.ts';
import { firstSaidAt, phraseAt, phrasesEndingWith, phrasesStartingWith } from '../../../flows/understanding/phrase-set.ts';

describe('normalize', () => {
  it('lower-cases and strips accents in both languages', () => {
    expect(normalize('Mañana')).toBe('manana');
    expect(normalize('ESPAÑOL')).toBe('espanol');
    expect(normalize('Recepción')).toBe('recepcion');
    expect(normalize('Crème Brûlée')).toBe('creme brulee');
    expect(normalize('¿Cómo está?')).toBe('como esta');
  });

  it('replaces punctuation with spaces and collapses whitespace', () => {
    expect(normalize("That's right!")).toBe('that s right');
    expect(normalize('  two,   three\n\tfour  ')).toBe('two three four');
    expect(normalize('front-desk')).toBe('front desk');
    expect(normalize('12/4')).toBe('12 4');
    expect(normalize('¡Sí!')).toBe('si');
  });

  it('turns emoji and symbols into spaces', () => {
    expect(normalize('👍 yes 👍')).toBe('yes');
    expect(normalize('€$%^&*')).toBe('');
  });

  it('handles empty and whitespace-only input', () => {
    expect(normalize('')).toBe('');
    expect(normalize('   ')).toBe('');
  });

  it('truncates to 300 characters', () => {
    const out = normalize('word '.repeat(5000));
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out.startsWith('word word')).toBe(true);
    expect(out.endsWith(' ')).toBe(false);
  });

  it('returns empty for non-string input at run time', () => {
    expect(normalize(undefined as unknown as string)).toBe('');
    expect(normalize(42 as unknown as string)).toBe('');
  });
});

describe('phrase helpers', () => {
  it('tokenizes normalised text', () => {
    expect(tokenize('¡Hola, Señor!')).toEqual(['hola', 'senor']);
    expect(tokenize('')).toEqual([]);
  });

  it('matches whole words only', () => {
    const tokens = tokenize('I want to talk to the bookkeeper');
    expect(hasPhrase(tokens, 'book')).toBe(false);
    expect(hasPhrase(tokens, 'talk to')).toBe(true);
    expect(hasPhrase(tokens, 'Talk  To!')).toBe(true);
    expect(hasPhrase(tokens, '')).toBe(false);
    expect(indexOfPhrase(['a', 'b', 'a', 'b'], ['a', 'b'], 1)).toBe(2);
  });

  it('removes phrases', () => {
    expect(removePhrases(tokenize('no problem no problem yes'), ['no problem'])).toEqual(['yes']);
  });

  it('removes longest phrases first, and a phrase that removing another one makes', () => {
    expect(removePhrases(['no', 'thank', 'you'], ['no', 'no thank you'])).toEqual([]);
    expect(removePhrases(['a', 'b', 'c', 'd'], ['b c', 'a d'])).toEqual([]);
    expect(removePhrases(['a', 'b', 'c'], ['b', 'a c'])).toEqual(['a', 'c']);
    const tokens = ['x', 'y'];
    expect(removePhrases(tokens, ['z'])).not.toBe(tokens);
  });

  it('removes what removing each phrase in turn, longest first, removes (any words, any lists)', () => {
    // The plain version: every phrase of the list tried in turn, the list sorted on every call.
    const plain = (tokens: string[], phrases: string[]): string[] => {
      let out = [...tokens];
      const sorted = phrases.map(tokenize).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
      for (const p of sorted) {
        let i = indexOfPhrase(out, p);
        while (i >= 0) {
          out = [...out.slice(0, i), ...out.slice(i + p.length)];
          i = indexOfPhrase(out, p, i);
        }
      }
      return out;
    };
    const word = fc.constantFrom('a', 'b', 'c', 'no', 'yes', 'si');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')), { maxLength: 6 }), (tokens, phrases) => {
        expect(removePhrases(tokens, phrases)).toEqual(plain(tokens, phrases));
        expect(removePhrases(tokens, phrases)).toEqual(plain(tokens, phrases));
      }),
      { numRuns: 2000 },
    );
  });

  // The lists are looked up by first (or last) word; the answers are those of comparing every phrase.
  const word = fc.constantFrom('a', 'b', 'c', 'no', 'yes', 'si');
  const tokens = fc.array(word, { maxLength: 12 });
  const phraseTexts = fc.array(fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')), { maxLength: 6 });
  const phraseWords = fc.array(fc.array(word, { maxLength: 3 }), { maxLength: 6 });

  it('finds any of a list of phrases as comparing each phrase finds it (any words, any lists)', () => {
    fc.assert(
      fc.property(tokens, phraseTexts, (said, phrases) => {
        const plain = phrases.some((p) => hasPhrase(said, p));
        expect(hasAnyPhrase(said, phrases)).toBe(plain);
        expect(hasAnyPhrase(said, phrases)).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the first phrase of a list said at a word, and those that may start or end there, as the whole list does', () => {
    fc.assert(
      fc.property(tokens, phraseWords, fc.nat(13), (said, phrases, at) => {
        expect(firstSaidAt(said, at, phrases)).toBe(phrases.find((p) => phraseAt(said, at, p)));
        const starting = phrasesStartingWith(phrases, said[at]) ?? phrases;
        expect(starting.find((p) => phraseAt(said, at, p))).toBe(phrases.find((p) => phraseAt(said, at, p)));
        const ending = phrasesEndingWith(phrases, said[at - 1]) ?? phrases;
        const endsAt = (p: readonly string[]) => at - p.length >= 0 && phraseAt(said, at - p.length, p);
        expect(ending.find(endsAt)).toBe(phrases.find(endsAt));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normalize property', () => {
  it('never throws and returns short, normalised text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 10_000 }),
          fc.string({ unit: 'grapheme', maxLength: 10_000 }),
          fc.string({ unit: 'binary', maxLength: 10_000 }),
          fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
        ),
        (s) => {
          const out = normalize(s);
          expect(typeof out).toBe('string');
          expect(out.length).toBeLessThanOrEqual(300);
          expect(out).toBe(out.trim());
          expect(out).not.toMatch(/\s\s/);
          expect(out).toBe(out.toLowerCase());
          expect(out).not.toMatch(/\p{M}/u);
          expect(normalize(out)).toBe(out);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the last text kept (issue 14: a spoken answer is read by a dozen readers a turn)', () => {
  it('hands out its own copy of the words: a reader that changes its list changes no other reader\'s', () => {
    const first = tokenize('two rooms for three nights');
    first.splice(0, 2);
    first.push('changed');
    expect(tokenize('two rooms for three nights')).toEqual(['two', 'rooms', 'for', 'three', 'nights']);
    expect(tokenize('two rooms for three nights')).not.toBe(tokenize('two rooms for three nights'));
  });

  it('reads any text, read just before another or again, as it reads it the first time', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', 'Sí, señor', 'two nights', 'TWO  nights')), { minLength: 1, maxLength: 6 }), (texts) => {
        for (const text of [...texts, ...texts.slice().reverse()]) {
          const expected = text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 300).trim();
          expect(normalize(text)).toBe(expected);
          expect(tokenize(text)).toEqual(expected === '' ? [] : expected.split(' '));
        }
      }),
      { numRuns: 300 },
    );
  });
});
