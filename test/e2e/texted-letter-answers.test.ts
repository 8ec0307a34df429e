// By text, "y" is yes: a guest who confirms with one letter is booked, not told "Sorry, I didn't
// understand that" twice.

import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { reservations } from '../helpers/timeline.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

it('a booking by text confirmed with "y"', async () => {
  const guest = textingGuest(t.baseUrl, '+12125551111');
  await guest.send('hey do u have rooms dec 12-14');
  await guest.send('king');
  await guest.send('1');
  await guest.send('Sam Wu');
  await guest.send('cc');
  expect((await guest.send('y')).text).toMatch(/^For Sam Wu: 1 Deluxe King room, 2 nights/);
  expect((await guest.send('y')).text).toMatch(/^You're booked\. Confirmation number: \d{8}\./);
  expect(await reservations(t.db)).toHaveLength(1);
});
