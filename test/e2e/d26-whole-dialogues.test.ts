// Whole calls of round 26's callers: a moment asked for ("let me check with my wife first",
// "déjeme preguntarle a mi esposa") is waited for with the same question, not a miss; "are you a
// real person?" mid-booking is answered, not a transfer that drops the booking.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

describe('a moment asked for', () => {
  it('in English, at the room list, the name and the read-back: "take your time", the same question, listened to longer; no misses', async () => {
    const call = t.call({ from: '+12125550180', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    const list = await call.say('December 12 for 2 nights', 0.95);
    expect(list.gather?.timeout).toBe(6);
    const wait = await call.say('let me check with my wife first', 0.95);
    expect(heard(wait)).toBe('Sure, take your time. Which room: Ocean Suite, Deluxe King, Double Queen or Standard?');
    expect(wait.gather?.timeout).toBe(20);
    // Two more moments in a row: still no miss, never the desk.
    expect(heard(await call.say('hold on', 0.95))).toMatch(/^Sure, take your time\. Which room/);
    expect(heard(await call.say('one moment please', 0.95))).toMatch(/^Sure, take your time\. Which room/);
    expect(heard(await call.say('standard', 0.95))).toBe('How many rooms?');
    await call.say('one', 0.95);
    expect(heard(await call.say('let me ask my wife', 0.95))).toBe('Sure, take your time. May I have your full name?');
    await call.say('Bob Lee', 0.95);
    await call.say('cash', 0.95);
    expect(heard(await call.say('yes', 0.95))).toMatch(/^For Bob Lee: 1 Standard room/);
    expect(heard(await call.say('hang on, I need to check with my husband', 0.95))).toBe(
      'Sure, take your time. To confirm this reservation, press 1. To change something, press 2. To hear it again, press 3.',
    );
    expect(heard(await call.say('yes', 0.95))).toMatch(/^You're booked\./);
  });

  it('in Spanish: "Claro, tómese su tiempo." and the question again', async () => {
    const call = t.call({ from: '+525512345678', to: SIERRA });
    await call.start();
    await call.say('reservar', 0.95);
    await call.say('el 12 de diciembre, 2 noches', 0.95);
    expect(heard(await call.say('déjeme preguntarle a mi esposa', 0.95))).toMatch(/^Claro, tómese su tiempo\. ¿Cuál prefiere/);
    await call.say('la doble', 0.95);
    expect(heard(await call.say('permítame tantito', 0.95))).toBe('Claro, tómese su tiempo. ¿Cuántas habitaciones?');
    expect(heard(await call.say('una', 0.95))).toMatch(/^Sí hay disponibilidad/);
  });

  it('leaving is no moment asked: "let me ask my wife and I\'ll call you back" is not waited for', async () => {
    const call = t.call({ from: '+12125550184', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    await call.say('December 12 for 2 nights', 0.95);
    expect(heard(await call.say("let me ask my wife and I'll call you back", 0.95))).not.toMatch(/take your time/);
  });
});

describe('a robot asked about mid-booking', () => {
  it('answered as at the greeting, the booking goes on; a person asked for still goes to the desk', async () => {
    const call = t.call({ from: '+12125550185', to: MIRAMAR });
    await call.start();
    await call.say('book a room', 0.95);
    const asked = await call.say('are you a real person?', 0.95);
    expect(heard(asked)).toBe("This is Hotel Miramar's automated line. To talk with a person, press 0. When do you arrive?");
    expect(asked.waitingFor).toBe('input');
    expect(heard(await call.say('December 12', 0.95))).toMatch(/^Arriving Saturday, December 12\./);
    expect((await call.say('I want a real person', 0.95)).waitingFor).toBe('dial');

    const es = t.call({ from: '+525512345679', to: SIERRA });
    await es.start();
    await es.say('reservar', 0.95);
    const question = await es.say('¿es usted una persona real?', 0.95);
    expect(heard(question)).toMatch(/^Está hablando con el sistema automático del Hotel Sierra Alta\. Para hablar con una persona, oprima 0\. ¿Para qué fecha/);
    expect(question.waitingFor).toBe('input');
  });
});

describe('the front desk asked for twice, nobody answering', () => {
  it('each time the caller hears that nobody could answer, then the message or the call back', async () => {
    const call = t.call({ from: '+12125550148', to: MIRAMAR });
    await call.start();
    await call.say('front desk', 0.95);
    const first = await call.dialResult('no-answer');
    expect(heard(first)).toMatch(/^Sorry, nobody at the front desk could answer\. To leave a message, press 1\./);
    expect(heard(await call.silence())).toMatch(/^Sorry, I didn't hear anything\./);
    await call.say('front desk', 0.95);
    const second = await call.dialResult('no-answer');
    expect(heard(second)).toMatch(/^Sorry, nobody at the front desk could answer\. To leave a message, press 1\. To have the desk call you back at the number ending in 0 1 4 8, press 2\.$/);
    expect(heard(await call.press('2'))).toMatch(/^Thank you\. The front desk will call you at the number ending in 0 1 4 8/);
  });
});
