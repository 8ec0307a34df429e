// Round 29: "Can you repeat the confirmation number slowly?" — a guest writing it down heard it again
// at the same pace. Now, just booked, asked slowly ("slower, please", "¿me lo puede repetir más
// despacio?"), the number is said once a digit at a time, each digit its own sentence so the voice
// stops after it; asked again plainly, it is said as before.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys, heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

async function confirmation(): Promise<string> {
  return (await t.db.get<{ confirmation: string }>('SELECT confirmation FROM reservations ORDER BY id DESC LIMIT 1'))!.confirmation;
}

/** "30244963" → "3. 0. 2. 4. Then, 4. 9. 6. 3" */
const slow = (n: string, then: string) => `${n.slice(0, 4).split('').join('. ')}. ${then}, ${n.slice(4).split('').join('. ')}`;

describe('the confirmation number, slowly', () => {
  it('in English: once, a digit at a time; then "say that again" says it as before', async () => {
    const call = t.call({ from: '+12125552921', to: MIRAMAR });
    await bookByKeys(call, { date: '1218' });
    const n = await confirmation();
    const slowly = await call.say('can you repeat the confirmation number slowly', 0.9);
    expect(heard(slowly)).toBe(`Of course. Your confirmation number, one digit at a time: ${slow(n, 'Then')}. Another booking? Press 1.`);
    expect(slowly.waitingFor).toBe('input');
    expect(heard(await call.say('say that again', 0.9))).toMatch(/^You're booked\. Your confirmation number: (\d )+\d, (\d )+\d; again/);
  });

  it('"slower, please" alone is asked slowly too', async () => {
    const call = t.call({ from: '+12125552922', to: MIRAMAR });
    await bookByKeys(call, { date: '1218' });
    expect(heard(await call.say('slower please', 0.9))).toContain(slow(await confirmation(), 'Then'));
  });

  it('in Spanish: "¿me lo puede repetir más despacio?", dígito por dígito', async () => {
    const call = t.call({ from: '+525512342923', to: SIERRA });
    await bookByKeys(call, { date: '1220' });
    expect(heard(await call.say('¿me lo puede repetir más despacio?', 0.9))).toBe(
      `Con gusto. Su número de confirmación, dígito por dígito: ${slow(await confirmation(), 'Y luego')}. ¿Otra reservación? Oprima 1.`,
    );
  });
});
