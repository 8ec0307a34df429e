// Round 28: the special requests said on the phone ("we need a crib") are in the confirmation text,
// in the guest's language, within one segment more than a text without them (English 3 GSM-7,
// Spanish 4 UCS-2) and never without the opt-out line: by name when they fit, else said to be
// noted; the desk confirms them.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';
import { MAX_TEXT_SEGMENTS } from '../../src/messaging/confirmation-text.ts';
import { smsSize } from '../../src/messaging/sms-encoding.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

async function bookWith(from: string, to: string, answers: string[]): Promise<string> {
  const call = t.call({ from, to });
  await call.start();
  for (const a of answers) await (/^\d$/.test(a) ? call.press(a) : call.say(a, 0.95));
  const row = await t.db.get<{ body: string }>(`SELECT body FROM outbox WHERE kind = 'booking_confirmed' AND to_number = ?`, [from]);
  return row!.body;
}

describe('special requests in the confirmation text', () => {
  it('in English, named: "Requested: a crib and a high floor; the front desk will confirm."', async () => {
    const body = await bookWith('+12125551101', MIRAMAR, [
      'one standard room December 12 for 3 nights, we need a crib and a high floor', 'Bob Lee', 'cash', '1', 'yes',
    ]);
    expect(body).toContain('Requested: a crib and a high floor; the front desk will confirm.');
    expect(body).toMatch(/Reply STOP to opt out\.$/);
    expect(smsSize(body).segments).toBeLessThanOrEqual(MAX_TEXT_SEGMENTS['en-US'] + 1);
  });

  it('in Spanish, within four UCS-2 segments and with its opt-out line: the requests named', async () => {
    const one = await bookWith('+525512341102', SIERRA, ['una habitación doble el 12 de diciembre por 3 noches, necesitamos una cuna', 'Ana López', 'efectivo', '1', 'sí']);
    expect(one).toContain('Con una cuna, por confirmar.');
    expect(one).toMatch(/Responda STOP para darse de baja\.$/);
    expect(smsSize(one).segments).toBeLessThanOrEqual(MAX_TEXT_SEGMENTS['es-MX'] + 1);
    const several = await bookWith('+525512341103', SIERRA, [
      'una habitación doble el 12 de diciembre por 3 noches, con una cuna, en un piso alto y una cama extra', 'Ana López', 'efectivo', '1', 'sí',
    ]);
    expect(several).toContain('Con una cuna, un piso alto y una cama extra, por confirmar.');
    expect(several).toMatch(/Responda STOP para darse de baja\.$/);
    expect(smsSize(several).segments).toBeLessThanOrEqual(MAX_TEXT_SEGMENTS['es-MX'] + 1);
  });

  it('none asked: the text as before, with its opt-out hint', async () => {
    const body = await bookWith('+12125551104', MIRAMAR, ['one standard room December 12 for 3 nights', 'Bob Lee', 'cash', '1', 'yes']);
    expect(body).not.toMatch(/Requested|special requests/);
    expect(body).toMatch(/Reply STOP to opt out\.$/);
  });
});
