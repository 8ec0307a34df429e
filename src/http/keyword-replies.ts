// Answers to a text that is a keyword rather than a step of a conversation: STATUS (ESTADO), and
// the carrier keywords Twilio leaves to us (AYUDA, PARAR, INICIAR; HELP with an invisible
// character in it). The text-flood limits count conversations (src/sms/text-flood.ts), so these
// were never counted: one number texting STATUS got every one answered (120 in ten minutes, in a
// test), each reply paid for by the hotel, and from a premium-rate number paid to the sender
// (SMS pumping). Now a number gets at most KEYWORD_REPLIES_PER_HOUR such answers an hour at a
// property; past it the keyword still acts (PARAR still opts out, INICIAR back in) and nothing
// is sent. A guest asking STATUS, or for help, a few times a day never reaches it. The answer to a
// text to a number no property of a group claims is limited the same way, counted apart.
//
// Counted in the database (keyword_replies, migration 19), not in a process's memory: with
// several instances on PostgreSQL a sender got that many answers from each, and every restart
// gave it a fresh allowance. One row per answer sent, read by (sender, sent_at) under a lock on
// the sender, so two instances answering at once cannot both take the last one. Only keywords
// pay for it (two or three statements); a step of a conversation never reads it. A sender's rows
// older than the hour go at its next keyword, and everyone's at the minutely sweep.
//
// From many numbers together, at most KEYWORD_REPLIES_OVERALL_PER_HOUR answers an hour across the
// deployment: the limit per number meant nothing to a sender with a list of numbers (STATUS from
// 300 numbers was 300 answers). Read by the keyword_replies_sent index, under the sender's lock
// only: two instances answering at once may each take the hour's last one, never an allowance each.
//
// Idempotent per message (migration 21): Twilio delivers a text again, same MessageSid, when our
// answer was slow or lost, and each delivery was counted, so one STATUS retried twice used half the
// hour's answers. An answer keeps the MessageSid it answered; the same message again is answered
// again and not counted, at most REPEATS_PER_MESSAGE times (a signed request captured and replayed
// in a loop must not be an unlimited, uncounted channel). A message refused once is refused again.

import { atomically } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';

export const KEYWORD_REPLIES_PER_HOUR = 6;
/** Keyword answers an hour across the deployment, from all numbers together: STATUS and HELP are asked a few times a day. */
export const KEYWORD_REPLIES_OVERALL_PER_HOUR = 120;
/** How many times the answer to one message is sent again for its retries (Twilio retries a few times at most). */
export const REPEATS_PER_MESSAGE = 3;
const HOUR = 3_600_000;

export class KeywordReplies {
  constructor(
    private readonly sql: Sql,
    private readonly limit = KEYWORD_REPLIES_PER_HOUR,
    private readonly overall = KEYWORD_REPLIES_OVERALL_PER_HOUR,
  ) {}

  /**
   * Whether an answer to `sender`'s message `messageSid` may be sent at `now`; counted when it may,
   * once per message: the same message again (Twilio's retry) is answered again, uncounted.
   * `againOnly`: only as the retry of a message answered in the past hour (one acted on already).
   */
  take(sender: string, now: Date, messageSid: string, againOnly = false): Promise<boolean> {
    const at = now.toISOString();
    const hourAgo = new Date(now.getTime() - HOUR).toISOString();
    return atomically(this.sql, async (tx) => {
      await tx.lock(`keyword-replies:${sender}`);
      await tx.run('DELETE FROM keyword_replies WHERE sender = ? AND sent_at <= ?', [sender, hourAgo]);
      const again = await tx.get<{ id: number; repeats: number }>('SELECT id, repeats FROM keyword_replies WHERE sender = ? AND message_sid = ?', [
        sender,
        messageSid,
      ]);
      if (again) {
        if (Number(again.repeats) >= REPEATS_PER_MESSAGE) return false;
        await tx.run('UPDATE keyword_replies SET repeats = repeats + 1 WHERE id = ?', [again.id]);
        return true;
      }
      if (againOnly) return false;
      const sent = await tx.get<{ n: number }>('SELECT count(*) AS n FROM keyword_replies WHERE sender = ?', [sender]);
      if (Number(sent?.n ?? 0) >= this.limit) return false;
      if (await keywordAnswersFull(tx, now, this.overall)) return false;
      await tx.run('INSERT INTO keyword_replies (sender, sent_at, message_sid) VALUES (?, ?, ?)', [sender, at, messageSid]);
      return true;
    });
  }
}

/**
 * The deployment's count, defined here once for the limit and for the console's overview
 * (src/staff/queries/texting-paused.ts): keyword_replies rows sent within the past hour, the instant
 * an hour ago excluded (a sender's row that old is deleted at its next keyword); the newest first,
 * up to the limit (by the keyword_replies_sent index), never more.
 */
const NEWEST_ANSWERS_SQL = 'SELECT sent_at FROM keyword_replies WHERE sent_at > ? ORDER BY sent_at DESC LIMIT ?';

/** The deployment reached KEYWORD_REPLIES_OVERALL_PER_HOUR: its count, and when a keyword is answered again. */
export interface KeywordAnswersFull {
  sent: number;
  limit: number;
  /** When the count drops below the limit (no answer can be sent meanwhile: the limit refuses it). */
  until: string;
}

/** Whether `limit` keyword answers were sent across the deployment in the hour before `now`; null when not. */
export async function keywordAnswersFull(sql: Sql, now: Date, limit: number): Promise<KeywordAnswersFull | null> {
  const hourAgo = new Date(now.getTime() - HOUR).toISOString();
  const rows = await sql.all<{ sent_at: string }>(NEWEST_ANSWERS_SQL, [hourAgo, limit]);
  if (rows.length < limit) return null;
  return { sent: rows.length, limit, until: new Date(new Date(rows[rows.length - 1]!.sent_at).getTime() + HOUR).toISOString() };
}

/** Forgets the answers sent before `before` (ISO instant), which no limit counts any more; returns how many. */
export async function forgetKeywordReplies(sql: Sql, before: string): Promise<number> {
  return (await sql.run('DELETE FROM keyword_replies WHERE sent_at < ?', [before])).changes;
}
