// A text flood from many numbers. Every text to the hotel is answered, and the limits per number
// (4 conversations an hour, 40 answers each: text-flood.ts) meant nothing to a sender with a list
// of numbers (or sender IDs faked through a cheap route): each number's first text was answered,
// every one paid for by the hotel. Now a property starts at most SMS_CONVERSATIONS_PER_HOUR
// conversations an hour from all numbers together; past it a text that would start one is not
// answered and nothing is stored, while conversations already going on are answered as ever.

import { afterEach, describe, expect, it } from 'vitest';
import { KEYWORD_REPLIES_OVERALL_PER_HOUR } from '../../src/http/keyword-replies.ts';
import { PROPERTY_CONVERSATIONS_PER_HOUR } from '../../src/sms/text-flood.ts';
import { loadConfig } from '../../src/config.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const HOUR = 3_600_000;
const number = (i: number) => `+1646555${String(1000 + i).padStart(4, '0')}`;

describe('texts from many numbers at once', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('starts at most SMS_CONVERSATIONS_PER_HOUR conversations an hour at a property; one going on is answered as ever', async () => {
    t = await startTestApp({ env: { SMS_CONVERSATIONS_PER_HOUR: '5' } });
    const first = textingGuest(t.baseUrl, number(0));
    expect((await first.send('hi')).text).not.toBe('');
    for (let i = 1; i < 5; i++) expect((await textingGuest(t.baseUrl, number(i)).send('a room please')).text).not.toBe('');
    // The sixth number, and the seventh: not answered, nothing stored.
    for (let i = 5; i < 7; i++) expect((await textingGuest(t.baseUrl, number(i)).send('a room please')).text).toBe('');
    const conversations = await t.db.get<{ n: number }>("SELECT count(*) AS n FROM calls WHERE channel = 'sms'");
    expect(conversations!.n).toBe(5);
    // The first guest's conversation goes on.
    expect((await first.send('dec 15 for 2 nights')).text).not.toBe('');
    // An hour after the first ones, new numbers are answered again.
    t.clock.advance(HOUR + 60_000);
    expect((await textingGuest(t.baseUrl, number(9)).send('hola, una habitación')).text).not.toBe('');
  });

  it(`allows ${PROPERTY_CONVERSATIONS_PER_HOUR} an hour by default, counted per property`, async () => {
    expect(loadConfig({}).smsConversationsPerHour).toBe(PROPERTY_CONVERSATIONS_PER_HOUR);
    expect(() => loadConfig({ SMS_CONVERSATIONS_PER_HOUR: '0' })).toThrow(/SMS_CONVERSATIONS_PER_HOUR/);
    t = await startTestApp({ env: { SMS_CONVERSATIONS_PER_HOUR: '1' }, hotelsDir: DEMO_GROUP });
    expect((await textingGuest(t.baseUrl, number(0), MIRAMAR).send('a room please')).text).not.toBe('');
    expect((await textingGuest(t.baseUrl, number(1), MIRAMAR).send('a room please')).text).toBe('');
    // The other property of the group has its own hour.
    expect((await textingGuest(t.baseUrl, number(1), SIERRA).send('una habitación')).text).not.toBe('');
  });

  it(`answers keywords (STATUS, AYUDA) ${KEYWORD_REPLIES_OVERALL_PER_HOUR} times an hour from all numbers together; PARAR still opts out`, async () => {
    t = await startTestApp();
    const answers: string[] = [];
    for (let i = 0; i < KEYWORD_REPLIES_OVERALL_PER_HOUR + 5; i++) {
      answers.push((await textingGuest(t.baseUrl, number(i)).send(i % 2 === 0 ? 'STATUS' : 'AYUDA')).text);
    }
    expect(answers.filter((a) => a !== '')).toHaveLength(KEYWORD_REPLIES_OVERALL_PER_HOUR);
    expect(answers.slice(KEYWORD_REPLIES_OVERALL_PER_HOUR)).toEqual(Array<string>(5).fill(''));
    // Past it, a keyword still acts.
    expect((await textingGuest(t.baseUrl, number(500)).send('PARAR')).text).toBe('');
    expect(await t.db.get('SELECT count(*) AS n FROM sms_opt_outs')).toEqual({ n: 1 });
    t.clock.advance(HOUR + 1000);
    expect((await textingGuest(t.baseUrl, number(501)).send('STATUS')).text).not.toBe('');
  });
});
