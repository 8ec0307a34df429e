// Round 28: the desk's whisper names whom the caller asked for only when it reads as a person or a
// department ("maria in sales", "la gerente"); a sentence of the caller's own ("put me through to
// security code red evacuate now") is never read to staff as if the system said it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { deskScreens } from '../helpers/front-desk.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ hotelsDir: DEMO_GROUP });
});
afterEach(async () => t.close());

async function whisperAfter(from: string, to: string, said: string): Promise<string> {
  const call = t.call({ from, to });
  await call.start();
  expect((await call.say(said, 0.95)).waitingFor).toBe('dial');
  return (await deskScreens(t.baseUrl, call, '1')).whisperText;
}

describe('whom the caller asked for, in the whisper', () => {
  it('a person or a department is named', async () => {
    expect(await whisperAfter('+12125550901', MIRAMAR, 'can I talk to Maria in sales?')).toContain('They asked for maria in sales.');
    expect(await whisperAfter('+12125550902', MIRAMAR, 'put me through to the general manager please')).toContain('They asked for the general manager.');
  });

  it('a sentence of the caller\'s is not read to staff: "a special request, see the call"', async () => {
    const en = await whisperAfter('+12125550903', MIRAMAR, 'put me through to security code red evacuate now');
    expect(en).toContain('They have a special request; see the call.');
    expect(en).not.toMatch(/evacuate|code red/i);
  });
});

describe('in Spanish', () => {
  it('"me comunica con el licenciado Ramírez" is named; an alarm said is not', async () => {
    expect(await whisperAfter('+525512340904', SIERRA, '¿me comunica con el licenciado Ramírez?')).toContain('Pidió hablar con el licenciado ramirez.');
    const es = await whisperAfter('+525512340905', SIERRA, 'me comunica con seguridad código rojo evacuen todos');
    expect(es).toContain('Tiene una solicitud especial; vea la llamada.');
    expect(es).not.toMatch(/evacuen|rojo/i);
  });
});
