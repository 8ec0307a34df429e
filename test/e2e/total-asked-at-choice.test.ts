// A room type chosen with "please" and its price for the whole stay asked in one breath ("the king
// please, how much is that in total?"): the type is taken, not asked about, and the total for the
// nights known is said with the rate; without the nights, the rate alone (nothing made up).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('the total asked as the type is chosen', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('"the king please, how much is that in total?" takes the King and says 2 nights\' total', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550141');
    await guest.send('hi do you have a room dec 24 to 26');
    const reply = await guest.send('the king please, how much is that in total?');
    expect(reply.text).toContain('240 dollars a night; 480 dollars in total for 2 nights');
    expect(reply.text).not.toContain('Would you like it?');
    expect(reply.text).toContain('full name');
  });

  it('"la doble porfa, ¿cuánto sale en total?" takes the Double, with the total in Spanish', async () => {
    const guest = textingGuest(t.baseUrl, '+5213312340041');
    await guest.send('hola, un cuarto del 24 al 26 de diciembre');
    const reply = await guest.send('la doble porfa, ¿cuánto sale en total?');
    expect(reply.text).toContain('180 dólares por noche; en total, 360 dólares por 2 noches');
    expect(reply.text).not.toContain('¿Le gustaría esa?');
  });

  it('a question about one type in total, for two rooms, counts both rooms and still asks', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550142');
    await guest.send('hi 2 rooms dec 24 for 3 nights');
    const reply = await guest.send('how much is the king in total?');
    expect(reply.text).toContain('240 dollars a night; 1,440 dollars in total for 2 rooms, 3 nights');
    expect(reply.text).toContain('Would you like it?');
  });

  it('"tell me about the king please" still asks, and a rate a night is all that is said without "total"', async () => {
    const guest = textingGuest(t.baseUrl, '+13125550143');
    await guest.send('hi do you have a room dec 24 to 26');
    const reply = await guest.send('how much is the king please?');
    expect(reply.text).toContain('240 dollars a night.');
    expect(reply.text).not.toContain('in total');
    expect(reply.text).toContain('Would you like it?');
  });
});
