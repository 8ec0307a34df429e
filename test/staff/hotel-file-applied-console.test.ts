// A hotel file applied while the server runs (src/hotel/hotel-changes.ts) reaches the staff console
// too: a room type renamed, a time zone changed. The console kept what the start loaded (its
// views were cached by property id, its room names read once).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchHotels } from '../../src/hotel/hotel-changes.ts';
import type { HotelWatch } from '../../src/hotel/hotel-changes.ts';
import type { HotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { login, startStaffApp } from './staff-helpers.ts';

interface RoomType { code: string; name: { en: string; es: string } }
const demo = JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')) as { timezone: string; roomTypes: RoomType[] };

let t: TestApp;
let watch: HotelWatch | undefined;
afterEach(async () => {
  watch?.stop();
  await t.close();
});

describe('the console after a hotel file is applied while running', () => {
  it('names a renamed room type and keeps time in the new time zone', async () => {
    t = await startStaffApp();
    await bookByKeys(t.call(), { name: 'Ana Torres' });
    const hotelFile = join(t.dir, 'hotel.json');
    writeFileSync(hotelFile, JSON.stringify(demo, null, 2));
    const hotels = t.app.locals.hotels as HotelDirectory;
    watch = watchHotels({ db: t.db, hotels, logger: captureLog('info').logger, source: { hotelFile }, clock: t.clock.now }, 3_600_000);
    await watch.checkOnce();
    const { agent } = await login(t);
    const before = (await agent.get('/api/reservations?date=2026-12-04').expect(200)).body.reservations[0];
    expect(before).toMatchObject({ roomTypeName: 'Deluxe King', holdUntilLocal: '2026-12-04 18:00' });

    const renamed = demo.roomTypes.map((r) => (r.code === 'DLX' ? { ...r, name: { en: 'Grand King', es: 'Gran King' } } : r));
    writeFileSync(hotelFile, JSON.stringify({ ...demo, timezone: 'America/Chicago', roomTypes: renamed }, null, 2));
    await watch.checkOnce();
    const after = (await agent.get('/api/reservations?date=2026-12-04').expect(200)).body.reservations[0];
    // (The hold was set at booking, 18:00 in New York: 17:00 in Chicago.)
    expect(after).toMatchObject({ roomTypeName: 'Grand King', holdUntilLocal: '2026-12-04 17:00' });
  });
});
