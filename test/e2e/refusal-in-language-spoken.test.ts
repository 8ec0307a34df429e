// A date refused in the caller's very first words — one that does not exist, or one already past
// — is refused in the language those words were in, and the call goes on in it: a Spanish speaker
// at the English greeting is not told "There is no November 31" and then offered English menus
// (the refusal carried no detail, so the language heard was dropped with it).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';

const languages = (turn: Turn) => [...new Set(turn.said.map((s) => s.language))];
const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

let t: TestApp;
let dir: string | null = null;
afterEach(async () => {
  await t.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('a refused date, said in the other language at the greeting (today 2026-11-28)', () => {
  it.each([
    ['Una habitación para el 31 de noviembre, por favor', 'No existe el 31 de noviembre.'],
    ['Quisiera reservar para el 30 de febrero', 'No existe el 30 de febrero.'],
    ['Buenas tardes, una habitación para ayer', 'El viernes 27 de noviembre ya pasó.'],
  ])('"%s" is refused in Spanish, and the call goes on in Spanish', async (said, refusal) => {
    t = await startTestApp();
    const call = t.call();
    await call.start();
    const turn = await call.say(said);
    expect(words(turn)).toContain(refusal);
    // The menu after it is Spanish too; English is offered with 9 as at a Spanish greeting.
    expect(words(turn)).toContain('Para reservar una habitación, oprima 1');
    expect(words(turn)).toContain('For English, press 9.');
    expect(words(turn)).not.toContain('There is no');
    const next = await call.say('el 5 de diciembre');
    expect(languages(next)).toEqual(['es-MX']);
    expect(words(next)).toContain('Llegada el sábado 5 de diciembre.');
  });

  it('English words with an impossible date at a hotel that greets in Spanish are refused in English', async () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-refusal-'));
    const hotelFile = join(dir, 'sierra.json');
    const sierra = JSON.parse(readFileSync(new URL('../../src/hotel/demo-group/sierra.json', import.meta.url), 'utf8'));
    writeFileSync(hotelFile, JSON.stringify({ ...sierra, guestLocale: 'es-MX' }));
    t = await startTestApp({ hotelFile });
    const call = t.call({ to: sierra.phoneNumbers?.[0] });
    const greeting = await call.start();
    expect(languages(greeting)).toContain('es-MX');
    const turn = await call.say("Hi, I'd like a room for February 30th please");
    expect(words(turn)).toContain('There is no February 30.');
    expect(words(turn)).not.toContain('No existe');
    const next = await call.say('December 5th');
    expect(languages(next)).toEqual(['en-US']);
  });

  it('a first text in Spanish with a day that does not exist is answered in Spanish', async () => {
    t = await startTestApp();
    const guest = textingGuest(t.baseUrl, '+12125550146');
    const reply = await guest.send('Hola, quiero un cuarto para el 31 de noviembre');
    expect(reply.text).toContain('No existe el 31 de noviembre.');
    expect(reply.text).not.toContain('There is no');
  });
});
