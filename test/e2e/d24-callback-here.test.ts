// A whole booking that names the callback number as the one calling or texting ("call me here",
// "my number is this one", "mi número es este", "a este mismo"): that number is the callback
// number, and the callback question is not asked. Another number meant, digits given, or a
// withheld caller ID: the callback question is asked as before.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

/** The callback number the reservation with that confirmation number was booked with. */
async function callbackOf(confirmation: string): Promise<string | undefined> {
  const row = (await t.db.get('SELECT callback_number AS n FROM reservations WHERE confirmation = ?', [confirmation])) as { n: string } | undefined;
  return row?.n;
}

function confirmationIn(said: string): string {
  // (By voice it is said digit by digit: "4, 8, 2…".)
  return (/\d(?:[\s,.-]*\d){5,}/.exec(said)?.[0] ?? '').replace(/\D/g, '');
}

describe('the callback number named as this one, with the booking', () => {
  it('by text, in English and Spanish: the texting number is taken, and the next text is the summary to confirm', async () => {
    const texts: [string, string, RegExp][] = [
      ['A standard room for december 12, 2 nights, my name is Ana Torres, cash, my number is this one', 'yes', /Reply YES to confirm/],
      ['Book me a double queen dec 12 for 2 nights. My name is John Lee, credit card. Call me here', 'yes', /Reply YES to confirm/],
      ['1 king room dec 12, 3 nights, name Mary Poe, debit card, you can reach me at this number', 'yes', /Reply YES to confirm/],
      ['Quiero una habitación estándar el 12 de diciembre, 2 noches, a nombre de Ana Torres, pago en efectivo, mi número es este', 'sí', /¿Confirmo\?/],
      ['Una doble para el 12 de dic, 2 noches, a nombre de Luis Peña, efectivo, me pueden llamar aquí', 'sí', /¿Confirmo\?/],
    ];
    let n = 0;
    for (const [booking, yes, summary] of texts) {
      const from = `+1313555${String(4000 + n++)}`;
      const guest = textingGuest(t.baseUrl, from);
      const reply = (await guest.send(booking)).text;
      expect(reply, booking).toMatch(summary);
      expect(reply, booking).not.toMatch(/this number if needed|¿Le podemos llamar/);
      // Confirmed: booked with the texting number to call back.
      const done = (await guest.send(yes)).text;
      expect(await callbackOf(confirmationIn(done)), booking).toBe(from);
    }
  });

  it('by voice at the greeting: the number calling is kept, the read-back follows (no callback question)', async () => {
    const call = t.call({ from: '+13135553333' });
    await call.start();
    const readBack = heard(await call.say('a standard room for december 12, 2 nights, my name is Ana Torres, cash, call me at this number', 0.95));
    expect(readBack).not.toMatch(/Can we call you/);
    expect(readBack).toMatch(/Shall I confirm it\?$/);
    expect(await callbackOf(confirmationIn(heard(await call.say('yes', 0.95))))).toBe('+13135553333');
    const es = t.call({ from: '+13135554444' });
    await es.start();
    const leída = heard(await es.say('una estándar para el 12 de diciembre, 2 noches, a nombre de Ana Torres, en efectivo, a este mismo número', 0.95));
    expect(leída).not.toMatch(/¿Le llamamos al número/);
    expect(await callbackOf(confirmationIn(heard(await es.say('sí', 0.95))))).toBe('+13135554444');
  });

  it('another number meant, or the caller ID withheld: the callback question is asked', async () => {
    const other = textingGuest(t.baseUrl, '+13135555555');
    expect((await other.send('A standard room for december 12, 2 nights, my name is Ana Torres, cash, not this number, another one')).text).toMatch(/this number if needed/);
    const withheld = t.call({ from: 'anonymous' });
    await withheld.start();
    const asked = heard(await withheld.say('a standard room for december 12, 2 nights, my name is Ana Torres, cash, call me at this number', 0.95));
    expect(asked).toMatch(/number/i);
    expect(asked).not.toMatch(/We hold|confirm/i);
  });
});
