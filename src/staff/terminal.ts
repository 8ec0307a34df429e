// The terminal view of calls (npm run calls): the same queries as the pages, as plain text.
// Caller numbers are printed in full, as on the pages: this is a staff tool, not a log.
// What guests texted (and staff typed) is printed as text, never as terminal commands: see forTerminal.

import type { HotelClock } from './hotel-clock.ts';
import { channelLabel, languageLabel } from './outcomes.ts';
import type { Channel } from './outcomes.ts';
import type { CallDetail, CallSummary, TimelineEntry } from './queries/calls.ts';
import type { NeedsPersonToday } from './routes/today.ts';

/** Named escapes for the control characters people know by sight. */
const CONTROL_NAMES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One line of the terminal view as plain text: every control character (C0, DEL, C1), a bidi
 * control or a line/paragraph separator is written as an escape (`\x1b`, `\n`, `\u202e`). Anyone can
 * text the hotel, and a text is printed here: an ESC sequence in it would otherwise move the
 * cursor, clear or rewrite the screen, set the window title or (in some terminals) the clipboard,
 * and a line break would print a timeline line of the sender's making.
 */
export function forTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return CONTROL_NAMES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

function pad(text: string, width: number): string {
  return text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
}

function seconds(s: number | null): string {
  return s === null ? '' : `${s}s`;
}

/**
 * `group`: a group's codes by hotel id, for a column saying each call's property (a single
 * hotel's list has none); each call's time is then in its own property's zone (`clockOf`).
 */
export function callListText(
  calls: CallSummary[],
  total: number,
  clock: HotelClock,
  group?: { properties: ReadonlyMap<number, string>; clockOf: (hotelId: number) => HotelClock },
): string {
  const lines = [
    `${total} call${total === 1 ? '' : 's'}${calls.length < total ? ` (newest ${calls.length} shown)` : ''}; times in ${group ? "each property's time zone" : clock.timezone}`,
    [...(group ? [pad('prop.', 5)] : []), pad('started', 16), pad('chan.', 5), pad('caller', 16), pad('lang', 7), pad('length', 7), pad('outcome', 19), pad('last state', 20), pad('conf.', 9), 'call sid'].join(' '),
  ];
  for (const c of calls) {
    lines.push(
      [
        ...(group ? [pad(group.properties.get(c.hotelId) ?? '', 5)] : []),
        pad((group ? group.clockOf(c.hotelId) : clock).dateTime(c.startedAt), 16),
        pad(channelLabel(c.channel), 5),
        pad(c.from || 'withheld', 16),
        pad(languageLabel(c.locale), 7),
        pad(seconds(c.durationSeconds), 7),
        pad(c.outcomeLabel, 19),
        pad(c.state, 20),
        pad(c.reservations.map((r) => r.confirmation).join(','), 9),
        c.callSid,
      ].join(' '),
    );
  }
  return lines.map(forTerminal).join('\n');
}

function entryText(e: TimelineEntry, clock: HotelClock, channel: Channel): string[] {
  const text = channel === 'sms';
  const head = `${clock.time(e.at)}  step ${String(e.step).padEnd(3)} ${e.kind}`;
  const states = e.fromState !== null || e.toState !== null ? `  ${e.fromState ?? '—'} → ${e.toState ?? '—'}` : '';
  const lines = [head + states];
  const indent = '                 ';
  const h = e.heard;
  if (h) {
    if (text && h.digits !== undefined) lines.push(`${indent}texted: "${h.digits}"`);
    else if (h.digits !== undefined) lines.push(`${indent}heard keys: ${h.digits}`);
    if (text && h.speech !== undefined) lines.push(`${indent}texted: "${h.speech}"`);
    else if (h.speech !== undefined) {
      lines.push(`${indent}heard speech: "${h.speech}" (${h.confidence == null ? 'no confidence' : `confidence ${Math.round(h.confidence * 100)}%`})`);
    }
    if (h.recordingUrl !== undefined) lines.push(`${indent}recording: ${h.recordingUrl ?? 'nothing recorded'}`);
    if (h.dialStatus !== undefined) lines.push(`${indent}dial result: ${h.dialStatus}`);
    if (h.callStatus !== undefined) lines.push(`${indent}twilio status: ${h.callStatus}${h.durationSeconds != null ? `, ${h.durationSeconds}s` : ''}`);
    if (h.other) lines.push(`${indent}${JSON.stringify(h.other)}`);
  }
  if (e.understood) lines.push(`${indent}understood: ${e.understood}`);
  if (e.error) lines.push(`${indent}ERROR: ${e.error}`);
  for (const s of e.said) lines.push(`${indent}${text ? 'replied' : 'said'}: ${s.text} [${s.prompt}]`);
  return lines;
}

