// A call to the number of a property whose hotel file was taken out of HOTELS_DIR while running
// (src/hotel/hotel-changes.ts). With one property left, that property answers every number (a
// single hotel always has): the caller heard the other hotel's greeting and could book against its
// rooms without being told. Now the caller hears, in the retired property's language (then the
// other), that it no longer takes calls at that number and its own phone number, and the call hangs
// up; nothing is stored. Texts to it were told the same already (test/sms/retired-property-hardening).
// Real signed calls, real SQLite, TwiML parsed as XML.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchHotels } from '../../src/hotel/hotel-changes.ts';
import type { HotelWatch } from '../../src/hotel/hotel-changes.ts';
import type { HotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { baseCallParams, signedPost } from '../helpers/signed-post.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

let t: TestApp | undefined;
let watch: HotelWatch | undefined;
let dir: string | undefined;
afterEach(async () => {
  watch?.stop();
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function groupWithout(file: string, guestLocale?: string) {
  dir = mkdtempSync(join(tmpdir(), 'conserje-group-'));
  cpSync(DEMO_GROUP, dir, { recursive: true });
  if (guestLocale) {
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), guestLocale }));
  }
  t = await startTestApp({ hotelsDir: dir });
  const hotels = t.app.locals.hotels as HotelDirectory;
  watch = watchHotels({ db: t.db, hotels, logger: captureLog('info').logger, source: { hotelsDir: dir }, clock: t.clock.now }, 3_600_000);
  rmSync(join(dir, file));
  await watch.checkOnce();
  expect(hotels.answering.map((h) => h.code)).toEqual(['MIR']);
  return t;
}

describe('a call to a number of a property taken out of HOTELS_DIR', () => {
  it("is told so in the property's language, with its number, and hung up: no other hotel's greeting, nothing stored", async () => {
    const app = await groupWithout('sierra.json', 'es-MX');
    const turn = await app.call({ to: SIERRA, from: '+525512340001' }).start();
    expect(turn.hungUp).toBe(true);
    expect(turn.said.map((s) => s.language)).toEqual(['es-MX', 'en-US']);
    const [es, en] = turn.said.map((s) => s.text);
    expect(es).toBe('Hotel Sierra Alta ya no atiende llamadas en este número. Por favor llame al hotel al 5 5, 5 5 5 5, 0 1 0 0. Hasta luego.');
    expect(en).toContain('Hotel Sierra Alta no longer takes calls at this number');
    for (const s of turn.said) {
      expect(s.text).not.toContain('Miramar');
      expect(words(s.text)).toBeLessThanOrEqual(30);
    }
    expect(await app.db.all('SELECT call_sid FROM calls')).toEqual([]);
    // Miramar's own number still answers with its greeting.
    expect((await app.call({ to: MIRAMAR }).start()).said[0]!.text).toContain('Hotel Miramar');
  });

  it('starts in English for a property whose calls did; a step URL for an unknown call to that number is told the same', async () => {
    const app = await groupWithout('sierra.json', 'en-US');
    const turn = await app.call({ to: SIERRA }).start();
    expect(turn.said.map((s) => s.language)).toEqual(['en-US', 'es-MX']);
    const params = { ...baseCallParams('CA' + 'c'.repeat(32)), To: SIERRA, Called: SIERRA, Digits: '1' };
    const step = await signedPost(app.baseUrl, '/voice/gather?step=3', params);
    expect(step.status).toBe(200);
    const verbs = parseTwiml(step.body);
    expect(verbs.map((v) => v.verb)).toEqual(['say', 'say', 'hangup']);
    expect(JSON.stringify(verbs)).toContain('Sierra Alta');
    expect(await app.db.all('SELECT call_sid FROM calls')).toEqual([]);
  });
});
