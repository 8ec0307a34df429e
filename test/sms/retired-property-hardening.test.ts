// A text conversation with a property whose hotel file was taken out of HOTELS_DIR while running
// (src/hotel/hotel-changes.ts): the guest's next text to its number is told plainly that the
// property no longer takes reservations by text, and its phone; the conversation ends, its rooms
// freed. It restarted from the greeting of the hotel left answering (which, alone, answers every
// number), the guest now booking with another hotel without being told. Signed texts, real SQLite.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchHotels } from '../../src/hotel/hotel-changes.ts';
import type { HotelWatch } from '../../src/hotel/hotel-changes.ts';
import type { HotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const GUEST = '+525512340001';

let t: TestApp | undefined;
let watch: HotelWatch | undefined;
let dir: string | undefined;
afterEach(async () => {
  watch?.stop();
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a property taken out of HOTELS_DIR while a guest is texting it', () => {
  it("tells the guest plainly, in the conversation's language, and goes on with no other hotel", async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-group-'));
    cpSync(DEMO_GROUP, dir, { recursive: true });
    t = await startTestApp({ hotelsDir: dir });
    const hotels = t.app.locals.hotels as HotelDirectory;
    watch = watchHotels({ db: t.db, hotels, logger: captureLog('info').logger, source: { hotelsDir: dir }, clock: t.clock.now }, 3_600_000);
    const guest = textingGuest(t.baseUrl, GUEST, SIERRA);
    expect((await guest.send('quiero reservar un cuarto')).text).toMatch(/llega/i);

    rmSync(join(dir, 'sierra.json'));
    await watch.checkOnce();
    expect(hotels.answering.map((h) => h.code)).toEqual(['MIR']);

    const told = await guest.send('el 4 de diciembre');
    expect(told.text).toBe('Hotel Sierra Alta ya no recibe reservaciones por mensaje. Por favor llame al hotel al +525555550100.');
    expect(told.text).not.toContain('Miramar');
    // Its conversation ended (its rooms freed); none opened with the hotel left.
    expect(await t.db.all("SELECT h.code, c.ended_at IS NOT NULL AS ended FROM calls c JOIN hotels h ON h.id = c.hotel_id WHERE c.channel = 'sms'")).toEqual([
      { code: 'SIE', ended: 1 },
    ]);
    // A new text to that number is told the same (in the language it is written in), and Miramar's own number still answers.
    expect((await guest.send('hi, a room for tomorrow?')).text).toBe('Hotel Sierra Alta no longer takes reservations by text. Please call the hotel at +525555550100.');
    expect((await textingGuest(t.baseUrl, GUEST, MIRAMAR).send('book a room')).text).toMatch(/Miramar|arriv/i);
  });

  it('a single hotel whose file lists no numbers still answers every number, whatever a retired one listed', async () => {
    t = await startTestApp();
    const hotels = t.app.locals.hotels as HotelDirectory;
    expect(hotels.retiredFor(SIERRA)).toBeNull();
    expect((await textingGuest(t.baseUrl, GUEST, SIERRA).send('book a room')).text).not.toContain('no longer');
  });
});
