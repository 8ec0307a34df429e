// Texts read as texts (issue 10): the text channel renders the same statechart in words written for
// reading — a word or a number answers, nobody is told to press a key or about "the number you are
// calling from", the confirmation number is written once, accents are proper, and a reply fits
// two SMS segments where it can (counted as carriers count GSM-7 and UCS-2 segments).

import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../flows/types.ts';
import type { Locale } from '../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { smsSize } from '../../src/messaging/sms-encoding.ts';
import { minimalTextBooking } from '../../src/softphone/scripted-booking.ts';
import { TEXT_PROMPTS } from '../../src/sms/text-wording.ts';
import { catalogueContexts, promptCatalogue } from '../../src/voice/prompt-catalogue.ts';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

/** Words of the keypad, and of the phone line, that have no place in a text. */
const SPOKEN_ONLY: Record<Locale, RegExp> = {
  'en-US': /\b(?:press|key in|pound|star|calling from|after the tone|say)\b/i,
  'es-MX': /\b(?:oprima|marque|tecla|gato|asterisco|desde el que llama|después del tono|diga)\b/i,
};
/** A number read out digit by digit ("4 8 1 5"): on the phone only. */
const SPACED_DIGITS = /\b\d \d \d\b/;

/** Prompts a text conversation never sends: the phone's recordings, transfers and desk words. */
const VOICE_ONLY = /^(?:recordName|recordMessage|transfer\.|ask\.callbackOffer|help\.callbackOffer|whisper|screenDeclined|error|holdNotice)/;

/** Segments a reply may take: two, and three for the Spanish replies that cannot be shorter with their accents. */
function maxSegments(locale: Locale, prompt: string): number {
  if (locale === 'en-US') return 2;
  return /^(?:ask|help)\.(?:readBack|stayChangeConfirm|roomType|offer|confirmationNumber|existingReservation)$|^callbackPromised$/.test(prompt) ? 3 : 2;
}

describe('texts read as texts', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  for (const locale of LOCALES) {
    it(`books by text in ${locale} with replies written for reading, each within its SMS segments`, async () => {
      t = await startTestApp({ newConfirmation: () => '61803398' });
      const guest = textingGuest(t.baseUrl, '+12125550150');
      const replies = await minimalTextBooking(guest, locale);
      expect(await reservations(t.db)).toHaveLength(1);
      for (const reply of replies) {
        expect(reply, reply).not.toMatch(SPOKEN_ONLY[locale]);
        expect(reply, reply).not.toMatch(SPACED_DIGITS);
        expect(reply, reply).not.toMatch(/\.\.|\s[.,;:]/);
        expect(smsSize(reply).segments, reply).toBeLessThanOrEqual(3);
      }
      const last = replies.at(-1)!;
      expect(last.split('61803398')).toHaveLength(2);
      if (locale === 'es-MX') {
        // Proper accents: the Spanish replies are written with them, not stripped to GSM-7.
        expect(replies.join(' ')).toMatch(/[áíóú]/);
        expect(replies.join(' ')).not.toMatch(/\breservacion\b|\besta confirmada\b/);
      }
    });
  }

  for (const locale of LOCALES) {
    it(`words every prompt a text can carry for reading, in ${locale}, over full-grown conversations`, () => {
      const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
      const contexts = catalogueContexts(hotel, locale).map((ctx) => ({ ...ctx, channel: 'sms' as const, caller: '+12125550150' }));
      const catalogue = promptCatalogue(contexts, locale, TEXT_PROMPTS[locale]).filter((p) => !VOICE_ONLY.test(p.prompt));
      expect(catalogue.length).toBeGreaterThan(50);
      for (const p of catalogue) {
        expect(p.text, p.prompt).not.toMatch(SPOKEN_ONLY[locale]);
        expect(p.text, p.prompt).not.toMatch(SPACED_DIGITS);
        expect(p.text, p.prompt).not.toMatch(/undefined|null|NaN|\.\./);
        expect(smsSize(p.text).segments, `${p.prompt}: ${p.text}`).toBeLessThanOrEqual(maxSegments(locale, p.prompt));
      }
    });
  }

  it('asks a texter which date they mean, in words for reading, and takes the number replied', async () => {
    // Tuesday 1 December: "next Friday" can be the 4th or the 11th.
    t = await startTestApp({ clock: testClock('2026-12-01T15:00:00Z') });
    const guest = textingGuest(t.baseUrl, '+12125550171');
    let reply = await guest.send('Hi, do you have a room for next friday?');
    expect(reply.text).toContain('Which date? 1: Friday, December 4; 2: Friday, December 11.');
    expect(reply.text).not.toMatch(SPOKEN_ONLY['en-US']);
    reply = await guest.send('2');
    expect(reply.text).not.toContain('Which date');
    expect(reply.text).toContain('December 11');

    const spanish = textingGuest(t.baseUrl, '+5215512345670');
    reply = await spanish.send('Hola, tienen cuarto para el 20 de noviembre?');
    expect(reply.text).toMatch(/El viernes 20 de noviembre ya pasó\. Responda 1 para el sábado 20 de noviembre de 2027, o escriba otra fecha\./);
    expect(reply.text).not.toMatch(SPOKEN_ONLY['es-MX']);
  });

  it('offers a texter the other language in that language, and takes the answer', async () => {
    t = await startTestApp();
    const english = textingGuest(t.baseUrl, '+12125550161');
    let reply = await english.send('Hello');
    expect(reply.text).toContain('Para español, responda ESPAÑOL.');
    expect(reply.text).not.toContain('For English');
    reply = await english.send('español');
    expect(reply.text).toContain('Responda RESERVAR');

    const spanish = textingGuest(t.baseUrl, '+5215512345679');
    reply = await spanish.send('Hola');
    expect(reply.text).toContain('For English, reply ENGLISH.');
    expect(reply.text).not.toContain('Para español');
    reply = await spanish.send('English');
    expect(reply.text).toContain('Reply BOOK');
  });

  it('asks a texter to confirm their own number as "this number", and a typed number is kept as written', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, '+5215512345678');
    for (const body of ['Hola, quiero reservar', '4 de diciembre', 'estándar', '1', '2', 'Lucía Fernández', 'efectivo']) await guest.send(body);
    const reply = await guest.send('55 8765 4321');
    expect(reply.text).toContain('Lucía Fernández: una habitación estándar');
    await guest.send('sí');
    expect((await reservations(t.db))[0]?.callback_number).toBe('+525587654321');
  });
});
