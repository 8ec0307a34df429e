// A room type said with words that add ("also an ocean suite for my parents", "también una suite
// para mis papás") once a type is held had replaced it: the suite held, the king let go, one
// reservation of the wrong type. It waits now, as two types said at once do (d28-two-room-types):
// said so, the question asked again, and offered once this booking is made. Without adding words
// ("make it the ocean suite instead") a type said is still the one wanted.
// Signed calls through the real app; the clock is Saturday, November 28, 2026.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

function reservations(): Promise<{ room_type: string; rooms: number; guest_name: string }[]> {
  return t.db.all(`SELECT rt.code AS room_type, r.rooms, r.guest_name FROM reservations r JOIN room_types rt ON rt.id = r.room_type_id ORDER BY r.id`);
}

describe('a room type added, not instead', () => {
  it('"also an ocean suite for my parents" at the name: the king kept, the suite offered after it, both booked', async () => {
    const call = t.call({ from: '+12125550521', to: MIRAMAR });
    await call.start();
    expect(heard(await call.say('a deluxe king on december 18 for 2 nights', 0.95))).toMatch(/May I have your full name\?$/);
    const added = heard(await call.say('also an ocean suite for my parents', 0.95));
    expect(added).toContain('first the Deluxe King, then the Ocean Suite.');
    expect(added).toMatch(/May I have your full name\?$/);
    await call.say('John Smith', 0.95);
    await call.say('cash', 0.95);
    const readBack = heard(await call.press('1'));
    expect(readBack).toContain('1 Deluxe King room, 2 nights from Friday, December 18');
    expect(heard(await call.say('yes', 0.95))).toMatch(/Now the Ocean Suite for the same dates\?/);
    expect(heard(await call.say('yes', 0.95))).toMatch(/How many rooms\?$/);
    expect(heard(await call.press('1'))).toContain('For John Smith: 1 Ocean Suite');
    await call.say('yes', 0.95);
    expect(await reservations()).toEqual([
      { room_type: 'DLX', rooms: 1, guest_name: 'John Smith' },
      { room_type: 'OCEAN', rooms: 1, guest_name: 'John Smith' },
    ]);
  });

  it('the count said of the added type waits with it: "plus two double queens" at the payment', async () => {
    const call = t.call({ from: '+12125550522', to: MIRAMAR });
    await call.start();
    await call.say('a deluxe king on december 18 for 2 nights', 0.95);
    await call.say('John Smith', 0.95);
    const added = heard(await call.say('cash, plus two double queens', 0.95));
    expect(added).toContain('first the Deluxe King, then the Double Queen.');
    expect(added).not.toMatch(/How will you pay/);
    await call.press('1');
    expect(heard(await call.say('yes', 0.95))).toMatch(/Now 2 Double Queen rooms for the same dates\?/);
  });

  it('en español: "también una suite para mis papás" al pedir el nombre', async () => {
    const call = t.call({ from: '+525512340523', to: SIERRA });
    await call.start();
    await call.say('una doble para el 20 de diciembre, dos noches', 0.95);
    const added = heard(await call.say('también una suite para mis papás', 0.95));
    expect(added).toMatch(/primero la habitación doble y después la junior suite\./i);
    expect(added).toMatch(/nombre completo/);
    expect(added).not.toMatch(/huésped/);
  });

  it('a type said without adding words is still the type wanted: "make it the ocean suite instead"', async () => {
    const call = t.call({ from: '+12125550524', to: MIRAMAR });
    await call.start();
    await call.say('a deluxe king on december 18 for 2 nights', 0.95);
    const instead = heard(await call.say('make it the ocean suite instead', 0.95));
    expect(instead).toContain('Ocean Suite');
    expect(instead).not.toContain('first the Deluxe King');
  });
});
