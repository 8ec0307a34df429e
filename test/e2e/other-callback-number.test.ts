// "No, a este otro: 33 1234 5678" asked if the hotel may call the number texting: "este" was read
// as "this number", and the other number dropped. A number said wins over the words around it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const callbacks = async () => (await t.db.all<{ callback_number: string }>('SELECT callback_number FROM reservations')).map((r) => r.callback_number);

async function bookBy(from: string, callback: string) {
  const guest = textingGuest(t.baseUrl, from);
  for (const m of ['reservar', '15 dic', 'estandar', '1', '2', 'Luis Pérez', 'efectivo', callback, 'si']) await guest.send(m);
  return guest;
}

describe('another number said at the callback question', () => {
  it('"no, a este otro: 33 1234 5678" is that number', async () => {
    await bookBy('+525511119999', 'no, a este otro: 33 1234 5678');
    expect(await callbacks()).toEqual(['+523312345678']);
  });

  it('"a este" and "sí" are still the number texting; "a otro" alone asks for it (understood: no apology)', async () => {
    await bookBy('+525511119998', 'sí, a este');
    expect(await callbacks()).toEqual(['+525511119998']);
    const guest = textingGuest(t.baseUrl, '+525511119997');
    for (const m of ['reservar', '15 dic', 'estandar', '1', '2', 'Ana Ruiz', 'efectivo']) await guest.send(m);
    expect((await guest.send('no, a otro')).text).toMatch(/^Claro\. .*envíe otro/);
  });
});

describe('the number calling, said in other words', () => {
  it('"the one I\'m calling from", "al que le estoy llamando" are the calling number, by voice', async () => {
    for (const [said, spanish] of [["the one I'm calling from", false], ['al que le estoy llamando', true]] as const) {
      const call = t.call();
      await call.start();
      if (spanish) await call.press('9');
      await call.press('1');
      await call.say(spanish ? 'el 10 de diciembre' : 'december 10th', 0.95);
      for (const key of ['2', '1', '3#']) await call.press(key);
      await call.say('Ana Ruiz', 0.95);
      await call.say(spanish ? 'efectivo' : 'cash', 0.95);
      const readBack = (await call.say(said, 0.95)).said.map((s) => s.text).join(' ');
      expect(readBack, said).toMatch(spanish ? /^A nombre de Ana Ruiz:/ : /^For Ana Ruiz:/);
    }
  });
});
