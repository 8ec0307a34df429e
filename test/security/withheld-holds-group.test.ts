// Round 21: rooms held by calls with the caller ID withheld were capped per room type (half of
// it, WITHHELD_HELD_SHARE), so one bot dialling with *67 held half of every type at every
// property of a group. Now withheld calls together hold at most half of the asked type across the
// whole deployment; past that they are offered the rooms without a hold. A guest whose number
// shows is not limited, and a withheld guest holds again once the bot's holds have lapsed.
// Signed calls to both properties of the demo group.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallSession } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR } from '../helpers/demo-group.ts';

const SIERRA = '+15557650200';
const WITHHELD = ['+266696687', 'anonymous', 'Restricted', '', '+7378742833', '+8656696'];

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

const holding = async (hotel: string): Promise<number> =>
  Number(
    (
      await t.db.get<{ n: number }>(
        `SELECT COALESCE(SUM(holds.rooms), 0) AS n FROM holds JOIN room_types r ON r.id = holds.room_type_id JOIN hotels h ON h.id = r.hotel_id
          WHERE h.code = ? AND released_at IS NULL AND expires_at > ?`,
        [hotel, t.clock.now().toISOString()],
      )
    )?.n,
  );
const held = async (call: CallSession): Promise<boolean> =>
  (await t.db.get('SELECT 1 FROM holds WHERE call_sid = ? AND released_at IS NULL AND expires_at > ?', [call.callSid, t.clock.now().toISOString()])) !== undefined;

describe('rooms held by withheld callers across the properties of a group', () => {
  it('at most half the asked type across the deployment; a guest whose number shows still holds', async () => {
    // Miramar's Standard (key 4, 8 rooms): four withheld calls hold, as at one property alone.
    for (const from of [...WITHHELD, 'anonymous', 'anonymous']) {
      expect(heard(await askForStay(t.call({ from, to: MIRAMAR }), { roomType: '4', rooms: '1' }))).toContain('Good news');
    }
    expect(await holding('MIR')).toBe(4);

    // Sierra's Double (6 rooms; Sierra answers in Spanish): the same withheld callers are offered
    // rooms, but hold none there.
    const turns = [];
    for (const from of WITHHELD) turns.push(await askForStay(t.call({ from, to: SIERRA }), { roomType: '2', rooms: '1' }));
    for (const turn of turns) expect(heard(turn)).toContain('Sí hay disponibilidad.');
    for (const turn of turns) expect(heard(turn)).not.toContain('apartamos');
    expect(await holding('SIE')).toBe(0);

    // A guest whose number shows holds at Sierra.
    const guest = t.call({ from: '+13055550177', to: SIERRA });
    expect(heard(await askForStay(guest, { roomType: '2', rooms: '1' }))).toContain('se la apartamos');
    expect(await held(guest)).toBe(true);

    // Once the withheld holds have lapsed, a withheld guest holds again.
    t.clock.advance(31 * 60_000);
    const later = t.call({ from: 'anonymous', to: SIERRA });
    expect(heard(await askForStay(later, { roomType: '2', rooms: '1' }))).toContain('se la apartamos');
    expect(await held(later)).toBe(true);
  });
});
