// One call: its timeline step by step, then the outcome and the reservation it made. A text
// conversation (channel 'sms') has the same timeline, worded for texts: the guest "texted", the
// hotel "replied".

import type { HotelClock } from '../hotel-clock.ts';
import { channelLabel, languageLabel } from '../outcomes.ts';
import type { Channel } from '../outcomes.ts';
import type { CallDetail, Heard, TimelineEntry } from '../queries/calls.ts';
import { PAYMENT_LABELS, badge, duration, phone, withQuery } from './format.ts';
import { html, safeUrl } from './html.ts';
import type { SafeHtml } from './html.ts';

const KIND_LABELS: Record<string, string> = {
  'call.started': 'Call answered',
  'call.recovered': 'Call picked up again (unknown step)',
  'caller.digits': 'Caller pressed keys',
  'caller.speech': 'Caller spoke',
  'caller.silence': 'No answer from the caller',
  'caller.recording': 'Recording finished',
  'desk.result': 'Front desk dial ended',
  'call.ended': 'Call ended',
  error: 'Error',
};

/** The same steps in a text conversation. */
const TEXT_KIND_LABELS: Record<string, string> = {
  ...KIND_LABELS,
  'call.started': 'Conversation started',
  'call.recovered': 'Conversation picked up again (unknown step)',
  'caller.digits': 'Guest texted',
  'caller.speech': 'Guest texted',
  'caller.silence': 'No reply from the guest',
  'call.ended': 'Conversation ended',
};

export function recordingLink(url: string | null | undefined, text = 'Listen to the recording'): SafeHtml | '' {
  const href = safeUrl(url);
  return href ? html`<a href="${href}" rel="noreferrer noopener" target="_blank">${text}</a>` : url ? html`<span class="muted">${url}</span>` : '';
}

function heardLine(h: Heard, channel: Channel): SafeHtml {
  const parts: SafeHtml[] = [];
  // A text is read as written: there is no key press and no recognition confidence.
  if (channel === 'sms' && h.digits !== undefined) parts.push(html`<span class="heard">“${h.digits}”</span>`);
  else if (h.digits !== undefined) parts.push(html`keys <span class="heard">${h.digits}</span>`);
  if (channel === 'sms' && h.speech !== undefined) parts.push(html`<span class="heard">“${h.speech}”</span>`);
  else if (h.speech !== undefined) {
    const conf = h.confidence === null || h.confidence === undefined ? 'no confidence given' : `confidence ${Math.round(h.confidence * 100)}%`;
    parts.push(html`said <span class="heard">“${h.speech}”</span> (${conf})`);
  }
  if (h.recordingUrl !== undefined) parts.push(h.recordingUrl ? html`${recordingLink(h.recordingUrl)}` : html`nothing recorded`);
  if (h.dialStatus !== undefined) parts.push(html`dial result: <strong>${h.dialStatus}</strong>`);
  if (h.callStatus !== undefined) parts.push(html`${channel === 'sms' ? 'status' : 'Twilio status'}: ${h.callStatus}${h.durationSeconds != null ? `, ${h.durationSeconds} s` : ''}`);
  if (h.other) parts.push(html`${Object.entries(h.other).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; ')}`);
  return html`${parts.map((p, i) => html`${i ? '; ' : ''}${p}`)}`;
}

function entry(e: TimelineEntry, clock: HotelClock, channel: Channel): SafeHtml {
  const cls = e.error ? 'error' : e.reprompt ? 'reprompt' : '';
  const text = channel === 'sms';
  const kind = (text ? TEXT_KIND_LABELS : KIND_LABELS)[e.kind] ?? e.kind;
  return html`<li class="${cls}">
  <div class="step-head"><time datetime="${e.at}">${clock.time(e.at)}</time> · step ${e.step} · ${kind}${e.reprompt ? ' · asked again' : ''}</div>
  ${e.fromState !== null || e.toState !== null ? html`<div class="small">state: ${e.fromState ?? '—'} → <strong>${e.toState ?? '—'}</strong></div>` : ''}
  ${e.heard ? html`<div>${text ? 'Received' : 'Heard'}: ${heardLine(e.heard, channel)}</div>` : ''}
  ${e.understood ? html`<div>Understood as: <strong>${e.understood}</strong></div>` : ''}
  ${e.error ? html`<div role="note"><strong>Error:</strong> ${e.error}</div>` : ''}
  ${e.said.length ? html`<div>${text ? 'Replied' : 'Said'}:</div><ul class="said">${e.said.map(
    (s) => html`<li>${s.text} <span class="muted small">(${s.prompt}${s.locale ? `, ${s.locale}` : ''})</span></li>`,
  )}</ul>` : ''}
</li>`;
}

