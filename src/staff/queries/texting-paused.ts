// Whether texting has stopped answering because a limit was reached, for the overview: a property
// that started SMS_CONVERSATIONS_PER_HOUR text conversations in the past hour leaves the next new
// texters unanswered (src/sms/text-flood.ts), and past KEYWORD_REPLIES_OVERALL_PER_HOUR answers to
// STOP, HELP or STATUS in an hour, across the deployment, the next keyword gets none
// (src/http/keyword-replies.ts). Nobody else is told: the guest sees no reply, the log a warning.
//
// Read from what those limits count, the same rows the same way (not changed here): a property's
// conversations are its calls rows of channel 'sms' started in the past hour; keyword answers are
// keyword_replies rows sent in the past hour. Each limit lifts when enough of those rows are more
// than an hour old: when the `limit`-th newest is, the count is below the limit again. So the
// newest `limit` rows are read (by calls_hotel_list and keyword_replies_sent), never more.

import { KEYWORD_REPLIES_OVERALL_PER_HOUR } from '../../http/keyword-replies.ts';
import { PROPERTY_CONVERSATIONS_PER_HOUR } from '../../sms/text-flood.ts';
import type { Sql } from '../../storage/sql.ts';

const HOUR = 3_600_000;

export interface ConversationsPaused {
  hotelId: number;
  /** Conversations started in the past hour: the limit (they are read up to it). */
  started: number;
  limit: number;
  /** When a new texter is answered again (if no other conversation starts meanwhile: none can). */
  until: string;
}

export interface KeywordsPaused {
  sent: number;
  limit: number;
  until: string;
}

export interface TextingPaused {
  conversations: ConversationsPaused[];
  keywords: KeywordsPaused | null;
}

const NEWEST_CONVERSATIONS_SQL = `SELECT started_at FROM calls WHERE hotel_id = ? AND started_at >= ? AND channel = 'sms' ORDER BY started_at DESC LIMIT ?`;
const NEWEST_KEYWORD_REPLIES_SQL = `SELECT sent_at FROM keyword_replies WHERE sent_at > ? ORDER BY sent_at DESC LIMIT ?`;

export class TextingPausedQueries {
  constructor(
    private readonly sql: Sql,
    /** SMS_CONVERSATIONS_PER_HOUR as the webhooks were given it (their default when not). */
    private readonly perProperty = PROPERTY_CONVERSATIONS_PER_HOUR,
    private readonly keywordsOverall = KEYWORD_REPLIES_OVERALL_PER_HOUR,
  ) {}

  /** What is paused now among `hotelIds` (the properties in view), and the deployment's keyword answers. */
  async now(hotelIds: readonly number[], now: Date): Promise<TextingPaused> {
    const since = new Date(now.getTime() - HOUR).toISOString();
    const conversations: ConversationsPaused[] = [];
    for (const hotelId of hotelIds) {
      const rows = await this.sql.all<{ started_at: string }>(NEWEST_CONVERSATIONS_SQL, [hotelId, since, this.perProperty]);
      if (rows.length < this.perProperty) continue;
      // `started_at >= since` counts a conversation until an hour after it started, that instant included.
      const until = new Date(new Date(rows[rows.length - 1]!.started_at).getTime() + HOUR + 1).toISOString();
      conversations.push({ hotelId, started: rows.length, limit: this.perProperty, until });
    }
    const sent = await this.sql.all<{ sent_at: string }>(NEWEST_KEYWORD_REPLIES_SQL, [since, this.keywordsOverall]);
    const keywords =
      sent.length < this.keywordsOverall
        ? null
        : { sent: sent.length, limit: this.keywordsOverall, until: new Date(new Date(sent[sent.length - 1]!.sent_at).getTime() + HOUR).toISOString() };
    return { conversations, keywords };
  }
}
