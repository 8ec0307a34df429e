// "What's the cheapest room you have for next Friday?" at the greeting: the Standard's rate was said
// after "Sorry, I don't have that detail" (the date's words counted as something the file does not
// say), then every room again, and "ok, I'll take it" was not understood. Now the rate, the date,
// and "Would you like it?", which a yes (or "I'll take it", "sí, esa") answers.

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

describe('a room type asked about in a whole request', () => {
  it('by voice: its rate, the date heard, and "Would you like it?"; "I\'ll take it" takes it', async () => {
    const call = t.call();
    await call.start();
    const asked = words(await call.say("Hi, what's the cheapest room you have for next friday?", 0.95));
    expect(asked).toMatch(/^The Standard is 130 dollars a night\. 1 room, arriving Friday, [A-Z][a-z]+ \d+\. Would you like it\?/);
    expect(asked).not.toContain('detail');
    expect(asked).not.toContain('Ocean Suite');
    expect(words(await call.say("ok I'll take it", 0.95))).toBe('How many nights?');
  });

  it('in Spanish: "sí, esa" takes it', async () => {
    const call = t.call();
    await call.start();
    const asked = words(await call.say('¿cuál es la más barata que tienen para el próximo viernes?', 0.95));
    expect(asked).toMatch(/^Estándar: 130 dólares por noche\. Llegada el viernes \d+ de [a-z]+\. ¿Le gustaría esa\?/);
    expect(words(await call.say('sí, esa', 0.95))).toBe('¿Cuántas habitaciones?');
  });

  it('by text: the same, and YES takes it', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550188');
    const asked = (await guest.send("what's your cheapest room for next friday?")).text;
    expect(asked).toMatch(/Standard/);
    expect(asked).not.toContain('Ocean Suite');
    expect(asked).toMatch(/Would you like it\? Reply YES/);
    expect((await guest.send('yes')).text).toBe('How many nights?');
  });

  it('"if possible" is no detail the file lacks; Mexican "¿a cómo está…?" asks the rate; the desk by text is a word', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550199');
    const asked = (await guest.send('Hi! Looking for a room Dec 26-28, 2 queens if possible. How much?')).text;
    expect(asked).toMatch(/^The Double Queen is 180 dollars a night\. 1 room, arriving [A-Za-z]+, December 26, for 2 nights\. Would you like it\?/);
    const es = textingGuest(t.baseUrl, '+525587654321');
    expect((await es.send('buenas noches, a como esta la suite para año nuevo')).text).toMatch(/420 dólares/);
    const balcony = (await textingGuest(t.baseUrl, '+12125550177').send('does the suite have a balcony?')).text;
    expect(balcony).toContain('the front desk can tell you: reply AGENT.');
    expect(balcony).not.toMatch(/reply 0|press/);
  });
});
