// A hotel whose guests mostly speak Spanish (`guestLocale: "es-MX"` in its file) greets in
// Spanish and offers English with 9, the mirror of the default. Callers in Mexico hear their own
// language first, and the greeting's <Gather> listens for Spanish, so their first words are
// recognised as Spanish rather than by an English recogniser.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseHotelFile } from '../../src/hotel/hotel-file.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const SIERRA_FILE = new URL('../../src/hotel/demo-group/sierra.json', import.meta.url);
const SIERRA = '+525555550200';
const MEXICO_CITY_MOBILE = '+5215512345678';

let dir: string;
let hotelFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-guest-locale-'));
  hotelFile = join(dir, 'sierra.json');
  writeFileSync(hotelFile, JSON.stringify({ ...JSON.parse(readFileSync(SIERRA_FILE, 'utf8')), guestLocale: 'es-MX' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelFile });
});
afterEach(async () => t.close());

const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

describe('a hotel that greets in Spanish (guestLocale es-MX)', () => {
  it('greets in Spanish, listens for Spanish, and offers English with 9', async () => {
    const call = t.call({ to: SIERRA, from: MEXICO_CITY_MOBILE });
    const greeting = await call.start();
    expect(greeting.said[0]).toMatchObject({ language: 'es-MX' });
    expect(greeting.said[0]!.text).toMatch(/^Hotel Sierra Alta, buen/);
    expect(greeting.gather?.language).toBe('es-MX');
    const offer = greeting.said.find((s) => s.language === 'en-US');
    expect(offer?.text).toBe('For English, press 9.');
    expect(words(greeting)).toContain('Para reservar, oprima 1');

    const english = await call.press('9');
    expect(english.gather?.language).toBe('en-US');
    expect(words(english)).toMatch(/To book a room, press 1/);
    const arrival = await call.press('1');
    expect(words(arrival)).toMatch(/When do you arrive\?/);
  });

  it('takes a request said in Spanish at the greeting, in Spanish', async () => {
    const call = t.call({ to: SIERRA, from: MEXICO_CITY_MOBILE });
    await call.start();
    const turn = await call.say('quiero reservar una habitación sencilla para mañana, dos noches');
    expect(turn.gather?.language).toBe('es-MX');
    expect(words(turn)).toMatch(/habitación Sencilla|Habitación Sencilla/i);
    expect(words(turn)).toMatch(/2 noches/);
  });

  it('goes on in English for a caller who answers the Spanish greeting in English', async () => {
    const call = t.call({ to: SIERRA, from: '+12125550123' });
    await call.start();
    const hello = await call.say('hello, good afternoon');
    expect(hello.gather?.language).toBe('en-US');
    expect(words(hello)).toMatch(/To book a room, press 1/);

    const other = t.call({ to: SIERRA, from: '+12125550124' });
    await other.start();
    const request = await other.say("hi, I'd like to book a room for tomorrow for two nights");
    expect(request.gather?.language).toBe('en-US');
    expect(words(request)).toMatch(/arriving .* for 2 nights/);
  });

  it('answers a text whose words say no language in Spanish, and one in English in English', async () => {
    const keys = await textingGuest(t.baseUrl, MEXICO_CITY_MOBILE, SIERRA).send('1');
    expect(keys.text).toMatch(/¿Qué día llega\?/);
    const hello = await textingGuest(t.baseUrl, '+12125550125', SIERRA).send('hi');
    expect(hello.text).toMatch(/^Hello, this is Hotel Sierra Alta\./);
  });
});

describe('the hotel file', () => {
  it('takes guestLocale as en-US or es-MX, and refuses anything else', () => {
    const file = JSON.parse(readFileSync(SIERRA_FILE, 'utf8')) as Record<string, unknown>;
    expect(parseHotelFile({ ...file, guestLocale: 'es-MX' }).guestLocale).toBe('es-MX');
    expect(parseHotelFile(file).guestLocale).toBeUndefined();
    expect(() => parseHotelFile({ ...file, guestLocale: 'es' })).toThrow(/guestLocale.*must be "en-US" or "es-MX"/s);
  });
});
