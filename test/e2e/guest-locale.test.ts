// A hotel whose guests mostly speak Spanish (`guestLocale: "es-MX"` in its file) greets in
// Spanish and offers English with 9, the mirror of the default. Callers in Mexico hear their own
// language first, and the greeting's <Gather> listens for Spanish, so their first words are
// recognised as Spanish rather than by an English recogniser.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHotelFile } from '../../src/hotel/hotel-file.ts';
import type { Turn } from '../../src/softphone/call-session.ts';
import { countWords } from '../../src/voice/word-budget.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';
import { SIERRA } from '../helpers/demo-group.ts';

const SIERRA_FILE = new URL('../../src/hotel/demo-group/sierra.json', import.meta.url);
const MEXICO_CITY_MOBILE = '+5215512345678';

// The shipped file, as a deployment loads it: Sierra Alta's file says guestLocale es-MX itself.
const hotelFile = fileURLToPath(SIERRA_FILE);

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

// Heard as a Mexican guest hears it: the room's noun said once ("una habitación doble", "una
// Junior Suite", never "una habitación Habitación Doble"), the hold deadline with the part of the
// day ("las 3 de la tarde", not "3 p.m."), and the confirmation number in two groups of four, so
// it can be written down by ear. (The test clock: Saturday 28 November 2026, 9:00 in Mexico City.)
describe('a Mexican hotel, as a Mexican guest hears it', () => {
  it('says a room named "Habitación Doble" with its noun once when repeating a whole request', async () => {
    const call = t.call({ to: SIERRA, from: MEXICO_CITY_MOBILE });
    await call.start();
    const turn = await call.say('quiero reservar para el viernes 4 de diciembre, dos noches, una doble');
    expect(words(turn)).toMatch(/^Una habitación doble, llegada el viernes 4 de diciembre, por 2 noches\./);
    expect(words(turn)).not.toMatch(/habitación habitación/i);
  });

  it('in English, says "1 Junior Suite", not "1 Junior Suite room"', async () => {
    const call = t.call({ to: SIERRA, from: MEXICO_CITY_MOBILE });
    await call.start();
    await call.press('9');
    const turn = await call.say('one junior suite for december 4th, two nights');
    expect(words(turn)).toMatch(/^1 Junior Suite, arriving Friday, December 4, for 2 nights\./);
  });

  it('reads back "una Junior Suite", holds it until "las 3 de la tarde", and groups the confirmation number', async () => {
    const call = t.call({ to: SIERRA, from: MEXICO_CITY_MOBILE });
    await call.start();
    // The date asked as a Mexican agent asks it, still short: 17 words, about 7 seconds.
    const ask = words(await call.press('1'));
    expect(ask).toBe('¿Para qué fecha sería su llegada? Dígamela, o marque el mes y el día con 4 dígitos.');
    expect(countWords(ask)).toBe(17);
    await call.press('1204');
    await call.press('1');
    await call.press('1');
    await call.press('2#');
    await call.say('Ana Díaz', 0.95);
    await call.press('2');
    const readBack = words(await call.press('1'));
    expect(readBack).toContain('A nombre de Ana Díaz: una Junior Suite, 2 noches desde el viernes 4 de diciembre: 6,400 pesos');
    expect(readBack).toContain('Se la guardamos hasta las 3 de la tarde de ese día');
    expect(readBack).not.toMatch(/p\.\s?m\.|habitación Junior/);
    const read = readBack.slice(0, readBack.indexOf(' Para confirmar'));
    expect(countWords(read)).toBeLessThanOrEqual(38);

    const confirmed = await call.press('1');
    const [booked] = await reservations(t.db);
    const d = [...booked!.confirmation].join(' ');
    const grouped = `${d.slice(0, 7)}, ${d.slice(8)}`; // "8 2 4 3, 8 6 2 4"
    expect(words(confirmed)).toBe(`Listo, quedó confirmada. Número de confirmación: ${grouped}. Repito: ${grouped}. ¿Otra reservación? Oprima 1.`);
    expect((await call.silence()).hungUp).toBe(true);
  });
});

describe('the hotel file', () => {
  it('takes guestLocale as en-US or es-MX, and refuses anything else', () => {
    const file = JSON.parse(readFileSync(SIERRA_FILE, 'utf8')) as Record<string, unknown>;
    // The demo group's Mexican property ships greeting in Spanish; a file without the key starts in English.
    expect(parseHotelFile(file).guestLocale).toBe('es-MX');
    expect(parseHotelFile({ ...file, guestLocale: 'en-US' }).guestLocale).toBe('en-US');
    const { guestLocale: _dropped, ...withoutKey } = file;
    expect(parseHotelFile(withoutKey).guestLocale).toBeUndefined();
    expect(() => parseHotelFile({ ...file, guestLocale: 'es' })).toThrow(/guestLocale.*must be "en-US" or "es-MX"/s);
  });
});
