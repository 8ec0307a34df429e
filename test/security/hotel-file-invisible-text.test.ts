// A hotel file is edited by hand; whatever it holds is said to every caller, texted to guests and
// shown on every staff page. A control character (NUL, ESC, a line break), an invisible one (a
// zero-width space, a bidi override, a byte-order mark mid-text, a Hangul filler) or a private-use
// one in a name, a room type, a word callers say or an answer is refused at start, naming the field.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HotelFileError, readHotelFile } from '../../src/hotel/hotel-file.ts';

const DEMO = JSON.parse(readFileSync(new URL('../../src/hotel/demo-hotel.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Writes the demo hotel with one change, as the IT person would save it, and reads it back. */
function readWith(change: (file: Record<string, unknown>) => void): () => unknown {
  const file = structuredClone(DEMO);
  change(file);
  const path = join(mkdtempSync(join(tmpdir(), 'hotel-invisible-')), 'hotel.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return () => readHotelFile(path);
}

const INVISIBLES: [string, string][] = [
  ['NUL', '\u0000'],
  ['ESC', '\u001b[31m'],
  ['a line break', '\n'],
  ['a tab', '\t'],
  ['DEL', '\u007f'],
  ['a C1 control', '\u0085'],
  ['a zero-width space', '\u200b'],
  ['a zero-width joiner', '\u200d'],
  ['a right-to-left override', '\u202e'],
  ['a byte-order mark', '\ufeff'],
  ['a soft hyphen', '\u00ad'],
  ['a word joiner', '\u2060'],
  ['a line separator', '\u2028'],
  ['a private-use character', '\ue000'],
  ['a Hangul filler', '\u3164'],
  ['a tag character', '\u{e0041}'],
];

type Room = { name: { en: string; es: string }; synonyms: { en: string[]; es: string[] } };
const rooms = (file: Record<string, unknown>) => file.roomTypes as Room[];

const FIELDS: [string, (file: Record<string, unknown>, bad: string) => void][] = [
  ['name', (f, bad) => (f.name = `Hotel${bad} Demo`)],
  ['roomTypes[0].name.en', (f, bad) => (rooms(f)[0]!.name.en = `King${bad} room`)],
  ['roomTypes[1].name.es', (f, bad) => (rooms(f)[1]!.name.es = `Do${bad}ble`)],
  ['roomTypes[0].synonyms.en[0]', (f, bad) => (rooms(f)[0]!.synonyms.en[0] = `ki${bad}ng`)],
  ['answers.address.en', (f, bad) => (f.answers = { address: { en: `We are at 12 Main St${bad}.`, es: 'Estamos en Calle Principal 12.', words: { en: ['address'], es: ['dirección'] } } })],
  ['answers.address.words.es[0]', (f, bad) => (f.answers = { address: { en: 'We are at 12 Main St.', es: 'Estamos en Calle Principal 12.', words: { en: ['address'], es: [`direcci${bad}ón`] } } })],
];

describe('a hotel file with control or invisible characters in its text', () => {
  it('is refused, naming the field and the character', () => {
    for (const [field, write] of FIELDS) {
      for (const [what, bad] of INVISIBLES) {
        const read = readWith((f) => write(f, bad));
        let error: unknown;
        try {
          read();
        } catch (err) {
          error = err;
        }
        expect(error, `${what} in ${field}`).toBeInstanceOf(HotelFileError);
        const issue = (error as HotelFileError).issues.find((i) => i.field === field);
        expect(issue?.problem, `${what} in ${field}`).toMatch(/invisible or control character \(U\+[0-9A-F]{4,5}/);
      }
    }
  });

  it('still reads names and answers in any language, with accents, emoji and ordinary spaces', () => {
    const read = readWith((f) => {
      f.name = 'Hôtel Niño — Ñandú 🏨';
      rooms(f)[0]!.name.es = 'Suite «Jardín»';
      f.answers = { address: { en: 'We are at 12 Main St., next to the café.', es: 'Estamos en Av. Juárez 12, junto al café.', words: { en: ['address', 'where are you'], es: ['dirección', 'dónde están'] } } };
    });
    expect(() => read()).not.toThrow();
  });
});
