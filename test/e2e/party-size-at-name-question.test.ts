// At the name question a guest may answer another question: how many are coming ("for four
// adults", "2 personas", "there will be three of us"). Kept as the name, those words would be read
// back and written on the booking and its confirmation text. They are not a name: the name is
// asked again, and what reads as a sentence is said back to be confirmed before it is kept.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** What the guest hears after saying `said` at the name question, and the read-back after "Ana Diaz" (or after confirming). */
async function afterName(said: string, spanish = false) {
  const call = t.call();
  await askForStay(call, { spanish }); // 1 Deluxe King, Dec 4, 2 nights
  const atName = (await call.say(said, 0.95)).said.map((s) => s.text).join(' ');
  return { call, atName };
}

describe('the party size said at the name question', () => {
  it.each(['for four adults', 'there will be three of us', 'two people', 'just us two'])('"%s" asks for the name again', async (said) => {
    const { call, atName } = await afterName(said);
    expect(atName).toMatch(/name/i);
    expect(atName).not.toMatch(/How will you pay/);
    await call.say('Ana Diaz', 0.95);
    await call.press('2');
    const readBack = (await call.press('1')).said.map((s) => s.text).join(' ');
    expect(readBack).toMatch(/^For Ana Diaz: 1 Deluxe King room/);
    expect(countWords(atName)).toBeLessThanOrEqual(20);
  });

  it.each(['2 personas', 'somos cuatro adultos'])('"%s" asks for the name again, in Spanish', async (said) => {
    const { call, atName } = await afterName(said, true);
    expect(atName).toMatch(/nombre/);
    expect(atName).not.toMatch(/Cómo va a pagar/);
    await call.say('Ana Díaz', 0.95);
    await call.press('2');
    const readBack = (await call.press('1')).said.map((s) => s.text).join(' ');
    expect(readBack).toMatch(/^A nombre de Ana Díaz: una habitación Deluxe King/);
  });

  it('words that read as a sentence are said back before they are kept', async () => {
    const { call, atName } = await afterName('it would be the same as before');
    expect(atName).toMatch(/^I have It Would Be The Same As\. .*press 1.*press 2/);
    const again = (await call.press('2')).said.map((s) => s.text).join(' ');
    expect(again).toMatch(/name/i);
  });

  it('a clearly heard name is still kept at once', async () => {
    for (const name of ['Will Smith', 'Ana dos Santos', 'María de la Cruz']) {
      const { atName } = await afterName(name);
      expect(atName).toMatch(/How will you pay/);
    }
  });

  it('by text too: "2 personas" is not the name on the booking', async () => {
    const guest = textingGuest(t.baseUrl, '+525512345678');
    let reply = await guest.send('Hola, quiero reservar una Deluxe para el 4 de diciembre, 2 noches, una habitación');
    expect(reply.text).toMatch(/A nombre de quién|nombre/);
    reply = await guest.send('2 personas');
    expect(reply.text).toMatch(/nombre/);
    expect(reply.text).not.toMatch(/pagar/);
    reply = await guest.send('Ana Díaz');
    expect(reply.text).toMatch(/pagar/);
  });
});
