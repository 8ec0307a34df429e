// A request said in Spanish at the English greeting that has to be confirmed before it is used
// ("la primera quincena de enero": the 1st to the 15th?) is confirmed in Spanish: the call is in the
// language the caller spoke from that moment, not only once they have said yes.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (turn: Turn) => turn.said.map((s) => s.text).join(' ');

describe('a reading to confirm, said in the other language', () => {
  it('is confirmed in the language it was said in, and the call goes on in it', async () => {
    const call = t.call();
    await call.start();
    const confirm = await call.say('quiero una habitación para la primera quincena de enero');
    expect(confirm.gather?.language).toBe('es-MX');
    expect(confirm.said.every((s) => s.language === 'es-MX')).toBe(true);
    expect(words(confirm)).toMatch(/oprima 1/);
    const next = await call.press('1');
    expect(next.gather?.language).toBe('es-MX');
    expect(words(next)).toMatch(/1 de enero/);
  });
});
