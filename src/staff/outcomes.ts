// The words hotels report calls in (SPEC §7): booked, transferred, voicemail/callback, abandoned,
// failed, and the turnaways — denial (could not offer what was asked) and regret (offered, declined).
// calls.outcome holds booked, transferred, denial, regret, abandoned, failed, informed, cancelled and
// changed (an existing reservation heard, cancelled or changed by the guest), and, from the hand-off,
// callback or voicemail. A transfer that ended in a callback request counts as voicemail/callback.

import { placeholders } from '../storage/sql.ts';
import { deskLanguage, deskWords } from './desk-language.ts';
import { EN } from './words-en.ts';
import type { DeskWords } from './words-en.ts';

export const OUTCOMES = ['booked', 'transferred', 'callback', 'informed', 'cancelled', 'changed', 'denial', 'regret', 'abandoned', 'failed'] as const;
export type OutcomeWord = (typeof OUTCOMES)[number];

/** The outcomes' English names (the API's, the CSV's): the English words table's. */
export const OUTCOME_LABELS: Record<OutcomeWord, string> = EN.outcomes;

/** What each outcome means, in a sentence, for a legend or a title. */
export const OUTCOME_HINTS: Record<OutcomeWord, string> = EN.outcomeHints;

/** Outcomes in which the guest reached a person: talked with the desk, or is waiting for its call. */
export const REACHED_DESK: readonly OutcomeWord[] = ['transferred', 'callback'];

/** The outcome staff see, as SQL over `calls c`. */
export const OUTCOME_SQL = `(CASE
  WHEN c.outcome IN ('callback', 'voicemail') THEN 'callback'
  WHEN c.outcome = 'transferred' AND EXISTS (SELECT 1 FROM callback_requests cb WHERE cb.call_sid = c.call_sid) THEN 'callback'
  ELSE c.outcome END)`;

/**
 * `OUTCOME_SQL IN (words)`, written as the stored outcomes it stands for, so that an index holding
 * calls.outcome answers it without the call's row (the CASE above needs the row for every call):
 * the same calls. Only a transfer is looked at further (has it a callback request?), and only when
 * one of callback and transferred is asked for without the other.
 */
export function outcomeCondition(words: readonly OutcomeWord[]): { sql: string; params: string[] } {
  const callback = words.includes('callback');
  const transferred = words.includes('transferred');
  const stored: string[] = words.filter((w) => w !== 'callback' && w !== 'transferred');
  if (callback) stored.push('callback', 'voicemail');
  if (callback && transferred) stored.push('transferred');
  const asked = stored.length ? [`c.outcome IN (${placeholders(stored)})`] : [];
  if (callback !== transferred) {
    asked.push(`(c.outcome = 'transferred' AND ${callback ? '' : 'NOT '}EXISTS (SELECT 1 FROM callback_requests cb WHERE cb.call_sid = c.call_sid))`);
  }
  return { sql: asked.length === 1 ? asked[0]! : `(${asked.join(' OR ')})`, params: stored };
}

/** What `?outcome=` may say: each word, its label, and two groups. */
export type OutcomeFilter = { kind: 'outcomes'; outcomes: OutcomeWord[] } | { kind: 'in-progress' } | { kind: 'quiet' };

const FILTERS: Record<string, OutcomeFilter> = {
  ...Object.fromEntries(OUTCOMES.map((o) => [o, { kind: 'outcomes', outcomes: [o] }])),
  ...Object.fromEntries(OUTCOMES.map((o) => [OUTCOME_LABELS[o], { kind: 'outcomes', outcomes: [o] }])),
  voicemail: { kind: 'outcomes', outcomes: ['callback'] },
  turnaway: { kind: 'outcomes', outcomes: ['denial', 'regret'] },
  desk: { kind: 'outcomes', outcomes: ['transferred', 'callback'] },
  'reached the front desk': { kind: 'outcomes', outcomes: ['transferred', 'callback'] },
  'in-progress': { kind: 'in-progress' },
  'in progress': { kind: 'in-progress' },
  // Open, and not in progress (active-now.ts): a text conversation whose guest stopped answering.
  quiet: { kind: 'quiet' },
  'gone quiet': { kind: 'quiet' },
  // The overview's "calls that need a person" (queries/needs-person.ts), before what settles them.
  'follow-up': { kind: 'outcomes', outcomes: ['callback', 'abandoned'] },
};

export const OUTCOME_FILTER_VALUES = Object.keys(FILTERS);

export function outcomeFilter(value: string): OutcomeFilter | null {
  // Own keys only: 'constructor' found Object's and filtered nothing (every call listed as found).
  return Object.hasOwn(FILTERS, value) ? FILTERS[value]! : null;
}

/**
 * What became of a call, as a key the pages say in their own language: an outcome, or — before
 * there is one — whether it ended without one, is in progress, or has gone quiet. A stored outcome
 * this code does not know stays itself.
 */
export type OutcomeKey = OutcomeWord | 'noOutcome' | 'inProgress' | 'goneQuiet' | { unknown: string };

/** `active`: an open call in progress, as active-now.ts says (an open one that is not has gone quiet). */
export function outcomeKey(outcome: string | null, ended: boolean, active: boolean): OutcomeKey {
  if (outcome && Object.hasOwn(OUTCOME_LABELS, outcome)) return outcome as OutcomeWord;
  if (outcome) return { unknown: outcome };
  return ended ? 'noOutcome' : active ? 'inProgress' : 'goneQuiet';
}

/** An outcome's words in the page's language ("booked", "reservó"; "in progress", "en curso"). */
export function outcomeWords(key: OutcomeKey, words: DeskWords = deskWords()): string {
  if (typeof key === 'object') return key.unknown;
  if (key === 'noOutcome' || key === 'inProgress' || key === 'goneQuiet') return words[key];
  return words.outcomes[key];
}

/** The English label the API, the CSV and the terminal give (outcomeWords in English). */
export function outcomeLabel(outcome: string | null, ended: boolean, active: boolean): string {
  return outcomeWords(outcomeKey(outcome, ended, active), EN);
}

export const LANGUAGES = { 'en-US': 'English', 'es-MX': 'Spanish' } as const;
export type LanguageCode = keyof typeof LANGUAGES;

/** "English", "Spanish" (in a Spanish page: "inglés", "español"); the API and terminal keep English. */
export function languageLabel(locale: string): string {
  if (deskLanguage() === 'es' && locale in LANGUAGES) return locale.startsWith('es') ? deskWords().common.spanish : deskWords().common.english;
  return (LANGUAGES as Record<string, string>)[locale] ?? locale;
}

/** How the guest reached the hotel (calls.channel): a phone call, or a text conversation by SMS. */
export const CHANNELS = ['voice', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The words staff see for a channel, in the page's language ("phone", "text"; English outside a page). */
export function channelLabel(channel: string): string {
  const w = deskWords().common;
  return channel === 'voice' ? w.phone : channel === 'sms' ? w.text : channel;
}
