// Whole calls where the hotel cannot give what was asked: rooms sold for some nights of the stay,
// fewer left than asked, the whole hotel full. What the guest hears, taking an alternative, trying
// other dates, and giving up (recorded as a turnaway: a denial, or a regret after the read-back).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, bookByKeys, heard, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { callRow } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const FULL = "Sorry, we're fully booked on those dates. For other dates, press 9 or say them. For the front desk, press 0.";

let others = 0;
/** Another guest books first (keys as bookByKeys takes them). */
async function bookedBefore(date: string, roomType: string, rooms: string, nights: string): Promise<void> {
  await bookByKeys(t.call({ from: `+1313555${String(1000 + others++)}` }), { date, roomType, rooms, nights });
}

/** Every room of the demo hotel taken on December 4 and 5. */
async function hotelFull(): Promise<void> {
  for (const [type, rooms] of [['1', '2'], ['2', '3'], ['3', '5'], ['3', '1'], ['4', '5'], ['4', '3']] as const) await bookedBefore('1204', type, rooms, '2#');
}

describe('the rooms asked for are not free', () => {
  it('suites sold for one night of the stay: the other types offered, one taken by its name', async () => {
    await bookedBefore('1205', '1', '2', '1#'); // both Ocean Suites on the 5th only
    const call = t.call();
    const offer = await askForStay(call, { date: '1204', roomType: '1', rooms: '1', nights: '3#' });
    expect(heard(offer)).toBe(
      "Sorry, we don't have 1 Ocean Suite free for those dates. Deluxe King, 240 dollars a night: press 1. Double Queen, 180: press 2. Standard, 130: press 3. Other dates: press 9.",
    );
    expect(heard(await call.say('the deluxe king then', 0.95))).toBe("Good news: it's available and on hold for you. May I have your full name?");
  });

  it('fewer left of the cheapest type: offered first, named by the apology just said, before dearer types', async () => {
    await bookedBefore('1204', '4', '5', '2#');
    await bookedBefore('1204', '4', '2', '2#'); // 1 Standard left
    const offer = await askForStay(t.call(), { date: '1204', roomType: '4', rooms: '2', nights: '2#' });
    expect(heard(offer)).toBe(
      "Sorry, we don't have 2 Standard rooms free for those dates. Just 1 left: press 1. Ocean Suite, 420 dollars a night: press 2. Deluxe King, 240: press 3. Other dates: press 9.",
    );
  });

  it('the same in Spanish', async () => {
    await bookedBefore('1204', '4', '5', '2#');
    await bookedBefore('1204', '4', '1', '2#'); // 2 Standard left
    const call = t.call();
    const offer = await askForStay(call, { spanish: true, date: '1204', roomType: '4', rooms: '3', nights: '2#' });
    expect(heard(offer)).toBe(
      'Lo siento, no tenemos 3 habitaciones estándar disponibles para esas fechas. Solo quedan 2: oprima 1. Deluxe King, 240 dólares por noche: oprima 2. Dos camas Queen, 180: oprima 3. Otras fechas: oprima 9.',
    );
    expect(heard(await call.press('1'))).toMatch(/^Sí hay disponibilidad; se las apartamos/);
  });

  it('fewer left of the type, said first: the number alone, and "entonces dos" takes them', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.say('el 10 de diciembre', 0.95);
    await call.press('1');
    await call.press('3');
    const offer = await call.press('2#');
    expect(heard(offer)).toMatch(/^Lo siento, no tenemos 3 suites con vista al mar disponibles para esas fechas\. Solo quedan 2: oprima 1\./);
    expect(heard(await call.say('entonces dos', 0.95))).toBe('Sí hay disponibilidad; se las apartamos mientras terminamos. ¿Me da su nombre completo, por favor?');
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/^A nombre de Ana Torres: 2 suites con vista al mar, 2 noches/);
  });

  it('the whole hotel full: told so (not "no Deluxe King"), other dates or the desk; "how about the 20th?" holds the room then', async () => {
    await hotelFull();
    const call = t.call();
    const offer = await askForStay(call, { date: '1204', roomType: '2', rooms: '1', nights: '2#' });
    expect(heard(offer)).toBe(FULL);
    expect(heard(offer).split(' ').length).toBeLessThanOrEqual(21);
    expect(heard(await call.say('how about the 20th?', 0.95))).toBe("Arriving Sunday, December 20. Good news: it's available and on hold for you. May I have your full name?");
  });

  it('the whole hotel full, other dates still full, then the guest hangs up: a denial', async () => {
    await hotelFull();
    const call = t.call();
    await askForStay(call, { date: '1204', roomType: '2', rooms: '1', nights: '2#' });
    expect(heard(await call.press('9'))).toMatch(/^When do you arrive\?/);
    expect(heard(await call.press('1205'))).toBe(`Arriving Saturday, December 5. ${FULL}`);
    await call.hangup();
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('denial');
  });

  it('silence at a full hotel\'s offer: re-asked with the desk, then the desk', async () => {
    await hotelFull();
    const call = t.call();
    await askForStay(call, { date: '1204', roomType: '2', rooms: '1', nights: '2#' });
    expect(heard(await call.silence())).toBe("Sorry, I didn't hear anything. We're fully booked on those dates. For other dates, press 9 or say them. For the front desk, press 0.");
    await call.silence();
    const third = await call.silence();
    expect(third.waitingFor).toBe('dial');
    expect(heard(third)).toBe("I'm sorry I couldn't help. Let me connect you to the front desk.");
  });

  it('the whole hotel full, in Spanish: "tenemos el hotel lleno", not "no tenemos una habitación Deluxe King"', async () => {
    await hotelFull();
    const call = t.call();
    const offer = await askForStay(call, { spanish: true, date: '1204', roomType: '2', rooms: '1', nights: '2#' });
    expect(heard(offer)).toBe('Lo siento, tenemos el hotel lleno en esas fechas. Para otras fechas, oprima 9 o dígamelas. Para hablar con recepción, oprima 0.');
  });

  it.each([
    [false, 'no thanks, bye', 'Thank you for calling Hotel Miramar. Goodbye.'],
    [false, "oh okay, never mind then, I'll call back", 'Thank you for calling Hotel Miramar. Goodbye.'],
    [true, 'no gracias, así está bien', 'Gracias por llamar al Hotel Miramar. Hasta luego.'],
    [true, 'ah bueno, mejor no, gracias', 'Gracias por llamar al Hotel Miramar. Hasta luego.'],
  ])('spanish=%s "%s" at an offer: thanked and let go, recorded as a turnaway (denial)', async (spanish, said, goodbye) => {
    await bookedBefore('1204', '1', '2', '2#'); // both Ocean Suites
    const call = t.call();
    await askForStay(call, { spanish, date: '1204', roomType: '1', rooms: '1', nights: '2#' });
    const bye = await call.say(said, 0.95);
    expect(heard(bye)).toBe(goodbye);
    expect(bye.hungUp).toBe(true);
    await call.statusCallback('completed', 40);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('denial');
  });

  it('"no thanks" at the whole hotel full: let go too', async () => {
    await hotelFull();
    const call = t.call();
    await askForStay(call, { date: '1204', roomType: '2', rooms: '1', nights: '2#' });
    expect((await call.say('no thank you', 0.95)).hungUp).toBe(true);
    await call.statusCallback('completed', 30);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('denial');
  });

  it('read back, then the guest hangs up without confirming: a regret', async () => {
    const call = t.call();
    await keypadToReadBack(call);
    await call.hangup();
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('regret');
  });

  it('more rooms than one booking takes, said in Spanish: the desk, in Spanish', async () => {
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.press('1204');
    await call.press('4');
    const turn = await call.say('seis habitaciones', 0.95);
    expect(heard(turn)).toBe('6 habitaciones. Para más de 5 habitaciones le atiende recepción. Le comunico.');
    expect(turn.waitingFor).toBe('dial');
  });
});
