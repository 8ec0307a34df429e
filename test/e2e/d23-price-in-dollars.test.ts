// A price asked in another currency than the hotel's: the rates are said in the hotel's money, as
// always, and the caller is told so ("Our rates are in pesos."), not left to hear pesos as dollars.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { countWords } from '../../src/voice/word-budget.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('a price asked in dollars at the hotel in Mexico', () => {
  it('in English: told the rates are in pesos, with the rate, and the booking goes on', async () => {
    const call = t.call({ to: SIERRA, from: '+12125550110' });
    await call.start();
    const said = heard(await call.say('how much is a double room for december 18, in dollars?', 0.95));
    expect(said).toMatch(/^Our rates are in pesos\. The Double Room is 1,850 pesos a night\./);
    expect(countWords('Our rates are in pesos.')).toBe(5);
    expect(heard(await call.say('yes', 0.95))).toBe('How many nights?');
  });

  it('in Spanish, by voice and by text', async () => {
    const call = t.call({ to: SIERRA, from: '+525512340014' });
    await call.start();
    expect(heard(await call.say('¿cuánto cuesta la habitación doble en dólares?', 0.95))).toMatch(
      /^Nuestras tarifas son en pesos\. Habitación Doble: 1,850 pesos por noche\./,
    );
    const guest = textingGuest(t.baseUrl, '+525512340099', SIERRA);
    const reply = await guest.send('Hola, ¿cuánto sale la sencilla en dólares para el 20 de diciembre?');
    expect(reply.text).toContain('Nuestras tarifas son en pesos.');
    expect(reply.text).toContain('1,200 pesos');
  });

  it('pesos asked at the hotel in the US: its rates are in dollars; its own money asked, nothing added', async () => {
    const call = t.call({ to: MIRAMAR, from: '+525512340015' });
    await call.start();
    await call.press('9');
    expect(heard(await call.say('¿cuánto cuesta la estándar en pesos?', 0.95))).toMatch(/^Nuestras tarifas son en dólares\. /);
    const own = t.call({ to: SIERRA, from: '+525512340016' });
    await own.start();
    expect(heard(await own.say('¿cuánto cuesta la doble en pesos?', 0.95))).not.toContain('tarifas son en');
  });
});
