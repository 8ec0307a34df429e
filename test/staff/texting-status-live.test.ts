// The texting status the console shows (the Texts page's banner, /api/outbox) follows the hotel as
// served now. Without TWILIO_PHONE_NUMBER texts go out from the property's own number: a hotel file
// applied while running that gives the hotel its number turns texting on, one that takes it away
// turns it off. The console read it once at start.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchHotels } from '../../src/hotel/hotel-changes.ts';
import type { HotelWatch } from '../../src/hotel/hotel-changes.ts';
import type { HotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import { MIRAMAR } from '../helpers/demo-group.ts';

const demo = JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')) as Record<string, unknown>;

let t: TestApp;
let watch: HotelWatch | undefined;
afterEach(async () => {
  watch?.stop();
  await t.close();
});

describe("the console's texting status, with the hotel file applied while running", () => {
  it('turns on when the hotel gets a number of its own, and off when it loses it', async () => {
    t = await startStaffApp({ env: { TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000', TWILIO_PHONE_NUMBER: '' } });
    const hotelFile = join(t.dir, 'hotel.json');
    writeFileSync(hotelFile, JSON.stringify(demo, null, 2));
    const hotels = t.app.locals.hotels as HotelDirectory;
    watch = watchHotels({ db: t.db, hotels, logger: captureLog('info').logger, source: { hotelFile }, clock: t.clock.now }, 3_600_000);
    await watch.checkOnce();
    const { agent } = await login(t);
    expect((await agent.get('/api/outbox').expect(200)).body.texting).toEqual({ on: false, missing: ['TWILIO_PHONE_NUMBER'] });
    expect((await agent.get('/staff/outbox').expect(200)).text).toContain('id="texting-off"');

    writeFileSync(hotelFile, JSON.stringify({ ...demo, phoneNumbers: [MIRAMAR] }, null, 2));
    await watch.checkOnce();
    expect((await agent.get('/api/outbox').expect(200)).body.texting).toEqual({ on: true, missing: [] });
    expect((await agent.get('/staff/outbox').expect(200)).text).not.toContain('id="texting-off"');

    writeFileSync(hotelFile, JSON.stringify(demo, null, 2));
    await watch.checkOnce();
    expect((await agent.get('/api/outbox').expect(200)).body.texting).toEqual({ on: false, missing: ['TWILIO_PHONE_NUMBER'] });
  });
});

describe("the texting-off banner's words for the administrator", () => {
  /** The banner's "For the administrator" steps, tags removed. */
  const steps = (page: string) => (/<details class="small"><summary>For the administrator<\/summary>(.*?)<\/details>/s.exec(page)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('says a hotel file saved while running turns texting on, when only the number is missing', async () => {
    t = await startStaffApp({ env: { TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000', TWILIO_PHONE_NUMBER: '' } });
    const { agent } = await login(t);
    const said = steps((await agent.get('/staff/outbox').expect(200)).text);
    expect(said).toContain('phoneNumbers');
    expect(said).toContain('Hotel Miramar has none');
    expect(said).toContain('texting turns on without a restart');
    // The restart is only TWILIO_PHONE_NUMBER's way, said as the other.
    expect(said).not.toMatch(/^ ?Set TWILIO_PHONE_NUMBER/);
  });

  it('says a restart is needed for the account settings, which a hotel file cannot give', async () => {
    t = await startStaffApp({ env: { TWILIO_ACCOUNT_SID: '', TWILIO_PHONE_NUMBER: '' } });
    const { agent } = await login(t);
    const said = steps((await agent.get('/staff/outbox').expect(200)).text);
    expect(said).toContain('Set TWILIO_ACCOUNT_SID and restart the server');
    expect(said).toContain('set TWILIO_PHONE_NUMBER before that restart, or give every property a number of its own');
    expect(said).not.toContain('without a restart');
  });
});
