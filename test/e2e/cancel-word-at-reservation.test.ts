// A guest reading their reservation by text ("…Para cancelarla, responda 1") who texts CANCELAR
// means that reservation. The CANCEL command ended the conversation instead, with "Su solicitud
// está cancelada": the guest believed the booking gone while it stood. It now asks to confirm
// the reservation's cancel, and CANCELAR (or SÍ) confirms it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  const numbers = ['13345617'];
  t = await startTestApp({ newConfirmation: () => numbers.shift()! });
});
afterEach(async () => t.close());

const status = async () => (await t.db.all<{ status: string }>('SELECT status FROM reservations')).map((r) => r.status);

async function bookAndFind(guest: ReturnType<typeof textingGuest>, spanish: boolean) {
  if (spanish) {
    for (const m of ['hola quiero reservar para el 12 de dic 2 noches una estandar', 'Pedro Infante', 'efectivo', 'si', 'si']) await guest.send(m);
    await guest.send('hola, quiero cancelar mi reservación');
    return (await guest.send('Infante')).text;
  }
  for (const m of ['hi, a standard room dec 12 for 2 nights', 'Pat Lee', 'cash', 'yes', 'yes']) await guest.send(m);
  await guest.send('I want to cancel my reservation');
  return (await guest.send('Lee')).text;
}

describe('CANCEL while a reservation is read', () => {
  it('CANCELAR asks to confirm that reservation, and a second CANCELAR cancels it', async () => {
    const guest = textingGuest(t.baseUrl, '+525511116666');
    expect(await bookAndFind(guest, true)).toMatch(/^Reservación 13345617: .*Para cancelarla, responda 1\.$/);
    expect((await guest.send('CANCELAR')).text).toBe('¿Cancelo la reservación 13345617, con llegada el sábado 12 de diciembre? Responda SÍ para cancelarla, o NO para conservarla.');
    expect(await status()).toEqual(['booked']);
    expect((await guest.send('CANCELAR')).text).toMatch(/^La reservación 13345617 quedó cancelada\./);
    expect(await status()).toEqual(['cancelled']);
  });

  it('CANCEL, then NO, keeps it', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550190');
    await bookAndFind(guest, false);
    expect((await guest.send('CANCEL')).text).toMatch(/^Cancel reservation 13345617, arriving Saturday, December 12\? Reply YES to cancel it, or NO to keep it\.$/);
    await guest.send('no');
    expect(await status()).toEqual(['booked']);
  });
});
