// Without TWILIO_PHONE_NUMBER, texts go out from each property's own number, and texting is on only
// while every property answering has one (as the start decides, src/server.ts). A hotel file
// applied while running (src/hotel/hotel-changes.ts) may take a property's number away, or give it
// one (a group's files must list numbers; a single hotel's need not): the sender follows the
// properties answering now, as the console's banner does (test/staff/texting-status-live.test.ts).
// It read everyPropertyHasNumber once at start: it went on as if nothing had changed, and each
// text then failed for good ('no number to send from').

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchHotels } from '../../src/hotel/hotel-changes.ts';
import type { HotelWatch } from '../../src/hotel/hotel-changes.ts';
import { everyPropertyHasNumber } from '../../src/hotel/hotel-directory.ts';
import type { HotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { SmsSender } from '../../src/messaging/sender.ts';
import { startTestApp, TEST_AUTH_TOKEN } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startTwilioStandIn } from './twilio-rest-stand-in.ts';
import type { TwilioStandIn } from './twilio-rest-stand-in.ts';
import { MIRAMAR } from '../helpers/demo-group.ts';

const ACCOUNT_SID = 'AC' + '7'.repeat(32);
const OWN = MIRAMAR;

let t: TestApp | undefined;
let standIn: TwilioStandIn | undefined;
let watch: HotelWatch | undefined;
let dir: string | undefined;
afterEach(async () => {
  watch?.stop();
  await t?.close();
  await standIn?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('texts from the properties answering now', () => {
  it("stop once the hotel's file is saved without its number (TWILIO_PHONE_NUMBER unset), and go out again once it has one", async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-hotel-'));
    const hotelFile = join(dir, 'hotel.json');
    const demo = JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')) as Record<string, unknown>;
    writeFileSync(hotelFile, JSON.stringify({ ...demo, phoneNumbers: [OWN] }));
    standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    t = await startTestApp({ hotelFile, env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_PHONE_NUMBER: '' } });
    const hotels = t.app.locals.hotels as HotelDirectory;
    const log = captureLog('info');
    watch = watchHotels({ db: t.db, hotels, logger: log.logger, source: { hotelFile }, clock: t.clock.now }, 3_600_000);
    const sender = new SmsSender({
      db: t.db,
      config: t.config,
      logger: log.logger,
      clock: t.clock.now,
      httpClient: standIn.httpClient(1000),
      fromNumberOf: (id) => hotels.byId(id)?.file.phoneNumbers?.[0] ?? null,
      everyPropertyHasNumber: () => everyPropertyHasNumber(hotels),
    });
    const offSaid = () => log.lines.filter((l) => l.includes('texting is off: a property answering has no number')).length;
    await bookByKeys(t.call({ from: '+12125550186' }));
    expect(await sender.runOnce()).toMatchObject({ sent: 1 });

    // The file saved without phoneNumbers: nothing to send from, as at a start with that file.
    writeFileSync(hotelFile, JSON.stringify(demo));
    await watch.checkOnce();
    expect(hotels.answering[0]!.file.phoneNumbers).toBeUndefined();
    expect(sender.enabled).toBe(false);
    await bookByKeys(t.call({ from: '+12125550187' }));
    expect(await sender.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(await sender.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    // Waiting, not failed (it was failed 'no number to send from', the confirmation lost); said once.
    expect(await t.db.get('SELECT status FROM outbox WHERE to_number = ?', ['+12125550187'])).toEqual({ status: 'unsent' });
    expect(offSaid()).toBe(1);

    writeFileSync(hotelFile, JSON.stringify({ ...demo, phoneNumbers: [OWN] }));
    await watch.checkOnce();
    expect(sender.enabled).toBe(true);
    expect(await sender.runOnce()).toMatchObject({ sent: 1 });
    expect(standIn.received.map((r) => [r.form.To, r.form.From])).toEqual([
      ['+12125550186', OWN],
      ['+12125550187', OWN],
    ]);
    expect(log.lines.some((l) => l.includes('texting is on again'))).toBe(true);
  });
});
