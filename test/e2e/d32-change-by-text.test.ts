// A reservation changed by TEXT sent the guest two messages: the reply in the conversation ("Done:
// reservation … is changed") and then a `booking_changed` text with the new details. The reply now
// is that confirmation in writing (the stay, the total, the hold, the requests), and no second text
// goes to the number that texted; the reservation's own number, when another one texted the change,
// is still told. A change by phone still writes its one text, as before. Real signed texts and
// calls through the app; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, openReservationByKeys } from '../helpers/scripted-calls.ts';
import { lastPrompts, reservations } from '../helpers/timeline.ts';
import { textingGuest } from '../helpers/texting.ts';

const GUEST = '+12125550111';
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ newConfirmation: () => '73310042', env: { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}` } });
  // One Ocean Suite, Friday December 4, 2 nights, from GUEST (its texts go to GUEST).
  await bookByKeys(t.call({ from: GUEST }), { roomType: '1', rooms: '1' });
});
afterEach(async () => t.close());

/** Every change text written, with where it went and what became of it. */
const changeTexts = () => t.db.all<{ to_number: string; status: string; body: string }>("SELECT to_number, status, body FROM outbox WHERE kind = 'booking_changed' ORDER BY id");
const total = async () => Number((await reservations(t.db))[0]!.total);

describe('a change made by text', () => {
  it('en: the reply carries the new stay, its total and its hold; no second text to the number that texted', async () => {
    const guest = textingGuest(t.baseUrl, GUEST);
    await guest.send('add one more night to reservation 73310042');
    const reply = (await guest.send('YES')).text;
    expect((await reservations(t.db))[0]).toMatchObject({ confirmation: '73310042', nights: 3, arrival: '2026-12-04' });
    expect(reply).toContain('reservation 73310042 is changed.');
    expect(reply).toContain('1 Ocean Suite, 3 nights, Fri, Dec 4 to Mon, Dec 7, 2026');
    expect(reply).toContain(`${(await total()).toLocaleString('en-US')} dollars`);
    expect(reply).toMatch(/We hold it until 6 PM on Fri, Dec 4/);
    // A reply in the guest's own conversation: no opt-out line.
    expect(reply).not.toContain('STOP');
    expect(await changeTexts()).toEqual([]);
  });

  it('es: la respuesta lleva la nueva estancia, el total y hasta cuándo se aparta; ningún otro mensaje', async () => {
    const guest = textingGuest(t.baseUrl, GUEST);
    await guest.send('hola, quiero agregar una noche a mi reservación 73310042');
    const reply = (await guest.send('sí')).text;
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 3 });
    expect(reply).toContain('reservación 73310042 modificada.');
    expect(reply).toContain('3 noches');
    expect(reply).toContain('dólares');
    expect(reply).toMatch(/Apartada hasta las 6 p\.\s?m\./);
    expect(await changeTexts()).toEqual([]);
  });

  it('the special requests noted on the phone are in the reply, as the confirmation gives them', async () => {
    await t.db.run("UPDATE reservations SET special_requests = 'crib' WHERE confirmation = '73310042'");
    const guest = textingGuest(t.baseUrl, GUEST);
    await guest.send('add one more night to reservation 73310042');
    const reply = (await guest.send('YES')).text;
    expect(reply).toContain('Requested: a crib; the front desk will confirm.');
  });

  it("texted from another number (proved by the last name): the reservation's own number still gets the change's text", async () => {
    const other = textingGuest(t.baseUrl, '+13055550123');
    await other.send('add one more night to reservation 73310042');
    await other.send('Torres');
    const reply = (await other.send('YES')).text;
    expect((await reservations(t.db))[0]).toMatchObject({ nights: 3 });
    expect(reply).toContain('1 Ocean Suite, 3 nights');
    const texts = await changeTexts();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ to_number: GUEST });
  });

  it("a change by phone not yet texted, then another by text: the phone's text (now wrong) is withdrawn, not sent", async () => {
    const call = t.call({ from: GUEST });
    await openReservationByKeys(call, '73310042');
    await call.say('one more night', 0.95);
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['reservationChanged']);
    expect(await changeTexts()).toMatchObject([{ to_number: GUEST, status: 'unsent' }]);
    const guest = textingGuest(t.baseUrl, GUEST);
    await guest.send('add one more night to reservation 73310042');
    const reply = (await guest.send('YES')).text;
    expect(reply).toContain('4 nights');
    expect(await changeTexts()).toMatchObject([{ status: 'failed' }]);
  });
});

describe('a change made by phone, as before', () => {
  it('one text with the new details, to the reservation\'s number; the caller told it is on its way', async () => {
    const call = t.call({ from: GUEST });
    await openReservationByKeys(call, '73310042');
    await call.say('one more night', 0.95);
    await call.press('1');
    const texts = await changeTexts();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ to_number: GUEST, status: 'unsent' });
    expect(texts[0]!.body).toContain('3 nights');
    expect(texts[0]!.body).toContain('Reply STOP to opt out.');
  });
});
