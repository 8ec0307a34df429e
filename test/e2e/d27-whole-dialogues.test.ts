// Round 27's callers: "can you repeat the confirmation number?" just booked is told it again (not
// "I didn't understand"); "¿sí me oye?" on a bad line is answered, not "con eso no le puedo
// ayudar"; "is Maria there?", "¿se encuentra María?" goes to the desk with whom they asked for.

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

describe('the confirmation number asked again', () => {
  it('in English, just booked: said again, the same number', async () => {
    const call = t.call({ from: '+12125550305', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12 for 2 nights', 0.95);
    await call.say('standard', 0.95);
    await call.say('one', 0.95);
    await call.say('Bob Lee', 0.95);
    await call.say('cash', 0.95);
    await call.press('1');
    const booked = heard(await call.say('yes', 0.95));
    const number = /confirmation number: ([\d ,]+);/.exec(booked)![1]!;
    for (const asked of ['can you repeat the confirmation number?', 'what was that number again?']) {
      const again = heard(await call.say(asked, 0.95));
      expect(again, asked).toContain(`confirmation number: ${number};`);
    }
  });
});

describe('a bad line', () => {
  it('"¿sí me oye?", "are you still there?" mid-booking: answered, then the same question', async () => {
    const es = t.call({ from: '+525512340312', to: SIERRA });
    await es.start();
    await es.say('reservar', 0.95);
    await es.say('el 12 de diciembre', 0.95);
    expect(heard(await es.say('¿sí me oye?', 0.95))).toBe('Sí, le escucho. ¿Cuál prefiere: Junior Suite, Habitación Doble o Habitación Sencilla?');
    expect(heard(await es.say('la doble', 0.95))).toMatch(/¿Cuántas habitaciones\?$/);

    const en = t.call({ from: '+12125550312', to: MIRAMAR });
    await en.start();
    await en.say('book a room', 0.95);
    expect(heard(await en.say('hello, are you still there?', 0.95))).toMatch(/^Yes, I can hear you\. When do you arrive\?/);
  });
});

describe('a person asked after by name', () => {
  it('"is Maria there?" at the greeting, "¿se encuentra María?" mid-booking: to the desk, whispered whom', async () => {
    const en = t.call({ from: '+12125550310', to: MIRAMAR });
    await en.start();
    const asked = await en.say('is Maria there?', 0.95);
    expect(asked.waitingFor).toBe('dial');
    expect((await deskScreens(t.baseUrl, en, '1')).whisperText).toContain('They asked for maria.');

    const es = t.call({ from: '+525512340310', to: SIERRA });
    await es.start();
    await es.say('reservar', 0.95);
    expect((await es.say('¿se encuentra María?', 0.95)).waitingFor).toBe('dial');
    expect((await deskScreens(t.baseUrl, es, '1')).whisperText).toContain('Pidió hablar con maria.');

    // A thing asked about is no person: "is breakfast available?" stays a question.
    const q = t.call({ from: '+12125550311', to: MIRAMAR });
    await q.start();
    expect((await q.say('is breakfast available?', 0.95)).waitingFor).toBe('input');
  });
});
