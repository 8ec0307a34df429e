// Making the hotel text a stranger over and over: a caller (any caller ID, faked or withheld) books,
// keys someone else's number as the callback number, and hangs up; then again, from another
// caller ID. Every booking wrote a confirmation text to that number, every one paid for by the
// hotel and, to the stranger's carrier, spam from the hotel's number. Now at most
// RECIPIENT_TEXT_LIMIT reservation texts go to one number in a day; the rest are written 'failed'
// with the reason, and the caller still hears their confirmation number.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECIPIENT_LIMIT_REASON, RECIPIENT_TEXT_LIMIT } from '../../src/messaging/outbox.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';

const STRANGER = '+16175550199';
const HOUR = 3_600_000;

interface TextRow {
  to_number: string;
  status: string;
  last_error: string | null;
}

describe('confirmation texts to a number a caller keyed in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A signed call from `from` that books a Standard room to be called back on `callback` (keyed in). */
  async function bookFor(from: string, callback: string): Promise<string> {
    const call = t.call({ from });
    await askForStay(call, { roomType: '4', date: '0310', nights: '1#' });
    await call.say('Ana Torres', 0.95);
    await call.press('2'); // cash
    await call.press(`${callback.slice(2)}#`); // another number than the one calling
    await call.press('1'); // that's right
    const booked = await call.press('1'); // confirm the read-back
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts).
    expect(booked.said.at(-1)?.text).toBe('Another booking? Press 1.');
    return booked.said.map((s) => s.text).join(' ');
  }

  const texts = (to: string) => t.db.all<TextRow>('SELECT to_number, status, last_error FROM outbox WHERE to_number = ? ORDER BY id', [to]);

  it(`sends one number at most ${RECIPIENT_TEXT_LIMIT} reservation texts a day, whoever books; the booking stands`, async () => {
    for (let i = 0; i <= RECIPIENT_TEXT_LIMIT; i++) {
      const said = await bookFor(`+1305555${1000 + i}`, STRANGER);
      expect(said).toContain('confirmation number');
    }
    const rows = await texts(STRANGER);
    expect(rows.map((r) => r.status)).toEqual([...Array<string>(RECIPIENT_TEXT_LIMIT).fill('unsent'), 'failed']);
    expect(rows.at(-1)!.last_error).toBe(RECIPIENT_LIMIT_REASON);
    // Every booking was made: refusing the text changes nothing else.
    const booked = await t.db.get<{ n: number }>('SELECT count(*) AS n FROM reservations WHERE callback_number = ?', [STRANGER]);
    expect(booked!.n).toBe(RECIPIENT_TEXT_LIMIT + 1);

    // Another guest's number is texted as ever.
    await bookFor('+13055552000', '+16175550142');
    expect((await texts('+16175550142')).map((r) => r.status)).toEqual(['unsent']);

    // A day after the first texts, the number is texted again.
    t.clock.advance(25 * HOUR);
    await bookFor('+13055552001', STRANGER);
    expect((await texts(STRANGER)).at(-1)!.status).toBe('unsent');
  });
});
