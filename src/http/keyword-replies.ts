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

import { atomically } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';

export const KEYWORD_REPLIES_PER_HOUR = 6;
const HOUR = 3_600_000;

export class KeywordReplies {
  constructor(
    private readonly sql: Sql,
    private readonly limit = KEYWORD_REPLIES_PER_HOUR,
  ) {}

  /** Whether an answer to `sender` may be sent at `now`; counted when it may. */
  take(sender: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const hourAgo = new Date(now.getTime() - HOUR).toISOString();
    return atomically(this.sql, async (tx) => {
      await tx.lock(`keyword-replies:${sender}`);
      await tx.run('DELETE FROM keyword_replies WHERE sender = ? AND sent_at <= ?', [sender, hourAgo]);
      const sent = await tx.get<{ n: number }>('SELECT count(*) AS n FROM keyword_replies WHERE sender = ?', [sender]);
      if (Number(sent?.n ?? 0) >= this.limit) return false;
      await tx.run('INSERT INTO keyword_replies (sender, sent_at) VALUES (?, ?)', [sender, at]);
      return true;
    });
  }
}

/** Forgets the answers sent before `before` (ISO instant), which no limit counts any more; returns how many. */
export async function forgetKeywordReplies(sql: Sql, before: string): Promise<number> {
  return (await sql.run('DELETE FROM keyword_replies WHERE sent_at < ?', [before])).changes;
}
