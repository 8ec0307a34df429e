// STOP and START. A guest who texts STOP gets no more texts from the hotel until they text START.
// Twilio's own opt-out handling (on by default for long codes) also blocks the number and answers
// it; sending to it then fails with error 21610, which the sender records here too. Our record
// is what keeps the outbox from trying: a text to an opted-out number is 'suppressed', not sent.
// https://help.twilio.com/articles/223134027

import { callerKey } from '../calls/caller-number.ts';
import { atomically } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';

export type SmsKeyword = 'stop' | 'start' | 'help';

// Not CANCEL, though Twilio counts it as a stop word: in our SMS channel "CANCEL" means "cancel my
// reservation", and a guest who types it must not lose their confirmation texts instead. Not YES
// either (Twilio's default opt-in word): a guest answers yes to the read-back.
const KEYWORDS: ReadonlyMap<string, SmsKeyword> = new Map([
  // ALTO and DETENER: how a Spanish-speaking guest says stop when PARAR is not the word in their head.
  ...['STOP', 'STOPALL', 'UNSUBSCRIBE', 'END', 'QUIT', 'PARAR', 'BAJA', 'ALTO', 'DETENER'].map((w) => [w, 'stop'] as const),
  ...['START', 'UNSTOP', 'INICIAR', 'ALTA'].map((w) => [w, 'start'] as const),
  ...['HELP', 'INFO', 'AYUDA'].map((w) => [w, 'help'] as const),
]);
/**
 * The words Twilio's standard opt-out handling answers itself (its defaults are English). The
 * Spanish ones (PARAR, BAJA — the word Mexican senders ask for —, INICIAR, ALTA, AYUDA) reach us alone:
 * without our answer the guest would hear nothing back.
 */
const ANSWERED_BY_TWILIO = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'END', 'QUIT', 'START', 'UNSTOP', 'HELP', 'INFO']);

/** Invisible format characters (zero-width space and joiners, soft hyphen, word joiner, BOM). */
const INVISIBLE = /\p{Cf}/gu;
const SPANISH_KEYWORDS: ReadonlySet<string> = new Set(['PARAR', 'BAJA', 'ALTO', 'DETENER', 'INICIAR', 'ALTA', 'AYUDA']);

/**
 * The opt-out keyword a message is, or null. Like Twilio, only a message that is the keyword
 * alone counts ("stop", " Stop. " do; "stop by tomorrow" does not). Characters nobody sees do not
 * hide it: "STOP" with a zero-width space or a soft hyphen pasted in is STOP to the guest who sent it
 * (it started a conversation, while STATUS and CANCEL with the same characters were understood).
 */
export function smsKeyword(body: string): SmsKeyword | null {
  return KEYWORDS.get(keywordOf(body, true)) ?? null;
}

/**
 * Whether Twilio answers this keyword itself, so our reply would be a second one. Twilio's match is
 * taken to be the plain one (trimmed, case and end punctuation aside): a keyword found only with
 * invisible characters taken out is answered by us, lest the guest hear nothing back.
 */
export function twilioAnswers(body: string): boolean {
  return ANSWERED_BY_TWILIO.has(keywordOf(body, false));
}

/** The language of the keyword a message is: its answer is said in it. */
export function keywordLocale(body: string): 'en-US' | 'es-MX' {
  return SPANISH_KEYWORDS.has(keywordOf(body, true)) ? 'es-MX' : 'en-US';
}

/** The message as a keyword: alone, upper case, without quotes or end punctuation (nor, if asked, invisible characters). */
function keywordOf(body: string, visibleOnly: boolean): string {
  if (typeof body !== 'string' || body.length > 40) return '';
  const text = body.normalize('NFKC');
  return (visibleOnly ? text.replace(INVISIBLE, '') : text)
    .trim()
    .replace(/^[\s"'¡¿]+|[\s.!?¡¿"']+$/gu, '')
    .toUpperCase();
}

/** The number as stored: one form of it, whichever form it came in (src/calls/caller-number.ts). */
export function smsNumber(number: string): string {
  return callerKey(number.trim());
}

/**
 * Records that the number wants no more texts, and suppresses the texts still waiting for it.
 * Returns how many waiting texts were suppressed.
 */
export function recordOptOut(sql: Sql, number: string, now: Date): Promise<number> {
  const to = smsNumber(number);
  const at = now.toISOString();
  return atomically(sql, async (tx) => {
    await tx.run(
      `INSERT INTO sms_opt_outs (number, opted_out_at) VALUES (?, ?)
       ON CONFLICT (number) DO UPDATE SET opted_out_at = excluded.opted_out_at`,
      [to, at],
    );
    const { changes } = await tx.run(
      `UPDATE outbox SET status = 'suppressed', last_error = 'opted out', next_attempt_at = NULL, updated_at = ?
       WHERE to_number = ? AND status IN ('unsent','queued')`,
      [at, to],
    );
    return changes;
  });
}

/**
 * The number texts again (START). Texts suppressed meanwhile stay suppressed: a confirmation
 * from weeks ago is not sent late.
 */
export async function recordOptIn(sql: Sql, number: string): Promise<boolean> {
  const { changes } = await sql.run('DELETE FROM sms_opt_outs WHERE number = ?', [smsNumber(number)]);
  return changes > 0;
}

export async function isOptedOut(sql: Sql, number: string): Promise<boolean> {
  return (await sql.get('SELECT 1 AS out FROM sms_opt_outs WHERE number = ?', [smsNumber(number)])) !== undefined;
}
