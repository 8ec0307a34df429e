// One caller, one number (src/calls/caller-number.ts): Mexico's retired mobile "1" ("+52 1 55 1234
// 5678" is the line "+52 55 1234 5678") and any other spelling of one number Twilio may send are
// one caller wherever the number is a key: their calls, their text conversation, STOP/PARAR,
// the reservations found by caller ID, the rooms they may hold.

import { afterEach, describe, expect, it } from 'vitest';
import { CallerHistoryLookup } from '../../src/calls/caller-history.ts';
import { ReservationLookup } from '../../src/calls/reservation-lookup.ts';
import { isOptedOut } from '../../src/messaging/opt-out.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

const WITH_ONE = '+5215512345678';
const LINE = '+525512345678';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const hotelIdOf = async (app: TestApp) => (await app.db.get<{ id: number }>('SELECT id FROM hotels LIMIT 1'))!.id;

describe('a Mexican caller whose phone still sends the retired mobile "1"', () => {
  it('is one caller by voice: the calls of both forms are one number, and its reservation is found by caller ID from the other', async () => {
    t = await startTestApp({ newConfirmation: () => '55510001' });
    await bookByKeys(t.call({ from: WITH_ONE }), { name: 'Lupita Ramírez' });
    // The same line, without the "1" (a landline forward, another carrier), calls again.
    await t.call({ from: LINE }).start();
    expect(await t.db.all('SELECT DISTINCT from_number FROM calls')).toEqual([{ from_number: LINE }]);
    const hotelId = await hotelIdOf(t);
    const history = await new CallerHistoryLookup(t.db).lookup(LINE, hotelId, 'CAnotthisone');
    expect(history).toMatchObject({ previousCalls: 2, lastReservation: { confirmation: '55510001' } });
    // Made from one form; the guest gave another callback number, so only caller ID can find it.
    await t.db.run("UPDATE reservations SET callback_number = '+525598765432' WHERE confirmation = '55510001'");
    const found = await new ReservationLookup(t.db, hotelId, 'America/New_York').byCaller(LINE, '2026-11-28', t.clock.now());
    expect(found.map((r) => r.confirmation)).toEqual(['55510001']);
  });

  it('keeps one text conversation whichever form a text comes from', async () => {
    t = await startTestApp();
    const first = await textingGuest(t.baseUrl, WITH_ONE).send('I want to book a room');
    expect(first.text).toMatch(/arriv/i);
    // The next text of the same guest arrives without the "1": the conversation goes on (not a new greeting).
    const next = await textingGuest(t.baseUrl, LINE).send('december 4th');
    expect(next.text).toContain('Which room would you like?');
    expect(await t.db.all("SELECT from_number FROM calls WHERE channel = 'sms'")).toEqual([{ from_number: LINE }]);
  });

  it('PARAR from one form stops texts to the other, and INICIAR from the other starts them again', async () => {
    t = await startTestApp();
    const outbox = new Outbox(t.db);
    const waiting = await outbox.enqueueText(LINE, 'es-MX', 'conversation', 'Hola', t.clock.now());
    const stop = await textingGuest(t.baseUrl, WITH_ONE).send('PARAR');
    expect(stop.text).toContain('ya no le enviaremos mensajes');
    expect(await isOptedOut(t.db, LINE)).toBe(true);
    expect((await outbox.get(waiting))!.status).toBe('suppressed');
    const later = await outbox.enqueueText(WITH_ONE, 'es-MX', 'conversation', 'Hola otra vez', t.clock.now());
    expect((await outbox.get(later))!).toMatchObject({ status: 'suppressed', toNumber: LINE });

    expect((await textingGuest(t.baseUrl, LINE).send('INICIAR')).text).toContain('volverá a recibir');
    expect(await isOptedOut(t.db, WITH_ONE)).toBe(false);
  });
});
