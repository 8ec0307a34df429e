// Round 32 (round 31's leftover): the console's own texts. A clerk's token (or a stolen one)
// booking and cancelling reservation after reservation, each to a new number within its own 5 texts
// a day, used up the deployment's SMS_DAILY_LIMIT with confirmations and cancellations, and the
// guests booking by phone next got no confirmation for the rest of the day. The texts the console
// writes (every one named by its audit entry) now have at most half the day's texts
// (src/sms/text-destinations.ts). One number texted over and over from the console stays within
// its 5 a day (held). Real HTTP through the express app, a signed call, the real sender against a
// Twilio stand-in; the suite's fixed clock.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { RECIPIENT_TEXT_LIMIT } from '../../src/messaging/outbox.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startTextingLimitApp } from './texting-limit-app.ts';
import type { TextingLimitApp } from './texting-limit-app.ts';

const LIMIT = 10;
const GUEST = '+12125550177';

describe('the console’s texts and the deployment’s daily limit', () => {
  let app: TextingLimitApp;
  let t: TestApp;
  let api: TextingLimitApp['api'];
  let sendAll: TextingLimitApp['sendAll'];
  let today: string;
  beforeEach(async () => {
    app = await startTextingLimitApp(LIMIT);
    ({ t, api, sendAll } = app);
    today = new HotelClock('America/New_York').today(t.clock.now());
  });
  afterEach(() => app.close());

  const bookAndCancel = async (phone: string, day: number) => {
    const made = await api('/api/reservations', { arrival: addDaysIso(today, day), nights: 1, roomType: 'STD', rooms: 1, guestName: 'Pat Doe', payment: 'cash', phone });
    expect(made.status).toBe(201);
    expect((await api(`/api/reservations/${made.body.id as number}/cancel`, {})).status).toBe(200);
  };
  const texts = () => t.db.all<{ kind: string; to_number: string; status: string; last_error: string | null }>('SELECT kind, to_number, status, last_error FROM outbox ORDER BY id');
  const handedOver = (rows: { status: string }[]) => rows.filter((r) => ['sent', 'delivered', 'undelivered'].includes(r.status));

  it('a clerk booking and cancelling to number after number leaves the guests booking by phone their confirmations', async () => {
    for (let i = 0; i < LIMIT; i++) await bookAndCancel(`+1212555${String(300 + i).padStart(4, '0')}`, 10 + i);
    await sendAll();
    // Then a guest books by phone.
    await bookByKeys(t.call({ from: GUEST }));
    await sendAll();

    const rows = await texts();
    expect(rows.find((r) => r.to_number === GUEST && r.kind === 'booking_confirmed')).toMatchObject({ status: 'sent' });
    const console = rows.filter((r) => r.to_number !== GUEST);
    expect(console).toHaveLength(2 * LIMIT);
    expect(handedOver(console)).toHaveLength(LIMIT / 2);
    for (const refused of console.filter((r) => r.status !== 'sent')) {
      expect(refused).toMatchObject({ status: 'failed', last_error: expect.stringMatching(/^not sent: .*console.*SMS_DAILY_LIMIT/) });
    }
  });

  it('one number booked and cancelled for over and over from the console gets its 5 texts a day, no more (held)', async () => {
    const target = '+12125550166';
    for (let i = 0; i < 8; i++) await bookAndCancel(target, 10 + i);
    await sendAll();
    const rows = (await texts()).filter((r) => r.to_number === target);
    expect(rows).toHaveLength(16);
    expect(handedOver(rows).length).toBeLessThanOrEqual(RECIPIENT_TEXT_LIMIT);
  });
});
