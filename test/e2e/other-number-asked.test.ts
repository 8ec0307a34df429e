// "No, a otro número" at "¿Le llamamos al número que termina en 5678?" with no number said yet was
// "Disculpe, no le entendí": the caller was understood, only the number is still to come. Now
// "Claro." and how to give it; the number said next is read back and kept.

import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

const words = (turn: { said: { text: string }[] }) => turn.said.map((s) => s.text).join(' ');

it('another number asked for, in Spanish and in English, then given', async () => {
  const es = t.call({ from: '+5215512345678' });
  await es.start();
  await es.say('quiero reservar para el 20 de diciembre, dos noches, cuarto doble', 0.95);
  await es.say('Carmen Ruiz', 0.95);
  expect(words(await es.say('efectivo', 0.95))).toMatch(/termina en 5 6 7 8\?$/);
  const other = words(await es.say('no, a otro número', 0.95));
  expect(other).toMatch(/^Claro\. /);
  expect(other).not.toContain('no le entendí');
  expect(words(await es.say('55 8765 4321', 0.95))).toMatch(/^Anoté el 5 5, 8 7 6 5, 4 3 2 1/);

  const en = t.call({ from: '+12125550123' });
  await en.start();
  await en.say('a standard room on December 20th for 2 nights', 0.95);
  await en.say('Tom Hardy', 0.95);
  await en.say('cash', 0.95);
  expect(words(await en.say('no, a different number', 0.95))).toMatch(/^Sure\. /);
});
