// What a caller hears is product (issue 10): a scripted keypad booking is spoken through the real
// app and renderer, and every prompt's words are counted — the whole call, the read-back, and each
// prompt — in both languages, for the demo hotel and for one with six room types (paged list).

import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../flows/types.ts';
import type { Locale } from '../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { minimalKeypadBooking, promptsSaid } from '../../src/softphone/scripted-booking.ts';
import { STAFF_PROMPTS, catalogueContexts, promptCatalogue } from '../../src/voice/prompt-catalogue.ts';
import { WORD_BUDGETS, countWords, promptLimit, tallyWords, wordsOf } from '../../src/voice/word-budget.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';

const SIX_TYPES_PATH = fileURLToPath(new URL('../fixtures/hotels/posada-del-sol.json', import.meta.url));
const HOTELS = { demo: DEMO_HOTEL_PATH, 'six room types': SIX_TYPES_PATH };

/** The seed's procedure, in the order a minimal booking must say it (other prompts may come between). */
const SEED_ORDER = ['ask.greeting', 'ask.mainMenu', 'ask.arrivalDate', 'ask.roomType', 'ask.rooms', 'ask.nights', 'ask.name', 'ask.payment', 'ask.callback', 'ask.readBack', 'confirmed'];

function inOrder(said: string[], wanted: string[]): boolean {
  let at = 0;
  for (const id of said) if (id === wanted[at]) at++;
  return at === wanted.length;
}

describe('the time budget of a call', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  for (const [hotel, path] of Object.entries(HOTELS)) {
    for (const locale of LOCALES) {
      it(`keeps a minimal keypad booking in ${locale} (${hotel} hotel) within its words, read-back and prompt budgets`, async () => {
        t = await startTestApp({ hotelFile: path, newConfirmation: () => '48151623' });
        const call = t.call({ from: '+12125550123' });
        const { turns } = await minimalKeypadBooking(call, locale);
        // Booked: "another booking?" once, the last thing said; a caller who just hangs up hears no more.
        expect(turns.at(-1)?.waitingFor).toBe('input');
        expect(await reservations(t.db)).toHaveLength(1);

        const said = await promptsSaid(t.db, call.callSid);
        expect(inOrder(said.map((s) => s.prompt), SEED_ORDER)).toBe(true);
        // The timeline's words are exactly what the TwiML gave Twilio to say.
        expect(turns.flatMap((turn) => turn.said.map((s) => s.text))).toEqual(said.map((s) => s.text));

        const budget = WORD_BUDGETS[locale];
        const tally = tallyWords(said);
        expect(tally.words).toBeLessThanOrEqual(budget.booking);
        expect(wordsOf(tally, 'ask.readBack')).toBeGreaterThan(0);
        expect(wordsOf(tally, 'ask.readBack')).toBeLessThanOrEqual(budget.readBack);
        for (const p of tally.prompts) expect(p.words, `${p.prompt}: ${p.text}`).toBeLessThanOrEqual(promptLimit(p.prompt, locale));
        // The confirmation number twice, digit by digit in two groups; the hold deadline once, said as
        // people say it ("6 PM", "las 6 de la tarde", never "p.m." to a Mexican caller).
        const confirmed = said.find((s) => s.prompt === 'confirmed')!.text;
        expect(confirmed.split('4 8 1 5, 1 6 2 3').length - 1).toBe(2);
        expect(said.filter((s) => /\b(?:6|3) (?:PM|de la tarde)/.test(s.text)).map((s) => s.prompt)).toEqual(['ask.readBack']);
        expect(said.filter((s) => /p\.m\./.test(s.text))).toEqual([]);
      });
    }
  }

  for (const [hotel, path] of Object.entries(HOTELS)) {
    for (const locale of LOCALES) {
      it(`keeps every prompt in ${locale} within its budget in the longest wording a call gives it (${hotel} hotel)`, () => {
        const info = toHotelInfo(readHotelFile(path));
        const catalogue = promptCatalogue(catalogueContexts(info, locale), locale);
        expect(catalogue.length).toBeGreaterThan(60);
        for (const p of catalogue) {
          expect(p.text, p.prompt).not.toMatch(/undefined|null|NaN|\[object/);
          if (STAFF_PROMPTS.has(p.prompt)) continue;
          expect(p.words, `${p.prompt}: ${p.text}`).toBeLessThanOrEqual(promptLimit(p.prompt, locale));
        }
      });
    }
  }

  it('counts words as a listener hears them: digits one by one, symbols not at all', () => {
    expect(countWords('Your confirmation number is 4 8 1 5, 1 6 2 3.')).toBe(12);
    expect(countWords('1,440 dollars — paid in cash (#).')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });
});

describe('a hotel with more than four room types', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  async function atRoomList(locale: Locale) {
    t = await startTestApp({ hotelFile: SIX_TYPES_PATH });
    const call = t.call({ from: '+12125550199' });
    await call.start();
    if (locale === 'es-MX') await call.press('9');
    await call.press('1');
    return { call, turn: await call.press('1204') };
  }

  const names = (locale: Locale) => toHotelInfo(readHotelFile(SIX_TYPES_PATH)).roomTypes.map((r) => r.name[locale === 'es-MX' ? 'es' : 'en']);

  for (const locale of LOCALES) {
    it(`offers three types at a time, highest rate first, with 9 for more, in ${locale}`, async () => {
      const all = names(locale);
      const at = await atRoomList(locale);
      const { call } = at;
      let { turn } = at;
      let list = turn.said.at(-1)!.text;
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'ask.roomType']);
      expect(all.slice(0, 3).every((n) => list.includes(n))).toBe(true);
      expect(all.slice(3).some((n) => list.includes(n))).toBe(false);
      expect(list.indexOf(all[0]!)).toBeLessThan(list.indexOf(all[1]!));
      expect(list).toMatch(/\b9\b/);
      expect(countWords(list)).toBeLessThanOrEqual(40);

      turn = await call.press('9');
      list = turn.said.at(-1)!.text;
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.roomType']);
      expect(all.slice(3).every((n) => list.includes(n))).toBe(true);
      expect(all.slice(0, 3).some((n) => list.includes(n))).toBe(false);
      expect(countWords(list)).toBeLessThanOrEqual(40);

      // Keys pick from the page offered: 2 on the second page is the fifth type.
      await call.press('2');
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.rooms']);
      expect((await t.db.get<{ snapshot_json: string }>('SELECT snapshot_json FROM calls WHERE call_sid = ?', [call.callSid]))!.snapshot_json).toContain('"roomType":"STU"');
    });
  }

  it('goes back to the first page after the last, and takes any type by name from any page', async () => {
    const { call } = await atRoomList('en-US');
    await call.press('9');
    const turn = await call.press('9');
    expect(turn.said.at(-1)!.text).toContain('Pool Villa');
    await call.say('a single please', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.rooms']);
    const snapshot = (await t.db.get<{ snapshot_json: string }>('SELECT snapshot_json FROM calls WHERE call_sid = ?', [call.callSid]))!.snapshot_json;
    expect(snapshot).toContain('"roomType":"SGL"');
  });
});
