// Round 28: an upset caller ("this is ridiculous", "qué mal servicio", a curse) on its own at a
// question hears one apology with the desk offered, and the question again (not a miss); upset a
// second time, they go to the desk, which hears why. Upset words with an answer go on with it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('an upset caller', () => {
  it('in English: sorry once with the desk offered, then the desk, whispered that the caller is upset', async () => {
    const call = t.call({ from: '+12125550701', to: MIRAMAR });
    await call.start();
    await call.press('1');
    const first = await call.say('this is ridiculous', 0.95);
    expect(first.waitingFor).toBe('input');
    expect(heard(first)).toMatch(/^I'm sorry for the trouble\. To talk with someone at the front desk, press 0\. Or let's go on: When do you arrive\?/);
    // Not a miss: two silences after it still do not send the caller to the desk.
    await call.silence();
    expect((await call.silence()).waitingFor).toBe('input');
    const second = await call.say('oh come on, this is so stupid', 0.95);
    expect(second.waitingFor).toBe('dial');
    expect(heard(second)).toMatch(/^I'm sorry\. Let me connect you with someone at the front desk\./);
    expect((await deskScreens(t.baseUrl, call, '1')).whisperText).toContain('The caller is upset with the phone system');
    const row = await t.db.get<{ reason: string | null }>(`SELECT json_extract(snapshot_json, '$.context.transferReason') AS reason FROM calls WHERE from_number = '+12125550701'`);
    expect(row?.reason).toBe('upset_caller');
  });

  it('in Spanish, mid-booking: "qué mal servicio" gets the apology and the same question', async () => {
    const call = t.call({ from: '+525512340702', to: SIERRA });
    await call.start();
    await call.say('reservar', 0.95);
    await call.say('el 12 de diciembre', 0.95);
    const said = heard(await call.say('¡Qué mal servicio!', 0.95));
    expect(said).toMatch(/^Disculpe la molestia\. Si prefiere hablar con alguien de recepción, oprima 0\. Si no, seguimos: /);
    expect(said).toMatch(/Junior Suite/);
  });

  it('upset words said with an answer: the answer is taken, no apology', async () => {
    const call = t.call({ from: '+12125550703', to: MIRAMAR });
    await call.start();
    const said = heard(await call.say('this is ridiculous, I just want a room for December 18', 0.95));
    expect(said).not.toMatch(/sorry/i);
    expect(said).toMatch(/December 18/);
  });
});
