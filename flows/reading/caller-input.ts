// The first read of any caller event, common to every question: silence, the keys every question
// shares (0 front desk, * repeat), and asking for a person by voice. What is left goes to the
// question's own reader.

import type { CallerEvent, Heard } from '../call-context.ts';
import type { Locale } from '../types.ts';
import { intentFromSpeech } from '../understanding/intents.ts';

export type CallerInput =
  | { kind: 'digits'; digits: string }
  | { kind: 'speech'; text: string; confidence: number | null }
  | { kind: 'silence' }
  | { kind: 'recording'; url: string | null };

/** Below this Twilio `Confidence`, speech is read back to the caller before it is used. */
export const LOW_CONFIDENCE = 0.5;

export function toCallerInput(event: CallerEvent): CallerInput {
  switch (event.type) {
    case 'caller.digits':
      return event.digits === '' ? { kind: 'silence' } : { kind: 'digits', digits: event.digits };
    case 'caller.speech':
      return event.text.trim() === ''
        ? { kind: 'silence' }
        : { kind: 'speech', text: event.text, confidence: event.confidence };
    case 'caller.silence':
      return { kind: 'silence' };
    case 'caller.recording':
      return { kind: 'recording', url: event.url };
  }
}

export type QuestionReader = (input: CallerInput) => Heard | null;

/**
 * Reads one caller input for a question: shared keys and phrases first, then the question's own
 * reader; an own answer heard with low confidence becomes `unsure`, to be confirmed first.
 */
export function readForQuestion(input: CallerInput, locale: Locale, own: QuestionReader): Heard {
  if (input.kind === 'silence') return { kind: 'miss', notice: { id: 'noInput' } };
  if (input.kind === 'recording') return { kind: 'ignored' };
  if (input.kind === 'digits') {
    if (input.digits === '0') return { kind: 'agent' };
    if (input.digits === '*') return { kind: 'repeat' };
  } else if (intentFromSpeech(input.text, locale) === 'agent') {
    return { kind: 'agent' };
  }
  const heard = own(input);
  if (heard) {
    if (heard.kind === 'answer' && input.kind === 'speech' && isLowConfidence(input.confidence)) {
      return { kind: 'unsure', value: heard.value, said: input.text.slice(0, 200) };
    }
    return heard;
  }
  if (input.kind === 'speech' && intentFromSpeech(input.text, locale) === 'repeat') return { kind: 'repeat' };
  return { kind: 'miss', notice: { id: 'notUnderstood' } };
}

export function isLowConfidence(confidence: number | null): boolean {
  return confidence !== null && confidence < LOW_CONFIDENCE;
}

export function stripHash(digits: string): string {
  return digits.endsWith('#') ? digits.slice(0, -1) : digits;
}
