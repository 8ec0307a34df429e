// The guest's name as heard on their calls, for a callback request whose call never settled one
// (the name given but not yet confirmed when the caller asked for the desk, or said in passing:
// "Hi, this is John Smith, I want to talk to someone"), and else in the voicemail's transcript.
// Read with the flow's own readers of names (flows/understanding/names.ts), so the desk is shown
// what the line would have taken as the name, never a whole sentence.

import { isNotAName, nameInRequest, nameSaidFirst } from '../../../flows/understanding/names.ts';
import { placeholders } from '../../storage/sql.ts';
import type { Sql } from '../../storage/sql.ts';

/** The question that asks for the name (flows/call-machine.ts). */
const NAME_STATE = 'askingName';

/** A name in one thing the caller said: the answer at the name question, or one introduced in a request. */
export function nameIn(speech: string, atNameQuestion: boolean): string | null {
  if (!speech.trim()) return null;
  if (atNameQuestion) return isNotAName(speech) ? null : nameSaidFirst(speech);
  return nameInRequest(speech);
}

/** Per call, the latest name heard on it, else one in its voicemail's transcript (calls with neither are left out). */
export async function namesHeard(sql: Sql, callSids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (callSids.length === 0) return found;
  const rows = await sql.all<{ call_sid: string; from_state: string | null; input_json: string | null }>(
    `SELECT call_sid, from_state, input_json FROM call_events
      WHERE call_sid IN (${placeholders(callSids)}) AND kind = 'caller.speech' ORDER BY id DESC`,
    [...callSids],
  );
  for (const row of rows) {
    if (found.has(row.call_sid)) continue;
    const name = nameIn(speechOf(row.input_json), row.from_state === NAME_STATE);
    if (name) found.set(row.call_sid, name);
  }
  // Then the voicemails of the calls still unnamed ("Hi, this is Peter Novak, …").
  const unnamed = callSids.filter((sid) => !found.has(sid));
  if (unnamed.length === 0) return found;
  const voicemails = await sql.all<{ call_sid: string; transcript: string }>(
    `SELECT call_sid, transcript FROM callback_requests WHERE call_sid IN (${placeholders(unnamed)}) AND transcript IS NOT NULL ORDER BY id DESC`,
    [...unnamed],
  );
  for (const row of voicemails) {
    if (found.has(row.call_sid)) continue;
    const name = nameIn(row.transcript.slice(0, 1000), false);
    if (name) found.set(row.call_sid, name);
  }
  return found;
}

/** The words of a caller.speech event's input (its first 500 characters), or ''. */
export function speechOf(json: string | null): string {
  try {
    const input = json ? (JSON.parse(json) as { speech?: unknown }) : null;
    return typeof input?.speech === 'string' ? input.speech.slice(0, 500) : '';
  } catch {
    return '';
  }
}
