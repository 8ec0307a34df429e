// A text says the rooms are held for the guest only when they are. One number holds rooms for one
// call or conversation at a time (src/inventory/inventory.ts), so a guest on the phone who also
// texts the hotel is offered the rooms by text without a hold, and must not read that they are kept.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const GUEST = '+12125550161';

describe('"held for you" in a text', () => {
  it('is written when the rooms are held, and left out when they are not', async () => {
    const held = await textingGuest(t.baseUrl, '+12125550160').send('a deluxe king on december 10 for 2 nights');
    expect(held.text).toMatch(/ Good news: it's available, and held for you while we finish\. /);

    // The same guest holds a room on the phone; their text finds one without holding it.
    await askForStay(t.call({ from: GUEST }), { roomType: '2', rooms: '1', nights: '2#' });
    const found = await textingGuest(t.baseUrl, GUEST).send('a deluxe king on december 10 for 2 nights');
    expect(found.text).toMatch(/ Good news: it's available\. What is your full name/);
    expect(found.text).not.toMatch(/held/);
  });

  it('in Spanish likewise', async () => {
    await askForStay(t.call({ from: GUEST }), { roomType: '2', rooms: '1', nights: '2#' });
    const found = await textingGuest(t.baseUrl, GUEST).send('quiero una deluxe king el 10 de diciembre por 2 noches');
    expect(found.text).toMatch(/^Una habitación Deluxe King.* Sí hay disponibilidad\. /);
    expect(found.text).not.toMatch(/apartamos/);
  });
});
