// Round 32: how much of a SpeechResult is read. A person says at most about 1,200 characters in
// one <Gather> (a minute of fast speech; src/http/twilio-request.ts MAX_SPEECH); a longer one is
// read up to there, cut between words, so the cut never leaves part of a number or a name to be
// read as another. Real answers are read whole. The request is built as the webhook layer builds it.

import { describe, expect, it } from 'vitest';
import { callerEventOf } from '../../src/http/routes/voice-gather.ts';
import { MAX_SPEECH } from '../../src/http/twilio-request.ts';
import type { WebhookRequest } from '../../src/http/webhooks.ts';

const gather = (SpeechResult: string): WebhookRequest => ({ path: '/voice/gather', query: new URLSearchParams('step=3'), params: { SpeechResult, Confidence: '0.9' } });
const heard = (speech: string) => {
  const event = callerEventOf(gather(speech));
  return event.type === 'caller.speech' ? event.text : null;
};

describe('how much of what a caller said is read', () => {
  it('reads a real answer whole, however it is said', () => {
    const long = 'hi yes good afternoon um I would like to book two rooms, one king and one with two queen beds, for my parents and me, arriving on Friday the 11th of December and leaving on Monday the 14th, so three nights, and the name is Margarita Guadalupe Hernández de la Fuente, and we will pay cash when we get there';
    expect(long.length).toBeLessThan(MAX_SPEECH);
    expect(heard(long)).toBe(long);
  });

  it('cuts a longer one between words: a number across the cut is not read as another', () => {
    // "December 15" straddles the cut: cut anywhere, it was read "December 1".
    const filler = 'and then '.repeat(200).slice(0, MAX_SPEECH - 11);
    const said = `${filler} December 15 for two nights`;
    const read = heard(said)!;
    expect(read.length).toBeLessThanOrEqual(MAX_SPEECH);
    expect(read.endsWith('December 1')).toBe(false);
    expect(said.startsWith(read)).toBe(true);
    expect(/\s/.test(said.charAt(read.length))).toBe(true);
  });

  it('a single "word" longer than anyone says is cut on a character (the readers find nothing in it)', () => {
    expect(heard('x'.repeat(1_900))).toBe('x'.repeat(MAX_SPEECH));
  });

  it('cuts a 60 kB SpeechResult to what a person can say', () => {
    const read = heard('book a room '.repeat(5_000))!;
    expect(read.length).toBeLessThanOrEqual(MAX_SPEECH);
    expect(read.length).toBeGreaterThan(MAX_SPEECH - 'book a room '.length);
    expect(read.endsWith('room') || read.endsWith('book') || read.endsWith(' a')).toBe(true);
  });
});
