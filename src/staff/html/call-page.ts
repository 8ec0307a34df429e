// One call: a one-line summary, who the guest is, the timeline step by step in plain words (state
// names and prompt ids behind "technical details"), then the reservation it made and any callback
// request. A text conversation (channel 'sms') has the same timeline, worded for texts.

import type { Money } from '../context.ts';
import type { HotelInfo } from '../../../flows/types.ts';
import { callSummary } from '../call-summary.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { OUTCOME_LABELS, channelLabel, languageLabel } from '../outcomes.ts';
import type { Channel } from '../outcomes.ts';
import type { CallDetail, Heard, TimelineEntry } from '../queries/calls.ts';
import { dialWords, plural, reasonWords, roomTypeWords, stayRange, understoodWords } from '../words.ts';
import { PAYMENT_LABELS, badge, duration, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

const KIND_LABELS: Record<string, string> = {
  'call.started': 'Call answered',
  'call.recovered': 'Call picked up again',
  'caller.digits': 'Caller pressed keys',
  'caller.speech': 'Caller spoke',
  'caller.silence': 'No answer from the caller',
  'caller.recording': 'Recording finished',
  'desk.result': 'Front desk',
  'desk.screened': 'Front desk answered the whisper',
  'call.ended': 'Call ended',
  error: 'Something went wrong',
};

/** The same steps in a text conversation. */
const TEXT_KIND_LABELS: Record<string, string> = {
  ...KIND_LABELS,
  'call.started': 'Conversation started',
  'call.recovered': 'Conversation picked up again',
  'caller.digits': 'Guest texted',
  'caller.speech': 'Guest texted',
  'caller.silence': 'No reply from the guest',
  'call.ended': 'Conversation ended',
};

/** A recording played in the page (fetched through the app), or a note that it is kept at Twilio. */
export function recordingPlayer(src: string | null, playable: boolean, label: string): SafeHtml | '' {
  if (!src) return '';
  return playable
    ? html`<audio controls preload="none" src="${src}" aria-label="${label}"></audio>`
    : html`<span class="muted small">(${label.toLowerCase()} kept at Twilio)</span>`;
}

function heardLine(h: Heard, channel: Channel): SafeHtml {
  const parts: SafeHtml[] = [];
  if (channel === 'sms' && h.digits !== undefined) parts.push(html`<span class="heard">“${h.digits}”</span>`);
  else if (h.digits !== undefined) parts.push(html`pressed <span class="heard">${h.digits}</span>`);
  if (channel === 'sms' && h.speech !== undefined) parts.push(html`<span class="heard">“${h.speech}”</span>`);
  else if (h.speech !== undefined) {
    const conf = h.confidence === null || h.confidence === undefined ? 'no confidence given' : `confidence ${Math.round(h.confidence * 100)}%`;
    parts.push(html`said <span class="heard">“${h.speech}”</span> <span class="small muted">(${conf})</span>`);
  }
  if (h.recordingUrl !== undefined) parts.push(h.recordingUrl ? html`a recording was made` : html`nothing recorded`);
  if (h.dialStatus !== undefined) parts.push(html`${dialWords(h.dialStatus)}`);
  if (h.callStatus !== undefined) parts.push(html`${h.callStatus === 'completed' ? 'hung up' : h.callStatus}${h.durationSeconds != null ? `, ${duration(h.durationSeconds)} in all` : ''}`);
  if (h.other) parts.push(html`<span class="tech">${Object.entries(h.other).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; ')}</span>`);
  return html`${parts.map((p, i) => html`${i ? '; ' : ''}${p}`)}`;
}

/** What the line made of the step, in words (the flow's own string is in the JSON API). */
function understoodLine(e: TimelineEntry, hotel: Pick<HotelInfo, 'roomTypes'>): SafeHtml {
  const raw = e.understood!;
  if (e.kind === 'call.ended') {
    const label = OUTCOME_LABELS[(raw === 'voicemail' ? 'callback' : raw) as keyof typeof OUTCOME_LABELS];
    return html`<div>Outcome: <strong>${label ?? understoodWords(raw, hotel)}</strong></div>`;
  }
  return html`<div>Understood: <strong>${understoodWords(raw, hotel)}</strong></div>`;
}

function entry(e: TimelineEntry, clock: HotelClock, channel: Channel, hotel: Pick<HotelInfo, 'roomTypes'>): SafeHtml {
  const cls = e.error ? 'error' : e.reprompt ? 'reprompt' : '';
  const text = channel === 'sms';
  const kind = (text ? TEXT_KIND_LABELS : KIND_LABELS)[e.kind] ?? e.kind;
  return html`<li class="${cls}">
  <div class="step-head"><time datetime="${e.at}">${clock.time(e.at)}</time> · ${kind}${e.reprompt ? ' · asked again' : ''}</div>
  ${e.heard ? html`<div>${heardLine(e.heard, channel)}</div>` : ''}
  ${e.understood ? understoodLine(e, hotel) : ''}
  ${e.error ? html`<div role="note"><strong>Error:</strong> ${e.error}</div>` : ''}
  ${e.said.length ? html`<ul class="said">${e.said.map(
    (s) => html`<li>${text ? 'Replied' : 'Said'}: ${s.text} <span class="tech small muted">(${s.prompt}${s.locale ? `, ${s.locale}` : ''})</span></li>`,
  )}</ul>` : ''}
  <div class="tech small muted">step ${e.step}${e.fromState !== null || e.toState !== null ? ` · state ${e.fromState ?? '—'} → ${e.toState ?? '—'}` : ''}</div>
</li>`;
}

/** A call that collected part of a request and booked nothing: the desk can book it for the caller. */
function bookable(c: CallDetail): boolean {
  const { arrival, roomType, rooms, nights } = c.collected;
  const asked = [arrival, roomType, rooms, nights].some((v) => v !== null && v !== undefined);
  return asked && !c.reservations.some((r) => r.status === 'booked' || r.status === 'arrived');
}

export interface CallPageData {
  call: CallDetail;
  who: string;
  hotel: HotelInfo;
  playable: boolean;
  /** The hotel's today: times near it read "today 13:51", "yesterday 22:10". */
  today: string;
}

export function callPage({ call: c, who, hotel, playable, today }: CallPageData, clock: HotelClock, money: Money, phones: PhoneLinks): SafeHtml {
  const text = c.channel === 'sms';
  return html`
<p class="summary" id="summary">${callSummary(c, hotel, who, clock.nearDateTime(c.lastActivityAt, today))}</p>
${bookable(c) ? html`<p class="actions"><a class="button" href="${withQuery('/staff/reservations/new', { call: c.callSid })}">Book for this caller</a></p>` : ''}
<dl class="facts">
  <dt>Guest</dt><dd>${c.guestName ? html`<strong>${c.guestName}</strong> · ` : ''}${phones.link(c.from)}</dd>
  <dt>When</dt><dd>${clock.nearDateTime(c.startedAt, today)} (${clock.timezone}), ${duration(c.durationSeconds)}</dd>
  <dt>How</dt><dd>${badge(c.channel, channelLabel(c.channel))} in ${languageLabel(c.locale)}</dd>
  <dt>Outcome</dt><dd>${badge(c.outcome ?? 'none', c.outcomeLabel)}${c.transferReason ? html` <span class="muted">(${reasonWords(c.transferReason)})</span>` : ''}</dd>
  ${c.dialStatus ? html`<dt>Front desk</dt><dd>${dialWords(c.dialStatus)}</dd>` : ''}
</dl>
${c.reservations.map(
  (r) => html`<div class="card">
  <h2>Reservation ${r.confirmation} ${badge(r.status)}</h2>
  <dl class="facts">
    <dt>Guest</dt><dd>${r.guestName ?? html`<span class="muted">name not heard</span>`} ${recordingPlayer(r.nameRecordingUrl ? `/staff/reservations/${r.id}/name-recording` : null, playable, 'Recorded name')}</dd>
    <dt>Stay</dt><dd>${r.rooms} ${roomTypeWords(hotel, r.roomType)}, ${stayRange(r.arrival, r.departure)} (${plural(r.nights, 'night', 'nights')})</dd>
    <dt>Total</dt><dd>${money.format(r.total)}, paying ${PAYMENT_LABELS[r.paymentMethod] ?? r.paymentMethod}</dd>
    <dt>Held until</dt><dd>${clock.nearDateTime(r.holdUntil, today)}</dd>
    <dt>Call back on</dt><dd>${phones.link(r.callbackNumber)}</dd>
  </dl>
  <a href="/staff/reservations/${r.id}">Its whole story</a>
  · <a href="${withQuery('/staff/reservations', { q: r.confirmation })}">Open in reservations</a>
  · <a href="${withQuery('/staff/outbox', { reservation: r.id })}">Texts to the guest about it</a>
</div>`,
)}
${c.callbacks.length ? html`<h2>Callback requests</h2>${c.callbacks.map(
  (cb) => html`<div class="card"><p>${badge(cb.status)} requested ${clock.nearDateTime(cb.createdAt, today)}${cb.reason ? html` · ${reasonWords(cb.reason)}` : ''}</p>
    ${cb.asks > 1 ? html`<p class="small">${cb.requestId === cb.id ? 'The guest' : html`Added to their request of ${clock.nearDateTime(cb.requestCreatedAt, today)}: the guest`} asked ${plural(cb.asks, 'time', 'times')} in all; one call back answers them all.</p>` : ''}
    ${recordingPlayer(cb.recordingUrl ? `/staff/callbacks/${cb.id}/recording` : null, playable, 'Voicemail')}
    ${cb.transcript !== null ? html`<blockquote class="transcript" lang="${c.locale.slice(0, 2)}">“${cb.transcript}”</blockquote>` : ''}
    ${cb.status === 'done' ? html`<p>Called back ${clock.nearDateTime(cb.doneAt, today)} by ${cb.doneBy ?? '?'}${cb.note ? html`: ${cb.note}` : ''}</p>` : html`<p><a href="/staff/callbacks#callback-${cb.requestId}">Open in the callbacks</a></p>`}</div>`,
)}` : ''}
<h2>${text ? 'The conversation' : 'The call'}, step by step</h2>
<input type="checkbox" id="show-tech" class="tech-toggle"><label for="show-tech" class="tech-toggle-label">Show technical details (states, prompt ids)</label>
<ol class="timeline">${c.timeline.map((e) => entry(e, clock, c.channel, hotel))}</ol>
<div class="tech"><dl class="facts"><dt>Last state</dt><dd>${c.state}</dd><dt>${text ? 'Conversation id' : 'Call SID'}</dt><dd class="small">${c.callSid}</dd><dt>Called</dt><dd>${c.to}</dd></dl></div>
<p><a href="/staff/calls">← All calls</a> · <a href="/api/calls/${c.callSid}">As JSON</a></p>
`;
}