export function callPage(c: CallDetail, clock: HotelClock, money: Intl.NumberFormat): SafeHtml {
  const text = c.channel === 'sms';
  return html`
<dl class="facts">
  <dt>Channel</dt><dd>${badge(c.channel, channelLabel(c.channel))}${text ? html` <span class="muted">(a conversation by SMS)</span>` : ''}</dd>
  <dt>${text ? 'Guest' : 'Caller'}</dt><dd>${phone(c.from)}</dd>
  <dt>${text ? 'Texted' : 'Called'}</dt><dd>${c.to}</dd>
  <dt>Started</dt><dd>${clock.dateTime(c.startedAt)} (${clock.timezone})</dd>
  <dt>Ended</dt><dd>${c.endedAt ? clock.dateTime(c.endedAt) : 'not yet'}</dd>
  <dt>Length</dt><dd>${duration(c.durationSeconds)}</dd>
  <dt>Language</dt><dd>${languageLabel(c.locale)}</dd>
  <dt>Outcome</dt><dd>${badge(c.outcome ?? 'none', c.outcomeLabel)}${c.transferReason ? html` <span class="muted">(transfer reason: ${c.transferReason.replace(/_/g, ' ')})</span>` : ''}</dd>
  ${c.dialStatus ? html`<dt>Front desk dial</dt><dd>${c.dialStatus}</dd>` : ''}
  <dt>Last state</dt><dd>${c.state}</dd>
  <dt>${text ? 'Conversation id' : 'Call SID'}</dt><dd class="small">${c.callSid}</dd>
</dl>
<h2>Timeline</h2>
<ol class="timeline">${c.timeline.map((e) => entry(e, clock, c.channel))}</ol>
<h2>Outcome</h2>
<p>${badge(c.outcome ?? 'none', c.outcomeLabel)}</p>
${c.reservations.length === 0 ? html`<p>This ${text ? 'conversation' : 'call'} made no reservation.</p>` : ''}
${c.reservations.map(
  (r) => html`<div class="card">
  <h3>Reservation ${r.confirmation} ${badge(r.status)}</h3>
  <dl class="facts">
    <dt>Guest</dt><dd>${r.guestName ?? html`<span class="muted">name not heard</span>`} ${recordingLink(r.nameRecordingUrl, 'recorded name')}</dd>
    <dt>Stay</dt><dd>${r.rooms} × ${r.roomType}, ${r.nights} night${r.nights === 1 ? '' : 's'}, ${r.arrival} to ${r.departure}</dd>
    <dt>Total</dt><dd>${money.format(r.total)} (${r.currency}), ${PAYMENT_LABELS[r.paymentMethod] ?? r.paymentMethod}</dd>
    <dt>Held until</dt><dd>${clock.dateTime(r.holdUntil)}</dd>
    <dt>Callback number</dt><dd>${phone(r.callbackNumber)}</dd>
  </dl>
  <a href="${withQuery('/staff/reservations', { q: r.confirmation })}">Open in reservations</a>
  · <a href="${withQuery('/staff/outbox', { reservation: r.id })}">Texts to the guest about it</a>
</div>`,
)}
${c.callbacks.length ? html`<h2>Callback requests</h2>${c.callbacks.map(
  (cb) => html`<div class="card"><p>${badge(cb.status)} requested ${clock.dateTime(cb.createdAt)}${cb.reason ? html` · ${cb.reason}` : ''} ${recordingLink(cb.recordingUrl)}</p>
    ${cb.status === 'done' ? html`<p>Called back ${clock.dateTime(cb.doneAt)} by ${cb.doneBy ?? '?'}${cb.note ? html`: ${cb.note}` : ''}</p>` : html`<p><a href="/staff/callbacks#callback-${cb.id}">Open in the callback queue</a></p>`}</div>`,
)}` : ''}
<p><a href="/staff/calls">← All calls</a> · <a href="/api/calls/${c.callSid}">As JSON</a></p>
`;
}
