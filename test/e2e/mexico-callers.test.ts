import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';
import type { CallSession, Turn } from '../../src/softphone/call-session.ts';

/** A hotel in Mexico City that charges in pesos: the fixture for how Mexican callers are answered. */
const MEXICO_CITY_HOTEL = {
  name: 'Hotel Reforma',
  timezone: 'America/Mexico_City',
  currency: 'MXN',
  frontDesk: '+525552081234',
  holdUntil: '18:00',
  maxRoomsPerBooking: 4,
  maxNights: 14,
  roomTypes: [
    { code: 'STE', name: { en: 'Suite', es: 'Suite' }, rate: 3200, rooms: 2, synonyms: { en: ['suite'], es: ['suite'] } },
    { code: 'DBL', name: { en: 'Double', es: 'Doble' }, rate: 1850, rooms: 5, synonyms: { en: ['double'], es: ['doble'] } },
  ],
};
/** Saturday 28 November 2026, 10:00 in Mexico City: "1204" is Friday 4 December. */
const MORNING_IN_MEXICO_CITY = '2026-11-28T16:00:00Z';

const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

async function outbox(t: TestApp) {
  return t.db.all<{ to_number: string; locale: string; body: string }>('SELECT to_number, locale, body FROM outbox ORDER BY id');
}

/** In Spanish by keys: 4 December, a Double, one room, two nights, a name, cash; stops at the callback question. */
async function toCallback(call: CallSession): Promise<Turn[]> {
  await call.start();
  await call.press('9');
  await call.press('1');
  const rooms = await call.press('1204');
  await call.press('2');
  await call.press('1');
  await call.press('2#');
  await call.say('Lucía Fernández', 0.95);
  return [rooms, await call.press('2')];
}

describe('callers from Mexico to a hotel in Mexico City', () => {
  let dir: string;
  let hotelFile: string;
  let t: TestApp;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-mx-'));
    hotelFile = join(dir, 'hotel-reforma.json');
    writeFileSync(hotelFile, JSON.stringify(MEXICO_CITY_HOTEL));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    t = await startTestApp({ hotelFile, clock: testClock(MORNING_IN_MEXICO_CITY), newConfirmation: () => '27182818' });
  });
  afterEach(async () => t.close());

  const callerIds: Array<[string, string]> = [
    ['+525512345678', '+525512345678'],
    ['+523398765432', '+523398765432'],
    ['+528187654321', '+528187654321'],
    ['+5215512345678', '+525512345678'],
  ];
  for (const [from, e164] of callerIds) {
    it(`takes "this number" from ${from}: reads back its last 4, keeps ${e164} and texts the confirmation there`, async () => {
      const call = t.call({ from });
      const [, callback] = await toCallback(call);
      expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callback']);
      expect(words(callback!)).toContain(`termina en ${e164.slice(-4).split('').join(' ')}?`);
      await call.press('1');
      await call.press('1');
      expect((await reservations(t.db))[0]).toMatchObject({ callback_number: e164, locale: 'es-MX' });
      expect((await outbox(t)).map((o) => o.to_number)).toEqual([e164]);
    });
  }

  it('says amounts in pesos, the date with its weekday, the hold until "las 6 de la tarde", and texts the same', async () => {
    const call = t.call({ from: '+525512345678' });
    const [rooms] = await toCallback(call);
    expect(words(rooms!)).toContain('Llegada el viernes 4 de diciembre.');
    expect(words(rooms!)).toContain('Suite, 3,200 pesos por noche');
    expect(words(rooms!)).toContain('Doble, 1,850');
    const readBack = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    const said = words(readBack);
    expect(said).toContain('desde el viernes 4 de diciembre');
    expect(said).toContain('3,700 pesos');
    expect(said).toContain('hasta las 6 de la tarde de ese día');
    expect(said).not.toMatch(/p\.\s?m\.|MXN|dólares|mexicanos/);
    await call.press('1');
    const [text] = await outbox(t);
    expect(text).toMatchObject({ to_number: '+525512345678', locale: 'es-MX' });
    expect(text!.body).toContain('27182818');
    expect(text!.body).toContain('$3,700 pesos');
    expect(text!.body).toContain('vie 4');
    expect(text!.body).not.toMatch(/MXN|mexicanos|vale|móvil/);
  });

  it('keeps a number said in pairs with the old 044 only after reading it back whole', async () => {
    const call = t.call({ from: '+525512345678' });
    await toCallback(call);
    const heard = await call.say('cero cuarenta y cuatro, treinta y tres, doce, treinta y cuatro, cincuenta y seis, setenta y ocho', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(words(heard)).toContain('3 3, 1 2 3 4, 5 6 7 8');
    await call.press('1');
    await call.press('1');
    expect((await reservations(t.db))[0]?.callback_number).toBe('+523312345678');
    expect((await outbox(t)).map((o) => o.to_number)).toEqual(['+523312345678']);
  });

  // Both readings of "1 212 555 0199" are valid. phone.ts reads it as Mexican with the retired "1"
  // (test/flows/understanding/phone.test.ts holds "15512345678" to that). Said back as digits
  // alone it sounded like the New York number the guest meant, and "yes" kept +52 212 555 0199;
  // now the read-back names México, a guest who meant New York says "no" and is asked again,
  // and "00 1 …" gives the US number, named as such.
  it('reads "1 212 555 0199" keyed from Mexico back with "de México" before keeping it; "no" asks again, 00 1 gives the US number', async () => {
    const call = t.call({ from: '+525512345678' });
    await toCallback(call);
    const heard = await call.press('12125550199#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(words(heard)).toContain('2 1 2, 5 5 5, 0 1 9 9, de México');
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callback']);
    const again = await call.press('0012125550199#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmHeard']);
    expect(words(again)).toContain('Estados Unidos');
    await call.press('1');
    await call.press('1');
    expect((await reservations(t.db))[0]?.callback_number).toBe('+12125550199');
  });

  it('asks again for a keyed number a digit short, and never keeps it', async () => {
    const call = t.call({ from: '+525512345678' });
    await toCallback(call);
    await call.press('551234567#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.badPhone', 'help.callback']);
  });
});
