// Whether texting has stopped answering because a limit was reached, for the overview: a property
// that started SMS_CONVERSATIONS_PER_HOUR text conversations in the past hour leaves the next new
// texters unanswered (src/sms/text-flood.ts), and past KEYWORD_REPLIES_OVERALL_PER_HOUR answers to
// STOP, HELP or STATUS in an hour, across the deployment, the next keyword gets none
// (src/http/keyword-replies.ts). Nobody else is told: the guest sees no reply, the log a warning.
//
// Each limit's count (its window, its rows) is defined once, beside the limit, and read here by the
// same function the limit reads it with, so the panel cannot say "paused" while texts are answered
// or the other way round. Each reads the newest `limit` rows by an index, never more.

import { KEYWORD_REPLIES_OVERALL_PER_HOUR, keywordAnswersFull } from '../../http/keyword-replies.ts';
import type { KeywordAnswersFull } from '../../http/keyword-replies.ts';
import { PROPERTY_CONVERSATIONS_PER_HOUR, propertyConversationsFull } from '../../sms/text-flood.ts';
import type { PropertyConversationsFull } from '../../sms/text-flood.ts';
import type { Sql } from '../../storage/sql.ts';

export interface ConversationsPaused extends PropertyConversationsFull {
  hotelId: number;
}

export type KeywordsPaused = KeywordAnswersFull;

export interface TextingPaused {
  conversations: ConversationsPaused[];
  keywords: KeywordsPaused | null;
}

export class TextingPausedQueries {
  constructor(
    private readonly sql: Sql,
    /** SMS_CONVERSATIONS_PER_HOUR as the webhooks were given it (their default when not). */
    private readonly perProperty = PROPERTY_CONVERSATIONS_PER_HOUR,
    private readonly keywordsOverall = KEYWORD_REPLIES_OVERALL_PER_HOUR,
  ) {}

  /** What is paused now among `hotelIds` (the properties in view), and the deployment's keyword answers. */
  async now(hotelIds: readonly number[], now: Date): Promise<TextingPaused> {
    const conversations: ConversationsPaused[] = [];
    for (const hotelId of hotelIds) {
      const full = await propertyConversationsFull(this.sql, hotelId, now, this.perProperty);
      if (full) conversations.push({ hotelId, ...full });
    }
    return { conversations, keywords: await keywordAnswersFull(this.sql, now, this.keywordsOverall) };
  }
}
