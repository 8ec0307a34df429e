// After "You're booked": one short question before goodbye. Another stay can be booked in the same
// call ("y otra reservación para mi hermana", "another room for next month"), a common question is
// answered, 0 reaches the desk; silence, "no thanks", "gracias" end the call. A caller who just
// hangs up has heard four more words.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
beforeEach(async () => {
  const numbers = ['43961045', '43961046'];
  t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
});
afterEach(async () => t.close());

describe('after the booking: another, a question, the desk, or goodbye', () => {
  it('says the number twice, then asks in four words; silence says goodbye and hangs up', async () => {
    const call = t.call();
    const booked = await bookByKeys(call);
    expect(heard(booked)).toBe("You're booked. Your confirmation number: 4 3 9 6, 1 0 4 5; again, 4 3 9 6, 1 0 4 5. Another booking? Press 1.");
    expect(countWords(booked.said.at(-1)!.text)).toBe(4);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['confirmed', 'ask.anythingElse']);
    const bye = await call.silence();
    expect(heard(bye)).toBe('Thank you for calling Hotel Miramar. Goodbye.');
    expect(bye.hungUp).toBe(true);
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('booked');
  });

  it('"y otra reservación para mi hermana, el 20 de diciembre, dos noches": the dates kept, the name asked again, two bookings', async () => {
    const call = t.call({ from: '+12125550999' });
    await bookByKeys(call, { spanish: true });
    const next = await call.say('y otra reservación para mi hermana, el 20 de diciembre, dos noches', 0.9);
    expect(heard(next)).toMatch(/^Llegada el domingo 20 de diciembre, por 2 noches\. Nuestras habitaciones:/);
    await call.press('4');
    expect(heard(await call.press('1'))).toMatch(/¿Me da el nombre completo del huésped, por favor\?$/);
    const readBack = await call.say('Lucía Torres', 0.95);
    expect(heard(readBack)).toMatch(/^A nombre de Lucía Torres: una habitación estándar, 2 noches desde el domingo 20 de diciembre/);
    expect(heard(await call.press('1'))).toMatch(/^Listo, quedó confirmada\. Número de confirmación: 4 3 9 6, 1 0 4 6\./);
    expect((await call.say('no, gracias', 0.9)).hungUp).toBe(true);
    const rows = await reservations(t.db);
    expect(rows.map((r) => [r.guest_name, r.arrival, r.nights])).toEqual([
      ['Ana Torres', '2026-12-04', 2],
      ['Lucía Torres', '2026-12-20', 2],
    ]);
  });

  it('"I\'d also like to book another room for next month": a new stay, one room not "one more", the name kept', async () => {
    const call = t.call();
    await bookByKeys(call);
    expect(heard(await call.say("I'd also like to book another room for next month", 0.9))).toBe(
      'When do you arrive? Say the date, or key in month and day as 4 digits.',
    );
    await call.press('0110');
    await call.press('3');
    expect(heard(await call.press('1'))).toBe('How many nights? Key in the number, then pound.');
    const readBack = await call.press('2#');
    expect(heard(readBack)).toMatch(/For Ana Torres: 1 Double Queen room, 2 nights from Sunday, January 10/);
    await call.press('1');
    expect((await reservations(t.db)).map((r) => r.arrival)).toEqual(['2026-12-04', '2027-01-10']);
  });

  it('"yes" to "another booking?" starts one; a question is answered and the short question follows; 0 is the desk', async () => {
    const call = t.call();
    await bookByKeys(call);
    expect(heard(await call.say('what time is check-in?', 0.9))).toBe('Check-in is from 3 PM. Another booking? Press 1.');
    expect(heard(await call.say('yes please', 0.9))).toBe('When do you arrive? Say the date, or key in month and day as 4 digits.');

    const other = t.call({ from: '+12125550777' });
    await bookByKeys(other);
    expect(heard(await other.press('0'))).toBe('Connecting you to the front desk. Please hold.');
  });

  it('words that fit nothing: the help once; a third miss says goodbye rather than ringing the desk', async () => {
    const call = t.call();
    await bookByKeys(call);
    expect(heard(await call.say('purple elephants', 0.9))).toBe(
      'Sorry, I didn\'t understand that. To book another stay, press 1 or say "another room". For the front desk, press 0. If that is all, you can hang up.',
    );
    await call.press('7');
    const third = await call.press('8');
    expect(third.hungUp).toBe(true);
    expect(heard(third)).toBe('Thank you for calling Hotel Miramar. Goodbye.');
  });

  it('by text the booking still closes the conversation with its confirmation', async () => {
    const { textingGuest } = await import('../helpers/texting.ts');
    const guest = textingGuest(t.baseUrl, '+12125550444');
    for (const m of ['book a standard room dec 10 for 2 nights', 'Ana Lopez', 'cash', 'yes']) await guest.send(m);
    expect((await guest.send('yes')).text).toBe("You're booked. Confirmation number: 43961045. Thank you for choosing Hotel Miramar!");
  });
});
