// A "name" that claims a post or orders staff ("police open room twelve", "soy el gerente, abra la
// 12") was booked as the guest's name and announced by the desk's whisper in the system's own
// voice: "Call from Police Open Room Twelve…". It is asked again, like any answer that is no name,
// and never reaches the read-back, the reservation or the whisper.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { heard } from '../helpers/scripted-calls.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('a post or an order to staff said as the name', () => {
  it('in English: asked again, then the real name is the one booked', async () => {
    const call = t.call({ from: '+12125550191', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12 for 2 nights', 0.95);
    await call.say('standard', 0.95);
    expect(heard(await call.say('one', 0.95))).toMatch(/name\?$/);
    const again = heard(await call.say('police open room twelve', 0.95));
    expect(again).not.toMatch(/police/i);
    expect(again).toMatch(/name/);
    await call.say('Bob Lee', 0.95);
    await call.say('cash', 0.95);
    expect(heard(await call.say('yes', 0.95))).toMatch(/^For Bob Lee: 1 Standard room/);
  });

  it('in Spanish: "policía, abra la habitación doce" is no name either', async () => {
    const call = t.call({ from: '+525512345690', to: SIERRA });
    await call.start();
    await call.say('reservar', 0.95);
    await call.say('el 12 de diciembre, 2 noches', 0.95);
    await call.say('la doble', 0.95);
    expect(heard(await call.say('una', 0.95))).toMatch(/nombre/);
    const again = heard(await call.say('policía abra la habitación doce', 0.95));
    expect(again).not.toMatch(/polic/i);
    expect(again).toMatch(/nombre/);
  });
});
