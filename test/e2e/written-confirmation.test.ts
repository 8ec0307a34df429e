import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, keypadToReadBack } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

async function outbox(t: TestApp) {
  return (await t.db.all<{ reservation_id: number | null; to_number: string; locale: string; kind: string; body: string; status: string }>('SELECT reservation_id, to_number, locale, kind, body, status FROM outbox ORDER BY id'));
}

describe('the written confirmation of a phone booking', () => {
  let t: TestApp;
  beforeEach(async () => {
    const numbers = ['31415926', '31415927'];
    t = await startTestApp({ newConfirmation: () => numbers.shift()! });
  });
  afterEach(async () => t.close());

  it('queues a text in the guest language with the booking, and another when it is cancelled by phone', async () => {
    await bookByKeys(t.call({ from: '+12125550161' }), { roomType: '2', rooms: '1', nights: '2#' });
    const [confirmed] = (await outbox(t));
    expect(confirmed).toMatchObject({ to_number: '+12125550161', locale: 'en-US', kind: 'booking_confirmed', status: 'unsent' });
    expect(confirmed!.body).toContain('31415926');
    expect(confirmed!.body).toContain('Hotel Miramar');

    const call = t.call({ from: '+12125550161' });
    await call.start();
    await call.press('2');
    await call.press('31415926#');
    await call.press('1');
    await call.press('1');
    expect((await outbox(t)).map((m) => m.kind)).toEqual(['booking_confirmed', 'booking_cancelled']);
  });

  it('writes nothing when the booking does not happen', async () => {
    const slow = t.call({ from: '+12125550162' });
    await keypadToReadBack(slow, { roomType: '1', rooms: '2' });
    // The hold lapses and someone else takes the suites before the first guest confirms.
    t.clock.advance(11 * 60_000);
    await bookByKeys(t.call({ from: '+12125550163' }), { roomType: '1', rooms: '2' });
    await slow.press('1');
    expect(await outbox(t)).toHaveLength(1);
    expect((await outbox(t))[0]?.to_number).toBe('+12125550163');
  });

  it('does not text a guest who booked by text: the reply already is the confirmation', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550164');
    for (const body of ['1', '1204', '4', '1', '1', 'Ada Lovelace', '1', '1', '1']) await guest.send(body);
    expect(await t.db.get('SELECT COUNT(*) AS n FROM reservations')).toEqual({ n: 1 });
    expect(await outbox(t)).toEqual([]);
  });
});
