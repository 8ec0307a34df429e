// A word every JavaScript object has ("constructor", a builder in English and Spanish, or
// "toString", "__proto__") said inside an answer is read as any unknown word is, at every
// question: the readers' word tables are looked up with the caller's words, and a plain object
// answers those names with Object's own (a function), which misread dates ("december 20 for the
// constructor" was not understood, "december 20 for the carpenter" was). Each answer is read
// twice through flows/read-question.ts, once with the name and once with a made-up word, and both
// readings must be the same but for the word itself.

import { describe, expect, it } from 'vitest';
import type { CallContext, QuestionId } from '../../flows/call-context.ts';
import { readQuestion } from '../../flows/read-question.ts';
import type { Locale } from '../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const AT = '2026-11-28T15:00:00Z';
const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'toLocaleString'];
/** Made up, so no reader knows it: what an unknown word reads as. */
const PLAIN = 'quorvex';

/** Answers with a slot W for the word, by question. */
const ANSWERS: [QuestionId, Locale, string][] = [
  ['greeting', 'en-US', 'I want to book a room for december 20 W'],
  ['mainMenu', 'es-MX', 'quiero reservar para el 20 de diciembre W'],
  ['arrivalDate', 'en-US', 'december 20 for the W'],
  ['arrivalDate', 'en-US', 'the W on the 5th'],
  ['arrivalDate', 'en-US', 'W the 12th for 3 nights'],
  ['arrivalDate', 'es-MX', 'el 20 de diciembre para el W'],
  ['arrivalDate', 'en-US', 'next W friday'],
  ['nights', 'en-US', 'W nights'],
  ['nights', 'en-US', 'three W'],
  ['nights', 'es-MX', 'dos noches W'],
  ['rooms', 'en-US', '2 W rooms'],
  ['rooms', 'es-MX', 'W dos cuartos'],
  ['roomType', 'en-US', 'the W suite'],
  ['roomType', 'en-US', 'W deluxe king'],
  ['name', 'en-US', 'ana W'],
  ['name', 'en-US', 'my name is W diaz'],
  ['name', 'es-MX', 'me llamo W lópez con zeta'],
  ['payment', 'en-US', 'W card'],
  ['payment', 'es-MX', 'en efectivo W'],
  ['callback', 'en-US', 'W two one two five five five oh one oh one'],
  ['callback', 'es-MX', 'W cincuenta y cinco doce treinta y cuatro'],
  ['readBack', 'en-US', 'yes W'],
  ['readBack', 'es-MX', 'W no, el 21'],
];

const contextFor = (locale: Locale): CallContext => ({ ...catalogueContexts(hotel, locale)[0]!, locale, found: null });

function reading(question: QuestionId, locale: Locale, template: string, word: string): string {
  const heard = readQuestion(question, contextFor(locale), { type: 'caller.speech', text: template.replace('W', word), confidence: 0.9, at: AT });
  // The word itself may be kept (a name, what was said): put the slot back.
  return JSON.stringify(heard).replace(new RegExp(word.replace(/_/g, '_?'), 'gi'), 'W');
}

describe('words every object has, read at every question', () => {
  for (const [question, locale, template] of ANSWERS) {
    it(`"${template}" at ${question} (${locale})`, () => {
      const plain = reading(question, locale, template, PLAIN);
      for (const word of INHERITED) expect(reading(question, locale, template, word), word).toBe(plain);
    });
  }
});

describe('words every object has, in a text or where card numbers are looked for', () => {
  it('is no text command ("constructor" texted alone)', async () => {
    const { textCommand } = await import('../../src/sms/text-input.ts');
    for (const word of INHERITED) expect(textCommand(word), word).toBeNull();
  });

  it('repeats no digit before a card number ("constructor 4 1 1 1 …" is read as the card alone)', async () => {
    const { redact } = await import('../../src/privacy/redact.ts');
    const card = '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1';
    for (const word of INHERITED) expect(redact(`${word} ${card}`), word).toBe(redact(`${PLAIN} ${card}`).replace(PLAIN, word));
  });
});
