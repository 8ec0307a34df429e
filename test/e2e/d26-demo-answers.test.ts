// The demo group's two properties answer the common questions (check-in and out, parking,
// breakfast, pets, address, cancellation, taxes) in their callers' words: the Miramar as a US agent
// would, the Sierra Alta as a Mexican agent would (and in English for English callers). The
// cancellation policy is heard in the words callers use ("can I cancel for free", "refund", "se
// puede cancelar", "cancelar sin costo"), and asking it mid-booking keeps the booking.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const SIERRA_US = '+15557650200';
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

async function askAtGreeting(to: string, question: string, english = false): Promise<string> {
  const call = t.call({ from: '+12125550190', to });
  await call.start();
  if (english) await call.press('9');
  const turn = await call.say(question, 0.95);
  expect(turn.waitingFor, question).toBe('input');
  return heard(turn);
}

const MIRAMAR_EN: [string, string][] = [
  ['can I cancel for free?', 'You can cancel at no charge until 6 PM on your arrival day.'],
  ['is it refundable?', 'You can cancel at no charge until 6 PM on your arrival day.'],
  ['what time is check in?', 'Check-in is from 3 PM.'],
  ['how late can we check out', 'Check-out is at 11 AM.'],
  ['do you have parking?', 'Yes, there is parking at the hotel for $25 a night.'],
  ['is breakfast included?', 'Breakfast is included, from 7 to 10 AM.'],
  ['can I bring my dog?', 'Dogs and cats up to 25 pounds are welcome, for $40 a stay.'],
  ['where are you located?', 'We are at 1200 Ocean Drive, Miami Beach.'],
  ['does that include tax?', 'Rates are before the 13% hotel tax; there is no resort fee.'],
];
const SIERRA_ES: [string, string][] = [
  ['¿se puede cancelar?', 'Puede cancelar sin costo hasta las 3 de la tarde del día de su llegada.'],
  ['¿puedo cancelar sin costo?', 'Puede cancelar sin costo hasta las 3 de la tarde del día de su llegada.'],
  ['¿me regresan el dinero si cancelo?', 'Puede cancelar sin costo hasta las 3 de la tarde del día de su llegada.'],
  ['¿a qué hora es la entrada?', 'La entrada es a partir de las 3 de la tarde.'],
  ['¿a qué hora hay que entregar el cuarto?', 'La salida es a las 12 del día.'],
  ['¿tienen estacionamiento?', 'Sí, tenemos estacionamiento sin costo para huéspedes.'],
  ['¿incluye desayuno?', 'El desayuno no está incluido; el restaurante lo sirve de 7 a 11 de la mañana.'],
  ['¿aceptan mascotas?', 'Sí, aceptamos mascotas pequeñas, con un cargo de 300 pesos por noche.'],
  ['¿dónde están ubicados?', 'Estamos en Avenida Sierra Alta 250, en Valle de Bravo, Estado de México.'],
  ['¿ya incluye impuestos?', 'Nuestras tarifas ya incluyen IVA e impuesto de hospedaje.'],
];
const SIERRA_EN: [string, string][] = [
  ['can I cancel for free?', 'You can cancel free of charge until 3 PM on your arrival day.'],
  ['what time is checkout?', 'Check-out is at noon.'],
  ['is parking free?', 'Yes, parking is free for guests.'],
  ['do the rates include taxes?', 'Our rates already include VAT and lodging tax.'],
];

describe('the demo group answers the common questions', () => {
  it('the Miramar in English: each answer, then the menu; short', async () => {
    for (const [q, a] of MIRAMAR_EN) {
      const said = await askAtGreeting(MIRAMAR, q);
      expect(said, q).toBe(`${a} To book a room, press 1. For an existing reservation, 2. For the front desk, 0.`);
      expect(words(a), a).toBeLessThanOrEqual(16);
    }
  });

  it('the Sierra Alta in Spanish, and in English for an English caller', async () => {
    for (const [q, a] of SIERRA_ES) {
      const said = await askAtGreeting(SIERRA, q);
      expect(said, q).toBe(`${a} Para reservar, oprima 1. Si ya tiene una reservación, 2. Para hablar con recepción, 0.`);
      expect(words(a), a).toBeLessThanOrEqual(16);
    }
    for (const [q, a] of SIERRA_EN) expect(await askAtGreeting(SIERRA_US, q, true), q).toMatch(new RegExp(`^${a.replace(/[.?]/g, '\\$&')} To book a room`));
  });

  it('a request to cancel a reservation is still one, not the policy', async () => {
    expect(await askAtGreeting(MIRAMAR, 'I want to cancel my reservation')).toMatch(/^Key in your confirmation number/);
    expect(await askAtGreeting(SIERRA, 'quiero cancelar mi reservación')).toMatch(/^Marque su número de confirmación/);
  });

  it('the cancellation asked at the read-back: answered, and the booking kept to confirm', async () => {
    const call = t.call({ from: '+525512340010', to: SIERRA });
    await call.start();
    await call.say('quiero reservar la doble el 12 de diciembre por 2 noches', 0.95);
    await call.say('una', 0.95);
    await call.say('Ana Ruiz', 0.95);
    await call.say('efectivo', 0.95);
    expect(heard(await call.say('sí', 0.95))).toMatch(/^A nombre de Ana Ruiz: una habitación doble/);
    const asked = await call.say('¿y si cancelo me regresan el dinero?', 0.95);
    expect(heard(asked)).toMatch(/^Puede cancelar sin costo hasta las 3 de la tarde del día de su llegada\. Para confirmar la reservación, oprima 1/);
    expect(heard(await call.say('sí', 0.95))).toMatch(/^Listo, quedó confirmada\./);
  });

  it('by text at the Sierra: the policy, then the greeting', async () => {
    const guest = textingGuest(t.baseUrl, '+525512340009', SIERRA);
    expect((await guest.send('hola, se puede cancelar sin costo?')).text).toMatch(/^Puede cancelar sin costo hasta las 3 de la tarde del día de su llegada\./);
  });
});
