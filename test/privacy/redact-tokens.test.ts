// redact.ts reads a text as tokens of letters and digits; plain ASCII is told by its character
// codes (issue 14), and must give the tokens the Unicode classes give: a property test against the
// plain version, every character through the regular expressions, as it was.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, tokenize } from '../../src/privacy/redact.ts';

/** The tokenizer as it was: each character tested against Unicode's classes (digits of ASCII here; others through NFKC as in redact.ts). */
function plainTokens(text: string) {
  const tokens: { kind: 'digits' | 'word'; start: number; end: number; text: string; glued: boolean; pause: boolean }[] = [];
  let current: (typeof tokens)[number] | null = null;
  let prevKind: 'digits' | 'word' | 'other' = 'other';
  let pause = false;
  let i = 0;
  for (const ch of text) {
    const folded = ch.codePointAt(0)! < 128 ? ch : ch.normalize('NFKC');
    const digit = /^[0-9]$/.test(ch) || (/\p{Nd}/u.test(ch) === false && /^[0-9]$/.test(folded)) ? folded : null;
    const kind = /\p{Nd}/u.test(ch) && !/^[0-9]$/.test(ch) ? 'nd' : digit !== null ? 'digits' : /[\p{L}\p{M}]/u.test(ch) ? 'word' : 'other';
    if (kind === 'nd') return null; // digits of other scripts: redact.test.ts's cases
    if (kind === 'other') {
      current = null;
      if (/[,.;:!?…、，。\n\r]/.test(ch)) pause = true;
    } else if (current && current.kind === kind) {
      current.end = i + ch.length;
      current.text += kind === 'digits' ? digit : ch;
    } else {
      current = { kind, start: i, end: i + ch.length, text: kind === 'digits' ? digit! : ch, glued: kind === 'digits' && prevKind === 'word', pause };
      pause = false;
      tokens.push(current);
    }
    prevKind = kind;
    i += ch.length;
  }
  for (const t of tokens) if (t.kind === 'word') t.text = t.text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  return tokens;
}

const said = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.constantFrom('four', 'one', 'cuatro', 'Señor', 'ÁNGEL', 'niño', '4111', '１２', '½', '…', ', ', '. ', '\n', '-', ' ', 'cvv', 'x', '\u202e', '\ud800', '😀', 'e\u0301'), { maxLength: 20 })
    .map((parts) => parts.join('')),
);

describe("redaction's tokens", () => {
  it('are what each character tested against the Unicode classes gives', () => {
    fc.assert(
      fc.property(said, (text) => {
        const plain = plainTokens(text);
        if (plain !== null) expect(tokenize(text)).toEqual(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it('leave words without a number as they are, accents and all', () => {
    for (const text of ['I would like to book a room', 'Señora Núñez, por favor', 'deluxe king', 'the ÓCEAN suite']) expect(redact(text)).toBe(text);
  });
});
