import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { callRow, lastPrompts, reservations } from '../helpers/timeline.ts';

describe('an existing reservation by phone', () => {
  let t: TestApp;
  beforeEach(async () => {
    const numbers = ['73310042', '73310043', '73310044'];
    t = await startTestApp({ newConfirmation: () => numbers.shift() ?? '99999999' });
    // 2 Ocean Suites (all of them) for Dec 4, 2 nights, booked from +12125550111.
    await bookByKeys(t.call({ from: '+12125550111' }), { roomType: '1', rooms: '2' });
  });
  afterEach(async () => t.close());

  it('finds it by confirmation number, reads it back, and cancels it in one step that frees the rooms', async () => {
    const call = t.call({ from: '+13125550188' }); // another phone
    await call.start();
    let turn = await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.confirmationNumber']);
    // A stranger's phone is not offered anyone's reservations.
    expect(turn.said[0]?.text).not.toContain('made from this phone');

    // From another phone, any number is asked the last name on it: one that does not exist too, so
    // a stranger cannot tell; it fails in the same words as a wrong last name.
    turn = await call.press('11112222#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
    turn = await call.say('Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationNotMatched', 'help.confirmationNumber']);

    turn = await call.press('73310042#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
    turn = await call.say('Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    const heard = turn.said[0]!.text;
    expect(heard).toContain('7 3 3 1, 0 0 4 2');
    expect(heard).toContain('2 Ocean Suites, 2 nights');
    expect(heard).toContain('arriving Friday, December 4, leaving Sunday, December 6');
    expect(heard).toContain('Held until 6 PM');

    await call.press('2'); // hear it again
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.cancelConfirm']);
    turn = await call.press('1');
    expect(turn.hungUp).toBe(true);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['reservationCancelled']);
    expect((await reservations(t.db))[0]?.status).toBe('cancelled');
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('cancelled');

    // The suites are free again at once.
    const next = await bookByKeys(t.call({ from: '+12125550112' }), { roomType: '1', rooms: '2' });
    expect(next.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await reservations(t.db)).filter((r) => r.status === 'booked')).toHaveLength(1);
  });

  it('tells the number calling that it has a reservation and when, and opens it with the last name on it', async () => {
    const call = t.call({ from: '+12125550111' });
    await call.start();
    let turn = await call.press('2');
    expect(turn.said[0]?.text).toBe(
      'We have a reservation from this phone, arriving Friday, December 4. Key in the confirmation number, then pound, or say the last name on it.',
    );
    turn = await call.say('Smith', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationNameNotFound', 'help.confirmationNumber']);
    turn = await call.say('it is under Ana Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(turn.said[0]?.text).toContain('7 3 3 1, 0 0 4 2');
    await call.press('1');
    turn = await call.press('2'); // keep it
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    await call.hangup();
    expect((await reservations(t.db))[0]?.status).toBe('booked');
    expect((await callRow(t.db, call.callSid))?.outcome).toBe('informed');
  });

  it('goes to the front desk after a wrong number, or a wrong last name, twice', async () => {
    const call = t.call({ from: '+13125550188' });
    await call.start();
    await call.press('2');
    await call.press('10000001#');
    await call.say('Torres', 0.9);
    await call.press('73310042#');
    const turn = await call.say('Smith', 0.9);
    expect(turn.waitingFor).toBe('dial');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.reservationNotMatched', 'transfer.reservation_not_proven']);
  });

  it('works by voice in Spanish, with the number said digit by digit', async () => {
    const call = t.call({ from: '+13125550188' });
    await call.start();
    await call.press('9');
    await call.say('mi reservación', 0.9);
    await call.say('siete tres tres uno cero cero cuatro dos', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.lastNameProof']);
    const turn = await call.say('a nombre de Torres', 0.9);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.existingReservation']);
    expect(turn.said[0]?.text).toContain('del viernes 4 al domingo 6 de diciembre');
    await call.say('cancelar', 0.9);
    await call.say('sí', 0.9);
    expect((await reservations(t.db))[0]?.status).toBe('cancelled');
  });
});
