// A card number sent over several texts of one conversation ("4111 1111", then "1111 1111"), or
// said or keyed over several answers of one call (src/http/routes/voice-gather.ts): each
// text was redacted as it came (src/privacy/redact-input.ts) and held no card alone. When a text
// completes one with the conversation's last few, the part in the new text is hidden before the
// flow reads it, and the part in the earlier ones is hidden where they were stored: the
// conversation's timeline, its snapshot and its last reply (SPEC §8: no card number is stored).
// What was logged of the earlier texts when they came cannot be taken back; the log masks nothing
// of a text but card numbers, so those lines hold each part alone, never the card.

import { isNumberWord } from '../../flows/understanding/numbers.ts';
import { cardAcross } from '../privacy/redact.ts';
import type { Sql } from '../storage/sql.ts';

/** How many of a conversation's earlier texts a card may run across (a card in four groups, one a text). */
const EARLIER_TEXTS = 3;

/** A conversation's or a call's answers, texted, said or keyed. */
const EARLIER_SQL = `SELECT id, input_json FROM call_events WHERE call_sid = ? AND kind IN ('caller.digits', 'caller.speech')`;

interface HeardRow {
  id: number;
  input_json: string | null;
}

/** The new text's body with a card it completes hidden; the earlier texts' parts hidden where stored. */
export async function hideCardAcrossTexts(db: Sql, callSid: string, body: string, beforeStep: number | null = null): Promise<string> {
  // Most answers hold no number: they cost no read (a voice turn is measured in microseconds).
  if (!mayHoldNumber(body)) return body;
  // `beforeStep`: a call's answers are read up to the step answered (a retried webhook is not joined to its own first delivery).
  // (No bound for a text rather than a huge one: PostgreSQL reads the parameter as the step's integer type, and refuses 2^53.)
  const rows =
    beforeStep === null
      ? await db.all<HeardRow>(`${EARLIER_SQL} ORDER BY id DESC LIMIT ${EARLIER_TEXTS}`, [callSid])
      : await db.all<HeardRow>(`${EARLIER_SQL} AND step < ? ORDER BY id DESC LIMIT ${EARLIER_TEXTS}`, [callSid, beforeStep]);
  const earlier = rows.reverse().map((row) => ({ id: row.id, text: heardText(row.input_json) }));
  if (earlier.length === 0) return body;
  const hidden = cardAcross([...earlier.map((e) => e.text), body]);
  if (!hidden) return body;
  await db.transaction(async (tx) => {
    for (const [k, e] of earlier.entries()) {
      if (hidden[k] !== e.text) await hideStored(tx, callSid, e.text, hidden[k]!);
    }
  });
  return hidden.at(-1)!;
}

/** A digit of any script, or a number word of English or Spanish (a card said in words). */
function mayHoldNumber(text: string): boolean {
  if (/\p{Nd}/u.test(text)) return true;
  const words = text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').split(/[^\p{L}]+/u);
  return words.some((w) => w !== '' && (isNumberWord(w) || SCALE_WORDS.has(w)));
}

const SCALE_WORDS = new Set(['hundred', 'thousand', 'mil', 'cien', 'ciento', 'double', 'triple', 'doble', 'oh']);

function heardText(inputJson: string | null): string {
  try {
    const input = JSON.parse(inputJson ?? 'null') as { digits?: unknown; speech?: unknown } | null;
    const text = input?.speech ?? input?.digits;
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

/**
 * Replaces, in everything stored of the conversation, what `before` held that `after` hides: the
 * text as written and its digits alone (how the flow may have kept it, "41111111").
 */
async function hideStored(tx: Sql, callSid: string, before: string, after: string): Promise<void> {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before.at(-1 - tail) === after.at(-1 - tail)) tail++;
  const removed = before.slice(head, before.length - tail);
  const placeholder = after.slice(head, after.length - tail);
  const digits = removed.replace(/\D/g, '');
  const forms = [removed, ...(digits.length >= 4 && digits !== removed ? [digits] : [])].filter((f) => f.trim() !== '');
  if (forms.length === 0) return;
  const hide = (text: string): string => forms.reduce((t, form) => t.split(form).join(placeholder), text);
  const hideJson = (json: string | null): string | null => (json === null ? null : JSON.stringify(mapStrings(JSON.parse(json), hide)));

  const events = await tx.all<{ id: number; input_json: string | null; understood: string | null; said_json: string | null }>(
    'SELECT id, input_json, understood, said_json FROM call_events WHERE call_sid = ?',
    [callSid],
  );
  for (const e of events) {
    const next = { input: hideJson(e.input_json), understood: e.understood === null ? null : hide(e.understood), said: hideJson(e.said_json) };
    if (next.input === e.input_json && next.understood === e.understood && next.said === e.said_json) continue;
    await tx.run('UPDATE call_events SET input_json = ?, understood = ?, said_json = ? WHERE id = ?', [next.input, next.understood, next.said, e.id]);
  }
  const call = await tx.get<{ snapshot_json: string; last_twiml: string }>('SELECT snapshot_json, last_twiml FROM calls WHERE call_sid = ?', [callSid]);
  if (!call) return;
  const snapshot = hideJson(call.snapshot_json)!;
  const twiml = hide(call.last_twiml);
  if (snapshot !== call.snapshot_json || twiml !== call.last_twiml) {
    // A new version: a process holding the conversation in memory (call-cache.ts) reads it again.
    await tx.run('UPDATE calls SET snapshot_json = ?, last_twiml = ?, version = version + 1 WHERE call_sid = ?', [snapshot, twiml, callSid]);
  }
}

function mapStrings(value: unknown, f: (text: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [f(k), mapStrings(v, f)]));
  return value;
}
