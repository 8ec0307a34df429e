// Round 31 (round 30's leftover): a staff account, or a stolen token, changing many reservations
// (each number within its own 5 texts a day) used up the deployment's SMS_DAILY_LIMIT, and the
// guests booking after that got no confirmation for the rest of the day. Changes' texts now have
// at most half the day's texts (src/sms/text-destinations.ts). Real HTTP through the express app,
// a signed call, the real sender against a Twilio stand-in; the suite's fixed clock.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/inventory/stay.ts';
import { HotelClock } from '../../src/staff/hotel-clock.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startTextingLimitApp } from './texting-limit-app.ts';
import type { TextingLimitApp } from './texting-limit-app.ts';

const LIMIT = 10;
const GUEST = '+12125550188';

describe('changes’ texts and the deployment’s daily limit', () => {
  let app: TextingLimitApp;
  let t: TestApp;
  let api: TextingLimitApp['api'];
  let sendAll: TextingLimitApp['sendAll'];
  beforeEach(async () => {
    app = await startTextingLimitApp(LIMIT);
    ({ t, api, sendAll } = app);
  });
  afterEach(() => app.close());

  it('a clerk changing reservation after reservation leaves the guests booking next their confirmations', async () => {
    const today = new HotelClock('America/New_York').today(t.clock.now());
    const ids: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const made = await api('/api/reservations', {
        arrival: addDaysIso(today, 10 + i * 3),
        nights: 1,
        roomType: 'STD',
        rooms: 1,
        guestName: 'Pat Doe',
        payment: 'cash',
        phone: `+1212555${String(300 + i).padStart(4, '0')}`,
      });
      expect(made.status).toBe(201);
      ids.push(made.body.id as number);
    }
    // Their confirmations went out yesterday: outside today's count.
    await t.db.run("UPDATE outbox SET status = 'sent', created_at = ? WHERE kind = 'booking_confirmed'", [new Date(t.clock.now().getTime() - 30 * 3_600_000).toISOString()]);
    for (const id of ids) expect((await api(`/api/reservations/${id}/change`, { nights: 2 })).status).toBe(200);
    // Then a guest books by phone.
    await bookByKeys(t.call({ from: GUEST }));
    await sendAll();

    const rows = await t.db.all<{ kind: string; to_number: string; status: string; last_error: string | null }>(
      "SELECT kind, to_number, status, last_error FROM outbox WHERE created_at > ? ORDER BY id",
      [new Date(t.clock.now().getTime() - 3_600_000).toISOString()],
    );
    const guest = rows.find((r) => r.to_number === GUEST && r.kind === 'booking_confirmed');
    expect(guest).toMatchObject({ status: 'sent' });
    const changes = rows.filter((r) => r.kind === 'booking_changed');
    expect(changes).toHaveLength(LIMIT + 2);
    expect(changes.filter((r) => r.status === 'sent')).toHaveLength(LIMIT / 2);
    for (const refused of changes.filter((r) => r.status !== 'sent')) {
      expect(refused).toMatchObject({ status: 'failed', last_error: expect.stringMatching(/^not sent: .*changes.*SMS_DAILY_LIMIT/) });
    }
  });
});
