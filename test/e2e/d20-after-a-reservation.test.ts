// After hearing a reservation: "I also want to book another room for December 20" books another
// stay in the same call, with what was said of it (was "Sorry, I didn't understand"); "ok thanks,
// that's all" / "no, gracias, es todo" says goodbye (its "ok" was a yes to cancelling: the cancel
// question followed).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';

const GUEST = '+12125554821';
let t: TestApp;
beforeEach(async () => {
  let n = 43961045;
  t = await startTestApp({ newConfirmation: () => String(n++) });
  await bookByKeys(t.call({ from: GUEST }));
});
afterEach(async () => t.close());

async function atReservation(spanish = false) {
  const call = t.call({ from: GUEST });
  await call.start();
  if (spanish) await call.press('9');
  await call.press('2');
  expect(heard(await call.say('Torres', 0.9))).toMatch(/^Reserva(tion|ción) 4 3 9 6, 1 0 4 5/);
  return call;
}

describe('after a reservation heard', () => {
  it('"I also want to book another room for December 20": a booking of it, made in the same call', async () => {
    const call = await atReservation();
    expect(heard(await call.say('I also want to book another room for december 20', 0.9))).toMatch(
      /^1 room, arriving Sunday, December 20\. Our rooms: Ocean Suite/,
    );
    await call.say('the standard', 0.9);
    expect(heard(await call.say('two nights', 0.9))).toMatch(/available/);
    await call.say('Ana Torres', 0.95);
    await call.say('cash', 0.9);
    await call.say('yes', 0.9);
    expect(heard(await call.say('yes', 0.9))).toMatch(/^You're booked\. Your confirmation number: 4 3 9 6, 1 0 4 6/);
  });

  it('in Spanish, "quiero hacer otra reservación": the arrival asked', async () => {
    const call = await atReservation(true);
    expect(heard(await call.say('quiero hacer otra reservación', 0.9))).toMatch(/^¿Para qué fecha sería su llegada\?/);
  });

  it('"ok thanks, that is all" / "no, gracias, es todo": goodbye, nothing cancelled', async () => {
    const call = await atReservation();
    const bye = await call.say('ok thanks, that is all', 0.9);
    expect(heard(bye)).toBe('Thank you for calling Hotel Miramar. Goodbye.');
    expect(bye.waitingFor).not.toBe('input');

    const es = await atReservation(true);
    expect(heard(await es.say('no, gracias, es todo', 0.9))).toBe('Gracias por llamar al Hotel Miramar. Hasta luego.');
    const status = await t.db.get<{ status: string }>("SELECT status FROM reservations WHERE confirmation = '43961045'");
    expect(status?.status).toBe('booked');
  });
});
