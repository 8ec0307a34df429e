// tidy() skips its replaces when one test finds nothing to change (issue 14): the shortcut must
// never change a line the replaces would have changed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/voice/prompt-lines.ts';

/** tidy() as it was before the shortcut. */
const replaced = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:?!])/g, '$1')
    .replace(/\.{2}(?!\.)/g, '.')
    .trim();

const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\ufeff', '.', '..', '...', ',', '?', '!', ':', ';', 'p.m.', 'word', 'Sí', '9');

describe('tidy', () => {
  it('says what the replaces say, for lines made of spaces, punctuation and words', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(tidy(line)).toBe(replaced(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a tidy line as it is and tidies an untidy one', () => {
    expect(tidy('We hold your room until 6 p.m.')).toBe('We hold your room until 6 p.m.');
    expect(tidy(' Press  1 , or 2 .. ')).toBe('Press 1, or 2.');
  });
});
