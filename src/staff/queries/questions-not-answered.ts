// What callers asked that the hotel file does not answer ("is there a shuttle from the airport?",
// "does the suite have a balcony?"): the timeline marks each such question "not in the hotel file"
// (flows/call-machine.ts), and the manager's morning lists them with the caller's words, so the
// hotel can add the answers guests keep asking for (the hotel file's `answers`).

import type { Sql } from '../../storage/sql.ts';
import { inScope } from '../property-scope.ts';
import { maskCardNumbers } from '../redact.ts';
import { speechOf } from './names-heard.ts';

export interface QuestionNotAnswered {
  callSid: string;
  /** When it was asked (ISO, UTC). */
  at: string;
  /** The caller's words, as heard (card numbers masked; at most 200 characters). */
  words: string;
}

/** The timeline's words for a question the hotel file has no answer to. */
const NOT_IN_THE_FILE = '%not in the hotel file%';

/** Questions asked on calls and texts begun in [startIso, endIso), newest first, for the properties in view. */
export async function questionsNotAnswered(sql: Sql, startIso: string, endIso: string, limit: number): Promise<QuestionNotAnswered[]> {
  const rows = await sql.all<{ call_sid: string; at: string; input_json: string | null }>(
    `SELECT e.call_sid, e.at, e.input_json FROM calls c JOIN call_events e ON e.call_sid = c.call_sid
      WHERE c.started_at >= ? AND c.started_at < ?${inScope('c.hotel_id')} AND e.understood LIKE ?
      ORDER BY e.at DESC, e.id DESC LIMIT ?`,
    [startIso, endIso, NOT_IN_THE_FILE, limit],
  );
  return rows.flatMap((r) => {
    const words = speechOf(r.input_json).trim();
    return words ? [{ callSid: r.call_sid, at: r.at, words: maskCardNumbers(words).slice(0, 200) }] : [];
  });
}
