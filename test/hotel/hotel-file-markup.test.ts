// Round 30: a hotel file's `answers` (parking, pets…) and names are said in <Say>, texted and shown
// to staff. Markup in them is escaped, so it can never become TwiML, but it was read to callers as
// written: an answer in SSML ("<speak>…<break time="10s"/></speak>") was said tag by tag. A tag is
// refused when the file is read, naming where; "&", quotes and "<" before a number or a space are
// words, said as written (TwiML parsed as XML through the real app, a signed call).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HotelFileError, parseHotelFile } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { startTestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const demo = (): Json => JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'conserje-markup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusedAt(file: Json): readonly { field: string; problem: string }[] {
  try {
    parseHotelFile(file);
  } catch (err) {
    expect(err).toBeInstanceOf(HotelFileError);
    return (err as HotelFileError).issues;
  }
  throw new Error('the hotel file was accepted');
}

describe('markup in a hotel file', () => {
  it.each([
    ['SSML', 'answers.parking.en', (f: Json) => (f.answers.parking.en = '<speak>Parking is free.<break time="10s"/></speak>'), '"<speak>"'],
    ['a closing tag', 'answers.pets.es', (f: Json) => (f.answers.pets.es = 'No se admiten mascotas.</p>'), '"</p>"'],
    ['an HTML comment', 'answers.parking.en', (f: Json) => (f.answers.parking.en = 'Yes. <!-- ask Bob -->'), '"<!-- ask Bob -->"'],
    ['a tag in a room type name', 'roomTypes[0].name.en', (f: Json) => (f.roomTypes[0].name.en = '<b>Ocean</b> Suite'), '"<b>"'],
    ['a tag in the hotel name', 'name', (f: Json) => (f.name = 'Hotel <emphasis>Miramar</emphasis>'), '"<emphasis>"'],
  ])('refuses %s, naming the field and the tag', (_what, field, change, tag) => {
    const file = demo();
    change(file);
    const issue = refusedAt(file).find((i) => i.field === field);
    expect(issue?.problem).toContain('must be plain words, not markup');
    expect(issue?.problem).toContain(tag);
  });

  it('says an answer with &, quotes and "<" before a number as written, as text in one <Say>', async () => {
    const file = demo();
    const words = 'Parking & valet: "$25" a night, < 2 blocks away; cars <3 m high.';
    file.answers.parking.en = words;
    const path = join(dir, 'hotel.json');
    writeFileSync(path, JSON.stringify(file));
    const t = await startTestApp({ hotelFile: path });
    try {
      const call = t.call({ from: '+12125550801' });
      await call.start();
      const answer = await call.say('do you have parking?', 0.95);
      expect(heard(answer)).toContain(words);
    } finally {
      await t.close();
    }
  });
});
