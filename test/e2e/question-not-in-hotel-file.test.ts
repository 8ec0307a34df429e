// A question the hotel file does not answer ("is there a shuttle from the airport?", "¿tienen
// alberca?") was "Sorry, I didn't understand that" and a miss towards the front desk: a caller who
// spoke clearly was asked to say it again. Now it is said that the desk can help with it, the
// question is asked again, and nothing counts as a miss.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (turn: { said: { text: string }[] }) => turn.said.map((s) => s.text).join(' ');
const NOT_HERE = "Sorry, I can't help with that here; the front desk can: press 0.";

describe('a question the hotel file does not answer', () => {
  it('by voice at the greeting, three in a row: said so each time, the menu again, no transfer', async () => {
    const call = t.call();
    await call.start();
    for (const question of ['is there a shuttle from the airport', 'ok and how far are you from the beach', 'Do you guys have a gym?']) {
      const turn = await call.say(question, 0.95);
      expect(words(turn)).toMatch(new RegExp(`^${NOT_HERE.replace(/[.?]/g, '\\$&')} To book a room, press 1`));
      expect(turn.dial).toBeUndefined();
    }
    // What the hotel file answers is still answered, and a booking still starts.
    expect(words(await call.say('what time is check in?', 0.95))).toMatch(/^Check-in is from 3 PM\./);
    expect(words(await call.say('I want to book a room', 0.95))).not.toContain('detail');
  });

  it('in the middle of a booking, in Spanish: what was collected is kept and the same question asked', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    const date = await call.say('quiero reservar para el 20 de diciembre, dos noches', 0.95);
    expect(words(date)).toMatch(/Estándar, 130: oprima 4\.$/);
    const asked = await call.say('oiga, una pregunta, ¿tienen alberca?', 0.95);
    expect(words(asked)).toMatch(/^Con eso no le puedo ayudar por aquí; en recepción sí: oprima 0\. ¿Cuál prefiere\? Suite con vista al mar, 1\. .*Estándar, 4\.$/);
    expect(words(await call.say('la suite', 0.95))).toMatch(/^La suite con vista al mar\./);
  });

  it('a Spanish question at the English greeting: the call goes on in Spanish, the question answered there', async () => {
    const call = t.call();
    await call.start();
    const turn = await call.say('oiga, ¿tienen alberca techada?', 0.95);
    expect(words(turn)).toMatch(/^Con eso no le puedo ayudar por aquí; en recepción sí: oprima 0\. Para reservar, oprima 1\./);
    // "¿Hablan español?" still only chooses the language.
    const asked = t.call();
    await asked.start();
    expect(words(await asked.say('¿hablan español?', 0.95))).toMatch(/^Para reservar/);
  });

  it('words that are no question are still not understood', async () => {
    const call = t.call();
    await call.start();
    expect(words(await call.say('purple elephant', 0.95))).toMatch(/^Sorry, I didn't understand that\./);
  });

  it('a question of the call itself is answered as a person on the phone would, in the language of the call', async () => {
    const call = t.call();
    await call.start();
    expect(words(await call.say('hello? can you hear me?', 0.95))).toMatch(/^Yes, I can hear you\. To book a room, press 1/);
    expect(words(await call.say('is this the Miramar?', 0.95))).toMatch(/^Yes, this is Hotel Miramar\. To book a room/);
    const machine = await call.say('wait, are you a robot?', 0.95);
    expect(words(machine)).toMatch(/^This is Hotel Miramar's automated line\. To talk with a person, press 0\. To book a room/);
    expect(machine.dial).toBeUndefined();
    const es = t.call();
    await es.start();
    await es.press('9');
    expect(words(await es.say('¿bueno? ¿me escucha?', 0.95))).toMatch(/^Sí, le escucho\. Para reservar/);
    expect(words(await es.say('¿es una grabación?', 0.95))).toMatch(/^Está hablando con el sistema automático del Hotel Miramar\. Para hablar con una persona, oprima 0\./);
  });

  it('by text: said so with the word to reach the desk, then the greeting', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550143');
    expect((await guest.send('hi do you have wifi?')).text).toMatch(/^Sorry, I can't help with that here; the front desk can: reply AGENT\. Hello, this is Hotel Miramar\./);
    const es = textingGuest(t.baseUrl, '+525512340077');
    await es.send('hola');
    expect((await es.send('hay gimnasio?')).text).toMatch(/^Con eso no le puedo ayudar por aquí; en recepción sí: responda AGENTE\./);
  });
});
