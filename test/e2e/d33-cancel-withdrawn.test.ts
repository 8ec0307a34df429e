// Round 33: "I need to cancel my reservation", then "no wait, don't cancel" when the confirmation
// number or the last name is asked. The words were looked up as a last name ("I couldn't find a
// reservation from this phone under that name") and the number asked again, and again. Now the
// guest is told nothing is changed and let go; the reservation stays booked. Signed calls through
// the real app, Miramar (en) and Sierra Alta (es).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

const statuses = async () => (await t.db.all<{ status: string }>('SELECT status FROM reservations')).map((r) => r.status);

describe('a cancellation taken back while the reservation is looked up', () => {
  it.each([
    [MIRAMAR, 'I need to cancel my reservation', "no wait, don't cancel", /^All right, nothing is changed\. Thank you for calling Hotel Miramar\. Goodbye\.$/],
    [MIRAMAR, 'I want to cancel my booking', 'actually never mind, I changed my mind', /^All right, nothing is changed\./],
    [SIERRA, 'quiero cancelar mi reservación', 'no, espere, mejor no la cancele', /^Está bien, no se cambia nada\. .*Hasta luego\.$/],
  ])('%s: "%s", then "%s": told nothing changed, and the reservation kept', async (to, asked, withdrawn, told) => {
    await bookByKeys(t.call({ from: '+12125553341', to }), { date: '1218', roomType: '2' });
    expect(await statuses()).toEqual(['booked']);
    const call = t.call({ from: '+12125553341', to });
    await call.start();
    expect(heard(await call.say(asked, 0.95))).toMatch(/confirmation number|número de confirmación/);
    const turn = await call.say(withdrawn, 0.95);
    expect(heard(turn)).toMatch(told);
    expect(heard(turn)).not.toMatch(/couldn't find|no encontr/i);
    expect(turn.hungUp).toBe(true);
    expect(await statuses()).toEqual(['booked']);
  });

  it('a last name said at the same question is still looked up', async () => {
    await bookByKeys(t.call({ from: '+12125553342', to: MIRAMAR }), { date: '1218', roomType: '2', name: 'Ana Torres' });
    const call = t.call({ from: '+12125553342', to: MIRAMAR });
    await call.start();
    await call.say('I need to cancel my reservation', 0.95);
    expect(heard(await call.say('Torres', 0.95))).toMatch(/December 18/);
  });
});
