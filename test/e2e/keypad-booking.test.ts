import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { activeHolds, callRow, lastPrompts, reservations, timeline } from '../helpers/timeline.ts';

describe('a keypad booking in English', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ newConfirmation: () => '48151623' });
  });
  afterEach(async () => t.close());

  it('greets with the hotel name and the Spanish option, then books by keys and reads the confirmation twice', async () => {
    const call = t.call();
    let turn = await call.start();
    expect(turn.waitingFor).toBe('input');
    expect(turn.said[0]?.text).toContain('Hotel Miramar');
    expect(turn.said[1]).toMatchObject({ language: 'es-MX', voice: 'Polly.Mia-Neural' });
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.greeting', 'languageOffer', 'ask.mainMenu']);

    turn = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.arrivalDate']);
    expect(turn.gather).toMatchObject({ numDigits: 4, language: 'en-US' });

    turn = await call.press('1204');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'ask.roomType']);
    expect(turn.said[0]?.text).toContain('Friday, December 4');
    // Offered highest rate first, each with its rate and key.
    const offer = turn.said[1]!.text;
    expect(offer.indexOf('Ocean Suite')).toBeLessThan(offer.indexOf('Deluxe King'));
    expect(offer).toContain('420 dollars a night');

    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.rooms']);
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.nights']);
    turn = await call.press('3#');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.roomsHeld', 'ask.name']);
    expect(await activeHolds(t.db)).toEqual([{ call_sid: call.callSid, rooms: 2 }]);

    await call.say('My name is John Smith', 0.93);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.payment']);
    await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.callback']);
    turn = await call.press('1');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.readBack']);
    const readBack = turn.said.map((s) => s.text).join(' ');
    expect(readBack).toContain('John Smith');
    expect(readBack).toContain('1,440 dollars'); // 2 rooms × 3 nights × $240
    expect(readBack).toContain('paid in cash');
    expect(readBack).toContain('6 PM');

    turn = await call.press('1');
    expect(turn.said.at(-1)?.text).toBe('Another booking? Press 1.');
    expect((await call.silence()).hungUp).toBe(true);
    const confirmed = turn.said.map((s) => s.text).join(' ');
    expect(confirmed.split('4 8 1 5, 1 6 2 3').length - 1).toBe(2);

    const [booking] = (await reservations(t.db));
    expect(booking).toMatchObject({
      confirmation: '48151623',
      arrival: '2026-12-04',
      nights: 3,
      rooms: 2,
      total: 1440,
      guest_name: 'John Smith',
      payment_method: 'cash',
      callback_number: '+12125550123',
      status: 'booked',
      hold_until: '2026-12-04T23:00:00.000Z',
    });
    expect(await activeHolds(t.db)).toEqual([]);
    expect(await callRow(t.db, call.callSid)).toMatchObject({ outcome: 'booked', status: 'completed' });
    expect((await timeline(t.db, call.callSid)).at(-1)?.kind).toBe('call.ended');
  });
});
