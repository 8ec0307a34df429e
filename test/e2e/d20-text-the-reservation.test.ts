// "Text me the confirmation" at a reservation found by its confirmation number: texted again
// through the outbox the booking's text took, to the reservation's own number only — never to the
// phone calling, which may be anyone who learnt the confirmation number. A number that sent STOP,
// or texting off, is told plainly, with the reservation's keys (2 hears it again).

import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { recordOptOut } from '../../src/messaging/opt-out.ts';
import { countWords } from '../../src/voice/word-budget.ts';

const GUEST = '+12125554821';
const STRANGER = '+13055550199';
const TEXTING_ON = { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}` };
const KEYS = 'To cancel it, press 1. To change its dates, nights or rooms, press 3. To hear it again, press 2. For the front desk, press 0.';

let t: TestApp;
afterEach(async () => t.close());

const texts = () =>
  t.db.all<{ reservation_id: number | null; to_number: string; kind: string; status: string; body: string }>(
    'SELECT reservation_id, to_number, kind, status, body FROM outbox ORDER BY id',
  );

/** A booking from the guest's phone, then a call from another phone that proves it with the last name. */
async function atReservation(from = STRANGER, spanish = false) {
  await bookByKeys(t.call({ from: GUEST }), { spanish });
  const call = t.call({ from });
  await call.start();
  if (spanish) await call.press('9');
  await call.press('2');
  const opened = await call.say('4396 1045', 0.9);
  return { call, opened: from === STRANGER ? await call.say('Torres', 0.9) : opened };
}

describe('a reservation texted when asked', () => {
  it('from another phone: texted to the reservation\'s own number, said in a line; asked again, told again and not texted twice', async () => {
    t = await startTestApp({ newConfirmation: () => '43961045', env: TEXTING_ON });
    const { call, opened } = await atReservation();
    expect(heard(opened)).toMatch(/^Reservation 4 3 9 6, 1 0 4 5/);
    const before = (await texts()).length;

    const said = heard(await call.say('Can you text me the confirmation?', 0.9));
    expect(said).toBe(`I've texted it to the number ending 4821. ${KEYS}`);
    expect(countWords("I've texted it to the number ending 4821.")).toBeLessThanOrEqual(10);
    const rows = await texts();
    expect(rows).toHaveLength(before + 1);
    const sent = rows.at(-1)!;
    expect(sent).toMatchObject({ to_number: GUEST, kind: 'booking_confirmed', status: 'unsent' });
    expect(sent.reservation_id).not.toBeNull();
    expect(sent.body).toContain('43961045');
    expect(rows.some((r) => r.to_number === STRANGER)).toBe(false);

    expect(heard(await call.say('send that to my phone please', 0.9))).toBe(`I've texted it to the number ending 4821. ${KEYS}`);
    expect(await texts()).toHaveLength(before + 1);
    expect(heard(await call.press('2'))).toMatch(/^Reservation 4 3 9 6, 1 0 4 5/);
  });

  it('in Spanish: "¿me lo puede mandar por mensaje?"', async () => {
    t = await startTestApp({ newConfirmation: () => '43961045', env: TEXTING_ON });
    const { call } = await atReservation(STRANGER, true);
    const before = (await texts()).length;
    expect(heard(await call.say('¿Me lo puede mandar por mensaje?', 0.9))).toBe(
      'Se lo mandé por mensaje al número que termina en 4821. Para cancelarla, oprima 1. Para cambiar la fecha, las noches o las habitaciones, oprima 3. Para escucharla de nuevo, oprima 2. Para recepción, oprima 0.',
    );
    const rows = await texts();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ to_number: GUEST, kind: 'booking_confirmed' });
  });

  it('a number that sent STOP: told plainly, nothing sent; 2 hears it again', async () => {
    t = await startTestApp({ newConfirmation: () => '43961045', env: TEXTING_ON });
    const { call } = await atReservation(GUEST);
    await recordOptOut(t.db, GUEST, t.clock.now());
    expect(heard(await call.say("I never got the text, can you resend it?", 0.9))).toBe(
      `Sorry, I can't text it: that number asked us to stop texting it. ${KEYS}`,
    );
    expect((await texts()).at(-1)).toMatchObject({ to_number: GUEST, status: 'suppressed' });
    expect(heard(await call.press('2'))).toMatch(/^Reservation 4 3 9 6/);
  });

  it('texting off (no Twilio account): said it cannot text, nothing written', async () => {
    t = await startTestApp({ newConfirmation: () => '43961045' });
    const { call } = await atReservation();
    const before = (await texts()).length;
    expect(heard(await call.say('text it to me', 0.9))).toBe(`Sorry, I can't send texts right now. ${KEYS}`);
    expect(await texts()).toHaveLength(before);
  });

  it('just booked, "can you text me that?": its text, written with the booking, is where it went; not written twice', async () => {
    t = await startTestApp({ newConfirmation: () => '43961045', env: TEXTING_ON });
    const call = t.call({ from: GUEST });
    await bookByKeys(call);
    const before = await texts();
    expect(heard(await call.say('can you text me that?', 0.9))).toBe("I've texted it to the number ending 4821. Another booking? Press 1.");
    expect(heard(await call.say('¿me lo puede mandar por mensaje?', 0.9))).toBe("I've texted it to the number ending 4821. Another booking? Press 1.");
    expect(await texts()).toEqual(before);
    expect(before.at(-1)).toMatchObject({ to_number: GUEST, kind: 'booking_confirmed' });
  });

  it('just booked, texting off: said plainly', async () => {
    t = await startTestApp({ newConfirmation: () => '43961045' });
    const call = t.call({ from: GUEST });
    await bookByKeys(call);
    expect(heard(await call.say('send it to my phone', 0.9))).toBe("Sorry, I can't send texts right now. Another booking? Press 1.");
  });
});
