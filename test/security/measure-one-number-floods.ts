// Round 33's figures for one number as hard as it can (test/security/one-number-floods.test.ts
// asserts the behaviour; this only times it): a thread of 1,000 texts, the answered ones and the
// unanswered ones, and 60 calls at once from one number to the availability check.
// Run alone under the shared lock: flock /tmp/bench.lock npx tsx test/security/measure-one-number-floods.ts

import { startTestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const t = await startTestApp();
  const sender = textingGuest(t.baseUrl, '+12125550145');
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const started = performance.now();
    await sender.send(`a room for tomorrow please, message ${i}`);
    times.push(performance.now() - started);
    t.clock.advance(1000);
  }
  const ms = (from: number, to: number) => median(times.slice(from, to)).toFixed(2);
  console.log(`1,000 texts from one number: median ${ms(0, 40)} ms (texts 1–40, answered), ${ms(40, 80)} ms (41–80), ${ms(960, 1000)} ms (961–1,000)`);
  for (const calls of [1, 60]) {
    const started = performance.now();
    await Promise.all(Array.from({ length: calls }, (_, i) => askForStay(t.call({ from: '+12125550144' }), { roomType: String((i % 4) + 1) })));
    console.log(`${calls} call(s) at once from one number, greeting to availability (6 signed turns each): ${(performance.now() - started).toFixed(0)} ms`);
  }
  await t.close();
}

void main();
