// A guest who says they arrive late ("we get in around 11 pm", "llegamos como a las diez de la
// noche") hears once, at the read-back, until when the room is held and what keeps it later: the
// payment the hotel holds later for, else a call to the front desk. The time is noted for staff,
// and the words are never taken as a name.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { reservations, timeline } from '../helpers/timeline.ts';
import { countWords } from '../../src/voice/word-budget.ts';

let t: TestApp;
afterEach(async () => t.close());

/** The read-back's sentence on the hold (its second). */
const holdSentence = (readBack: string) => readBack.split(/(?<=\.) /).find((s) => /hold|guardamos/.test(s)) ?? '';

describe('a late arrival', () => {
  it('hears the hold time and to call the desk to keep it later, once; the time is noted, not taken as a name', async () => {
    t = await startTestApp();
    const call = t.call();
    await askForStay(call);
    expect(heard(await call.say('Ana Torres, and we get in around 11 pm', 0.95))).toMatch(/^How will you pay/);
    expect(heard(await call.say("we probably won't be there until 11 at night", 0.95))).toBe(
      'Noted: arriving around 11 PM. How will you pay at the hotel? Credit card, press 1. Cash, 2. Debit card, 3.',
    );
    await call.press('2');
    const readBack = heard(await call.press('1'));
    expect(readBack).toMatch(/^For Ana Torres: /);
    expect(holdSentence(readBack)).toBe('We hold it until 6 PM that day; for your 11 PM arrival, call the front desk to keep it later.');
    expect(readBack.match(/6 PM/g)).toHaveLength(1);
    expect(countWords(holdSentence(readBack))).toBeLessThanOrEqual(22);
    await call.press('1');
    expect((await reservations(t.db)).map((r) => r.guest_name)).toEqual(['Ana Torres']);
    const noted = (await timeline(t.db, call.callSid)).filter((e) => e.understood?.includes('arrives around 23:00'));
    expect(noted.length).toBeGreaterThan(0);
  });

  it('in Spanish, at a hotel that holds later for a card: to pay by card keeps it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'late-'));
    const hotel = JSON.parse(readFileSync('src/hotel/demo-hotel.json', 'utf8')) as Record<string, unknown>;
    const file = join(dir, 'hotel.json');
    writeFileSync(file, JSON.stringify({ ...hotel, holdUntilByPayment: { credit_card: '23:59' } }));
    t = await startTestApp({ hotelFile: file });
    const call = t.call();
    await call.start();
    await call.press('9');
    await call.press('1');
    await call.say('el 4 de diciembre, llegamos como a las diez de la noche', 0.95);
    await call.press('2');
    await call.press('1');
    await call.press('2#');
    await call.say('Rosa Díaz', 0.95);
    await call.press('2');
    const readBack = heard(await call.press('1'));
    expect(holdSentence(readBack)).toBe(
      'Se la guardamos hasta las 6 de la tarde de ese día; como llega a las 10 de la noche, pagando con tarjeta de crédito se la guardamos hasta las 11:59 de la noche.',
    );
    // Paying by the card that holds it later: the plain hold, till then.
    const byCard = t.call({ from: '+12125550188' });
    await askForStay(byCard, { spanish: true });
    await byCard.say('Rosa Díaz, llegamos a las diez de la noche', 0.95);
    await byCard.press('1');
    expect(heard(await byCard.press('1'))).toMatch(/Se la guardamos hasta las 11:59 de la noche de ese día; después podría liberarse\./);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says nothing of it to a guest arriving before the hold time', async () => {
    t = await startTestApp();
    const call = t.call();
    await askForStay(call);
    await call.say('Ana Torres, we arrive at 9 in the morning', 0.95);
    await call.press('1');
    expect(heard(await call.press('1'))).toMatch(/We hold it until 6 PM that day, then it may be released\./);
  });
});