export function callDetailText(c: CallDetail, clock: HotelClock, money: Intl.NumberFormat): string {
  const lines = [
    `${c.channel === 'sms' ? 'Text conversation' : 'Call'} ${c.callSid}`,
    `  channel   ${channelLabel(c.channel)}`,
    `  ${c.channel === 'sms' ? 'guest ' : 'caller'}    ${c.from || 'withheld'} → ${c.to}`,
    `  started   ${clock.dateTime(c.startedAt)} (${clock.timezone})${c.endedAt ? `, ended ${clock.dateTime(c.endedAt)}` : ', still going'}${c.durationSeconds !== null ? `, ${c.durationSeconds}s` : ''}`,
    `  language  ${languageLabel(c.locale)}`,
    `  outcome   ${c.outcomeLabel}${c.transferReason ? ` (transfer reason: ${c.transferReason})` : ''}${c.dialStatus ? `, desk dial: ${c.dialStatus}` : ''}`,
    '',
    'Timeline:',
  ];
  for (const e of c.timeline) lines.push(...entryText(e, clock, c.channel));
  lines.push('');
  if (c.reservations.length === 0) lines.push('No reservation made.');
  for (const r of c.reservations) {
    lines.push(
      `Reservation ${r.confirmation} (${r.status}): ${r.guestName ?? 'name not heard'}, ${r.rooms} × ${r.roomType}, ${r.nights} night(s) ${r.arrival} → ${r.departure}, ${money.format(r.total)}, ${r.paymentMethod}, call back ${r.callbackNumber}, held until ${clock.dateTime(r.holdUntil)}`,
    );
  }
  for (const cb of c.callbacks) {
    lines.push(`Callback request ${cb.id} (${cb.status}) from ${clock.dateTime(cb.createdAt)}${cb.reason ? `: ${cb.reason}` : ''}${cb.note ? ` — note: ${cb.note}` : ''}`);
  }
  return lines.map(forTerminal).join('\n');
}

/**
 * The overview's "calls that need a person" (routes/today.ts), as the terminal prints it: the day's
 * count, the newest few with why and what each wanted, and the list command for the rest. With a
 * group's calls (`group`), each line says its property.
 */
export function needsPersonText(n: NeedsPersonToday, group = false): string {
  const lines = [`Calls that need a person today (${n.date}, ${n.timezone}): ${n.count}`];
  if (n.count === 0) lines.push('  None: every call today was settled, or none needed a person.');
  for (const c of n.calls) {
    lines.push(`  ${c.time}  ${group ? `${pad(c.hotel ?? '', 4)} ` : ''}${pad(c.caller, 16)} ${c.guestName ?? (c.guestNameHeard ? `${c.guestNameHeard} (heard, not confirmed)` : 'name not given')}: ${c.why}`);
    if (c.collected) lines.push(`         wanted ${c.collected}`);
    lines.push(`         npm run calls -- show ${c.callSid}`);
  }
  if (n.count > n.calls.length) {
    lines.push(`  and ${n.count - n.calls.length} more: npm run calls -- --outcome ${n.list.outcome} --from ${n.list.from} --to ${n.list.to} --channel ${n.list.channel}`);
  }
  return lines.map(forTerminal).join('\n');
}
