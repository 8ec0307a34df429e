// A travel agent, an assistant, a son booking for his mother: the reservation is under the guest's
// name they give, read back as such, and the number calling stays the callback number.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { reservations } from '../helpers/timeline.ts';

const CALLER = '+12125550123';
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** The stay by keys, the words said at the name question, keys for the rest; returns the read-back. */
async function nameSaid(words: string, from: string, spanish = false): Promise<string> {
  const call = t.call({ from });
  await askForStay(call, { spanish, roomType: '4' });
  await call.say(words, 0.95);
  await call.press('1');
  const readBack = heard(await call.press('1'));
  await call.press('1');
  return readBack;
}

describe('a reservation made for someone else', () => {
  it('is under the guest named at the name question, in English and Spanish; the callback is the number calling', async () => {
    // (Each from its own number: an agent's line books for many, and each reservation's callback is that line.)
    expect(await nameSaid("I'm booking for a client, John Smith", '+12125550141')).toMatch(/^For John Smith: 1 Standard room/);
    expect(await nameSaid("the reservation should be under my mother's name, Rosa Díaz", '+12125550142')).toMatch(/^For Rosa Díaz: /);
    expect(await nameSaid('soy asistente, reservo para el señor Juan Pérez', '+12125550143', true)).toMatch(/^A nombre de Juan Pérez: /);
    expect(await nameSaid('es para mi jefe, el licenciado Pérez', '+12125550144', true)).toMatch(/^A nombre de Pérez: /);
    const rows = await reservations(t.db);
    expect(rows.map((r) => [r.guest_name, r.callback_number])).toEqual([
      ['John Smith', '+12125550141'],
      ['Rosa Díaz', '+12125550142'],
      ['Juan Pérez', '+12125550143'],
      ['Pérez', '+12125550144'],
    ]);
  });

  it("is under the guest, not the caller who gave their own name first", async () => {
    const call = t.call({ from: CALLER });
    await call.start();
    await call.say('Hi, this is Ana Torres. I need a deluxe king on december 4 for 2 nights, the room is for Luis Gómez', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^For Luis Gómez: 1 Deluxe King room, 2 nights from Friday, December 4/);
    await call.press('1');
    expect((await reservations(t.db)).map((r) => [r.guest_name, r.callback_number])).toEqual([['Luis Gómez', CALLER]]);
  });

  it("asks the guest's name when whose it is came without one, in English and Spanish", async () => {
    const call = t.call({ from: CALLER });
    await askForStay(call);
    expect(heard(await call.say("It's for my boss", 0.95))).toBe("May I have the guest's full name?");
    expect(heard(await call.say('Peter Hall', 0.95))).toMatch(/^How will you pay/);

    const es = t.call({ from: CALLER });
    await es.start();
    await es.press('9');
    await es.say('quiero reservar para un cliente', 0.95);
    await es.press('1204');
    await es.press('2');
    await es.press('1');
    expect(heard(await es.press('2#'))).toMatch(/¿Me da el nombre completo del huésped, por favor\?$/);
  });
});
