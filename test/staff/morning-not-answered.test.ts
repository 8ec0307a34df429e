// The manager's morning lists what callers asked that the hotel file does not answer ("is there a
// shuttle from the airport?"), with their words and a link to the call, so the hotel can add the
// answers guests keep asking for (the demo group's files have none: check-in is one). Other
// properties' questions are not listed when one is in view. Real calls to the demo group.

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { login, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startStaffApp({ hotelsDir: DEMO_GROUP });
  t.clock.set('2026-11-28T23:00:00Z');
  const asks = t.call({ to: MIRAMAR, from: '+12125550161' });
  await asks.start();
  await asks.say('is there a shuttle from the airport?', 0.95);
  await asks.say('what time is check in?', 0.95);
  await asks.hangup();
  const sierra = t.call({ to: SIERRA, from: '+525512345661' });
  await sierra.start();
  await sierra.say('¿tienen alberca techada?', 0.95);
  await sierra.hangup();
  t.clock.set('2026-11-29T13:00:00Z');
});
afterAll(() => t?.close());

it('lists each property’s questions with the caller’s words, escaped, and only the property in view', async () => {
  const { agent } = await login(t);
  const page = (await agent.get('/staff/morning').expect(200)).text;
  const section = (code: string) => new RegExp(`<section class="morning-not-answered" data-property="${code}"[^>]*>(.*?)</section>`, 's').exec(page)?.[1] ?? '';
  expect(section('MIR')).toContain('“is there a shuttle from the airport?”');
  // Newest first.
  expect(section('MIR').indexOf('“what time is check in?”')).toBeLessThan(section('MIR').indexOf('shuttle'));
  expect(section('MIR')).toMatch(/<a href="\/staff\/calls\/CA[0-9a-f]+">/);
  expect(section('SIE')).toContain('¿tienen alberca techada?');
  const api = (await agent.get('/api/morning').expect(200)).body as { properties: { hotel: string; notAnswered: { words: string }[] }[] };
  expect(api.properties.find((p) => p.hotel === 'SIE')?.notAnswered.map((q) => q.words)).toEqual(['¿tienen alberca techada?']);
  await agent.post('/staff/property').type('form').send({ _csrf: (await agent.get('/api/me')).body.csrfToken, code: 'SIE', next: '/staff/morning' }).expect(303);
  const sierraOnly = (await agent.get('/staff/morning').expect(200)).text;
  expect(sierraOnly).toContain('¿tienen alberca techada?');
  expect(sierraOnly).not.toContain('shuttle');
});
