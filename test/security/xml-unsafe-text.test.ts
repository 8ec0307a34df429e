// Round 21, TwiML injection: text said or texted back is escaped (a guest name "<Say>…</Say> &"
// reads back as words), but a character XML 1.0 cannot carry (a control character, a lone
// surrogate) made the TwiML writer throw, as the twilio library does. One in a hotel file's name
// broke every call at the greeting ("something went wrong … front desk") and every text. Now such
// characters are left out of what is written. Signed calls and texts; the TwiML parsed as XML.
// (Since round 22 a control character in a hotel file is refused when the file is read, naming
// the field: test/security/hotel-file-invisible-text.test.ts; a lone surrogate still loads.)

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('a hotel file whose name holds characters XML cannot carry', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    const hotel = JSON.parse(readFileSync(new URL('../../src/hotel/demo-hotel.json', import.meta.url), 'utf8')) as { name: string };
    hotel.name = 'Hotel Miramar\uD800';
    dir = mkdtempSync(join(tmpdir(), 'conserje-xml-'));
    writeFileSync(join(dir, 'hotel.json'), JSON.stringify(hotel));
    t = await startTestApp({ hotelFile: join(dir, 'hotel.json') });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('greets a caller with the name, without them, and takes the call', async () => {
    const call = t.call({ from: '+13055550177' });
    const greeting = await call.start();
    expect(heard(greeting)).toContain('Hotel Miramar');
    expect(heard(greeting)).not.toContain('something went wrong');
    expect(greeting.dial).toBeUndefined();
  });

  it('answers a text with the name, without them', async () => {
    const reply = await textingGuest(t.baseUrl, '+13055550178').send('hello');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('Hotel Miramar');
  });
});
