// Round 29: two room types in one request, each with its own count ("two doubles and a king"): the
// count of the second waits with it and is said in its offer ("Now 1 Deluxe King room for the same
// dates?"), so a yes books it without asking the rooms again; a type said with no count of its own is
// asked, never guessed. By text the second type is offered too (the conversation no longer closes at
// the first booking), and a "no" ends it politely.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

/** Reservations made in the test, in order, with their type and rooms. */
function reservations(): Promise<{ room_type: string; rooms: number; arrival: string; nights: number }[]> {
  return t.db.all(`SELECT rt.code AS room_type, r.rooms, r.arrival, r.nights FROM reservations r JOIN room_types rt ON rt.id = r.room_type_id ORDER BY r.id`);
}

/** The guest's text conversations: whether each is over. */
function conversations(): Promise<{ ended_at: string | null }[]> {
  return t.db.all(`SELECT ended_at FROM calls WHERE channel = 'sms' ORDER BY started_at`);
}

describe('the second room type keeps its own count', () => {
  it('"two doubles and a king": the doubles first, then "Now 1 Deluxe King room", booked without asking the rooms', async () => {
    const call = t.call({ from: '+12125552901', to: MIRAMAR });
    await call.start();
    expect(heard(await call.say('two doubles and a king on December 18 for 2 nights', 0.95))).toMatch(/2 Double Queen rooms, arriving Friday, December 18, for 2 nights\./);
    await call.say('John Smith', 0.95);
    await call.say('cash', 0.95);
    await call.press('1');
    expect(heard(await call.say('yes', 0.95))).toMatch(/Now 1 Deluxe King room for the same dates\? Press 1 or say yes\.$/);
    const second = heard(await call.say('yes', 0.95));
    expect(second).not.toMatch(/How many rooms/);
    expect(second).toMatch(/^1 Deluxe King room, arriving Friday, December 18, for 2 nights\. Good news.*For John Smith: 1 Deluxe King room, 2 nights from Friday, December 18/);
    await call.press('1');
    expect(await reservations()).toEqual([
      { room_type: 'DQ', rooms: 2, arrival: '2026-12-18', nights: 2 },
      { room_type: 'DLX', rooms: 1, arrival: '2026-12-18', nights: 2 },
    ]);
  });

  it('"a king and two doubles", by keys after: "Now 2 Double Queen rooms", and pressing 1 books two', async () => {
    const call = t.call({ from: '+12125552902', to: MIRAMAR });
    await call.start();
    await call.say('a king and two doubles on December 18 for 2 nights', 0.95);
    await call.say('John Smith', 0.95);
    await call.press('2');
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/Now 2 Double Queen rooms for the same dates\?/);
    expect(heard(await call.press('1'))).toMatch(/^2 Double Queen rooms, arriving Friday, December 18, for 2 nights\. Good news/);
    await call.press('1');
    expect((await reservations()).map((r) => [r.room_type, r.rooms])).toEqual([['DLX', 1], ['DQ', 2]]);
  });

  it('a second type said without a count of its own is asked, not guessed', async () => {
    const call = t.call({ from: '+12125552903', to: MIRAMAR });
    await call.start();
    await call.say('one king and some doubles on December 18 for 2 nights', 0.95);
    await call.say('John Smith', 0.95);
    await call.say('cash', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/Now the Double Queen for the same dates\?/);
    expect(heard(await call.press('1'))).toMatch(/How many rooms\?$/);
  });

  it('in Spanish: "dos sencillas y una doble", then "¿Ahora una habitación doble…?"', async () => {
    const call = t.call({ from: '+525512342904', to: SIERRA });
    await call.start();
    expect(heard(await call.say('quiero dos sencillas y una doble para el 20 de diciembre, dos noches', 0.95))).toMatch(/2 habitaciones sencillas/i);
    await call.say('Ana López', 0.95);
    await call.say('efectivo', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/¿Ahora una habitación doble para las mismas fechas\? Oprima 1 o diga "sí"\.$/);
    expect(heard(await call.say('sí', 0.95))).not.toMatch(/¿Cuántas habitaciones\?/);
    await call.press('1');
    expect((await reservations()).map((r) => [r.room_type, r.rooms])).toEqual([['SGL', 2], ['DBL', 1]]);
  });
});

describe('the second room type offered by text', () => {
  it('booked, then "Now 2 Double Queen rooms for the same dates? Reply YES": a YES books them, and the conversation ends', async () => {
    const guest = textingGuest(t.baseUrl, '+12125552905', MIRAMAR);
    const first = await guest.send("Hi, I'd like a king and 2 double queens for Dec 18, 2 nights, name John Smith, paying cash");
    expect(first.text).toMatch(/first the Deluxe King, then the Double Queen\./);
    await guest.send('yes');
    const booked = (await guest.send('yes')).text;
    expect(booked).toMatch(/^You're booked\. Confirmation number: \d{8}\..* Now 2 Double Queen rooms for the same dates\? Reply YES, or NO if that's all\.$/);
    expect(booked).not.toMatch(/Press/);
    expect((await conversations())[0]?.ended_at).toBeNull();
    const second = (await guest.send('YES')).text;
    expect(second).toMatch(/^2 Double Queen rooms, arriving Friday, December 18, for 2 nights\./);
    expect(second).not.toMatch(/How many rooms/);
    // The name, payment and number already given: straight to the read-back.
    expect(second).toMatch(/For John Smith: 2 Double Queen rooms, 2 nights from Friday, December 18: .* Reply YES to confirm/);
    expect((await guest.send('yes')).text).toMatch(/^You're booked\. Confirmation number: \d{8}\. Thank you for choosing Hotel Miramar!$/);
    expect((await conversations())[0]?.ended_at).not.toBeNull();
    expect((await reservations()).map((r) => [r.room_type, r.rooms])).toEqual([['DLX', 1], ['DQ', 2]]);
  });

  it('in Spanish, "no" to the second: a goodbye, one reservation, the conversation over', async () => {
    const guest = textingGuest(t.baseUrl, '+525512342906', SIERRA);
    await guest.send('hola, quiero una sencilla y dos dobles para el 20 de diciembre, 2 noches, a nombre de Ana López, pago en efectivo');
    await guest.send('sí');
    const booked = (await guest.send('sí')).text;
    expect(booked).toMatch(/¿Ahora 2 habitaciones dobles para las mismas fechas\? Responda SÍ, o NO si es todo\.$/);
    expect((await guest.send('no, gracias')).text).toMatch(/^Gracias por escribir/);
    expect((await conversations())[0]?.ended_at).not.toBeNull();
    expect((await reservations()).map((r) => r.room_type)).toEqual(['SGL']);
  });
});
