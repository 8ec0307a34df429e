// Round 28: two room types in one request ("a king for us and one with two beds for the kids",
// "una sencilla y una doble"): the first is this reservation, said so; once it is booked the second
// is offered for the same dates, and a yes books it with the name and payment already given.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

/** Reservations made in the test, by type, with their arrival and nights. */
function reservations(): Promise<{ room_type: string; arrival: string; nights: number; guest_name: string }[]> {
  return t.db.all(`SELECT rt.code AS room_type, r.arrival, r.nights, r.guest_name FROM reservations r JOIN room_types rt ON rt.id = r.room_type_id ORDER BY r.id`);
}

describe('two room types asked for at once', () => {
  it('in English: the king booked first, then "Now the Double Queen for the same dates?", and a yes books it', async () => {
    const call = t.call({ from: '+12125550501', to: MIRAMAR });
    await call.start();
    const first = heard(await call.say('I need a king for us and one with two beds for the kids on December 18 for 2 nights', 0.95));
    expect(first).toMatch(/first the Deluxe King, then the Double Queen\./);
    expect(first).toMatch(/1 Deluxe King room, arriving Friday, December 18, for 2 nights\./);
    expect(first).not.toMatch(/Our rooms/);
    await call.say('John Smith', 0.95);
    await call.say('cash', 0.95);
    await call.press('1');
    const booked = heard(await call.say('yes', 0.95));
    expect(booked).toMatch(/Now the Double Queen for the same dates\? Press 1 or say yes\.$/);
    expect(heard(await call.say('yes', 0.95))).toMatch(/The Double Queen, arriving Friday, December 18, for 2 nights\. How many rooms\?$/);
    expect(heard(await call.press('1'))).toMatch(/^Good news.*For John Smith: 1 Double Queen room, 2 nights from Friday, December 18/);
    expect(heard(await call.say('yes', 0.95))).toMatch(/Another booking\? Press 1\.$/);
    expect(await reservations()).toEqual([
      { room_type: 'DLX', arrival: '2026-12-18', nights: 2, guest_name: 'John Smith' },
      { room_type: 'DQ', arrival: '2026-12-18', nights: 2, guest_name: 'John Smith' },
    ]);
  });

  it('in Spanish, by keys after: "no" to the second ends the call with one reservation', async () => {
    const call = t.call({ from: '+525512340502', to: SIERRA });
    await call.start();
    const first = heard(await call.say('quiero una sencilla y una doble para el 20 de diciembre, dos noches', 0.95));
    expect(first).toMatch(/primero la habitación sencilla y después la habitación doble\./i);
    await call.say('Ana López', 0.95);
    await call.say('efectivo', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/¿Ahora una habitación doble para las mismas fechas\? Oprima 1 o diga "sí"\.$/i);
    expect((await call.say('no, gracias', 0.95)).waitingFor).not.toBe('input');
    expect((await reservations()).map((r) => r.room_type)).toEqual(['SGL']);
  });
});
