// Texting a keyword without end. The text-flood limits count conversations, and STATUS, ESTADO and
// the keywords Twilio leaves to us (AYUDA, PARAR, INICIAR, HELP with an invisible character) open
// none: one number texting STATUS every 5 seconds got all 120 answers in ten minutes, each paid
// for by the hotel (and, from a premium-rate number, paid to the sender). Now a number gets at
// most KEYWORD_REPLIES_PER_HOUR answers to keywords an hour at a property; past it the keyword
// still acts and nothing is sent. So are the answers to texts to a number no property of a group
// claims. Signed texts through both HTTP paths.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetKeywordReplies, KEYWORD_REPLIES_PER_HOUR, KeywordReplies } from '../../src/http/keyword-replies.ts';
import { isOptedOut } from '../../src/messaging/opt-out.ts';
import { startTestApp, testClock } from '../helpers/app.ts';
import type { HttpPath, TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

const HOUR = 3_600_000;
const FLOODER = '+12125550170';

/** Texts each body in turn, `times` texts in all, 5 seconds apart; the answers that were not empty. */
async function textAgain(t: TestApp, from: string, bodies: string[], times: number, to?: string): Promise<string[]> {
  const sender = textingGuest(t.baseUrl, from, to);
  const answers: string[] = [];
  for (let i = 0; i < times; i++) {
    const reply = await sender.send(bodies[i % bodies.length]!);
    expect(reply.status).toBe(200);
    if (reply.text !== '') answers.push(reply.text);
    t.clock.advance(5000);
  }
  return answers;
}

describe.each<HttpPath>(['lean', 'express'])('keywords texted again and again (%s path)', (http) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ http });
  });
  afterEach(async () => t.close());

  const flood = (from: string, bodies: string[], times: number) => textAgain(t, from, bodies, times);

  it('answers a few an hour, whichever keywords; another number and the next hour are answered again', async () => {
    const answers = await flood(FLOODER, ['STATUS', 'ESTADO', 'AYUDA', 'HELP\u200b', 'INICIAR'], 120);
    expect(answers).toHaveLength(KEYWORD_REPLIES_PER_HOUR);
    expect(answers[0]).toBe('We have no request or reservation from this number. Reply BOOK to book a room.');
    expect(answers[2]).toMatch(/^Hotel Miramar: para reservar, responda RESERVAR/);
    // A guest who asks twice is answered; so is the flooder an hour after its answers.
    expect(await flood('+12125550171', ['STATUS', 'AYUDA'], 2)).toHaveLength(2);
    t.clock.advance(HOUR);
    expect(await flood(FLOODER, ['STATUS'], 1)).toHaveLength(1);
  });

  it('still opts out and back in past the limit, silently; a booking by text goes on as before', async () => {
    expect(await flood(FLOODER, ['STATUS'], KEYWORD_REPLIES_PER_HOUR + 3)).toHaveLength(KEYWORD_REPLIES_PER_HOUR);
    expect(await flood(FLOODER, ['PARAR'], 1)).toEqual([]);
    expect(await isOptedOut(t.db, FLOODER)).toBe(true);
    expect(await flood(FLOODER, ['INICIAR'], 1)).toEqual([]);
    expect(await isOptedOut(t.db, FLOODER)).toBe(false);
    // A conversation is not a keyword: its own limits (text-flood.ts) apply, not this one.
    const [reply] = await flood(FLOODER, ['book 1 standard room dec 4 for 2 nights'], 1);
    expect(reply).toContain("Good news: it's available");
  });
});

describe.each<HttpPath>(['lean', 'express'])('texts to a number no property of a group claims (%s path)', (http) => {
  it('are answered a few times an hour per sender, not each one', async () => {
    const t = await startTestApp({ http, hotelsDir: DEMO_GROUP });
    try {
      const answers = await textAgain(t, FLOODER, ['hola', 'hi', 'hello?'], 30, '+15550009999');
      expect(answers).toHaveLength(KEYWORD_REPLIES_PER_HOUR);
      expect(answers[0]).toContain("doesn't reach any of our hotels");
    } finally {
      await t.close();
    }
  });
});

describe('the answers to keywords, counted in the database', () => {
  it('are counted across a restart: the same database file, a new process, no fresh allowance', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-keywords-'));
    const dbPath = join(dir, 'conserje.db');
    const clock = testClock();
    try {
      const before = await startTestApp({ dbPath, clock });
      expect(await textAgain(before, FLOODER, ['STATUS', 'AYUDA'], KEYWORD_REPLIES_PER_HOUR - 2)).toHaveLength(KEYWORD_REPLIES_PER_HOUR - 2);
      await before.close();
      const after = await startTestApp({ dbPath, clock });
      try {
        expect(await textAgain(after, FLOODER, ['STATUS'], 10)).toHaveLength(2);
      } finally {
        await after.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('one KeywordReplies per process, one count: two on one database share the hour, and the hour ends for both', async () => {
    const t = await startTestApp();
    try {
      const now = t.clock.now();
      const one = new KeywordReplies(t.db, 3);
      const other = new KeywordReplies(t.db, 3);
      const taken = [];
      for (const [i, replies] of [one, other, one, other, one].entries()) taken.push(await replies.take('1:+12125550170', now, `SM${i}`));
      expect(taken).toEqual([true, true, true, false, false]);
      // Another sender, and the unclaimed-number count, are apart.
      expect(await one.take('unclaimed:+12125550170', now, 'SM0')).toBe(true);
      const later = new Date(now.getTime() + HOUR + 1000);
      expect(await other.take('1:+12125550170', later, 'SM9')).toBe(true);
      // The sweep forgets what no longer counts; the sender's fresh answer stays.
      expect(await forgetKeywordReplies(t.db, new Date(later.getTime() - HOUR).toISOString())).toBe(1);
      expect(await t.db.get('SELECT count(*) AS n FROM keyword_replies')).toEqual({ n: 1 });
    } finally {
      await t.close();
    }
  });
});
